package dev.attain.cli;

import dev.attain.Tracker;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Thresholds;
import dev.attain.io.DatasetReader;
import dev.attain.model.Dataset;
import dev.attain.report.ConsoleReport;
import dev.attain.report.CsvReport;
import dev.attain.report.HtmlReport;
import dev.attain.report.JsonReport;
import dev.attain.report.MarkdownReport;
import dev.attain.report.ScorecardRenderer;
import dev.attain.report.XlsxReport;
import dev.attain.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attain evaluate DATASET --as-of DATE}: the scorecard, in a format, to standard output or a file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluates every target of a dataset as of a date, using only the outcomes published by"
            + " then, and writes the scorecard: shortfalls first, every figure exact."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the scorecard was written", "1:the dataset has problems (the first is shown;"
            + " 'attain check' lists them all)", "2:a bad command line",
            "3:a file or the database cannot be read or written"})
final class EvaluateCommand implements Callable<Integer> {

    /** The formats of the scorecard, as they are named on the command line. */
    enum Format {
        console, markdown, csv, json, html, xlsx
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "DATASET",
            description = "A dataset file or folder (or give --db).")
    @Nullable Path dataset;

    @Option(names = "--db", paramLabel = "JDBC-URL", description = "Evaluate what a store held on the as-of date"
            + " instead of a dataset file; the password, if any, comes from " + Databases.PASSWORD + ".")
    @Nullable String db;

    @Option(names = "--user", paramLabel = "USER", description = "The database user, with --db.")
    @Nullable String user;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", converter = Converters.Date.class,
            description = "Evaluate as of this date, such as 2023-06-30.")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "console", paramLabel = "FORMAT",
            description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output"
            + " (required for xlsx).")
    @Nullable Path out;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", converter = Converters.Lang.class,
            description = "Labels and reasons in Chinese or English (default: ${DEFAULT-VALUE}).")
    Locale locale;

    @Option(names = "--thresholds", defaultValue = "default", paramLabel = "NAME", converter = Converters.Bands.class,
            description = "The bands of attainment: default, eurostat or traffic-light (default: ${DEFAULT-VALUE}).")
    Thresholds thresholds;

    @Option(names = "--list-no-data", description = "In console and markdown, list every target without data as a"
            + " row of its group instead of one line per group naming them.")
    boolean listNoData;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (format == Format.xlsx && out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format xlsx writes a workbook: give the file with --out FILE.xlsx");
        }
        if ((dataset == null) == (db == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give either a DATASET file or folder, or --db JDBC-URL");
        }
        Dataset data;
        if (dataset != null) {
            data = DatasetReader.defaults().read(Converters.existing(dataset));
        } else {
            try (Store store = Databases.open(db, user, System.getenv())) {
                data = store.datasetAsOf(asOf);
            }
        }
        Tracker tracker = Tracker.of(data, Evaluator.defaults().withThresholds(thresholds));
        Scorecard card = tracker.evaluate(asOf);
        ScorecardRenderer renderer = renderer(data);
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(renderer.render(card));
            w.flush();
        } else {
            Path file = Attain.outputFile(out);
            if (format == Format.xlsx) {
                XlsxReport.of(locale).write(card, file);
            } else {
                renderer.write(card, file);
            }
            spec.commandLine().getErr().println("attain evaluate: wrote the " + format + " scorecard of "
                    + card.evaluations().size() + " targets to " + out);
        }
        return Attain.OK;
    }

    private ScorecardRenderer renderer(Dataset data) {
        // the dataset gives the reports their title and "what was reported": the same pages the
        // flagship example prints for the same dataset and date
        switch (format) {
            case markdown:
                return MarkdownReport.of(locale).withDataset(data).withNoDataListed(listNoData);
            case csv:
                return CsvReport.of(locale);
            case json:
                return JsonReport.of();
            case html:
                return HtmlReport.of(locale).withThresholds(thresholds).withHistory(data);
            default:
                return ConsoleReport.of(locale).withDataset(data).withNoDataListed(listNoData);
        }
    }
}
