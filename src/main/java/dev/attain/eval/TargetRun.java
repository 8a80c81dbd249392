package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.attain.eval.Plan.Kind;
import dev.attain.model.Baseline;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Quota;
import dev.attain.model.Target;
import dev.attain.quantity.Dimension;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation of one target as of a date, from its {@link Plan}: finds the figures in
 * force and judges them; see {@link Evaluator} for the rules in order.
 *
 * <p>A run takes the same steps in one of three {@link Mode modes}, which differ only in what
 * they write down: {@link Mode#JUDGE} settles the status (and the figures judged), and
 * computes only what the status depends on; {@link Mode#MEASURE} adds the measures
 * (attainment, difference, gap, progress); {@link Mode#EXPLAIN} adds the whole pace, the
 * projection and the reasons in both languages. The evaluator judges every target; an
 * {@link Evaluation} keeps its plan and {@link Setting} and runs again, measuring or
 * explaining, for what is first asked of it. Each step's rule is written once. A run is used
 * by one thread: once, or, judging a whole dataset, for each plan in turn, leaving what it
 * found in its fields for {@link Judged} to keep.
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
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Range<BigDecimal> ONE = Range.singleton(BigDecimal.ONE);
    private static final Range<BigDecimal> MINUS_ONE = Range.singleton(BigDecimal.ONE.negate());
    private static final Optional<Range<BigDecimal>> NO_GAP = Optional.of(Intervals.ZERO);

    private final Setting setting;
    private final Thresholds thresholds;
    // the plan run, and its target and unit
    private Plan plan;
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
    /** The pace written by an explaining run, once judged; null before, and when not explaining. */
    private @Nullable Pace paceWritten;

    // what the run found, once it has run
    private Status found = Status.NO_DATA;
    private @Nullable BigDecimal foundRequired;
    private @Nullable Range<BigDecimal> foundActual;
    private @Nullable Tier foundTier;
    private Explanation.@Nullable Measures foundMeasures;
    private Explanation.@Nullable Details foundDetails;

    private TargetRun(Plan first, Setting setting, Mode mode) {
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
    static Evaluation run(Plan plan, Setting setting, Mode mode) {
        TargetRun run = new TargetRun(plan, setting, mode);
        run.run();
        return run.evaluation();
    }

    /**
     * Judges every plan as of the setting's date, into a scorecard that keeps what each run
     * found in columns and makes the {@link Evaluation}s when they are first asked for. One run
     * judges all the plans in turn.
     */
    static Scorecard judgeAll(List<Plan> plans, Setting setting) {
        Judged judged = new Judged(plans, setting);
        if (!plans.isEmpty()) {
            TargetRun run = new TargetRun(plans.get(0), setting, Mode.JUDGE);
            for (int i = 0, n = plans.size(); i < n; i++) {
                Plan p = plans.get(i);
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
            BigDecimal reqRate = rate(req.unit(), new Reason("the requirement", "目标要求"));
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
                BigDecimal bRate = rate(b.value().unit(), new Reason("the baseline", "基期值"));
                if (bRate == null) {
                    notComparable(required);
                    return;
                }
                startRange = plan.startValues(scale(b.value().range(), bRate));
                startNominal = scale(b.value().nominal(), bRate);
            }
            Baseline b = explain ? target.baseline().orElseThrow() : null;
            if (b != null && !b.value().isExact()) {
                reasons.add(new Reason("the baseline " + Texts.range(startRange, unit) + " for " + b.period()
                        + " is not exact; the path is drawn from its number " + Texts.amount(startNominal, unit),
                        "基期" + Texts.periodZh(b.period()) + "值" + Texts.rangeZh(startRange, unit)
                                + "不是精确数，规划路径按" + Texts.amountZh(startNominal, unit) + "起算"));
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
                    status = direct(actual, criterion.region);
                    if (explain) {
                        Period s = span(bestFirst, bestLast);
                        sayDirect(new Reason("no baseline gives a path to pace " + Texts.period(target.period())
                                + " by, so the figure for " + s + " is compared with the requirement "
                                + criterion.describe(unit) + " directly",
                                "没有基期值，无法按进度评估" + Texts.periodZh(target.period()) + "目标，"
                                        + Texts.periodZh(s) + "数据直接与要求" + criterion.describeZh(unit) + "比较"),
                                status);
                    }
                } else {
                    Status settled = measuring ? null
                            : settledPace(criterion, actual, startRange, startNominal, bestKind, bestLast);
                    if (settled != null) {
                        status = settled;
                    } else {
                        if (!measuring) {
                            progress = progress(criterion, actual, startRange);
                        }
                        status = pace(criterion, actual, startRange, startNominal, bestKind, bestLast, progress);
                        pace = Optional.ofNullable(paceWritten);
                    }
                }
                if (explain) {
                    projection = projection(criterion, bestKind, startRange);
                }
                if (explain && setting.asOf().isAfter(target.period().end())) {
                    reasons.add(new Reason("the period " + target.period() + " ended on " + target.period().end()
                            + "; no figure for the whole period had been published by " + setting.asOf(),
                            Texts.periodZh(target.period()) + "已于" + target.period().end() + "结束，截至"
                                    + setting.asOf() + "尚未发布全期数据"));
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
                    Period s = span(first, last);
                    reasons.add(new Reason(plan.name(i) + " was not reported for " + s + "; counted as "
                            + (ind.nonNegative() ? "≥ 0" : "any value"),
                            plan.nameZh(i) + Texts.periodZh(s) + "未报告，按" + (ind.nonNegative() ? "≥0" : "任意值")
                                    + "计"));
                }
            } else {
                Outcome o = plan.outcome(x);
                Range<BigDecimal> inUnit = plan.value(x);
                Figure v = o.value();
                BigDecimal r = inUnit != null ? BigDecimal.ONE
                        : explain ? rate(v.unit(), new Reason(plan.name(i) + " reported "
                                + Texts.range(v.range(), v.unit()) + " for " + o.period() + "; it",
                                plan.nameZh(i) + Texts.periodZh(o.period()) + "报告值为"
                                        + Texts.rangeZh(v.range(), v.unit()) + "，该值"))
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
                Outcome o = plan.outcome(x);
                reasons.add(new Reason("it supersedes the " + Texts.status(o.status()) + " figure "
                        + Texts.range(o.value().range(), o.value().unit()) + " published " + o.published(),
                        "该数取代" + o.published() + "发布的" + Texts.statusZh(o.status())
                                + Texts.rangeZh(o.value().range(), o.value().unit())));
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
            reasons.add(what.then(new Reason(" is in " + from.code() + ", but the target is judged in " + unit.code()
                    + ", the unit of " + plan.name(0) + ": no exchange rate " + from.code() + "→" + unit.code()
                    + " was given, so they cannot be compared",
                    "以" + from.code() + "计，而本目标按" + plan.nameZh(0) + "的单位" + unit.code() + "评估：未给出"
                            + from.code() + "→" + unit.code() + "汇率，无法比较")));
            return null;
        }
        String rate = r.get().toPlainString();
        reasons.add(what.then(new Reason(" is converted from " + from.code() + " at " + rate + " " + unit.code()
                + " per " + from.code(),
                "按" + Texts.amountZh(BigDecimal.ONE, from) + "=" + Texts.amountZh(r.get(), unit) + "折算")));
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
        String req = "the requirement " + criterion.describe(unit);
        String reqZh = "要求" + criterion.describeZh(unit);
        Reason att = measures(criterion, actual);
        switch (m) {
            case YES:
                reasons.add((early
                        ? new Reason("a cumulative figure cannot fall, so " + req
                                + " is already met before the period ends (提前实现)",
                                "累计数不会减少，" + reqZh + "在期末前已经实现（提前实现）")
                        : new Reason(req + " is met", reqZh + "，已完成")).then(att));
                return Status.ACHIEVED;
            case NO:
                reasons.add((early
                        ? new Reason("a cumulative figure cannot fall, so " + req
                                + " is already missed before the period ends",
                                "累计数不会减少，" + reqZh + "在期末前已确定无法完成")
                        : new Reason(req + " is missed", reqZh + "，未完成")).then(att));
                return Status.MISSED;
            default:
                reasons.add(new Reason("the reported " + Texts.range(actual, unit) + " straddles " + req
                        + ": it may or may not be met", "实际值" + Texts.rangeZh(actual, unit) + "跨越" + reqZh
                                + "的界限，可能完成也可能未完成").then(att));
                return Status.INDETERMINATE;
        }
    }

    /** "; attainment ≥ 147.1%" or "; 0.1 pp ahead", for the verdict's sentence. */
    private Reason measures(Requirement criterion, Range<BigDecimal> actual) {
        if (plan.ratioScale) {
            Optional<Range<BigDecimal>> a = criterion.attainment(actual, MC);
            return a.isPresent()
                    ? new Reason("; attainment " + Texts.percentRange(a.get()), "；完成度" + Texts.percentRangeZh(a.get()))
                    : new Reason("; attainment undefined (a ratio to zero)", "；完成度无法计算（要求值为零）");
        }
        Range<BigDecimal> d = criterion.difference(actual);
        if (Intervals.isPoint(d)) {
            BigDecimal v = d.lowerEndpoint();
            if (v.signum() == 0) {
                return new Reason("; exactly on it", "；恰好达到要求");
            }
            return new Reason("; " + Texts.difference(v, unit) + (v.signum() > 0 ? " ahead" : " behind"),
                    (v.signum() > 0 ? "；领先要求" : "；落后要求") + Texts.differenceZh(v, unit));
        }
        return new Reason("; difference " + Texts.range(d, differenceUnit()) + " (positive is ahead)",
                "；差距" + Texts.rangeZh(d, differenceUnit()) + "（正数为领先）");
    }

    private Unit differenceUnit() {
        return unit.dimension() == Dimension.PERCENT ? Unit.PERCENTAGE_POINTS : unit;
    }

    /** ON_TRACK, OFF_TRACK or INDETERMINATE by whether the values lie in a region. */
    private static Status direct(Range<BigDecimal> actual, Range<BigDecimal> region) {
        Projection.Meets m = Intervals.test(actual, region);
        return m == Projection.Meets.YES ? Status.ON_TRACK
                : m == Projection.Meets.NO ? Status.OFF_TRACK : Status.INDETERMINATE;
    }

    /** Writes why a value was compared directly, and the status {@link #direct} gave. */
    private void sayDirect(Reason why, Status s) {
        reasons.add(why.then(new Reason(": " + (s == Status.ON_TRACK ? "on track"
                : s == Status.OFF_TRACK ? "off track" : "the reported interval straddles it"),
                "：" + (s == Status.ON_TRACK ? "进度正常"
                        : s == Status.OFF_TRACK ? "严重滞后" : "实际值区间跨越该界限，无法判定"))));
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
                reasons.add(new Reason("the path starts at the requirement " + Texts.amount(criterion.reference, unit)
                    + " (the baseline equals the target), so there is no distance to cover: progress is 1 if the value"
                    + " holds it and −1 if it does not",
                    "规划路径的起点即为要求值" + Texts.amountZh(criterion.reference, unit)
                            + "（基期值等于目标值），无需推进：保持住则进度为1，否则为−1"));
            }
            return Optional.of(m == Projection.Meets.YES ? ONE : m == Projection.Meets.NO ? MINUS_ONE
                    : Range.closed(BigDecimal.ONE.negate(), BigDecimal.ONE));
        }
        Optional<Range<BigDecimal>> p = Intervals.divide(Intervals.minus(actual, start), distance, MC);
        if (!explain) {
            return p;
        }
        if (p.isEmpty()) {
            reasons.add(new Reason("progress is undefined: the start " + Texts.range(start, unit)
                    + " may equal the requirement " + Texts.amount(criterion.reference, unit),
                    "进度无法计算：起点" + Texts.rangeZh(start, unit) + "可能等于要求值"
                            + Texts.amountZh(criterion.reference, unit)));
        } else if (p.get().hasUpperBound() && p.get().upperEndpoint().signum() < 0) {
            reasons.add(new Reason("the value moved the wrong way: progress " + Texts.percentRange(p.get())
                    + " of the way from " + Texts.range(start, unit) + " to " + Texts.amount(criterion.reference, unit),
                    "指标逆向变动：从" + Texts.rangeZh(start, unit) + "到" + Texts.amountZh(criterion.reference, unit)
                            + "的进度为" + Texts.percentRangeZh(p.get())));
        }
        return p;
    }

    // ---- pace ----------------------------------------------------------------------------

    /**
     * The status of a pace on a linear or compound-growth path when doubles settle it, for a
     * judging run; null when they do not, and the pace must be judged exactly. The status is
     * returned only when the {@link PaceEstimate} lies, with its bound four times over, inside
     * one band of the thresholds, so it is always the exact path's status.
     */
    private @Nullable Status settledPace(Requirement criterion, Range<BigDecimal> actual, Range<BigDecimal> startRange,
            BigDecimal start, Kind kind, int observedLast) {
        if (target.pace() == PaceModel.SCHEDULE || thresholds.basis() != Thresholds.Basis.PACE_RATIO
                || !Intervals.isPoint(actual) || !Intervals.isPoint(startRange)
                || startRange.lowerEndpoint().compareTo(start) != 0) {
            return null;
        }
        BigDecimal ref = criterion.reference;
        if (ref.compareTo(start) == 0 || actual.lowerEndpoint().compareTo(start) == 0) {
            return null;
        }
        boolean compound = target.pace() == PaceModel.COMPOUND && compoundDefined(start, ref);
        int pathStart = pathStart(kind);
        PaceEstimate estimate = PaceEstimate.of(actual.lowerEndpoint(), start, ref, compound,
                kind == Kind.WITHIN && !criterion.up, observedLast - pathStart + 1, plan.periodLast - pathStart + 1);
        if (estimate == null) {
            return null;
        }
        double ratio = estimate.ratio();
        double onTrack = thresholds.onTrack().doubleValue();
        double atRisk = thresholds.atRisk().doubleValue();
        double margin = 4 * (estimate.error() * Math.abs(ratio)
                + PaceEstimate.EPSILON * (Math.abs(onTrack) + Math.abs(atRisk)));
        if (ratio - onTrack > margin) {
            return Status.ON_TRACK;
        }
        if (atRisk - ratio > margin) {
            return Status.OFF_TRACK;
        }
        if (ratio - atRisk > margin && onTrack - ratio > margin) {
            return Status.AT_RISK;
        }
        return null;
    }

    /**
     * Judges the pace on the plan's path and returns the status; when explaining, also writes
     * the whole {@link Pace} to {@link #paceWritten}.
     */
    private Status pace(Requirement criterion, Range<BigDecimal> actual, Range<BigDecimal> startRange,
            BigDecimal start, Kind kind, int observedLast, Optional<Range<BigDecimal>> progress) {
        int pathStart = pathStart(kind);
        int total = plan.periodLast - pathStart + 1;
        int elapsedMonths = observedLast - pathStart + 1;
        int remaining = plan.periodLast - observedLast;
        BigDecimal ref = criterion.reference;
        BigDecimal distance = ref.subtract(start);
        BigDecimal elapsed = Fractions.of(elapsedMonths, total);

        PaceModel model = target.pace();
        boolean fallback = false;
        BigDecimal expectedProgress;
        BigDecimal expected = null;
        if (model == PaceModel.COMPOUND && !compoundDefined(start, ref)) {
            fallback = true;
            model = PaceModel.LINEAR;
            if (explain) {
                reasons.add(new Reason("compound growth is undefined from a start of " + Texts.amount(start, unit)
                        + (kind == Kind.WITHIN ? " (a cumulative figure starts the period at zero)" : "")
                        + "; the linear path is used instead",
                        "起点为" + Texts.amountZh(start, unit) + "时无法按复合增长计算"
                                + (kind == Kind.WITHIN ? "（累计数在期初为零）" : "") + "，改用线性路径"));
            }
        }
        switch (model) {
            case COMPOUND: {
                if (distance.signum() == 0) {
                    expected = start;
                    expectedProgress = elapsed;
                } else {
                    expected = start.multiply(DecimalMath.pow(ref.divide(start, MC), elapsedMonths, total, MC), MC);
                    expectedProgress = expected.subtract(start).divide(distance, MC);
                }
                break;
            }
            case SCHEDULE: {
                expectedProgress = scheduleShare(pathStart, observedLast);
                expected = start.add(distance.multiply(expectedProgress), MC);
                break;
            }
            case LINEAR:
            default: {
                expectedProgress = elapsed;
                break;
            }
        }
        // a ceiling on a cumulative figure: less used than budgeted is ahead
        boolean inverted = kind == Kind.WITHIN && !criterion.up;
        Optional<Range<BigDecimal>> ratio = Optional.empty();
        if (distance.signum() != 0 && expectedProgress.signum() != 0 && progress.isPresent()) {
            ratio = inverted ? Intervals.divide(expectedProgress, progress.get(), MC)
                    : Optional.of(Intervals.divide(progress.get(), expectedProgress, MC));
        }
        if (expected == null && (explain || ratio.isEmpty())) {
            // on the linear path; what a status without a ratio is judged against
            expected = start.add(distance.multiply(BigDecimal.valueOf(elapsedMonths))
                    .divide(BigDecimal.valueOf(total), MC), MC);
        }

        LocalDate observed = explain ? monthEnd(observedLast) : null;
        if (explain) {
            Reason path = model == PaceModel.COMPOUND ? new Reason("the compound-growth path", "复合增长路径")
                    : model == PaceModel.SCHEDULE ? new Reason("the schedule of quotas", "分期进度安排")
                    : new Reason("the linear path (序时进度, " + elapsedMonths + "/" + total + " months)",
                            "线性路径（序时进度，" + elapsedMonths + "/" + total + "个月）");
            String by = "by " + observed + " " + path.en() + " expected " + Texts.amount(expected, unit) + " ("
                    + Texts.percent(expectedProgress) + " of the way from " + Texts.amount(start, unit) + " to "
                    + Texts.amount(ref, unit) + ")";
            String byZh = "按" + path.zh() + "，截至" + observed + "应达" + Texts.amountZh(expected, unit) + "（从"
                    + Texts.amountZh(start, unit) + "到" + Texts.amountZh(ref, unit) + "的"
                    + Texts.percent(expectedProgress) + "）";
            if (progress.isPresent()) {
                by += "; " + Texts.percentRange(progress.get()) + " of the way was made";
                byZh += "；实际完成进度" + Texts.percentRangeZh(progress.get());
            }
            if (ratio.isPresent()) {
                by += ": pace ratio " + Texts.percentRange(ratio.get()) + (inverted ? " (budget ÷ used, for a ceiling)" : "");
                byZh += "，进度比" + Texts.percentRangeZh(ratio.get()) + (inverted ? "（上限指标按预算÷实际用量计）" : "");
            }
            reasons.add(new Reason(by, byZh));
        }

        // Eurostat's ratio of compound annual growth rates; a judging run needs it only to judge by it
        Optional<Range<BigDecimal>> growthRatio = Optional.empty();
        Optional<Range<BigDecimal>> requiredCompound = Optional.empty();
        if (kind == Kind.BASELINE && start.signum() > 0 && ref.signum() > 0 && Intervals.isPositive(actual)) {
            if (distance.signum() != 0 && (explain || thresholds.basis() == Thresholds.Basis.GROWTH_RATIO)) {
                BigDecimal requiredRate = DecimalMath.pow(ref.divide(start, MC), 12, total, MC).subtract(BigDecimal.ONE);
                if (requiredRate.signum() != 0) {
                    Range<BigDecimal> actualRate = Intervals.map(actual,
                            a -> DecimalMath.pow(a.divide(start, MC), 12, elapsedMonths, MC).subtract(BigDecimal.ONE),
                            true, null, null);
                    growthRatio = Optional.of(Intervals.divide(actualRate, requiredRate, MC));
                }
            }
            if (explain && remaining > 0) {
                requiredCompound = Optional.of(Intervals.map(actual,
                        a -> DecimalMath.pow(ref.divide(a, MC), 12, remaining, MC).subtract(BigDecimal.ONE),
                        false, null, BigDecimal.ONE.negate()));
            }
        }
        if (explain) {
            Optional<Range<BigDecimal>> requiredLinear = remaining <= 0 ? Optional.empty()
                    : Optional.of(Intervals.divide(Intervals.times(Intervals.minus(ref, actual), TWELVE),
                            BigDecimal.valueOf(remaining), MC));
            LocalDate from = kind == Kind.WITHIN || plan.baselineEnd == null ? plan.periodStart : plan.baselineEnd;
            paceWritten = new Pace(model, fallback, from, observed, plan.periodEnd, elapsed, expectedProgress,
                    expected, ratio, growthRatio, requiredLinear, requiredCompound);
        }
        return paceStatus(criterion, actual, ratio, growthRatio, expected, start);
    }

    /** Whether compound growth is defined from a start to a requirement: both above zero (else the linear path is used). */
    private static boolean compoundDefined(BigDecimal start, BigDecimal ref) {
        return start.signum() > 0 && ref.signum() > 0;
    }

    /** The index of the month a pace's path starts: the period's first, or the one after the baseline. */
    private int pathStart(Kind kind) {
        return kind == Kind.WITHIN ? plan.periodFirst : plan.baselineLast + 1;
    }

    /** The share of the requirement the quotas expect by the end of a month: whole quotas, and a month share of a part-elapsed one. */
    private BigDecimal scheduleShare(int pathStart, int observedLast) {
        BigDecimal share = BigDecimal.ZERO;
        for (Quota q : target.schedule()) {
            int qf = History.first(q.period());
            int ql = History.last(q.period());
            int from = Math.max(qf, pathStart);
            int to = Math.min(ql, observedLast);
            if (to < from) {
                continue;
            }
            int overlap = to - from + 1;
            int months = ql - qf + 1;
            BigDecimal part = overlap == months ? q.sharePercent()
                    : q.sharePercent().multiply(BigDecimal.valueOf(overlap)).divide(BigDecimal.valueOf(months), MC);
            share = share.add(part);
        }
        return share.divide(HUNDRED, MC);
    }

    /**
     * Classifies the pace ratio (or the growth ratio, when the thresholds are on that basis
     * and it is defined); without one, compares the value with the expected one directly.
     */
    private Status paceStatus(Requirement criterion, Range<BigDecimal> actual, Optional<Range<BigDecimal>> ratio,
            Optional<Range<BigDecimal>> growthRatio, @Nullable BigDecimal expected, BigDecimal start) {
        Optional<Range<BigDecimal>> basis = ratio;
        boolean byGrowth = false;
        if (thresholds.basis() == Thresholds.Basis.GROWTH_RATIO) {
            if (growthRatio.isPresent()) {
                basis = growthRatio;
                byGrowth = true;
            } else if (explain) {
                reasons.add(new Reason("the growth ratio is undefined here (it needs a baseline path with values above"
                        + " zero); the pace ratio is judged instead",
                        "此处增速比无法计算（需要基期值大于零的规划路径），改按进度比判断"));
            }
        }
        if (basis.isEmpty()) {
            BigDecimal by = requireNonNull(expected, "expected");
            boolean noDistance = criterion.reference.compareTo(start) == 0;
            Range<BigDecimal> region = noDistance ? criterion.region
                    : criterion.up ? Range.atLeast(by) : Range.atMost(by);
            Status s = direct(actual, region);
            if (explain) {
                sayDirect(noDistance
                        ? new Reason("with no distance to cover, the value is compared with the requirement "
                                + criterion.describe(unit), "无需推进，实际值直接与要求" + criterion.describeZh(unit) + "比较")
                        : new Reason("no progress was expected yet, so the value is compared with the expected "
                                + Texts.amount(by, unit),
                                "按进度尚不要求推进，实际值直接与应达值" + Texts.amountZh(by, unit) + "比较"), s);
            }
            return s;
        }
        Status s = thresholds.classify(basis.get());
        if (!explain) {
            return s;
        }
        Reason what = byGrowth ? new Reason("growth ratio (actual ÷ required annual growth rate) "
                + Texts.percentRange(basis.get()), "增速比（实际÷要求年均增速）" + Texts.percentRangeZh(basis.get()))
                : new Reason("pace ratio", "进度比");
        reasons.add(what.then(new Reason(" " + (s == Status.INDETERMINATE ? "spans two bands of " + thresholds.name()
                : "is " + thresholds.band(s) + " (" + thresholds.name() + "): " + Texts.status(s)),
                s == Status.INDETERMINATE ? "跨越" + thresholds.name() + "的两个区间，无法判定"
                        : "处于" + thresholds.bandZh(s) + "区间（" + thresholds.name() + "）：" + Texts.statusZh(s))));
        return s;
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
            x0 = pathStart(kind);
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
        StringBuilder sb = new StringBuilder("from ").append(points).append(" points, the linear trend projects ")
                .append(Texts.range(linear, unit)).append(" by ").append(proj.deadline()).append(" (")
                .append(meets(linearEstimate.meets()).en()).append(')');
        StringBuilder zh = new StringBuilder("根据").append(points).append("个数据点，按线性趋势预计")
                .append(proj.deadline()).append("达到").append(Texts.rangeZh(linear, unit)).append("（")
                .append(meets(linearEstimate.meets()).zh()).append('）');
        compound.ifPresent(e -> {
            sb.append(", compound growth ").append(Texts.range(e.value(), unit)).append(" (")
                    .append(meets(e.meets()).en()).append(')');
            zh.append("，按复合增长预计达到").append(Texts.rangeZh(e.value(), unit)).append("（")
                    .append(meets(e.meets()).zh()).append('）');
        });
        reasons.add(new Reason(sb.toString(), zh.toString()));
        return Optional.of(proj);
    }

    private static Reason meets(Projection.Meets m) {
        return m == Projection.Meets.YES ? new Reason("meets the requirement", "可完成要求")
                : m == Projection.Meets.NO ? new Reason("falls short of the requirement", "达不到要求")
                : new Reason("may or may not meet the requirement", "可能完成也可能达不到要求");
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
            sayTiers(floor, f, stretch, s, values);
        }
        if (s == Projection.Meets.YES) {
            return Optional.of(Tier.STRETCH);
        }
        return Optional.of(f == Projection.Meets.YES ? Tier.FLOOR
                : f == Projection.Meets.NO ? Tier.BELOW_FLOOR : Tier.UNDETERMINED);
    }

    /** Writes which tiers the values met. */
    private void sayTiers(Requirement floor, Projection.Meets f, @Nullable Requirement stretch, Projection.Meets s,
            Range<BigDecimal> values) {
        String floorWords = "floor " + floor.describe(unit) + (f == Projection.Meets.YES ? " met"
                : f == Projection.Meets.NO ? " missed" : " not certain");
        String floorZh = "确保目标" + floor.describeZh(unit) + (f == Projection.Meets.YES ? "已达到"
                : f == Projection.Meets.NO ? "未达到" : "无法确定是否达到");
        String stretchWords = stretch == null ? ""
                : "; stretch " + stretch.describe(unit) + (s == Projection.Meets.YES ? " met"
                        : s == Projection.Meets.NO ? " missed" : values.hasUpperBound() ? " not certain"
                                : " not reached yet");
        String stretchZh = stretch == null ? ""
                : "；力争目标" + stretch.describeZh(unit) + (s == Projection.Meets.YES ? "已达到"
                        : s == Projection.Meets.NO ? "未达到" : values.hasUpperBound() ? "无法确定是否达到"
                                : "尚未达到");
        reasons.add(new Reason(floorWords + stretchWords, floorZh + stretchZh));
    }

    private @Nullable Requirement tierCriterion(Figure tier) {
        BigDecimal r = tier.unit().equals(unit) ? BigDecimal.ONE : rate(tier.unit(), new Reason("the tier "
                + Texts.range(tier.range(), tier.unit()), "档位目标" + Texts.figureZh(tier)));
        return r == null ? null : Requirement.of(tier.qualifier(), scale(tier.nominal(), r), scale(tier.range(), r),
                plan.lead.polarity());
    }

    // ---- no verdict ----------------------------------------------------------------------

    /** No data; firstLater is the first publication day after the date, or Long.MAX_VALUE if none. */
    private void noData(BigDecimal required, long firstLater) {
        if (explain) {
            sayNoData(firstLater == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(firstLater));
        }
        finish(Status.NO_DATA, required, null, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Writes that nothing had been published, and when the first figure was. */
    private void sayNoData(@Nullable LocalDate firstLater) {
        StringBuilder sb = new StringBuilder("nothing had been published by ").append(setting.asOf()).append(" for ");
        StringBuilder zh = new StringBuilder("截至").append(setting.asOf()).append("尚无");
        for (int i = 0, n = plan.parts; i < n; i++) {
            sb.append(i == 0 ? "" : i == n - 1 ? " or " : ", ").append(plan.name(i));
            zh.append(i == 0 ? "" : i == n - 1 ? "或" : "、").append(plan.nameZh(i));
        }
        zh.append("在");
        if (!target.scope().isEmpty()) {
            sb.append(" in ").append(target.scope());
            zh.append(Texts.scopeZh(target.scope()));
        }
        sb.append(" for ").append(target.period()).append(" or part of it");
        zh.append(Texts.periodZh(target.period())).append("（或其中部分时期）的数据");
        if (firstLater != null) {
            sb.append(" (the first figure was published on ").append(firstLater).append(')');
            zh.append("（首个数据于").append(firstLater).append("发布）");
        }
        reasons.add(new Reason(sb.toString(), zh.toString()));
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
        this.foundDetails = explain ? new Explanation.Details(pace, projection, english(), chinese()) : null;
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

    private static LocalDate monthEnd(int index) {
        int year = Math.floorDiv(index, 12);
        int month = Math.floorMod(index, 12) + 1;
        return LocalDate.of(year, month, Month.of(month).length(Year.isLeap(year)));
    }

    /** A span of months as a period: "2022", "2021-01..2021-06". */
    private static Period span(int first, int last) {
        YearMonth f = YearMonth.of(Math.floorDiv(first, 12), Math.floorMod(first, 12) + 1);
        YearMonth l = YearMonth.of(Math.floorDiv(last, 12), Math.floorMod(last, 12) + 1);
        if (f.getMonthValue() == 1 && l.getMonthValue() == 12) {
            return f.getYear() == l.getYear() ? Period.ofYear(f.getYear()) : Period.ofYears(f.getYear(), l.getYear());
        }
        return first == last ? Period.ofMonth(f) : Period.ofMonths(f, l);
    }
}
