package dev.attain.examples;

import static dev.attain.examples.ExampleSupport.cny;
import static dev.attain.examples.ExampleSupport.cnyInterval;
import static dev.attain.examples.ExampleSupport.pad;
import static dev.attain.examples.ExampleSupport.percentWords;

import dev.attain.Tracker;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Status;
import dev.attain.model.Aggregation;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 2022 goal "力争电子信息和装备工业突破7000亿元" read two ways, side by side: on <em>each</em> of
 * the two industries ({@code "of": "EACH"}, as the Jiangxi dataset reads it) and on their
 * <em>sum</em> ({@code "of": "SUM"}), as of a date, with what each reading needs to be decided.
 *
 * <p>Only the electronics figure for 2022 was reported (达1.03万亿元). On the sum, the equipment
 * part is unknown but cannot be negative, so the sum is at least 1.03万亿元 and the goal is
 * ACHIEVED whatever equipment did. On each, electronics passed and equipment was not reported,
 * so the goal is INDETERMINATE until the equipment figure: above 7000亿元 it is achieved, at
 * 7000亿元 or less it is missed. The program shows both from the library's evaluations, then the
 * same two readings on the 2021 figures (the year before the plan): the sum was already passed,
 * each was not, which is why the dataset reads the goal as each (see
 * {@code examples/data/jiangxi/README.md}, judgement call 1). It reads the flagship's folder,
 * the documents' records and the press reports' (the 2021 equipment figure is one of those).
 * The figures it tries for the equipment industry are marked HYPOTHETICAL: nobody reported them.
 *
 * <p>Run it from the repository root, with an optional as-of date (default 2023-06-30):
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.attain.examples.ElectronicsEquipmentGoal -Dexec.args="2023-06-30"
 * }</pre>
 */
public final class ElectronicsEquipmentGoal {

    /** The target explained. */
    static final String TARGET = "jx-2022-ei-equip";

