package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Relation;
import dev.attain.model.Target;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Map;

/**
 * Judges targets against the outcomes published by a date: a pure function of (dataset, as-of
 * date, policy), where the policy is the {@link Thresholds} and the {@link ExchangeRates}.
 *
 * <p>For each target, in order:
 * <ol>
 *   <li><b>As of.</b> Only outcomes published on or before the as-of date count. For each
 *       indicator, scope and span of months the latest publication wins (on the same date a
 *       REVISED figure beats a FINAL one, which beats a PRELIMINARY one); older figures stay in
 *       the dataset and are in force again as of earlier dates. The outcome's scope must equal
 *       the target's.
 *   <li><b>Which figure.</b> Usable spans are: the target's whole period (for a LEVEL, any span
 *       ending with it) — a final verdict; a cumulative (FLOW, INCREMENT) figure from the
 *       period's start, such as 1—6月 of a year; with a baseline, a figure after the baseline
 *       and before the period's end (for a cumulative measure, a span as long as the period,
 *       such as one year's flow on the way to a five-year plan's last year); without one, a
 *       non-cumulative figure within the period. The span ending last is judged (the longer on
 *       a tie). Nothing usable published: {@link Status#NO_DATA}, never zero.
 *   <li><b>Increments from totals.</b> An INCREMENT indicator that names its total
 *       ({@link dev.attain.model.Indicator#total()}, a LEVEL) with no increment reported for
 *       a span from the period's start is derived from it: the total at the span's end minus
 *       the total at the end of the month before the period, each the figure in force as of
 *       the date (above) among the total's figures for a span ending with that month,
 *       subtracted as intervals. Such spans are chosen among the reported ones by the same
 *       rule; for the same span a reported increment comes first. With neither, NO_DATA, and
 *       the reasons name the missing total (indicator, scope, month end).
 *   <li><b>Units.</b> Figures are converted into the unit of the target's first indicator; a
 *       figure in another unit of the same dimension without a rate in the
 *       {@link ExchangeRates} makes the target {@link Status#NOT_COMPARABLE}.
 *   <li><b>Sums.</b> A target on several indicators adds their figures as intervals; an
 *       unreported part adds [0, +∞) when it cannot be negative (any value when it can), and
 *       the reasons say so.
 *   <li><b>Requirement.</b> A requirement's own word sets its direction (以上, 突破: at least;
 *       以内, 不到: at most); a plain value, ABOUT, NEARLY or BETWEEN takes the indicator's
 *       polarity. A band is met inside it and beyond it on the good side. Open bounds stay
 *       open: "突破5000亿元" reported against "突破5000亿元" required is met.
 *   <li><b>Final verdict.</b> For a figure for the whole period: the reported interval wholly
 *       meets the requirement → {@link Status#ACHIEVED}; wholly misses it →
 *       {@link Status#MISSED}; straddles it → {@link Status#INDETERMINATE}. A non-negative
 *       cumulative figure within the period can only grow, so its final value lies in
 *       [reported, +∞): when that already certainly meets the requirement the target is
 *       ACHIEVED early (提前实现); when it certainly breaks a ceiling, MISSED early.
 *   <li><b>Pace.</b> Otherwise, while the period runs, status comes from the {@link Pace}:
 *       progress made ÷ progress expected by the figure's date on the plan's path (LINEAR,
 *       the 序时进度 in months; COMPOUND, falling back to linear from a start at or below zero;
 *       SCHEDULE), classified by the {@link Thresholds}; a {@link Projection} to the deadline
 *       is reported beside it (least-squares fits over every point, and along the schedule for a
 *       scheduled target). A non-cumulative figure with no baseline has no path and is
 *       compared with the requirement directly: ON_TRACK if it meets it, OFF_TRACK if not. A
 *       baseline that already meets the requirement is judged by whether the value still meets
 *       it. OFF_TRACK paces say whether the value moved away from the requirement or towards it
 *       too slowly ({@link Pace#shortfall()}).
 *   <li><b>After the period.</b> Once the period has ended with only a figure for part of it,
 *       the status is {@link Status#INDETERMINATE} with {@link Evaluation#finalAwaited()} (unless
 *       the part already settles it, above), and the reasons say when the final figure is due.
 *   <li><b>Measures.</b> Attainment (reported ÷ required, or required ÷ reported when lower is
 *       better) for ratio scales; a difference in percentage points or places for RATE, SHARE,
 *       RANK and percentages; the gap to the requirement; progress from the baseline; the tier
 *       reached.
 * </ol>
 *
 * <p>Every division and root is rounded by {@link #MATH_CONTEXT}; sums, differences and
 * comparisons are exact, so ACHIEVED, MISSED and INDETERMINATE never depend on rounding. A pace
 * status classifies the pace ratio as rounded to {@link #MATH_CONTEXT}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe: one instance may evaluate many datasets from many
 * threads at once.
 */
