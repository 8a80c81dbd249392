package dev.attain.cli;

import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import dev.attain.stream.RejectedRow;
import dev.attain.stream.Tally;
import dev.attain.stream.TargetTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attain stream TARGETS.csv}: the streaming path over a table of targets with their actuals. */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"Judges a CSV table of targets with their actuals (columns id, polarity, target, actual;"
            + " one row per target) as it is read, in bounded memory, and prints the tally: rows per status and"
            + " band, the exact mean attainment, the rows rejected with their lines, and the roll-ups of"
            + " --group-by. On a terminal a progress bar on standard error shows rows/s and the time left."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every row was judged", "1:rows were rejected (counted, the first listed) or the header"
            + " is bad", "2:a bad command line", "3:the file cannot be read"})
final class StreamCommand implements Callable<Integer> {

    /** When to show the progress bar. */
    enum When {
        auto, always, never
    }

    @Parameters(index = "0", paramLabel = "TARGETS.csv", description = "The table of targets and actuals.")
    Path table;

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
        TargetTable t = TargetTable.of(Converters.existing(table)).withThresholds(thresholds)
                .collectingRejections(listed);
        if (groupBy != null) {
            t = t.groupedBy(groupBy);
        }
        boolean bar = progress == When.always || progress == When.auto && System.console() != null;
        Tally tally;
        if (bar) {
            Progress p = new Progress(table, spec.commandLine().getErr());
            tally = t.forEach(v -> p.row());
            p.done();
        } else {
            tally = t.fold();
        }
        print(tally, spec.commandLine().getOut());
        return tally.rejected() == 0 ? Attain.OK : Attain.PROBLEMS;
    }

    private void print(Tally tally, PrintWriter out) {
        out.println(table + " (thresholds: " + thresholds.name() + ")");
        out.println(String.format(Locale.ROOT, "  rows judged     %,15d", tally.verdicts()));
        out.println(String.format(Locale.ROOT, "  rows rejected   %,15d", tally.rejected()));
        out.println("  status          " + counts(tally.counts()));
        out.println("  band            " + counts(tally.bandCounts()));
        out.println("  mean attainment " + tally.meanAttainment().map(m -> String.format(Locale.ROOT,
                "%s (of %,d rows with one)", m.toPlainString(), tally.attained())).orElse("- (no row has one)"));
        if (!tally.rejections().isEmpty()) {
            out.println(String.format(Locale.ROOT, "rejected rows (the first %d of %,d):", tally.rejections().size(),
                    tally.rejected()));
            for (RejectedRow r : tally.rejections()) {
                out.println("  " + table + ":" + r.line() + ": field '" + r.field() + "': " + r.reason());
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
