package dev.attain.eval;

import com.google.common.collect.Range;
import dev.attain.eval.TargetIndex.Kind;
import dev.attain.model.PaceModel;
import dev.attain.model.Quota;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
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
 *   <li>Already met: a baseline that already meets the requirement (a ceiling of 12 on a value
 *       of 4.5) gives no path to judge by (it would run from the baseline towards the
 *       requirement, the bad direction): the value is judged by whether it still meets the
 *       requirement, ON_TRACK while it does, OFF_TRACK (a deterioration) when it no longer does.
 *   <li>Off track: the {@link Pace.Shortfall} says whether the value moved away from the
 *       requirement (progress below zero: deterioration) or towards it too slowly (progress at
 *       or above zero: limited progress).
 * </ol>
 *
 * <p>{@link #judge} is the rule, exact: it returns a {@link Finding}, the status with the whole
 * {@link Pace} and how it was reached, which the {@link Narrator} tells in words. {@link #settled}
 * is its fast path: doubles ({@link PaceEstimate}) that give the status only when they leave no
 * doubt, and else nothing, so that the exact rule decides.
 */
final class PaceRule {

    private static final MathContext MC = Evaluator.MATH_CONTEXT;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PaceRule() {
    }

    /** What a pace status classified: a ratio, or the value against a number directly. */
    enum Basis {
        /** The pace ratio, by the thresholds. */
        PACE_RATIO,
        /** Eurostat's growth ratio, by thresholds on that basis. */
        GROWTH_RATIO,
        /** No distance to cover: the value against the requirement. */
        NO_DISTANCE,
        /** No progress expected yet: the value against the expected one. */
        EXPECTED,
        /** The baseline already met the requirement: the value against the requirement. */
        ALREADY_MET
    }

    /**
     * A pace judged exactly: the status, the whole {@link Pace}, and what the reasons tell of
     * how it was reached. The parts of the pace that only an explanation shows (the growth ratio
     * when the status was not classified by it, and the growth still required) are worked out
     * when {@link #pace()} is first asked for: a judging run that keeps only the status does not
     * pay for their exact powers.
     */
    static final class Finding {
        private final Status status;
        private final int elapsedMonths;
        private final int totalMonths;
        private final BigDecimal start;
        private final Optional<Range<BigDecimal>> progress;
        private final boolean inverted;
        private final Basis basis;
        /** The pace without the parts {@link #pace()} adds. */
        private final Pace judged;
        /** Whether {@link #judged} holds the growth ratio (or the lack of one) already. */
        private final boolean growthKnown;
        private final Kind kind;
        private final Range<BigDecimal> actual;
        private final BigDecimal reference;
        private @Nullable Pace pace;

        private Finding(Status status, int elapsedMonths, int totalMonths, BigDecimal start,
                Optional<Range<BigDecimal>> progress, boolean inverted, Basis basis, Pace judged, boolean growthKnown,
                Kind kind, Range<BigDecimal> actual, BigDecimal reference) {
            this.status = status;
            this.elapsedMonths = elapsedMonths;
            this.totalMonths = totalMonths;
            this.start = start;
            this.progress = progress;
            this.inverted = inverted;
            this.basis = basis;
            this.judged = judged;
            this.growthKnown = growthKnown;
            this.kind = kind;
            this.actual = actual;
            this.reference = reference;
        }

        /** ON_TRACK, AT_RISK, OFF_TRACK or INDETERMINATE. */
        Status status() {
            return status;
        }

        /** The pace in full, its last parts worked out on first use. */
        Pace pace() {
            Pace p = pace;
            if (p == null) {
                Pace j = judged;
                int remaining = totalMonths - elapsedMonths;
                Optional<Range<BigDecimal>> growthRatio = growthKnown || j.alreadyMet() ? j.growthRatio()
                        : growthRatio(kind, start, reference, actual, totalMonths, elapsedMonths);
                Optional<Range<BigDecimal>> requiredLinear = remaining <= 0 ? Optional.empty()
                        : Optional.of(Intervals.divide(Intervals.times(Intervals.minus(reference, actual), TWELVE),
                                BigDecimal.valueOf(remaining), MC));
                p = new Pace(j.model(), j.linearFallback(), j.from(), j.observed(), j.deadline(), j.elapsed(),
                        j.expectedProgress(), j.expected(), j.ratio(), growthRatio, requiredLinear,
                        requiredCompound(kind, start, reference, actual, remaining), j.alreadyMet(), j.shortfall());
                pace = p;
            }
            return p;
        }

        /** The months of the path elapsed by the figure judged. */
        int elapsedMonths() {
            return elapsedMonths;
        }

        /** The months of the whole path. */
        int totalMonths() {
            return totalMonths;
        }

        /** The number the path starts from. */
        BigDecimal start() {
            return start;
        }

        /** The progress made, as {@link Requirement#progress} gives it. */
        Optional<Range<BigDecimal>> progress() {
            return progress;
        }

        /** Whether the ratio is expected ÷ made (a ceiling on a cumulative figure). */
        boolean inverted() {
            return inverted;
        }

        /** What the status classified. */
        Basis basis() {
            return basis;
        }
    }

    /**
     * The status of a pace on a linear or compound-growth path when doubles settle it; null
     * when they do not, and the pace must be judged exactly by {@link #judge}. The status is
     * returned only when the {@link PaceEstimate} lies, with its bound four times over, inside
     * one band of the thresholds, so it is always the exact path's status.
     */
    static @Nullable Status settled(TargetIndex plan, Thresholds thresholds, Requirement criterion,
            Range<BigDecimal> actual, Range<BigDecimal> startRange, BigDecimal start, Kind kind, int observedLast) {
        if (plan.target.pace() == PaceModel.SCHEDULE || thresholds.basis() != Thresholds.Basis.PACE_RATIO
                || !Intervals.isPoint(actual) || !Intervals.isPoint(startRange)
                || startRange.lowerEndpoint().compareTo(start) != 0) {
            return null;
        }
        BigDecimal ref = criterion.reference;
        if (ref.compareTo(start) == 0 || actual.lowerEndpoint().compareTo(start) == 0
                || kind == Kind.BASELINE && criterion.meets(start)) {
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

    /** Judges the pace on the plan's path exactly: the status and the whole {@link Pace}. */
    static Finding judge(TargetIndex plan, Thresholds thresholds, Requirement criterion, Range<BigDecimal> actual,
            Range<BigDecimal> startRange, BigDecimal start, Kind kind, int observedLast) {
        Optional<Range<BigDecimal>> progress = criterion.progress(actual, startRange);
        int pathStart = pathStart(plan, kind);
        int total = plan.periodLast - pathStart + 1;
        int elapsedMonths = observedLast - pathStart + 1;
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
                expectedProgress = scheduleShare(plan, pathStart, observedLast);
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
        if (expected == null) {
            // on the linear path; what a status without a ratio is judged against
            expected = start.add(distance.multiply(BigDecimal.valueOf(elapsedMonths))
                    .divide(BigDecimal.valueOf(total), MC), MC);
        }

        // Eurostat's ratio of compound annual growth rates: here only when the status is classified by it
        boolean growthKnown = thresholds.basis() == Thresholds.Basis.GROWTH_RATIO;
        Optional<Range<BigDecimal>> growthRatio = growthKnown
                ? growthRatio(kind, start, ref, actual, total, elapsedMonths) : Optional.empty();
        LocalDate from = kind == Kind.WITHIN || plan.baselineEnd == null ? plan.periodStart : plan.baselineEnd;

        // the status: a baseline that already meets the requirement is judged by whether the
        // value still does; else the ratio (or the growth ratio, when the thresholds are on that
        // basis and it is defined) classified; without one, the value against the expected one
        boolean alreadyMet = kind == Kind.BASELINE && criterion.metAtStart(startRange);
        Optional<Range<BigDecimal>> basis = ratio;
        Basis by = Basis.PACE_RATIO;
        if (thresholds.basis() == Thresholds.Basis.GROWTH_RATIO && growthRatio.isPresent()) {
            basis = growthRatio;
            by = Basis.GROWTH_RATIO;
        }
        Status status;
        if (alreadyMet) {
            by = Basis.ALREADY_MET;
            ratio = Optional.empty();
            growthRatio = Optional.empty();
            status = direct(actual, criterion.region);
        } else if (basis.isPresent()) {
            status = thresholds.classify(basis.get());
        } else {
            boolean noDistance = distance.signum() == 0;
            by = noDistance ? Basis.NO_DISTANCE : Basis.EXPECTED;
            status = direct(actual, noDistance ? criterion.region
                    : criterion.up ? Range.atLeast(expected) : Range.atMost(expected));
        }
        Optional<Pace.Shortfall> shortfall = Optional.empty();
        if (status == Status.OFF_TRACK && !inverted) {
            if (alreadyMet || progress.isPresent() && progress.get().hasUpperBound()
                    && progress.get().upperEndpoint().signum() < 0) {
                shortfall = Optional.of(Pace.Shortfall.DETERIORATION);
            } else if (progress.isPresent() && progress.get().hasLowerBound()
                    && progress.get().lowerEndpoint().signum() >= 0) {
                shortfall = Optional.of(Pace.Shortfall.LIMITED_PROGRESS);
            }
        }
        Pace judged = new Pace(model, fallback, from, monthEnd(observedLast), plan.periodEnd, elapsed,
                expectedProgress, expected, ratio, growthRatio, Optional.empty(), Optional.empty(), alreadyMet,
                shortfall);
        return new Finding(status, elapsedMonths, total, start, progress, inverted, by, judged, growthKnown, kind,
                actual, ref);
    }

    /**
     * Eurostat's growth ratio: the compound annual growth rate made ÷ the one required, on a
     * baseline path whose start, requirement and values are above zero; else none.
     */
    private static Optional<Range<BigDecimal>> growthRatio(Kind kind, BigDecimal start, BigDecimal ref,
            Range<BigDecimal> actual, int total, int elapsedMonths) {
        if (kind != Kind.BASELINE || start.signum() <= 0 || ref.signum() <= 0 || !Intervals.isPositive(actual)
                || ref.compareTo(start) == 0) {
            return Optional.empty();
        }
        BigDecimal requiredRate = DecimalMath.pow(ref.divide(start, MC), 12, total, MC).subtract(BigDecimal.ONE);
        if (requiredRate.signum() == 0) {
            return Optional.empty();
        }
        Range<BigDecimal> actualRate = Intervals.map(actual,
                a -> DecimalMath.pow(a.divide(start, MC), 12, elapsedMonths, MC).subtract(BigDecimal.ONE), true, null,
                null);
        return Optional.of(Intervals.divide(actualRate, requiredRate, MC));
    }

    /** The compound annual growth rate still required over the months remaining, on a baseline path above zero; else none. */
    private static Optional<Range<BigDecimal>> requiredCompound(Kind kind, BigDecimal start, BigDecimal ref,
            Range<BigDecimal> actual, int remaining) {
        if (kind != Kind.BASELINE || start.signum() <= 0 || ref.signum() <= 0 || !Intervals.isPositive(actual)
                || remaining <= 0) {
            return Optional.empty();
        }
        return Optional.of(Intervals.map(actual,
                a -> DecimalMath.pow(ref.divide(a, MC), 12, remaining, MC).subtract(BigDecimal.ONE), false, null,
                BigDecimal.ONE.negate()));
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
    static BigDecimal scheduleShare(TargetIndex plan, int pathStart, int observedLast) {
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