public final class Evaluator {

    /**
     * The precision of every division, root and power in an evaluation: {@link MathContext#DECIMAL64},
     * 16 significant digits, rounding half to even. Far finer than any reported figure, and
     * fast: 1030000000000 ÷ 700000000000 is 1.471428571428571.
     */
    public static final MathContext MATH_CONTEXT = MathContext.DECIMAL64;

    private static final Evaluator DEFAULT = new Evaluator(Thresholds.DEFAULT, ExchangeRates.none());

    private final Thresholds thresholds;
    private final ExchangeRates exchangeRates;

    private Evaluator(Thresholds thresholds, ExchangeRates exchangeRates) {
        this.thresholds = thresholds;
        this.exchangeRates = exchangeRates;
    }

    /**
     * Returns the evaluator with the default policy: {@link Thresholds#DEFAULT}, no exchange
     * rates.
     *
     * @return the evaluator, never null
     */
    public static Evaluator defaults() {
        return DEFAULT;
    }

    /**
     * Returns an evaluator with the given thresholds and no exchange rates.
     *
     * @param thresholds  the thresholds, not null
     * @return the evaluator, never null
     */
    public static Evaluator of(Thresholds thresholds) {
        return of(thresholds, ExchangeRates.none());
    }

    /**
     * Returns an evaluator with the given policy.
     *
     * @param thresholds  the thresholds, not null
     * @param exchangeRates  the exchange rates, not null
     * @return the evaluator, never null
     */
    public static Evaluator of(Thresholds thresholds, ExchangeRates exchangeRates) {
        return new Evaluator(requireNonNull(thresholds, "thresholds"), requireNonNull(exchangeRates, "exchangeRates"));
    }

    /**
     * Returns a copy with other thresholds. This instance is unaffected.
     *
     * @param value  the thresholds, not null
     * @return the new evaluator, never null
     */
    public Evaluator withThresholds(Thresholds value) {
        return of(value, exchangeRates);
    }

    /**
     * Returns a copy with other exchange rates. This instance is unaffected.
     *
     * @param value  the exchange rates, not null
     * @return the new evaluator, never null
     */
    public Evaluator withExchangeRates(ExchangeRates value) {
        return of(thresholds, value);
    }

    /**
     * Returns the thresholds.
     *
     * @return the thresholds, never null
     */
    public Thresholds thresholds() {
        return thresholds;
    }

    /**
     * Returns the exchange rates.
     *
     * @return the exchange rates, never null
     */
    public ExchangeRates exchangeRates() {
        return exchangeRates;
    }

    /**
     * Evaluates every target of a dataset as of a date. To evaluate one dataset as of many
     * dates, {@link #prepare} it once instead.
     *
     * @param dataset  the dataset, not null
     * @param asOf  the date: only outcomes published on or before it count, not null
     * @return the scorecard, never null
     */
    public Scorecard evaluate(Dataset dataset, LocalDate asOf) {
        return prepare(dataset).evaluate(asOf);
    }

