package dev.attain.examples;

import static dev.attain.examples.ExampleSupport.columns;
import static dev.attain.examples.ExampleSupport.pad;

import dev.attain.Tracker;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.extract.DatasetDraft;
import dev.attain.extract.Extraction;
import dev.attain.extract.Extractor;
import dev.attain.extract.TargetCandidate;
import dev.attain.model.Commitment;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the targets of two plan documents from their text, shows them beside the hand-made
 * dataset, and evaluates them against the hand-made outcomes.
 *
 * <p>The documents are the 2020 工作要点 ({@code 003_…txt}) and the report of the 2022 work
 * conference ({@code 001_…txt}) under {@code examples/data/sources/}; the hand-made dataset is
 * {@code examples/data/jiangxi/jiangxi.json}, which encodes the same documents by hand. For each
 * target read, the table gives the period, the indicator as the text names it, the requirement as
 * written, the commitment (力争 or not), and the hand-made target with the same period,
 * requirement and matched indicators. The read targets then become a dataset draft
 * ({@link DatasetDraft}, indicators matched to the hand-made ones by name) and are evaluated
 * against the hand-made outcomes as of the date given (default 2023-06-30).
 *
 * <p>Run it from the repository root:
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.attain.examples.ReadThePlan -Dexec.args="2023-06-30"
 * }</pre>
 */
public final class ReadThePlan {

    /** The default as-of date. */
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2023, 6, 30);

    /** The plan documents read, with their publication dates. */
    static final Map<String, LocalDate> DOCUMENTS = new LinkedHashMap<>();

    static {
        DOCUMENTS.put("003_e4ac14dd2e8239c0.txt", LocalDate.of(2020, 4, 7));
        DOCUMENTS.put("001_a4206e351c277bd7.txt", LocalDate.of(2022, 1, 18));
    }

    private static final int INDICATOR_COLUMNS = 34;
    private static final int REQUIREMENT_COLUMNS = 16;

    private ReadThePlan() {
    }

    /**
     * Runs the program.
     *
     * @param args  an optional as-of date, YYYY-MM-DD
     */
    public static void main(String[] args) {
        int code = run(args, ExampleSupport.stdout(), ExampleSupport.stderr());
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the program, writing to the given streams.
     *
     * @param args  an optional as-of date
     * @param out  standard output
     * @param err  standard error
     * @return the exit code: 0, 2 for a bad argument, 3 when the data is not found
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return ExampleSupport.runAsOf("ReadThePlan", args, DEFAULT_AS_OF,
                (tracker, asOf, o) -> write(tracker.dataset(), asOf, o), out, err);
    }

    private static void write(Dataset handMade, LocalDate asOf, PrintStream out) {
        out.println("Targets read from the plans' own text, beside the hand-made " + ExampleSupport.DATASET_TEXT);
        List<Target> read = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        Set<Indicator> indicators = new LinkedHashSet<>(handMade.indicators());
        for (Map.Entry<String, LocalDate> doc : DOCUMENTS.entrySet()) {
            String text = read(ExampleSupport.SOURCES.resolve(doc.getKey()));
            Extraction x = Extractor.defaults().extract(text, doc.getValue());
            Dataset draft = x.draft(doc.getKey()).against(handMade).scope(Scope.of("region", "江西省"))
                    .idPrefix("read-" + doc.getKey().substring(0, 3) + "-").build();
            out.println();
            out.println(doc.getKey() + ", published " + doc.getValue() + ": " + x.targets().size() + " targets, "
                    + x.outcomes().size() + " outcomes, " + x.unresolved().size() + " other figures");
            out.println();
            out.println(pad("period", 7) + pad("indicator, as the text names it", INDICATOR_COLUMNS)
                    + pad("requirement", REQUIREMENT_COLUMNS) + pad("力争", 6) + "hand-made target");
            int k = 0;
            for (TargetCandidate c : x.targets()) {
                if (c.kind().isRelative()) {
                    out.println(pad(c.period().toString(), 7) + pad(cut(c.indicator(), INDICATOR_COLUMNS - 2), INDICATOR_COLUMNS)
                            + pad(c.phrase(), REQUIREMENT_COLUMNS) + pad(stretch(c.commitment()), 6)
                            + "(" + c.kind() + ": no dataset form yet)");
                    continue;
                }
                Target t = draft.targets().get(k++);
                String same = handMade.targets().stream()
                        .filter(g -> g.period().equals(t.period()) && g.requirement().equals(t.requirement())
                                && g.indicators().equals(t.indicators()))
                        .map(Target::id).findFirst().orElse("-");
                if (!same.equals("-")) {
                    found.add(same);
                }
                out.println(pad(c.period().toString(), 7) + pad(cut(c.indicator(), INDICATOR_COLUMNS - 2), INDICATOR_COLUMNS)
                        + pad(c.phrase().replace(" ", ""), REQUIREMENT_COLUMNS) + pad(stretch(c.commitment()), 6) + same);
            }
            read.addAll(draft.targets());
            indicators.addAll(draft.indicators());
        }
        long handMadeOfThese = handMade.targets().stream()
                .filter(g -> g.source().map(s -> DOCUMENTS.containsKey(s.document())).orElse(false)).count();
        out.println();
        out.println("Of the " + handMadeOfThese + " targets the hand-made dataset takes from these two documents,");
        out.println(found.size() + " were read with the same period, requirement and indicators.");
        Dataset dataset = Dataset.of(indicators, read, handMade.outcomes());
        Scorecard card = Tracker.of(dataset).evaluate(asOf);
        out.println();
        out.println("The " + read.size() + " targets read, evaluated against the hand-made outcomes ("
                + handMade.outcomes().size() + ") as of " + asOf + ":");
        StringBuilder counts = new StringBuilder("  ");
        card.counts().forEach((status, n) -> {
            if (n > 0) {
                counts.append(status).append(' ').append(n).append("   ");
            }
        });
        out.println(counts.toString().stripTrailing());
        for (Evaluation e : card.evaluations()) {
            if (e.status() != Status.NO_DATA) {
                Target t = e.target();
                out.println("  " + t.period() + " " + String.join("+", t.indicators()) + " " + t.requirement() + ": "
                        + e.status());
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String stretch(Commitment c) {
        return c == Commitment.STRETCH ? "力争" : "";
    }

    private static String cut(String text, int width) {
        if (columns(text) <= width) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (columns(sb.toString() + text.charAt(i)) > width - 1) {
                break;
            }
            sb.append(text.charAt(i));
        }
        return sb + "…";
    }
}