    /** The default as-of date. */
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2023, 6, 30);

    private static final int LABEL = 16;
    private static final int COLUMN = 42;

    private ElectronicsEquipmentGoal() {
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
     * Runs the program with the given streams.
     *
     * @param args  an optional as-of date
     * @param out  where the explanation goes, not null
     * @param err  where errors go, not null
     * @return the exit code: 0, 2 for a bad argument, 3 when the data is not found
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return ExampleSupport.runAsOf("ElectronicsEquipmentGoal", args, DEFAULT_AS_OF, ExampleSupport::flagship,
                ElectronicsEquipmentGoal::explain, out, err);
    }

    /**
     * Writes the two readings side by side.
     *
     * @param tracker  the tracker of the flagship's dataset (the documents' records and the press reports'), not null
     * @param asOf  the as-of date, not null
     * @param out  where to write, not null
     */
    static void explain(Tracker tracker, LocalDate asOf, PrintStream out) {
        Dataset dataset = tracker.dataset();
        Evaluator evaluator = tracker.evaluator();
        Target t = dataset.targets().stream().filter(x -> x.id().equals(TARGET)).findFirst().orElseThrow();
        Evaluation each = evaluator.evaluate(with(dataset, reading(t, Aggregation.EACH, t.period()), null), TARGET, asOf);
        Evaluation sum = evaluator.evaluate(with(dataset, reading(t, Aggregation.SUM, t.period()), null), TARGET, asOf);
        BigDecimal required = each.required().orElseThrow();

        out.println("The " + t.period() + " goal " + t.source().flatMap(Source::quote).orElse(t.requirement().toString())
                + ", as of " + asOf);
        out.println("  target " + t.id() + " (" + t.commitment() + "), " + t.scope() + "; the dataset reads it \"of\": \""
                + t.of() + "\"");
        t.source().ifPresent(s -> out.println("  source: " + s.document() + s.date().map(d -> ", " + d).orElse("")));
        out.println("  requirement: " + t.requirement() + ", that is " + cnyInterval(t.requirement().range()));
        out.println();

        out.println("What was reported for " + t.period() + ", published by " + asOf);
        for (Indicator ind : each.indicators()) {
            Optional<Outcome> o = used(each, ind);
            out.println("  " + pad(ind.id(), LABEL) + o.map(x -> x.value() + ", " + x.status() + ", published "
                    + x.published() + x.source().flatMap(Source::quote).map(q -> ": \"" + q + "\"").orElse(""))
                    .orElse("not reported"));
        }
        out.println();

        out.println("The two readings, side by side");
        row(out, "", "EACH: each industry passes " + cny(required), "SUM: the two together pass " + cny(required));
        row(out, "status", each.status().toString(), sum.status().toString());
        for (int k = 0; k < each.indicators().size(); k++) {
            Indicator ind = each.indicators().get(k);
            Evaluation part = each.parts().get(k);
            Optional<Outcome> o = used(sum, ind);
            row(out, ind.id(), part.status() + part.attainment().map(a -> ", " + percentWords(a)).orElse(""),
                    o.map(x -> "adds " + cnyInterval(x.value().range()))
                            .orElse(ind.nonNegative() ? "not reported: adds [0, +∞)" : "not reported: adds any value"));
        }
        row(out, "judged", "each part against " + cny(required), sum.actual().map(a -> "the sum " + cnyInterval(a)
                + " against " + cny(required)).orElse("nothing reported"));
        List<String> perPart = new ArrayList<>();
        for (Evaluation part : each.parts()) {
            perPart.add(part.indicators().get(0).id() + " " + part.attainment().map(ExampleSupport::percentWords).orElse("-"));
        }
        row(out, "attainment", String.join("; ", perPart), sum.attainment().map(ExampleSupport::percentWords).orElse("-"));
        row(out, "decided?", decided(each.status()), decided(sum.status()));
        out.println();

        out.println("What each reading needs to be decided");
        out.println("  EACH: " + needs(evaluator, dataset, t, each, Aggregation.EACH, asOf));
        out.println("  SUM:  " + needs(evaluator, dataset, t, sum, Aggregation.SUM, asOf));
        out.println();

        Period before = Period.ofYear(t.period().start().getYear() - 1);
        Target earlier = reading(t, Aggregation.EACH, before);
        Evaluation eachBefore = evaluator.evaluate(with(dataset, earlier, null), TARGET, asOf);
        Evaluation sumBefore = evaluator.evaluate(with(dataset, reading(t, Aggregation.SUM, before), null), TARGET, asOf);
        out.println("The same goal on the " + before + " figures, the year before the plan set it (published by " + asOf
                + ")");
        for (Evaluation part : eachBefore.parts()) {
            Indicator ind = part.indicators().get(0);
            out.println("  " + pad(ind.id(), LABEL) + used(part, ind).map(x -> x.value() + " (" + x.source()
                    .map(Source::document).orElse("") + ", " + x.published() + ")").orElse("not reported")
                    + ": " + part.status());
        }
        out.println("  EACH: " + eachBefore.status() + "; SUM: " + sumBefore.status()
                + sumBefore.actual().map(a -> ", the sum " + cnyInterval(a)).orElse(""));
        if (sumBefore.status() == Status.ACHIEVED && eachBefore.status() != Status.ACHIEVED) {
            out.println("  On the sum, the 力争 goal was met before it was set; on each, it asks for a real stretch."
                    + " The dataset reads it as each.");
        }
        out.println();

        out.println("The evaluator's reasons, EACH:");
        each.reasons().forEach(r -> out.println("  - " + r));
        out.println("The evaluator's reasons, SUM:");
        sum.reasons().forEach(r -> out.println("  - " + r));
    }

    /** Whether a status is a final verdict, in words. */
    private static String decided(Status s) {
        return s == Status.ACHIEVED || s == Status.MISSED ? "yes" : "no";
    }

    /**
     * What a reading needs: nothing when it is decided; else, for each part not reported, the
     * verdict it would get at the requirement and just above it (HYPOTHETICAL figures, tried
     * with the evaluator on a copy of the dataset).
     */
    private static String needs(Evaluator evaluator, Dataset dataset, Target t, Evaluation e, Aggregation of,
            LocalDate asOf) {
        if (e.status() == Status.ACHIEVED || e.status() == Status.MISSED) {
            return "nothing more: " + e.status() + " whatever the parts not reported turn out to be";
        }
        List<String> out = new ArrayList<>();
        for (Indicator ind : e.indicators()) {
            if (used(e, ind).isPresent() || of == Aggregation.EACH && e.parts().stream()
                    .anyMatch(p -> p.indicators().get(0).equals(ind) && p.status() != Status.NO_DATA)) {
                continue;
            }
            BigDecimal at = e.required().orElseThrow();
            Figure atBound = Figure.parse(ExampleSupport.plain(at.movePointLeft(8)) + "亿元");
            Figure above = Figure.parse(ExampleSupport.plain(at.movePointLeft(8).add(BigDecimal.ONE)) + "亿元");
            Target r = reading(t, of, t.period());
            Status atStatus = evaluator.evaluate(with(dataset, r, hypothetical(ind, t, atBound, asOf)), TARGET, asOf)
                    .status();
            Status aboveStatus = evaluator.evaluate(with(dataset, r, hypothetical(ind, t, above, asOf)), TARGET, asOf)
                    .status();
            out.add("the " + t.period() + " figure of " + ind.id() + " (HYPOTHETICAL figures tried: " + atBound + " → "
                    + atStatus + ", " + above + " → " + aboveStatus + ")");
        }
        return out.isEmpty() ? "a final figure (" + e.status() + ")" : String.join("; ", out);
    }

    private static void row(PrintStream out, String label, String a, String b) {
        out.println(("  " + pad(label, LABEL) + pad(a, COLUMN) + b).stripTrailing());
    }

    /** The outcome of an indicator that an evaluation (or one of its parts) used, if any. */
    private static Optional<Outcome> used(Evaluation e, Indicator ind) {
        Optional<Outcome> o = e.outcomes().stream().filter(x -> x.indicator().equals(ind.id())).findFirst();
        if (o.isEmpty()) {
            for (Evaluation p : e.parts()) {
                o = p.outcomes().stream().filter(x -> x.indicator().equals(ind.id())).findFirst();
                if (o.isPresent()) {
                    break;
                }
            }
        }
        return o;
    }

    /** The target read one way, for a period. */
    static Target reading(Target t, Aggregation of, Period period) {
        return new Target(t.id(), t.indicators(), t.scope(), period, t.requirement(), t.floor(), t.stretch(),
                t.baseline(), t.commitment(), t.pace(), t.schedule(), t.schedulePartial(), t.weight(), t.tags(),
                t.source(), of, t.sides(), t.relation());
    }

    /** A figure for a part that nobody reported, published on the as-of date: HYPOTHETICAL. */
    private static Outcome hypothetical(Indicator ind, Target t, Figure value, LocalDate asOf) {
        return new Outcome(ind.id(), t.scope(), t.period(), value, asOf, OutcomeStatus.FINAL, Optional.empty());
    }

    /** The dataset with the target replaced, and one outcome added if given. */
    private static Dataset with(Dataset dataset, Target target, Outcome extra) {
        List<Target> targets = new ArrayList<>(dataset.targets().size());
        for (Target x : dataset.targets()) {
            targets.add(x.id().equals(target.id()) ? target : x);
        }
        List<Outcome> outcomes = new ArrayList<>(dataset.outcomes());
        if (extra != null) {
            outcomes.add(extra);
        }
        return Dataset.of(dataset.indicators(), targets, outcomes);
    }
}