    /**
     * Evaluates one target of a dataset as of a date.
     *
     * @param dataset  the dataset, not null
     * @param targetId  the id of a target in the dataset, not null
     * @param asOf  the date, not null
     * @return the evaluation, never null
     * @throws IllegalArgumentException if the dataset has no target with that id
     */
    public Evaluation evaluate(Dataset dataset, String targetId, LocalDate asOf) {
        requireNonNull(dataset, "dataset");
        requireNonNull(targetId, "targetId");
        requireNonNull(asOf, "asOf");
        Target target = dataset.targets().stream().filter(t -> t.id().equals(targetId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("dataset has no target '" + targetId + "'"));
        TargetIndex plan = TargetIndex.of(target, dataset.indicatorsById(), History.of(dataset.outcomes()));
        Setting setting = new Setting(asOf, thresholds, exchangeRates);
        return VerdictColumns.evaluation(plan, setting, Verdict.of(plan, setting));
    }

    /**
     * Returns the indicators whose outcomes, in the target's scope, an evaluation of a target
     * reads: the target's own; for an increment that names its total, that total (whose levels
     * at both ends give the increment when none is reported); for a comparison with another
     * indicator, that indicator. A target is judged from one outcome at a time only when this is
     * its one indicator and it is not relative (a change since an earlier period needs that
     * period's outcome too) and not on several indicators (a sum, or each of them): see
     * {@link #judgedRowByRow}.
     *
     * @param target  the target, not null
     * @param indicators  the indicators by id, holding the target's, not null
     * @return the ids, the target's first, never null
     * @throws IllegalArgumentException if the target names an indicator, or an indicator a total,
     *         that is not among them
     */
    public static ImmutableSet<String> indicatorsRead(Target target, Map<String, Indicator> indicators) {
        requireNonNull(target, "target");
        requireNonNull(indicators, "indicators");
        ImmutableSet.Builder<String> ids = ImmutableSet.builder();
        for (String id : target.indicators()) {
            Indicator ind = indicators.get(id);
            if (ind == null) {
                throw new IllegalArgumentException("target " + target.id() + " names unknown indicator '" + id + "'");
            }
            ids.add(id);
            ind.total().ifPresent(ids::add);
        }
        target.relation().flatMap(Relation::other).ifPresent(ids::add);
        return ids.build();
    }

    /**
     * Tells whether the evaluation of a target on one outcome is its whole verdict on that
     * outcome: one indicator, no total named, not relative. Otherwise (each of or the sum of
     * several indicators, an increment that names its total, a relative requirement) the verdict
     * needs several outcomes together, and judging them one by one gives partial verdicts
     * (INDETERMINATE, or a level read as a change).
     *
     * @param target  the target, not null
     * @param indicators  the indicators by id, holding the target's, not null
     * @return true if one outcome at a time judges it
     * @throws IllegalArgumentException as {@link #indicatorsRead}
     */
    public static boolean judgedRowByRow(Target target, Map<String, Indicator> indicators) {
        return target.relation().isEmpty() && indicatorsRead(target, indicators).size() == 1;
    }

    /**
     * Indexes a dataset for evaluation as of any number of dates: the outcomes are grouped by
     * indicator and scope, and each target's usable figures found, once.
     *
     * @param dataset  the dataset, not null
     * @return the prepared dataset, never null
     */
    public Prepared prepare(Dataset dataset) {
        requireNonNull(dataset, "dataset");
        History history = History.of(dataset.outcomes());
        return new Prepared(this, dataset, TargetIndex.of(dataset.targets(), dataset.indicatorsById(), history));
    }

    /**
     * A dataset indexed by an {@link Evaluator}, ready to be evaluated as of any date; what a
     * {@code Tracker} holds.
     *
     * <h2>Implementation Requirements</h2>
     * This class is immutable and thread-safe.
     */
    public static final class Prepared {

        private final Evaluator evaluator;
        private final Dataset dataset;
        private final ImmutableList<TargetIndex> plans;

        private Prepared(Evaluator evaluator, Dataset dataset, ImmutableList<TargetIndex> plans) {
            this.evaluator = evaluator;
            this.dataset = dataset;
            this.plans = plans;
        }

        /**
         * Evaluates every target as of a date.
         *
         * @param asOf  the date: only outcomes published on or before it count, not null
         * @return the scorecard, never null
         */
        public Scorecard evaluate(LocalDate asOf) {
            requireNonNull(asOf, "asOf");
            return Scorecard.of(asOf,
                    VerdictColumns.judge(plans, new Setting(asOf, evaluator.thresholds, evaluator.exchangeRates)));
        }

        /**
         * Returns the dataset.
         *
         * @return the dataset, never null
         */
        public Dataset dataset() {
            return dataset;
        }

        /**
         * Returns the evaluator.
         *
         * @return the evaluator, never null
         */
        public Evaluator evaluator() {
            return evaluator;
        }
    }

    @Override
    public String toString() {
        return "Evaluator[" + thresholds.name() + ", " + exchangeRates + "]";
    }
}
