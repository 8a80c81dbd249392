package dev.attain.examples;

import static dev.attain.examples.ExampleSupport.pad;
import static dev.attain.examples.ExampleSupport.percent;
import static dev.attain.examples.ExampleSupport.percentWords;
import static dev.attain.examples.ExampleSupport.yi;

import com.google.common.collect.Range;
import dev.attain.Tracker;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Pace;
import dev.attain.model.Baseline;
import dev.attain.model.Dataset;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 2025 goal "全省全部工业增加值达到1.3万亿元" from the 2021 base of 1万亿元: the value a linear
 * path (the 序时进度) and a compound-growth path expect each year, the growth still required,
 * and the pace verdicts under both paths.
 *
 * <p>The dataset holds no all-industry value added after the 2021 baseline, so as of 2023-06-30
 * the target is NO_DATA, and the program says which figure would be needed. It then shows the
 * verdicts on two figures that are <em>not</em> reported ones, each clearly labelled:
 * <ul>
 *   <li>a <b>derived</b> lower bound: the dataset's 2022 manufacturing value added (制造业增加值
 *       达1.09万亿元) is one of the three non-negative parts of all-industry value added (采矿业,
 *       制造业, 电力热力燃气及水生产和供应业), so 2022 all-industry value added is at least 1.09万亿元;
 *   <li>a <b>hypothetical</b> 1.07万亿元 for 2022, chosen to lie between the two paths, where the
 *       linear path says AT_RISK and the compound path ON_TRACK.
 * </ul>
 * The target is evaluated twice, as copies built with {@link Target#builder(String)} whose pace
 * is {@link PaceModel#LINEAR} and {@link PaceModel#COMPOUND}. The path values are computed here
 * exactly where they can be (the linear ones) and to {@link #MATH} otherwise (1.3^(k/4) by square
 * roots), and agree with the evaluator's {@link Pace#expected()}.
 *
 * <p>Run it from the repository root, with an optional as-of date (default 2023-06-30):
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.attain.examples.IndustrialPlan2025 -Dexec.args="2023-06-30"
 * }</pre>
 */
public final class IndustrialPlan2025 {

    /** The target. */
    static final String TARGET = "jx-2025-va";

    /** The default as-of date. */
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2023, 6, 30);

    /** The precision of the compound path's roots and powers: 16 digits, half-even (DECIMAL64). */
    static final MathContext MATH = MathContext.DECIMAL64;

    /** The hypothetical 2022 figure: between what the two paths expect for 2022. */
    static final String HYPOTHETICAL = "1.07万亿元";

    private IndustrialPlan2025() {
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
     * @param out  where the report goes, not null
     * @param err  where errors go, not null
     * @return the exit code: 0, 2 for a bad argument, 3 when the data is not found
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return ExampleSupport.runAsOf("IndustrialPlan2025", args, DEFAULT_AS_OF, IndustrialPlan2025::report, out, err);
    }

    /**
     * Writes the report.
     *
     * @param tracker  the tracker of the Jiangxi dataset, not null
     * @param asOf  the as-of date, not null
     * @param out  where to write, not null
     */
    static void report(Tracker tracker, LocalDate asOf, PrintStream out) {
        Dataset dataset = tracker.dataset();
        Target target = dataset.targets().stream().filter(t -> t.id().equals(TARGET)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the dataset has no target " + TARGET));
        Baseline baseline = target.baseline()
                .orElseThrow(() -> new IllegalStateException(TARGET + " has no baseline"));
        BigDecimal start = baseline.value().nominal();
        BigDecimal goal = target.requirement().nominal();
        int first = baseline.period().last().getYear();
        int last = target.period().last().getYear();
        int years = last - first;

        out.println("Target " + target.id() + ": " + dataset.indicator(target.indicators().get(0)).map(i -> i.name()
                + " (" + i.id() + ")").orElse("") + " " + target.requirement() + " by " + target.period()
                + ", " + target.commitment() + ", " + target.scope());
        target.source().ifPresent(s -> out.println("  \"" + s.quote().orElse("") + "\" (" + s.document()
                + s.date().map(d -> ", " + d).orElse("") + ")"));
        out.println("  baseline " + baseline.period() + ": " + baseline.value() + "; path in the dataset: " + target.pace()
                + "; as of " + asOf);
        out.println();

        out.println("1. The plan's two paths from " + yi(start) + " (end of " + first + ") to " + yi(goal) + " (end of "
                + last + "), " + years + " years");
        out.println("   " + pad("year", 7) + pad("LINEAR (序时进度)", 20) + "COMPOUND");
        for (int k = 0; k <= years; k++) {
            out.println("   " + pad(String.valueOf(first + k), 7) + pad(yi(linear(start, goal, k, years)), 20)
                    + yi(compound(start, goal, k, years)));
        }
        BigDecimal perYear = goal.subtract(start).divide(BigDecimal.valueOf(years), MATH);
        BigDecimal rate = root(goal.divide(start, MATH), years).subtract(BigDecimal.ONE);
        out.println("   LINEAR adds " + yi(perYear) + " a year; COMPOUND grows by " + ExampleSupport.plain(goal.divide(start, MATH))
                + "^(1/" + years + ") − 1 = " + rate.toPlainString() + " a year.");
        out.println("   Growth required from the " + first + " base: " + percent3(rate) + " a year compound, "
                + yi(perYear) + " a year linear.");
        out.println();

        Evaluation asIs = tracker.evaluator().evaluate(dataset, TARGET, asOf);
        out.println("2. As the dataset stands, as of " + asOf + ": " + asIs.status());
        asIs.reasons().forEach(r -> out.println("   - " + r));
        if (asIs.actual().isEmpty()) {
            out.println("   Needed: a " + target.indicators().get(0) + " (全部工业增加值) figure for a year after "
                    + first + " (" + (first + 1) + " or later), scope " + target.scope() + ", published by " + asOf
                    + ".");
            out.println("   The " + first + " figure is the baseline itself and measures no progress.");
        }
        out.println();

        Optional<Outcome> mfg = dataset.outcomes().stream()
                .filter(o -> o.indicator().equals("mfg-va") && o.scope().equals(target.scope())
                        && o.period().equals(Period.ofYear(first + 1)))
                .findFirst();
        if (mfg.isPresent()) {
            Outcome m = mfg.get();
            Figure bound = Figure.parse(ExampleSupport.cny(m.value().range().lowerEndpoint()) + "以上");
            out.println("3. DERIVED, not reported: a lower bound for " + (first + 1) + " from the dataset");
            out.println("   制造业增加值 " + (first + 1) + " " + m.value() + " (" + m.indicator() + ", "
                    + m.source().map(Source::document).orElse("") + ", published " + m.published() + ").");
            out.println("   Manufacturing is one of the three parts of all-industry value added (采矿业, 制造业,"
                    + " 电力热力燃气及水生产和供应业), none negative,");
            out.println("   so 全部工业增加值 " + (first + 1) + " is " + bound + ".");
            verdicts(tracker, dataset, target, outcome(target, first + 1, bound, m.published(),
                    "derived: at least 制造业增加值 (mfg-va)"), asOf, out);
            out.println();
        }

        LocalDate published = LocalDate.of(first + 2, 2, 1);
        out.println("4. HYPOTHETICAL, not in the dataset and not reported by anyone: 全部工业增加值 " + (first + 1) + " = "
                + HYPOTHETICAL + ", published " + published);
        verdicts(tracker, dataset, target, outcome(target, first + 1, Figure.parse(HYPOTHETICAL), published,
                "hypothetical"), asOf, out);
        out.println("   The paths part here: " + yi(compound(start, goal, 1, years)) + " ≤ "
                + yi(Figure.parse(HYPOTHETICAL).nominal()) + " < "
                + yi(linear(start, goal, 1, years)) + ". A compound path expects less early and more late,");
        out.println("   so the same figure is on track by it and behind the 序时进度.");
    }

    /** Evaluates the target with a LINEAR and a COMPOUND copy against one added outcome, and prints both. */
    private static void verdicts(Tracker tracker, Dataset dataset, Target target, Outcome added, LocalDate asOf,
            PrintStream out) {
        out.println("   " + pad("path", 10) + pad("status", 11) + pad("pace ratio", 22) + pad("expected " + added.period(), 17)
                + "still required a year to " + target.period());
        for (PaceModel model : List.of(PaceModel.LINEAR, PaceModel.COMPOUND)) {
            Evaluation e = tracker.evaluator().evaluate(with(dataset, withPace(target, model), added), target.id(), asOf);
            Optional<Pace> pace = e.pace();
            out.println("   " + pad(model.toString(), 10) + pad(e.status().toString(), 11)
                    + pad(pace.flatMap(Pace::ratio).map(ExampleSupport::percentWords).orElse("-"), 22)
                    + pad(pace.map(p -> yi(p.expected())).orElse("-"), 17)
                    + pace.map(p -> p.requiredCompound().map(IndustrialPlan2025::rateWords).orElse("-")
                            + " compound, " + p.requiredLinear().map(IndustrialPlan2025::yiWords).orElse("-")
                            + " linear").orElse("-"));
        }
    }

    /** A rate to three decimals of a percent: 0.0677896… is "6.779%". */
    static String percent3(BigDecimal rate) {
        return ExampleSupport.plain(rate.movePointRight(2).setScale(3, RoundingMode.HALF_EVEN)) + "%";
    }

    /**
     * A required growth rate in words: one value, or "≤ x" when the figure judged is only bounded
     * below (a higher figure would need less, down to shrinking).
     */
    private static String rateWords(Range<BigDecimal> r) {
        if (isPoint(r)) {
            return percent3(r.lowerEndpoint());
        }
        if (r.hasUpperBound() && (!r.hasLowerBound() || r.lowerEndpoint().signum() <= 0)) {
            return (r.upperBoundType() == com.google.common.collect.BoundType.CLOSED ? "≤ " : "< ")
                    + percent3(r.upperEndpoint().setScale(5, RoundingMode.CEILING));
        }
        return percentWords(r);
    }

    /** A required amount a year in words, as {@link #rateWords} does for rates. */
    private static String yiWords(Range<BigDecimal> r) {
        if (isPoint(r)) {
            return yi(r.lowerEndpoint()) + "/yr";
        }
        if (r.hasUpperBound() && (!r.hasLowerBound() || r.lowerEndpoint().signum() <= 0)) {
            return (r.upperBoundType() == com.google.common.collect.BoundType.CLOSED ? "≤ " : "< ")
                    + yi(r.upperEndpoint()) + "/yr";
        }
        return ExampleSupport.interval(r, v -> yi(v), v -> yi(v)) + "/yr";
    }

    private static boolean isPoint(Range<BigDecimal> r) {
        return r.hasLowerBound() && r.hasUpperBound() && r.lowerEndpoint().compareTo(r.upperEndpoint()) == 0;
    }

    /** The value the linear path expects k years after the start: start + (goal − start)·k/n. */
    static BigDecimal linear(BigDecimal start, BigDecimal goal, int k, int n) {
        return start.add(goal.subtract(start).multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(n), MATH));
    }

    /** The value the compound path expects k years after the start: start·(goal/start)^(k/n). */
    static BigDecimal compound(BigDecimal start, BigDecimal goal, int k, int n) {
        if (k == 0) {
            return start;
        }
        if (k == n) {
            return goal;
        }
        BigDecimal ratio = goal.divide(start, MATH);
        return start.multiply(root(ratio, n).pow(k, MATH), MATH);
    }

    /** The n-th root of x > 0 to {@link #MATH}: by square roots when n is a power of two, else by Newton's method. */
    static BigDecimal root(BigDecimal x, int n) {
        if (Integer.bitCount(n) == 1) {
            BigDecimal r = x;
            for (int m = n; m > 1; m /= 2) {
                r = r.sqrt(MATH);
            }
            return r;
        }
        return PositiveIntervals.root(x, n, new MathContext(MATH.getPrecision(), RoundingMode.HALF_EVEN));
    }

    /** A copy of a target with another pace model: every other field as it is. */
    static Target withPace(Target t, PaceModel pace) {
        Target.Builder b = Target.builder(t.id()).indicators(t.indicators()).scope(t.scope()).period(t.period())
                .requirement(t.requirement()).commitment(t.commitment()).pace(pace).weight(t.weight()).tags(t.tags());
        t.floor().ifPresent(b::floor);
        t.stretch().ifPresent(b::stretch);
        t.baseline().ifPresent(b::baseline);
        t.source().ifPresent(b::source);
        if (pace == PaceModel.SCHEDULE) {
            b.schedule(t.schedule());
        }
        return b.build();
    }

    /** An outcome of the target's indicator and scope for a year. */
    private static Outcome outcome(Target target, int year, Figure value, LocalDate published, String note) {
        return new Outcome(target.indicators().get(0), target.scope(), Period.ofYear(year), value, published,
                OutcomeStatus.FINAL, Optional.of(Source.of("(" + note + ")")));
    }

    /** The dataset with one target replaced (same id) and one outcome added. */
    private static Dataset with(Dataset dataset, Target target, Outcome added) {
        List<Target> targets = new ArrayList<>();
        for (Target t : dataset.targets()) {
            targets.add(t.id().equals(target.id()) ? target : t);
        }
        List<Outcome> outcomes = new ArrayList<>(dataset.outcomes());
        outcomes.add(added);
        return Dataset.of(dataset.indicators(), targets, outcomes);
    }
}
