package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import dev.attain.eval.TargetIndex.Kind;
import dev.attain.model.PaceModel;
import dev.attain.model.Quota;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How pace is judged: a figure for part of a target's period, against the plan's path from its
 * start (the baseline, or zero at the period's start for a cumulative figure) to the
 * requirement at the deadline.
 *
 * <ol>
 *   <li>The path: linear (序时进度, the share of months elapsed), compound growth (the same
 *       growth rate every month; linear instead when the start or the requirement is not above
 *       zero), or the target's schedule of quotas.
 *   <li>The pace ratio: progress made ÷ progress expected by the month observed, where progress
 *       is (value − start) ÷ (requirement − start); for a ceiling on a cumulative figure,
 *       expected ÷ made (less used than budgeted is ahead). Eurostat's growth ratio (actual ÷
 *       required compound annual growth rate) is worked out on a baseline path above zero.
 *   <li>The status: the {@link Thresholds} classify the ratio (or the growth ratio, when they
 *       are on that basis and it is defined) into ON_TRACK, AT_RISK or OFF_TRACK; without a
 *       ratio, the value is compared with the expected one (or the requirement) directly.
 * </ol>
 *
 * <p>For a judging run, {@link #settled} first tries doubles ({@link PaceEstimate}), which settle
 * the status only when they leave no doubt; {@link #judge} is the exact rule. An explaining run
 * also writes the whole {@link Pace} and the reasons, through the {@link Narrator}.
 */
final class PaceRule {

    private static final MathContext MC = Evaluator.MATH_CONTEXT;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TargetIndex plan;
    private final Unit unit;
    private final Thresholds thresholds;
    private final boolean explain;
    private final List<Reason> reasons;
    /** The pace an explaining judgement wrote; null before, and when not explaining. */
    private @Nullable Pace written;

    PaceRule(TargetIndex plan, Thresholds thresholds, boolean explain, List<Reason> reasons) {
        this.plan = plan;
        this.unit = plan.unit;
        this.thresholds = thresholds;
        this.explain = explain;
        this.reasons = reasons;
    }

    /** The pace an explaining {@link #judge} wrote. */
    Optional<Pace> written() {
        return Optional.ofNullable(written);
    }


    /**
     * The status of a pace on a linear or compound-growth path when doubles settle it, for a
     * judging run; null when they do not, and the pace must be judged exactly. The status is
     * returned only when the {@link PaceEstimate} lies, with its bound four times over, inside
     * one band of the thresholds, so it is always the exact path's status.
     */
    @Nullable Status settled(Requirement criterion, Range<BigDecimal> actual, Range<BigDecimal> startRange,
            BigDecimal start, Kind kind, int observedLast) {
        if (plan.target.pace() == PaceModel.SCHEDULE || thresholds.basis() != Thresholds.Basis.PACE_RATIO
                || !Intervals.isPoint(actual) || !Intervals.isPoint(startRange)
                || startRange.lowerEndpoint().compareTo(start) != 0) {
            return null;
        }
        BigDecimal ref = criterion.reference;
        if (ref.compareTo(start) == 0 || actual.lowerEndpoint().compareTo(start) == 0) {
            return null;
        }
        boolean compound = plan.target.pace() == PaceModel.COMPOUND && compoundDefined(start, ref);
        int pathStart = pathStart(plan, kind);
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
    Status judge(Requirement criterion, Range<BigDecimal> actual, Range<BigDecimal> startRange,
            BigDecimal start, Kind kind, int observedLast, Optional<Range<BigDecimal>> progress) {
        int pathStart = pathStart(plan, kind);
        int total = plan.periodLast - pathStart + 1;
        int elapsedMonths = observedLast - pathStart + 1;
        int remaining = plan.periodLast - observedLast;
        BigDecimal ref = criterion.reference;
        BigDecimal distance = ref.subtract(start);
        BigDecimal elapsed = Fractions.of(elapsedMonths, total);

        PaceModel model = plan.target.pace();
        boolean fallback = false;
        BigDecimal expectedProgress;
        BigDecimal expected = null;
        if (model == PaceModel.COMPOUND && !compoundDefined(start, ref)) {
            fallback = true;
            model = PaceModel.LINEAR;
            if (explain) {
                reasons.add(Narrator.compoundUndefined(start, kind == Kind.WITHIN, unit));
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
            written = new Pace(model, fallback, from, observed, plan.periodEnd, elapsed, expectedProgress,
                    expected, ratio, growthRatio, requiredLinear, requiredCompound);
            reasons.add(Narrator.pace(written, elapsedMonths, total, start, ref, progress, inverted, unit));
        }
        return paceStatus(criterion, actual, ratio, growthRatio, expected, start);
    }

    /** Whether compound growth is defined from a start to a requirement: both above zero (else the linear path is used). */
    static boolean compoundDefined(BigDecimal start, BigDecimal ref) {
        return start.signum() > 0 && ref.signum() > 0;
    }

    /** The index of the month a pace's path starts: the period's first, or the one after the baseline. */
    static int pathStart(TargetIndex plan, Kind kind) {
        return kind == Kind.WITHIN ? plan.periodFirst : plan.baselineLast + 1;
    }

    /** The share of the requirement the quotas expect by the end of a month: whole quotas, and a month share of a part-elapsed one. */
    private BigDecimal scheduleShare(int pathStart, int observedLast) {
        BigDecimal share = BigDecimal.ZERO;
        for (Quota q : plan.target.schedule()) {
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
                reasons.add(Narrator.growthRatioUndefined());
            }
        }
        if (basis.isEmpty()) {
            BigDecimal by = requireNonNull(expected, "expected");
            boolean noDistance = criterion.reference.compareTo(start) == 0;
            Range<BigDecimal> region = noDistance ? criterion.region
                    : criterion.up ? Range.atLeast(by) : Range.atMost(by);
            Status s = direct(actual, region);
            if (explain) {
                reasons.add(Narrator.direct(noDistance ? Narrator.noDistance(criterion, unit)
                        : Narrator.noProgressExpected(by, unit), s));
            }
            return s;
        }
        Status s = thresholds.classify(basis.get());
        if (!explain) {
            return s;
        }
        reasons.add(Narrator.band(byGrowth, basis.get(), s, thresholds));
        return s;
    }

    /** ON_TRACK, OFF_TRACK or INDETERMINATE by whether the values lie in a region. */
    static Status direct(Range<BigDecimal> actual, Range<BigDecimal> region) {
        Projection.Meets m = Intervals.test(actual, region);
        return m == Projection.Meets.YES ? Status.ON_TRACK
                : m == Projection.Meets.NO ? Status.OFF_TRACK : Status.INDETERMINATE;
    }

    /** The last day of the month with an index. */
    private static LocalDate monthEnd(int index) {
        int year = Math.floorDiv(index, 12);
        int month = Math.floorMod(index, 12) + 1;
        return LocalDate.of(year, month, Month.of(month).length(Year.isLeap(year)));
    }
}
