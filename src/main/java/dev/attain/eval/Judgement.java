package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The verdict on one exact value against one requirement, with the thresholds' band of its
 * attainment: the entry point to the rules of {@link Requirement} and {@link Thresholds} for
 * callers that judge millions of points, such as {@code dev.attain.stream}. It gives what the
 * {@link Evaluator} gives for a figure for the whole period:
 *
 * <ul>
 *   <li>status: ACHIEVED when the value meets the requirement ({@link Requirement#meets(boolean, int,
 *       boolean)}), MISSED when not;
 *   <li>attainment: value ÷ reference (upwards) or reference ÷ value, rounded by
 *       {@link Evaluator#MATH_CONTEXT}; none when the reference is not above zero, or, downwards,
 *       when the value is zero;
 *   <li>band: {@link Thresholds#classify(Range)} of the attainment; INDETERMINATE without one.
 * </ul>
 *
 * <p>Two entry points: exact {@code BigDecimal}s, and scaled {@code long}s (u × 10^−scale). The
 * second is the fast path: it compares, divides and bands on longs, exactly, and where the
 * numbers are beyond what longs hold exactly it falls back to the first. Either way the answer
 * is the same, to the last digit.
 *
 * <h2>Implementation Requirements</h2>
 * This class is <em>mutable</em> and not thread-safe: it holds the last verdict, so that judging
 * allocates nothing. Use one instance per thread.
 */
public final class Judgement {

    private static final Status[] STATUSES = Status.values();
    private static final int NO_DATA = Status.NO_DATA.ordinal();
    private static final int ACHIEVED = Status.ACHIEVED.ordinal();
    private static final int MISSED = Status.MISSED.ordinal();
    private static final int ON_TRACK = Status.ON_TRACK.ordinal();
    private static final int OFF_TRACK = Status.OFF_TRACK.ordinal();
    private static final int AT_RISK = Status.AT_RISK.ordinal();
    private static final int INDETERMINATE = Status.INDETERMINATE.ordinal();

    private final Thresholds thresholds;
    /** Whether the thresholds can be compared on longs: both bounds ≥ 0 with scale ≤ 18. */
    private final boolean fastBands;
    private final int minK;
    /** onTrack and atRisk times 10^(k − their scale), saturated at Long.MAX_VALUE, per k. */
    private final long[] onBound = new long[19];
    private final long[] riskBound = new long[19];
    private final boolean onIncl;
    private final boolean riskIncl;
    private final boolean amberEmpty;

    // the last verdict
    private int status = NO_DATA;
    private int band = NO_DATA;
    private boolean hasAttainment;
    private boolean scaled;
    private final long[] qk = new long[2];
    private int preferredScale;
    /** The aligned dividend and divisor of the scaled attainment. */
    private long dividend;
    private long divisor;
    private BigDecimal attainment = BigDecimal.ZERO;

    private Judgement(Thresholds thresholds) {
        this.thresholds = thresholds;
        BigDecimal on = thresholds.onTrack();
        BigDecimal risk = thresholds.atRisk();
        this.onIncl = thresholds.onTrackInclusive();
        this.riskIncl = thresholds.atRiskInclusive();
        this.amberEmpty = risk.compareTo(on) == 0 && (!riskIncl || onIncl);
        boolean fast = on.signum() >= 0 && risk.signum() >= 0 && on.scale() >= 0 && risk.scale() >= 0
                && on.scale() <= 18 && risk.scale() <= 18 && on.precision() <= 18 && risk.precision() <= 18;
        this.fastBands = fast;
        this.minK = fast ? Math.max(on.scale(), risk.scale()) : Integer.MAX_VALUE;
        if (fast) {
            long onU = on.unscaledValue().longValueExact();
            long riskU = risk.unscaledValue().longValueExact();
            for (int k = 0; k < 19; k++) {
                onBound[k] = k < on.scale() ? 0 : ScaledDecimals.scaleUp(onU, k - on.scale());
                riskBound[k] = k < risk.scale() ? 0 : ScaledDecimals.scaleUp(riskU, k - risk.scale());
            }
        }
    }

    /**
     * Returns a judgement that bands attainments by the given thresholds.
     *
     * @param thresholds  the thresholds, not null
     * @return a new judgement, for one thread, never null
     */
    public static Judgement with(Thresholds thresholds) {
        return new Judgement(requireNonNull(thresholds, "thresholds"));
    }

    /**
     * Returns the thresholds attainments are banded by.
     *
     * @return the thresholds, never null
     */
    public Thresholds thresholds() {
        return thresholds;
    }

    // ---- the entry points ------------------------------------------------------------------

    /**
     * Judges an exact value against a requirement.
     *
     * @param requirement  the requirement, not null
     * @param value  the reported value, not null
     */
    public void judge(Requirement requirement, BigDecimal value) {
        judge(requirement.up, requirement.inclusive, requirement.threshold, requirement.reference, value);
    }

    /**
     * Judges an exact value against a requirement given by its parts.
     *
     * @param up  whether the requirement asks for at least (else at most)
     * @param inclusive  whether the threshold itself meets it
     * @param threshold  the threshold, not null
     * @param reference  the reference attainment is measured against, not null
     * @param value  the reported value, not null
     */
    public void judge(boolean up, boolean inclusive, BigDecimal threshold, BigDecimal reference, BigDecimal value) {
        scaled = false;
        status = Requirement.meets(up, value.compareTo(threshold), inclusive) ? ACHIEVED : MISSED;
        Optional<BigDecimal> a = Requirement.attainment(up, reference, value);
        hasAttainment = a.isPresent();
        if (hasAttainment) {
            attainment = a.get();
            band = thresholds.classify(Range.singleton(attainment)).ordinal();
        } else {
            band = INDETERMINATE;
        }
    }

    /**
     * Judges a value against a requirement, all as scaled longs (u × 10^−scale, scale ≥ 0):
     * on longs where they hold the numbers exactly, else as {@link #judge(boolean, boolean,
     * BigDecimal, BigDecimal, BigDecimal)} does; the verdict is the same.
     *
     * @param up  whether the requirement asks for at least (else at most)
     * @param inclusive  whether the threshold itself meets it
     * @param thresholdU  the threshold, unscaled
     * @param thresholdScale  its scale
     * @param referenceU  the reference, unscaled
     * @param referenceScale  its scale
     * @param valueU  the reported value, unscaled
     * @param valueScale  its scale
     */
    public void judge(boolean up, boolean inclusive, long thresholdU, int thresholdScale, long referenceU,
            int referenceScale, long valueU, int valueScale) {
        int s = Math.max(valueScale, Math.max(thresholdScale, referenceScale));
        long t = ScaledDecimals.scaleExact(thresholdU, s - thresholdScale);
        long r = ScaledDecimals.scaleExact(referenceU, s - referenceScale);
        long a = ScaledDecimals.scaleExact(valueU, s - valueScale);
        if (t != Long.MIN_VALUE && r > 0 && a > 0
                && ScaledDecimals.quotient(up ? a : r, up ? r : a, qk)) {
            int b = band(qk[0], (int) qk[1]);
            if (b >= 0) {
                status = Requirement.meets(up, Long.compare(a, t), inclusive) ? ACHIEVED : MISSED;
                band = b;
                hasAttainment = true;
                scaled = true;
                preferredScale = up ? valueScale - referenceScale : referenceScale - valueScale;
                dividend = up ? a : r;
                divisor = up ? r : a;
                return;
            }
        }
        judge(up, inclusive, BigDecimal.valueOf(thresholdU, thresholdScale), BigDecimal.valueOf(referenceU,
                referenceScale), BigDecimal.valueOf(valueU, valueScale));
    }

    /** Records that nothing was reported: NO_DATA, and no attainment. */
    public void nothingReported() {
        status = NO_DATA;
        band = NO_DATA;
        hasAttainment = false;
        scaled = false;
    }

    /**
     * Classifies q × 10^−k (q ≥ 0) by the thresholds, as {@link Thresholds#classify(Range)} does
     * for a point; returns −1 when the comparison cannot be made on longs.
     */
    int band(long q, int k) {
        if (!fastBands || k < minK || k > 18) {
            return -1;
        }
        boolean green = onIncl ? q >= onBound[k] : q > onBound[k];
        if (green) {
            return ON_TRACK;
        }
        boolean red = riskIncl ? q < riskBound[k] : q <= riskBound[k];
        if (red) {
            return OFF_TRACK;
        }
        return amberEmpty ? INDETERMINATE : AT_RISK;
    }

    // ---- the last verdict ------------------------------------------------------------------

    /**
     * Returns the last verdict's status.
     *
     * @return ACHIEVED, MISSED or NO_DATA, never null
     */
    public Status status() {
        return STATUSES[status];
    }

    /**
     * Returns the ordinal of the last verdict's status.
     *
     * @return the ordinal
     */
    public int statusOrdinal() {
        return status;
    }

    /**
     * Returns the thresholds' band of the last verdict's attainment: ON_TRACK, AT_RISK or
     * OFF_TRACK; INDETERMINATE without an attainment, NO_DATA when nothing was reported.
     *
     * @return the band, never null
     */
    public Status band() {
        return STATUSES[band];
    }

    /**
     * Returns the ordinal of the last verdict's band.
     *
     * @return the ordinal
     */
    public int bandOrdinal() {
        return band;
    }

    /**
     * Tells whether the last verdict has an attainment.
     *
     * @return true if it has one
     */
    public boolean hasAttainment() {
        return hasAttainment;
    }

    /**
     * Tells whether the last verdict's attainment is held as a scaled long
     * ({@link #attainmentUnscaled()} × 10^−{@link #attainmentScale()}) rather than a
     * {@code BigDecimal}: what an exact sum of many attainments adds without allocating.
     *
     * @return true if scaled
     */
    public boolean attainmentIsScaled() {
        return hasAttainment && scaled;
    }

    /**
     * Returns the unscaled attainment, when {@link #attainmentIsScaled()}.
     *
     * @return the unscaled value
     */
    public long attainmentUnscaled() {
        return qk[0];
    }

    /**
     * Returns the attainment's scale, when {@link #attainmentIsScaled()}.
     *
     * @return the scale, 1 to 18
     */
    public int attainmentScale() {
        return (int) qk[1];
    }

    /**
     * Returns the last verdict's attainment as {@code BigDecimal.divide(…, MATH_CONTEXT)}
     * gives it, to the scale: an exact quotient with trailing zeros stripped down to the
     * preferred scale, a rounded one with all its 16 digits.
     *
     * @return the attainment, never null
     */
    public Optional<BigDecimal> attainment() {
        if (!hasAttainment) {
            return Optional.empty();
        }
        if (!scaled) {
            return Optional.of(attainment);
        }
        long q = qk[0];
        int k = (int) qk[1];
        boolean exact = BigInteger.valueOf(q).multiply(BigInteger.valueOf(divisor))
                .equals(BigInteger.valueOf(dividend).multiply(BigInteger.TEN.pow(k)));
        while (exact && k > preferredScale && q % 10 == 0) {
            q /= 10;
            k--;
        }
        return Optional.of(BigDecimal.valueOf(q, k));
    }

    // ---- rules for callers ---------------------------------------------------------------

    /**
     * Returns the thresholds' band of an evaluation's attainment: its classification; without
     * one, NO_DATA and NOT_COMPARABLE stay as they are and anything else is INDETERMINATE.
     *
     * @param attainment  the evaluation's attainment, not null
     * @param status  the evaluation's status, not null
     * @return the band, never null
     */
    public Status band(Optional<Range<BigDecimal>> attainment, Status status) {
        if (attainment.isPresent()) {
            return thresholds.classify(attainment.get());
        }
        return status == Status.NO_DATA || status == Status.NOT_COMPARABLE ? status : Status.INDETERMINATE;
    }

    /**
     * Returns the number of months since year 0 of a month: the one month index of periods,
     * paces and spans.
     *
     * @param month  the month, not null
     * @return year × 12 + month − 1
     */
    public static int monthIndex(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    /**
     * Writes a decimal as an unscaled long and a scale in 0..18 into out, when it has at most
     * 18 significant digits and at most 18 decimals: the form {@link #judge(boolean, boolean,
     * long, int, long, int, long, int)} takes.
     *
     * @param value  the decimal, not null
     * @param out  where to write the unscaled value (out[0]) and the scale (out[1]), length ≥ 2
     * @return false, writing nothing, when the decimal does not fit
     */
    public static boolean unscaled(BigDecimal value, long[] out) {
        return ScaledDecimals.unscaled(value, out);
    }
}
