package dev.attain.examples;

import static dev.attain.examples.ExampleSupport.cny;
import static dev.attain.examples.ExampleSupport.cnyInterval;
import static dev.attain.examples.ExampleSupport.pad;
import static dev.attain.examples.ExampleSupport.percentInterval;
import static dev.attain.examples.ExampleSupport.percentWords;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.attain.Tracker;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Evaluator;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
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
 * The 2022 goal "力争电子信息和装备工业突破7000亿元" against the one figure reported for it,
 * "电子信息产业…达1.03万亿元", explained step by step: why the goal is ACHIEVED with an attainment of
 * at least 147.1% although the equipment industry's revenue was never reported.
 *
 * <p>The target is on the <em>sum</em> of two indicators. The equipment part was not reported,
 * and revenue cannot be negative, so that part is [0, +∞): unknown, but not below zero. The sum
 * is then [1.03万亿元, +∞), and every value of it is above 7000亿元. The program prints each
 * step from the library's {@link Evaluation} (the parts, the sum interval, the attainment
 * interval, the gap, the reasons), then two contrasts: the same target as of the day before the
 * figure was published (NO_DATA), and with a hypothetical electronics figure of 6000亿元, where
 * the same unknown part makes the verdict INDETERMINATE rather than MISSED.
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
        return ExampleSupport.runAsOf("ElectronicsEquipmentGoal", args, DEFAULT_AS_OF, ElectronicsEquipmentGoal::explain, out, err);
    }

    /**
     * Writes the step-by-step explanation.
     *
     * @param tracker  the tracker of the Jiangxi dataset, not null
     * @param asOf  the as-of date, not null
     * @param out  where to write, not null
     */
    static void explain(Tracker tracker, LocalDate asOf, PrintStream out) {
        Dataset dataset = tracker.dataset();
        Evaluation e = tracker.evaluator().evaluate(dataset, TARGET, asOf);
        Target t = e.target();
        BigDecimal required = e.required().orElseThrow();

        out.println("The " + t.period() + " goal " + t.source().flatMap(Source::quote).orElse(t.requirement().toString())
                + ", as of " + asOf);
        out.println();
        out.println("Target " + t.id() + " (" + t.commitment() + "), " + t.period() + ", " + t.scope());
        t.source().ifPresent(s -> out.println("  source: " + s.document() + s.date().map(d -> ", " + d).orElse("")));
        out.println("  requirement: " + t.requirement() + ", that is " + cnyInterval(t.requirement().range())
                + ", on the sum of " + t.indicators().size() + " indicators:");
        for (Indicator ind : e.indicators()) {
            out.println("    " + pad(ind.id(), 15) + ind.name() + " (" + ind.displayNameEn() + ")");
        }
        out.println();

        if (e.actual().isEmpty()) {
            out.println("Nothing for " + t.period() + " had been published by " + asOf + ": " + e.status() + ".");
            reasons(e, out);
            return;
        }
        out.println("Step 1. What each part reported for " + t.period() + ", published by " + asOf);
        Range<BigDecimal> sum = Range.singleton(BigDecimal.ZERO);
        for (Indicator ind : e.indicators()) {
            Optional<Outcome> o = outcomeOf(e, ind);
            Range<BigDecimal> part;
            String how;
            if (o.isPresent()) {
                part = o.get().value().range();
                how = o.get().value() + ", published " + o.get().published() + " (" + o.get().status() + ")"
                        + o.get().source().flatMap(Source::quote).map(q -> ": \"" + q + "\"").orElse("");
            } else if (ind.nonNegative()) {
                part = Range.atLeast(BigDecimal.ZERO);
                how = "not reported; revenue cannot be negative, so at least 0 and otherwise unknown";
            } else {
                part = Range.all();
                how = "not reported, and may be negative: any value";
            }
            out.println("  " + pad(ind.id(), 15) + pad(cnyInterval(part), 20) + how);
            sum = plus(sum, part);
        }
        out.println();
        Range<BigDecimal> actual = e.actual().get();
        out.println("Step 2. The sum of the parts, as an interval: " + cnyInterval(actual)
                + (actual.equals(sum) ? "" : " (the example's own sum: " + cnyInterval(sum) + ")"));
        out.println("  the lower end adds the lower ends (" + joinLower(e) + "); the upper end is unbounded because"
                + " a part is.");
        out.println();
        e.attainment().ifPresent(a -> {
            out.println("Step 3. Attainment = sum ÷ requirement = " + cnyInterval(actual) + " ÷ " + cny(required)
                    + " = " + percentInterval(a));
            out.println("  lower end " + actual.lowerEndpoint().toPlainString() + " ÷ " + required.toPlainString()
                    + " = " + a.lowerEndpoint().toPlainString() + " (Evaluator.MATH_CONTEXT: "
                    + Evaluator.MATH_CONTEXT.getPrecision() + " significant digits, " + Evaluator.MATH_CONTEXT.getRoundingMode()
                    + ")");
            out.println("  attainment " + percentWords(a));
            out.println();
        });
        out.println("Step 4. Verdict: " + e.status());
        if (actual.hasLowerBound() && t.requirement().range().contains(actual.lowerEndpoint())
                && t.requirement().range().encloses(actual)) {
            out.println("  even the smallest sum the reports allow, " + cny(actual.lowerEndpoint())
                    + " (equipment at zero), is above " + cny(required) + ",");
            out.println("  so every possible value meets the requirement: the equipment figure cannot change the verdict.");
        }
        e.gap().ifPresent(g -> out.println("  gap (what is still missing): " + cnyInterval(g)));
        out.println();
        out.println("Step 5. The evaluator's reasons:");
        reasons(e, out);
        out.println();

        out.println("Contrasts");
        LocalDate before = e.outcomes().stream().map(Outcome::published).min(LocalDate::compareTo)
                .map(d -> d.minusDays(1)).orElse(asOf.minusYears(1));
        Evaluation early = tracker.evaluator().evaluate(dataset, TARGET, before);
        out.println("  as of " + before + ", the day before the figure was published: " + early.status());
        Outcome ei = e.outcomes().get(0);
        Figure hypothetical = Figure.parse("6000亿元");
        Evaluation what = tracker.evaluator().evaluate(replace(dataset, ei, hypothetical), TARGET, asOf);
        out.println("  HYPOTHETICAL, not reported by anyone: had " + ei.indicator() + " been " + hypothetical
                + ", the sum would be " + cnyInterval(what.actual().orElseThrow()) + ": " + what.status());
        out.println("    (the sum straddles " + cny(required) + ": the unreported part is unknown, never taken as zero)");
    }

    private static void reasons(Evaluation e, PrintStream out) {
        e.reasons().forEach(r -> out.println("  - " + r));
    }

    /** The outcome of one part of the sum that the evaluation used, if that part was reported. */
    private static Optional<Outcome> outcomeOf(Evaluation e, Indicator ind) {
        return e.outcomes().stream().filter(x -> x.indicator().equals(ind.id())).findFirst();
    }

    private static String joinLower(Evaluation e) {
        List<String> parts = new ArrayList<>();
        for (Indicator ind : e.indicators()) {
            Optional<Outcome> o = outcomeOf(e, ind);
            parts.add(o.map(x -> x.value().range()).filter(Range::hasLowerBound).map(r -> cny(r.lowerEndpoint()))
                    .orElse(ind.nonNegative() ? "0" : "−∞"));
        }
        return String.join(" + ", parts);
    }

    /** a + b for intervals, each end the sum of the ends, closed when both are, unbounded when either is. */
    static Range<BigDecimal> plus(Range<BigDecimal> a, Range<BigDecimal> b) {
        boolean lo = a.hasLowerBound() && b.hasLowerBound();
        boolean hi = a.hasUpperBound() && b.hasUpperBound();
        if (!lo && !hi) {
            return Range.all();
        }
        if (!hi) {
            return Range.downTo(a.lowerEndpoint().add(b.lowerEndpoint()), closedBoth(a.lowerBoundType(), b.lowerBoundType()));
        }
        if (!lo) {
            return Range.upTo(a.upperEndpoint().add(b.upperEndpoint()), closedBoth(a.upperBoundType(), b.upperBoundType()));
        }
        return Range.range(a.lowerEndpoint().add(b.lowerEndpoint()), closedBoth(a.lowerBoundType(), b.lowerBoundType()),
                a.upperEndpoint().add(b.upperEndpoint()), closedBoth(a.upperBoundType(), b.upperBoundType()));
    }

    private static BoundType closedBoth(BoundType x,
            BoundType y) {
        return x == BoundType.CLOSED && y == BoundType.CLOSED
                ? BoundType.CLOSED : BoundType.OPEN;
    }

    /** The dataset with one outcome's value replaced: for the hypothetical contrast only. */
    private static Dataset replace(Dataset dataset, Outcome old, Figure value) {
        List<Outcome> outcomes = new ArrayList<>(dataset.outcomes().size());
        for (Outcome o : dataset.outcomes()) {
            outcomes.add(o.equals(old) ? new Outcome(o.indicator(), o.scope(), o.period(), value, o.published(),
                    o.status(), Optional.empty()) : o);
        }
        return Dataset.of(dataset.indicators(), dataset.targets(), outcomes);
    }
}
