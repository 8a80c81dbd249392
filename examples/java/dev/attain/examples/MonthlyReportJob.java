package dev.attain.examples;

import static java.util.Objects.requireNonNull;

import dev.attain.Tracker;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.model.Commitment;
import dev.attain.report.CsvReport;
import dev.attain.report.MarkdownReport;
import dev.attain.report.ScorecardRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The job a statistician schedules for the first days of each month (cron, a CI schedule, a
 * Windows task): load the dataset, evaluate it as of the last day of the previous month, write
 * the scorecard as Markdown (for the memo) and CSV (for the spreadsheet) into a folder, print a
 * summary, and fail (exit code 1) when a BINDING (约束性) target is MISSED, so that the scheduler
 * raises the alarm.
 *
 * <p>The files are {@code scorecard-<as-of>.md} and {@code scorecard-<as-of>.csv} (UTF-8; the
 * CSV starts with a byte order mark so that Excel reads the Chinese). Each is written to a
 * temporary file in the folder and then moved into place, so a reader never sees half a report.
 * "Previous month" is counted in China Standard Time (Asia/Shanghai), the plans' calendar.
 *
 * <p>Exit codes: 0 done; 1 done, and a BINDING target is MISSED; 2 bad arguments; 3 the dataset
 * was not found (run from the wrong folder).
 *
 * <p>Run it from the repository root, with the output folder and an optional as-of date:
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.attain.examples.MonthlyReportJob -Dexec.args="target/reports 2023-06-30"
 * }</pre>
 * {@code MonthlyReportJobTest} beside it is the JUnit test a user would write for such a job,
 * with the assertions of {@code dev.attain.testing}.
 */
public final class MonthlyReportJob {

    /** The exit code when a BINDING target is MISSED. */
    static final int EXIT_BINDING_MISSED = 1;

    /** The zone in which "the previous month" is counted. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The language of the reports. */
    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private MonthlyReportJob() {
    }

    /**
     * What one run did.
     *
     * @param scorecard  the scorecard, not null
     * @param markdown  the Markdown report written, not null
     * @param csv  the CSV report written, not null
     * @param bindingMissed  the BINDING targets that are MISSED, in the scorecard's order, not null
     */
    public record Result(Scorecard scorecard, Path markdown, Path csv, List<Evaluation> bindingMissed) {

        /**
         * Checks the parts.
         *
         * @param scorecard  the scorecard
         * @param markdown  the Markdown file
         * @param csv  the CSV file
         * @param bindingMissed  the missed binding targets
         */
        public Result {
            requireNonNull(scorecard, "scorecard");
            requireNonNull(markdown, "markdown");
            requireNonNull(csv, "csv");
            bindingMissed = List.copyOf(bindingMissed);
        }

        /**
         * Returns the exit code: {@value #EXIT_BINDING_MISSED} when a BINDING target is MISSED, else 0.
         *
         * @return the exit code
         */
        public int exitCode() {
            return bindingMissed.isEmpty() ? 0 : EXIT_BINDING_MISSED;
        }

        /**
         * Returns the summary the job prints: the date, the counts, the shortfalls, the binding
         * targets missed, the files written.
         *
         * @return the text, lines ending with "\n"
         */
        public String summary() {
            StringBuilder b = new StringBuilder();
            b.append("Monthly report as of ").append(scorecard.asOf()).append(": ")
                    .append(scorecard.evaluations().size()).append(" targets\n");
            b.append("  ").append(scorecard.counts().entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.comparingByKey(Status.WORST_FIRST))
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
            b.append("  shortfalls (MISSED, OFF_TRACK, AT_RISK): ").append(list(scorecard.shortfalls())).append('\n');
            b.append("  BINDING targets MISSED: ").append(list(bindingMissed)).append('\n');
            b.append("  wrote ").append(markdown).append('\n');
            b.append("  wrote ").append(csv).append('\n');
            return b.toString();
        }

        private static String list(List<Evaluation> evaluations) {
            return evaluations.isEmpty() ? "none"
                    : evaluations.stream().map(e -> e.target().id() + " " + e.status()).collect(Collectors.joining(", "));
        }
    }

    /**
     * Runs the job.
     *
     * @param args  the output folder, and an optional as-of date (default: the last day of the
     *     previous month)
     */
    public static void main(String[] args) {
        int code = run(args, Clock.system(ZONE), ExampleSupport.stdout(), ExampleSupport.stderr());
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the job from a command line.
     *
     * @param args  the output folder, and an optional as-of date
     * @param clock  the clock that says what today is, not null
     * @param out  where the summary goes, not null
     * @param err  where errors go, not null
     * @return the exit code
     */
    static int run(String[] args, Clock clock, PrintStream out, PrintStream err) {
        try {
            if (args.length < 1 || args.length > 2) {
                throw new ExampleSupport.UsageException("expected the output folder and an optional as-of date; got "
                        + args.length + " argument(s)");
            }
            Path folder = Path.of(args[0]);
            LocalDate asOf = args.length == 2 ? ExampleSupport.date(args[1], "the as-of date")
                    : previousMonthEnd(LocalDate.now(clock));
            Result result = run(ExampleSupport.tracker(), asOf, folder);
            out.print(result.summary());
            return result.exitCode();
        } catch (ExampleSupport.UsageException e) {
            err.println(e.getMessage());
            err.println("usage: MonthlyReportJob <output folder> [as-of date, default the last day of the previous month]");
            return ExampleSupport.EXIT_USAGE;
        } catch (ExampleSupport.MissingDataException e) {
            err.println(e.getMessage());
            return ExampleSupport.EXIT_NO_DATA;
        }
    }

    /**
     * Evaluates as of a date and writes the two reports into a folder, creating it if needed.
     *
     * @param tracker  the tracker, not null
     * @param asOf  the as-of date, not null
     * @param folder  the output folder, not null
     * @return what was done, never null
     * @throws UncheckedIOException if the folder or the files cannot be written
     */
    public static Result run(Tracker tracker, LocalDate asOf, Path folder) {
        requireNonNull(tracker, "tracker");
        requireNonNull(asOf, "asOf");
        requireNonNull(folder, "folder");
        Scorecard card = tracker.evaluate(asOf);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + folder, e);
        }
        Path md = write(MarkdownReport.of(LOCALE), card, folder.resolve("scorecard-" + asOf + ".md"));
        Path csv = write(CsvReport.of(LOCALE), card, folder.resolve("scorecard-" + asOf + ".csv"));
        List<Evaluation> bindingMissed = new ArrayList<>();
        for (Evaluation e : card.evaluations()) {
            if (e.status() == Status.MISSED && e.target().commitment() == Commitment.BINDING) {
                bindingMissed.add(e);
            }
        }
        return new Result(card, md, csv, bindingMissed);
    }

    /**
     * Returns the last day of the month before the one a date is in: 2023-07-15 → 2023-06-30.
     *
     * @param today  the date, not null
     * @return the last day of the previous month
     */
    public static LocalDate previousMonthEnd(LocalDate today) {
        return today.withDayOfMonth(1).minusDays(1);
    }

    /** Writes a report to a temporary file beside the target, then moves it into place. */
    private static Path write(ScorecardRenderer renderer, Scorecard card, Path file) {
        try {
            // a fixed name beside the target, created like any file (not with createTempFile's owner-only mode)
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            try {
                renderer.write(card, tmp);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
