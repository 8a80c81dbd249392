package dev.attain.examples;

import static java.util.Objects.requireNonNull;

import dev.attain.Tracker;
import dev.attain.eval.Scorecard;
import dev.attain.model.Dataset;
import dev.attain.report.ConsoleReport;
import dev.attain.report.HtmlReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The flagship example: Jiangxi province's industrial plans of 2020, 2021, 2022 and 2025 against
 * everything reported for them in five public documents and in public press reports, as of a
 * date: the targets grouped by plan and period, shortfalls first, the targets without data one
 * line per group, the roll-ups, what was reported without a target, and a summary computed from
 * the data.
 *
 * <p>The dataset is the folder {@code examples/data/jiangxi/} ({@code jiangxi.json}, the five
 * documents' records, and {@code public.json}, the press reports'; every record cites its source,
 * date and quote; see the README beside them). The report is the report package's
 * {@link ConsoleReport}, whose columns line up although Chinese characters take two columns on a
 * terminal; {@code --list-no-data} lists every target without data instead of one line per group. With {@code --html <file>}, the same scorecard is also written
 * as a self-contained HTML page with an SVG bullet graph per target ({@link HtmlReport}).
 *
 * <p>Run it from the repository root; every argument is optional:
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.args="2023-06-30"
 * mvn -q test-compile exec:java -Dexec.args="2023-06-30 --html target/jiangxi-2023-06-30.html"
 * mvn -q test-compile exec:java -Dexec.args="2023-06-30 --lang en"
 * mvn -q test-compile exec:java -Dexec.args="2023-06-30 --list-no-data"
 * }</pre>
 * (this class is the project's default {@code exec.mainClass}). The as-of date defaults to
 * 2023-06-30; a date that is not a date ends the program with a message and exit code 2.
 */
public final class Jiangxi2022Scorecard {

    /** The default as-of date: after every document of the dataset was published. */
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2023, 6, 30);

    private static final String USAGE = "usage: Jiangxi2022Scorecard [as-of date YYYY-MM-DD, default "
            + DEFAULT_AS_OF + "] [--html <file>] [--lang zh|en] [--list-no-data]";

    private Jiangxi2022Scorecard() {
    }

    /**
     * Runs the program.
     *
     * @param args  an optional as-of date, {@code --html <file>}, {@code --lang zh|en},
     *     {@code --list-no-data}
     */
    public static void main(String[] args) {
        int code = run(args, ExampleSupport.stdout(), ExampleSupport.stderr());
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The command line, read. */
    record Options(LocalDate asOf, Optional<Path> html, Locale locale, boolean listNoData) {

        static Options parse(String[] args) {
            LocalDate asOf = null;
            Path html = null;
            Locale locale = Locale.SIMPLIFIED_CHINESE;
            boolean listNoData = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--html")) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new ExampleSupport.UsageException("--html needs a file name, such as --html scorecard.html");
                    }
                    html = Path.of(args[++i]);
                } else if (a.equals("--lang")) {
                    String lang = i + 1 < args.length ? args[++i] : "";
                    if (lang.equals("zh")) {
                        locale = Locale.SIMPLIFIED_CHINESE;
                    } else if (lang.equals("en")) {
                        locale = Locale.ENGLISH;
                    } else {
                        throw new ExampleSupport.UsageException("--lang needs zh or en, not '" + lang + "'");
                    }
                } else if (a.equals("--list-no-data")) {
                    listNoData = true;
                } else if (a.startsWith("--")) {
                    throw new ExampleSupport.UsageException("unknown option '" + a + "'");
                } else if (asOf == null) {
                    asOf = ExampleSupport.date(a, "the as-of date");
                } else {
                    throw new ExampleSupport.UsageException("one as-of date expected; got a second, '" + a + "'");
                }
            }
            return new Options(asOf == null ? DEFAULT_AS_OF : asOf, Optional.ofNullable(html), locale, listNoData);
        }
    }

    /**
     * Runs the program with the given streams.
     *
     * @param args  the command line
     * @param out  where the scorecard goes, not null
     * @param err  where errors go, not null
     * @return the exit code: 0; 1 if the HTML file cannot be written; 2 for a bad argument; 3
     *     when the data is not found
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (ExampleSupport.UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return ExampleSupport.EXIT_USAGE;
        }
        Tracker tracker;
        try {
            tracker = ExampleSupport.flagship();
        } catch (ExampleSupport.MissingDataException e) {
            err.println(e.getMessage());
            return ExampleSupport.EXIT_NO_DATA;
        }
        Scorecard card = tracker.evaluate(options.asOf());
        out.print(render(tracker, card, options.locale(), options.listNoData()));
        if (options.html().isPresent()) {
            try {
                Path written = writeHtml(tracker, card, options.locale(), options.html().get());
                out.println();
                out.println((chinese(options.locale()) ? "HTML报告已写入 " : "HTML report written to ") + written);
            } catch (UncheckedIOException e) {
                err.println("cannot write the HTML report to " + options.html().get() + ": " + e.getCause());
                return 1;
            }
        }
        return 0;
    }

    /**
     * Returns the scorecard as text: a line naming the data, the table with the counts, and a
     * closing line on the shortfalls and the targets without data.
     *
     * @param tracker  the tracker the scorecard came from, not null
     * @param card  the scorecard, not null
     * @param locale  Chinese or English labels, not null
     * @param listNoData  whether to list every target without data instead of one line per group
     * @return the text, lines ending with "\n"
     */
    static String render(Tracker tracker, Scorecard card, Locale locale, boolean listNoData) {
        requireNonNull(card, "card");
        boolean zh = chinese(locale);
        Dataset data = tracker.dataset();
        StringBuilder b = new StringBuilder();
        b.append(ConsoleReport.of(locale).withDataset(data).withNoDataListed(listNoData).render(card));
        b.append(zh ? "  数据：" : "  Data: ").append(ExampleSupport.FLAGSHIP_TEXT).append(zh ? "（" : " (")
                .append(data.indicators().size()).append(zh ? "个指标，" : " indicators, ")
                .append(data.targets().size()).append(zh ? "项目标，" : " targets, ")
                .append(data.outcomes().size()).append(zh ? "条实际值；来源见该目录的 README.md）" : " outcomes; sources in its README.md)")
                .append("\n");
        return b.toString();
    }

    /**
     * Writes the scorecard as a self-contained HTML page with a bullet graph per target and the
     * trajectories of the dataset's outcomes, creating the parent folder if needed.
     *
     * @param tracker  the tracker, for its dataset (history) and thresholds (bands), not null
     * @param card  the scorecard, not null
     * @param locale  Chinese or English labels, not null
     * @param file  the file, not null; replaced if it exists
     * @return the absolute path written
     * @throws UncheckedIOException if the file cannot be written
     */
    static Path writeHtml(Tracker tracker, Scorecard card, Locale locale, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HtmlReport.of(locale)
                .withThresholds(tracker.evaluator().thresholds())
                .withHistory(tracker.dataset())
                .write(card, absolute);
        return absolute;
    }

    private static boolean chinese(Locale locale) {
        return locale.getLanguage().equals("zh");
    }
}
