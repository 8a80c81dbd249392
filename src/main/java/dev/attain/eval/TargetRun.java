package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.attain.eval.TargetIndex.Kind;
import dev.attain.model.Baseline;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation of one target as of a date, from its {@link TargetIndex}: finds the figures in
 * force and judges them; see {@link Evaluator} for the rules in order.
 *
 * <p>A run takes the same steps in one of three {@link Mode modes}, which differ only in what
 * they write down: {@link Mode#JUDGE} settles the status (and the figures judged), and
 * computes only what the status depends on; {@link Mode#MEASURE} adds the measures
 * (attainment, difference, gap, progress); {@link Mode#EXPLAIN} adds the whole pace, the
 * projection and the reasons in both languages. The evaluator judges every target; an
 * {@link Evaluation} keeps its plan and {@link Setting} and runs again, measuring or
 * explaining, for what is first asked of it. Each step's rule is written once: what meets a
 * requirement in {@link Requirement}, how pace is judged in {@link PaceRule}, and every word of
 * the reasons in the {@link Narrator}, which this class hands what it found. A run is used
 * by one thread: once, or, judging a whole dataset, for each plan in turn, leaving what it
 * found in its fields for {@link VerdictColumns} to keep.
 */
final class TargetRun {

    /**
     * What a run needs besides the plan: the date and the policy; one for all the targets of
     * an evaluation, kept by each judged {@link Evaluation} to explain itself with.
     */
    record Setting(LocalDate asOf, long asOfDay, Thresholds thresholds, ExchangeRates rates) {

        Setting(LocalDate asOf, Thresholds thresholds, ExchangeRates rates) {
            this(asOf, asOf.toEpochDay(), thresholds, rates);
        }
    }

    private static final MathContext MC = Evaluator.MATH_CONTEXT;
    private static final Range<BigDecimal> ONE = Range.singleton(BigDecimal.ONE);
    private static final Range<BigDecimal> MINUS_ONE = Range.singleton(BigDecimal.ONE.negate());
    private static final Optional<Range<BigDecimal>> NO_GAP = Optional.of(Intervals.ZERO);

    private final Setting setting;
    private final Thresholds thresholds;
    // the plan run, and its target and unit
    private TargetIndex plan;
    private Target target;
    private Unit unit;
    private final long asOfDay;
    /** What a run writes down besides the status. */
    enum Mode {
        /** The status, and the figures it was judged on. */
        JUDGE,
        /** Also the measures: attainment, difference, gap and progress. */
        MEASURE,
        /** Also the whole pace, the projection and the reasons. */
        EXPLAIN
    }

    /** Whether this run works out the measures. */
    private final boolean measuring;
    /** Whether this run writes the reasons, the whole pace and the projection. */
    private final boolean explain;
    /** The reasons written so far; empty and unused when not explaining. */
    private final List<Reason> reasons;
    /** The outcomes the verdict uses, as the run finds them. */
    private final List<Outcome> used = new ArrayList<>(2);

    // what the run found, once it has run
    private Status found = Status.NO_DATA;
    private @Nullable BigDecimal foundRequired;
    private @Nullable Range<BigDecimal> foundActual;
    private @Nullable Tier foundTier;
    private Explanation.@Nullable Measures foundMeasures;
    private Explanation.@Nullable Details foundDetails;

    private TargetRun(TargetIndex first, Setting setting, Mode mode) {
        this.plan = first;
        this.target = first.target;
        this.unit = first.unit;
        this.setting = setting;
        this.asOfDay = setting.asOfDay();
        this.thresholds = setting.thresholds();
        this.measuring = mode != Mode.JUDGE;
        this.explain = mode == Mode.EXPLAIN;
        this.reasons = explain ? new ArrayList<>(4) : List.of();
    }

    /**
     * Runs a plan in a mode: judged, the evaluation measures and explains itself when first
     * asked; measured, it explains itself; explained, it has everything.
     */
    static Evaluation run(TargetIndex plan, Setting setting, Mode mode) {
        TargetRun run = new TargetRun(plan, setting, mode);
        run.run();
        return run.evaluation();
    }

    /**
     * Judges every plan as of the setting's date, into a scorecard that keeps what each run
     * found in columns and makes the {@link Evaluation}s when they are first asked for. One run
     * judges all the plans in turn.
     */
    static Scorecard judgeAll(List<TargetIndex> plans, Setting setting) {
        VerdictColumns judged = new VerdictColumns(plans, setting);
        if (!plans.isEmpty()) {
            TargetRun run = new TargetRun(plans.get(0), setting, Mode.JUDGE);
            for (int i = 0, n = plans.size(); i < n; i++) {
                TargetIndex p = plans.get(i);
                run.plan = p;
                run.target = p.target;
                run.unit = p.unit;
                run.used.clear();
                run.run();
                judged.put(i, run.found, run.foundRequired, run.foundActual, run.foundTier, ImmutableList.copyOf(run.used));
            }
        }
        return Scorecard.of(setting.asOf(), judged);
    }

    /** The evaluation this run found, with what its mode wrote down. */
    private Evaluation evaluation() {
        return Evaluation.judged(target, plan.indicators, found, foundRequired, foundActual, foundTier,
                ImmutableList.copyOf(used), Explanation.later(plan, setting, found, foundMeasures, foundDetails));
    }

    // ---- the evaluation ------------------------------------------------------------------

    private void run() {
        Requirement criterion = plan.criterion;
        if (criterion == null) {
            Figure req = target.requirement();
            BigDecimal reqRate = rate(req.unit(), Narrator.REQUIREMENT);
            if (reqRate == null) {
                notComparable(null);
                return;
            }
            criterion = Requirement.of(req.qualifier(), scale(req.nominal(), reqRate), scale(req.range(), reqRate),
                    plan.lead.polarity());
        }
        BigDecimal required = criterion.reference;

        // the best span: the usable one ending last (the longer on a tie)
        int parts = plan.parts;
        int bestFirst = 0;
        int bestLast = Integer.MIN_VALUE;
        Kind bestKind = Kind.NONE;
        long firstLater = Long.MAX_VALUE;
        for (int x = plan.from(0), end = plan.to(parts - 1); x < end; x++) {
            Kind k = plan.kind(x);
            if (k == Kind.NONE) {
                continue;
            }
            long p = plan.published(x);
            if (p > asOfDay) {
                firstLater = Math.min(firstLater, p);
                continue;
            }
            int f = plan.first(x);
            int l = plan.last(x);
            if (l > bestLast || l == bestLast && f < bestFirst) {
                bestFirst = f;
                bestLast = l;
                bestKind = k;
            }
        }
        if (bestKind == Kind.NONE) {
            noData(required, firstLater);
            return;
        }

        // the figures in force for that span
        Range<BigDecimal> actual = gather(bestFirst, bestLast, used);
        if (actual == null) {
            notComparable(required);
            return;
        }

        Optional<Range<BigDecimal>> attainment = Optional.empty();
        Optional<Range<BigDecimal>> difference = Optional.empty();
        Optional<Range<BigDecimal>> gap = Optional.empty();
        if (measuring) {
            if (plan.ratioScale) {
                attainment = criterion.attainment(actual, MC);
            } else {
                difference = Optional.of(criterion.difference(actual));
            }
            Range<BigDecimal> g = criterion.gap(actual);
            gap = g == Intervals.ZERO ? NO_GAP : Optional.of(g);
        }

        boolean allNonNegative = plan.allNonNegative;

        // the start of the path, for progress and pace
        Range<BigDecimal> startRange = null;
        BigDecimal startNominal = null;
        if (bestKind == Kind.WITHIN) {
            startRange = Intervals.ZERO;
            startNominal = BigDecimal.ZERO;
        } else if (plan.baselineLast != Integer.MIN_VALUE && bestKind != Kind.FLAT) {
            if (plan.baselineValues != null) {
                startRange = plan.baselineValues;
                startNominal = plan.baselineNumber;
            } else {
                Baseline b = target.baseline().orElseThrow();
                BigDecimal bRate = rate(b.value().unit(), Narrator.BASELINE);
                if (bRate == null) {
                    notComparable(required);
                    return;
                }
                startRange = plan.startValues(scale(b.value().range(), bRate));
                startNominal = scale(b.value().nominal(), bRate);
            }
            Baseline b = explain ? target.baseline().orElseThrow() : null;
            if (b != null && !b.value().isExact()) {
                reasons.add(Narrator.baselineNotExact(b, startRange, startNominal, unit));
            }
        }
        // a measure, and what a pace ratio is made of (a judging run works it out when the pace needs it)
        Optional<Range<BigDecimal>> progress = startRange == null || !measuring
                ? Optional.empty() : progress(criterion, actual, startRange);

        Status status;
        Optional<Pace> pace = Optional.empty();
        Optional<Projection> projection = Optional.empty();
        Optional<Tier> tier = Optional.empty();
        Range<BigDecimal> judged = null;
        if (bestKind == Kind.FINAL) {
            status = verdict(criterion, actual, false);
            judged = actual;
        } else {
            // a non-negative cumulative figure can only grow: its final value lies in [reported, +∞)
            Range<BigDecimal> finalValues = bestKind == Kind.WITHIN && allNonNegative ? Intervals.upward(actual) : null;
            if (finalValues != null && criterion.test(finalValues) != Projection.Meets.UNDETERMINED) {
                status = verdict(criterion, actual, true);
                judged = finalValues;
            } else {
                if (bestKind == Kind.FLAT) {
                    status = PaceRule.direct(actual, criterion.region);
                    if (explain) {
                        reasons.add(Narrator.direct(Narrator.noPath(target.period(), History.span(bestFirst, bestLast),
                                criterion, unit), status));
                    }
                } else {
                    PaceRule rule = new PaceRule(plan, thresholds, explain, reasons);
                    Status settled = measuring ? null
                            : rule.settled(criterion, actual, startRange, startNominal, bestKind, bestLast);
                    if (settled != null) {
                        status = settled;
                    } else {
                        if (!measuring) {
                            progress = progress(criterion, actual, startRange);
                        }
                        status = rule.judge(criterion, actual, startRange, startNominal, bestKind, bestLast, progress);
                        pace = rule.written();
                    }
                }
                if (explain) {
                    projection = projection(criterion, bestKind, startRange);
                }
                if (explain && setting.asOf().isAfter(target.period().end())) {
                    reasons.add(Narrator.periodEnded(target.period(), setting.asOf()));
                }
            }
        }
        if (judged != null && plan.hasTiers) {
            tier = tier(criterion, judged);
        }
        finish(status, required, actual, attainment, difference, gap, progress, pace, projection, tier);
    }

    // ---- figures -------------------------------------------------------------------------

    /**
     * Sums the parts' figures in force for a span, converted to the unit, adding [0, +∞) for an
     * unreported part that cannot be negative (any value for one that can). Returns null when
     * a figure could not be converted. For the figure judged, pass the list to add the outcomes
     * used to (the reasons then say what was used); for another span (a projection's), pass null.
     */
    private @Nullable Range<BigDecimal> gather(int first, int last, @Nullable List<Outcome> used) {
        boolean judged = used != null;
        boolean explain = judged && this.explain;
        Range<BigDecimal> sum = null;
        for (int i = 0, n = plan.parts; i < n; i++) {
            int x = plan.inForce(i, first, last, asOfDay);
            Range<BigDecimal> part;
            if (x < 0) {
                Indicator ind = plan.indicators.get(i);
                part = ind.nonNegative() ? Intervals.NON_NEGATIVE : Range.all();
                if (explain) {
                    reasons.add(Narrator.notReported(plan.name(i), plan.nameZh(i), History.span(first, last), ind.nonNegative()));
                }
            } else {
                Outcome o = plan.outcome(x);
                Range<BigDecimal> inUnit = plan.value(x);
                Figure v = o.value();
                BigDecimal r = inUnit != null ? BigDecimal.ONE
                        : explain ? rate(v.unit(), Narrator.reportedFigure(plan.name(i), plan.nameZh(i), o))
                        : setting.rates().rate(v.unit(), unit).orElse(null);
                if (r == null) {
                    if (judged) {
                        used.add(o);
                    }
                    return null;
                }
                part = inUnit != null ? inUnit : plan.partValues(i, scale(v.range(), r));
                if (judged) {
                    used.add(o);
                }
                if (explain) {
                    reasons.add(plan.reported(i, x, part, inUnit == null));
                    if (plan.to(i) - plan.from(i) > 1) {
                        explainSuperseded(i, x);
                    }
                }
            }
            sum = sum == null ? part : Intervals.plus(sum, part);
        }
        return sum;
    }

    private void explainSuperseded(int part, int inForce) {
        int f = plan.first(inForce);
        int l = plan.last(inForce);
        for (int x = plan.from(part), end = plan.to(part); x < end; x++) {
            if (x != inForce && plan.published(x) <= asOfDay && plan.first(x) == f && plan.last(x) == l) {
                reasons.add(Narrator.superseded(plan.outcome(x)));
            }
        }
    }

    /** The rate from a unit to the indicator's; null, with a reason, if none is known. */
    private @Nullable BigDecimal rate(Unit from, Reason what) {
        if (from.equals(unit)) {
            return BigDecimal.ONE;
        }
        Optional<BigDecimal> r = setting.rates().rate(from, unit);
        if (!explain) {
            return r.orElse(null);
        }
        if (r.isEmpty()) {
            reasons.add(Narrator.noRate(what, from, unit, plan.name(0), plan.nameZh(0)));
            return null;
        }
        reasons.add(Narrator.converted(what, from, r.get(), unit));
        return r.get();
    }

    private static Range<BigDecimal> scale(Range<BigDecimal> r, BigDecimal rate) {
        return rate.compareTo(BigDecimal.ONE) == 0 ? r : Intervals.times(r, rate);
    }

    private static BigDecimal scale(BigDecimal v, BigDecimal rate) {
        return rate.compareTo(BigDecimal.ONE) == 0 ? v : v.multiply(rate);
    }

    // ---- verdicts ------------------------------------------------------------------------

    /** ACHIEVED, MISSED or INDETERMINATE on a figure for the whole period (or a certain cumulative one). */
    private Status verdict(Requirement criterion, Range<BigDecimal> actual, boolean early) {
        Range<BigDecimal> values = early ? Intervals.upward(actual) : actual;
        Projection.Meets m = criterion.test(values);
        Status status = m == Projection.Meets.YES ? Status.ACHIEVED
                : m == Projection.Meets.NO ? Status.MISSED : Status.INDETERMINATE;
        if (!explain) {
            return status;
        }
        reasons.add(Narrator.verdict(m, early, criterion, unit, actual, measures(criterion, actual)));
        return status;
    }

    /** The measure for the verdict's sentence: attainment on a ratio scale, else the difference. */
    private Reason measures(Requirement criterion, Range<BigDecimal> actual) {
        return plan.ratioScale ? Narrator.attainment(criterion.attainment(actual, MC), criterion.reference.signum() <= 0)
                : Narrator.difference(criterion.difference(actual), unit);
    }

    /**
     * Progress = (actual − start) ÷ (required − start); when the baseline equals the
     * requirement, 1 if the value meets it, −1 if not, [−1, 1] if undetermined.
     */
    private Optional<Range<BigDecimal>> progress(Requirement criterion, Range<BigDecimal> actual,
            Range<BigDecimal> start) {
        Range<BigDecimal> distance = Intervals.minus(criterion.reference, start);
        if (Intervals.isPoint(distance) && distance.lowerEndpoint().signum() == 0) {
            Projection.Meets m = criterion.test(actual);
            if (explain) {
                reasons.add(Narrator.pathAtRequirement(criterion.reference, unit));
            }
            return Optional.of(m == Projection.Meets.YES ? ONE : m == Projection.Meets.NO ? MINUS_ONE
                    : Range.closed(BigDecimal.ONE.negate(), BigDecimal.ONE));
        }
        Optional<Range<BigDecimal>> p = Intervals.divide(Intervals.minus(actual, start), distance, MC);
        if (!explain) {
            return p;
        }
        if (p.isEmpty()) {
            reasons.add(Narrator.progressUndefined(start, criterion.reference, unit));
        } else if (p.get().hasUpperBound() && p.get().upperEndpoint().signum() < 0) {
            reasons.add(Narrator.wrongWay(p.get(), start, criterion.reference, unit));
        }
        return p;
    }

    // ---- projection ----------------------------------------------------------------------

    private Optional<Projection> projection(Requirement criterion, Kind kind, @Nullable Range<BigDecimal> startRange) {
        // the spans of the same kind published by the date
        List<long[]> spans = new ArrayList<>(4);
        for (int x = plan.from(0), end = plan.to(plan.parts - 1); x < end; x++) {
            if (plan.kind(x) != kind || plan.published(x) > asOfDay) {
                continue;
            }
            int f = plan.first(x);
            int l = plan.last(x);
            boolean seen = false;
            for (long[] s : spans) {
                seen |= s[0] == f && s[1] == l;
            }
            if (!seen) {
                spans.add(new long[] {f, l});
            }
        }
        boolean hasOrigin = startRange != null;
        int points = spans.size() + (hasOrigin ? 1 : 0);
        if (points < 2) {
            return Optional.empty();
        }
        long[] first = null;
        long[] last = null;
        for (long[] s : spans) {
            if (first == null || s[1] < first[1] || s[1] == first[1] && s[0] < first[0]) {
                first = s;
            }
            if (last == null || s[1] > last[1] || s[1] == last[1] && s[0] < last[0]) {
                last = s;
            }
        }
        Range<BigDecimal> y1 = gather((int) last[0], (int) last[1], null);
        if (y1 == null) {
            return Optional.empty();
        }
        int x1 = (int) last[1] + 1;
        int x0;
        Range<BigDecimal> y0;
        if (hasOrigin) {
            x0 = PaceRule.pathStart(plan, kind);
            y0 = startRange;
        } else {
            x0 = (int) first[1] + 1;
            y0 = gather((int) first[0], (int) first[1], null);
            if (y0 == null) {
                return Optional.empty();
            }
        }
        if (x1 <= x0) {
            return Optional.empty();
        }
        int deadline = plan.periodLast + 1;
        // linear: (y1·(T − x0) − y0·(T − x1)) ÷ (x1 − x0)
        Range<BigDecimal> linear = Intervals.divide(
                Intervals.plus(Intervals.times(y1, BigDecimal.valueOf((long) deadline - x0)),
                        Intervals.times(y0, BigDecimal.valueOf((long) x1 - deadline))),
                BigDecimal.valueOf((long) x1 - x0), MC);
        Projection.Estimate linearEstimate = new Projection.Estimate(linear, criterion.test(linear));
        Optional<Projection.Estimate> compound = Optional.empty();
        if (Intervals.isPositive(y0) && Intervals.isPositive(y1)) {
            int p = deadline - x1;
            int q = x1 - x0;
            BigDecimal y1lo = y1.lowerEndpoint();
            BigDecimal y0lo = y0.lowerEndpoint();
            BigDecimal y1hi = Intervals.hi(y1);
            BigDecimal y0hi = Intervals.hi(y0);
            BigDecimal lo = y0hi == null ? BigDecimal.ZERO
                    : y1lo.multiply(DecimalMath.pow(y1lo.divide(y0hi, MC), p, q, MC), MC);
            boolean loClosed = y0hi != null && Intervals.loClosed(y1) && Intervals.hiClosed(y0);
            BigDecimal hi = y1hi == null ? null : y1hi.multiply(DecimalMath.pow(y1hi.divide(y0lo, MC), p, q, MC), MC);
            boolean hiClosed = hi != null && Intervals.hiClosed(y1) && Intervals.loClosed(y0);
            Range<BigDecimal> c = Intervals.of(lo, loClosed, hi, hiClosed);
            compound = Optional.of(new Projection.Estimate(c, criterion.test(c)));
        }
        Projection proj = new Projection(target.period().end(), points, linearEstimate, compound);
        reasons.add(Narrator.projection(proj, unit));
        return Optional.of(proj);
    }

    // ---- tiers ---------------------------------------------------------------------------

    private Optional<Tier> tier(Requirement requirement, Range<BigDecimal> values) {
        Requirement floor = requirement;
        if (target.floor().isPresent()) {
            floor = tierCriterion(target.floor().get());
            if (floor == null) {
                return Optional.empty();
            }
        }
        Requirement stretch = null;
        if (target.stretch().isPresent()) {
            stretch = tierCriterion(target.stretch().get());
            if (stretch == null) {
                return Optional.empty();
            }
        }
        Projection.Meets s = stretch == null ? Projection.Meets.NO : stretch.test(values);
        Projection.Meets f = floor.test(values);
        if (explain) {
            reasons.add(Narrator.tiers(floor, f, stretch, s, values, unit));
        }
        if (s == Projection.Meets.YES) {
            return Optional.of(Tier.STRETCH);
        }
        return Optional.of(f == Projection.Meets.YES ? Tier.FLOOR
                : f == Projection.Meets.NO ? Tier.BELOW_FLOOR : Tier.UNDETERMINED);
    }

    private @Nullable Requirement tierCriterion(Figure tier) {
        BigDecimal r = tier.unit().equals(unit) ? BigDecimal.ONE : rate(tier.unit(), Narrator.tier(tier));
        return r == null ? null : Requirement.of(tier.qualifier(), scale(tier.nominal(), r), scale(tier.range(), r),
                plan.lead.polarity());
    }

    // ---- no verdict ----------------------------------------------------------------------

    /** No data; firstLater is the first publication day after the date, or Long.MAX_VALUE if none. */
    private void noData(BigDecimal required, long firstLater) {
        if (explain) {
            List<String> names = new ArrayList<>(plan.parts);
            List<String> namesZh = new ArrayList<>(plan.parts);
            for (int i = 0; i < plan.parts; i++) {
                names.add(plan.name(i));
                namesZh.add(plan.nameZh(i));
            }
            reasons.add(Narrator.noData(setting.asOf(), names, namesZh, target.scope(), target.period(),
                    firstLater == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(firstLater)));
        }
        finish(Status.NO_DATA, required, null, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Not comparable, for want of an exchange rate; the required number is absent when it is the requirement's. */
    private void notComparable(@Nullable BigDecimal required) {
        finish(Status.NOT_COMPARABLE, required, null, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    // ---- helpers -------------------------------------------------------------------------

    /**
     * Keeps what the run found, with what its mode wrote down; the rest is left to be written
     * when first asked.
     */
    private void finish(Status verdict, @Nullable BigDecimal number, @Nullable Range<BigDecimal> values,
            Optional<Range<BigDecimal>> attainment, Optional<Range<BigDecimal>> difference,
            Optional<Range<BigDecimal>> gap, Optional<Range<BigDecimal>> progress, Optional<Pace> pace,
            Optional<Projection> projection, Optional<Tier> reached) {
        this.found = verdict;
        this.foundRequired = number;
        this.foundActual = values;
        this.foundTier = reached.orElse(null);
        this.foundMeasures = measuring ? new Explanation.Measures(attainment, difference, gap, progress) : null;
        this.foundDetails = explain ? new Explanation.Details(pace, projection, english(), chinese(), decisive())
                : null;
    }

    /** The index of the last reason that states the verdict, as the Narrator marked it. */
    private int decisive() {
        for (int i = reasons.size() - 1; i >= 0; i--) {
            if (reasons.get(i).decisive()) {
                return i;
            }
        }
        return Explanation.LAST_REASON;
    }

    private ImmutableList<String> english() {
        ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(reasons.size());
        for (Reason r : reasons) {
            b.add(r.en());
        }
        return b.build();
    }

    private ImmutableList<String> chinese() {
        ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(reasons.size());
        for (Reason r : reasons) {
            b.add(r.zh());
        }
        return b.build();
    }
}
