package dev.attain.cli;

import dev.attain.eval.Evaluator;
import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import dev.attain.io.DatasetFormat;
import dev.attain.io.DatasetReader;
import dev.attain.model.Dataset;
import dev.attain.model.Outcome;
import dev.attain.stream.OutcomeStream;
import dev.attain.stream.RejectedRow;
import dev.attain.stream.Tally;
import dev.attain.stream.TargetTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attain stream TARGETS.csv}: the streaming path over a table of targets with their actuals;
 * {@code attain stream DATASET OUTCOMES.csv --as-of DATE}: a dataset's targets against a table of outcomes.
 */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"With one file, judges a CSV table of targets with their actuals (columns id, polarity,"
            + " target, actual; one row per target) as it is read, in bounded memory. With two, judges the targets"
            + " of a dataset against a CSV table of outcomes (checked as a dataset's are, then judged one by one,"
            + " a target that needs several outcomes together, such as each of several indicators, once at the end;"
            + " --as-of required). Prints the tally: rows per status and band, the exact mean attainment, the rows"
            + " rejected with their lines, and the roll-ups of --group-by (a column, or a scope key with"
            + " outcomes). On a terminal a progress bar on standard error shows rows/s and the time left."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every row was judged", "1:rows were rejected (counted, the first listed) or the header"
            + " is bad", "2:a bad command line", "3:the file cannot be read"})
final class StreamCommand implements Callable<Integer> {

    /** When to show the progress bar. */
    enum When {
        auto, always, never
    }

    @Parameters(index = "0", paramLabel = "TARGETS", description = "The table of targets and actuals, or (with"
            + " OUTCOMES.csv) a dataset file or folder holding the indicators and targets.")
    Path table;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OUTCOMES.csv", description = "A CSV table of outcomes.")
    @Nullable Path outcomes;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class,
            description = "With OUTCOMES.csv: judge as of this date.")
    @Nullable LocalDate asOf;

    @Option(names = "--group-by", paramLabel = "COLUMN", description = "Roll up by the values of this column.")
    @Nullable String groupBy;

    @Option(names = "--thresholds", defaultValue = "default", paramLabel = "NAME", converter = Converters.Bands.class,
            description = "The bands of attainment: default, eurostat or traffic-light (default: ${DEFAULT-VALUE}).")
    Thresholds thresholds;

    @Option(names = "--listed", defaultValue = "20", paramLabel = "N",
            description = "List the first N rejected rows; all are counted (default: ${DEFAULT-VALUE}).")
    int listed;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
            description = "Show a progress bar on standard error: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE},"
                    + " on a terminal only). With the bar the rows are read on one thread.")
    When progress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (listed < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--listed (" + listed
                    + ") must be 0 or more");
        }
        boolean bar = progress == When.always || progress == When.auto && System.console() != null;
        if (outcomes != null) {
            return streamOutcomes(bar);
        }
        TargetTable t = TargetTable.of(Converters.existing(table)).withThresholds(thresholds)
                .collectingRejections(listed);
        if (groupBy != null) {
            t = t.groupedBy(groupBy);
        }
        Tally tally;
        if (bar) {
            Progress p = new Progress(Progress.estimateRows(table), spec.commandLine().getErr());
            tally = t.forEach(v -> p.row());
            p.done();
        } else {
            tally = t.fold();
        }
        print(tally, spec.commandLine().getOut());
        return tally.rejected() == 0 ? Attain.OK : Attain.PROBLEMS;
    }

    /** The targets of a dataset against a table of outcomes, read and checked first, then judged one by one. */
    private Integer streamOutcomes(boolean bar) {
        if (asOf == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "with OUTCOMES.csv, give the date to judge as of: --as-of DATE");
        }
        Dataset plan = DatasetReader.defaults().read(Converters.existing(table));
        Path csv = Converters.existing(outcomes);
        List<Outcome> rows;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = DatasetReader.defaults().readOutcomes(r, DatasetFormat.CSV, csv.toString(), plan.indicators());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OutcomeStream s = OutcomeStream.of(plan, asOf).withEvaluator(Evaluator.defaults().withThresholds(thresholds))
                .collectingRejections(listed);
        if (groupBy != null) {
            s = s.groupedBy(groupBy);
        }
        Tally tally;
        if (bar) {
            Progress p = new Progress(rows.size(), spec.commandLine().getErr());
            tally = s.forEach(rows.iterator(), v -> p.row());
            p.done();
        } else {
            tally = s.fold(rows.iterator());
        }
        print(tally, spec.commandLine().getOut());
        return tally.rejected() == 0 ? Attain.OK : Attain.PROBLEMS;
    }

    private void print(Tally tally, PrintWriter out) {
        out.println((outcomes == null ? table : table + " + " + outcomes + " as of " + asOf) + " (thresholds: "
                + thresholds.name() + ")");
        out.println(String.format(Locale.ROOT, outcomes == null ? "  rows judged     %,15d"
                : "  verdicts        %,15d (target by outcome, and targets with none)", tally.verdicts()));
        out.println(String.format(Locale.ROOT, "  rows rejected   %,15d", tally.rejected()));
        if (outcomes != null) {
            out.println(String.format(Locale.ROOT, "  unmatched       %,15d (outcomes of no target held)",
                    tally.unmatched()));
        }
        out.println("  status          " + counts(tally.counts()));
        out.println("  band            " + counts(tally.bandCounts()));
        out.println("  mean attainment " + tally.meanAttainment().map(m -> String.format(Locale.ROOT,
                "%s (of %,d rows with one)", m.toPlainString(), tally.attained())).orElse("- (no row has one)"));
        if (!tally.rejections().isEmpty()) {
            out.println(String.format(Locale.ROOT, "rejected rows (the first %d of %,d):", tally.rejections().size(),
                    tally.rejected()));
            for (RejectedRow r : tally.rejections()) {
                out.println("  " + (outcomes == null ? table + ":" : "outcome ") + r.line() + ": field '" + r.field()
                        + "': " + r.reason());
            }
        }
        if (!tally.groups().isEmpty()) {
            out.println("by " + groupBy + ":");
            for (Map.Entry<String, Tally> g : tally.groups().entrySet()) {
                Tally gt = g.getValue();
                out.println(String.format(Locale.ROOT, "  %-20s %,12d rows  worst %-10s mean %s", g.getKey(),
                        gt.verdicts(), gt.worst().map(Status::name).orElse("-"),
                        gt.meanAttainment().map(m -> m.toPlainString()).orElse("-")));
            }
        }
        out.flush();
    }

    private static String counts(Map<Status, Long> counts) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Status, Long> e : counts.entrySet()) {
            if (e.getValue() > 0) {
                if (sb.length() > 0) {
                    sb.append(" · ");
                }
                sb.append(e.getKey().name()).append(' ').append(String.format(Locale.ROOT, "%,d", e.getValue()));
            }
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }
}
