package dev.attain.stream;

import com.google.common.collect.Range;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The verdict on one exact actual against one exact requirement, as the {@link Evaluator} gives it
 * for a figure for the whole period, and the thresholds' band of the attainment; with a fast path
 * on scaled {@code long}s that gives the same numbers without a {@code BigDecimal}.
 *
 * <p>The rules (those of {@code dev.attain.eval}'s Criterion and Intervals for a point):
 * <ul>
 *   <li>status: ACHIEVED when the actual meets the requirement (at least it when {@code up}, at
 *       most it otherwise, open or closed as the requirement is), MISSED when not;
 *   <li>attainment: actual ÷ reference ({@code up}) or reference ÷ actual, rounded by
 *       {@link Evaluator#MATH_CONTEXT}; none when the reference is not above zero, or, downwards,
 *       when the actual is zero;
 *   <li>band: {@link Thresholds#classify(Range)} of the attainment; without one, NO_DATA when
 *       nothing was reported and INDETERMINATE otherwise.
 * </ul>
 *
 * <p>The fast path computes the quotient of two positive longs rounded to 16 significant digits,
 * half to even, exactly: a {@code double} estimate of the 16- or 17-digit integer quotient is
 * corrected by its exact remainder (computed in wrapping {@code long} arithmetic, exact because
 * the remainder is small), and the last digit is rounded from that remainder. The result is the
 * pair (q, k) standing for q × 10^−k, numerically equal to what {@code BigDecimal.divide(…,
 * DECIMAL64)} returns. Immutable and thread-safe.
 */
final class Judge {

    static final MathContext MC = Evaluator.MATH_CONTEXT;

    /** 10^i for i in 0..18. */
    static final long[] POW10 = new long[19];
    private static final double[] POW10D = new double[19];

    static {
        long p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            POW10D[i] = p;
            p *= 10;
        }
    }

    /** The largest divisor the fast quotient takes: its remainder arithmetic stays within a long. */
    private static final long MAX_DIVISOR = 1L << 56;
    /** The largest dividend the fast quotient takes. */
    private static final long MAX_DIVIDEND = 1L << 62;
    /** 10^16: a rounded quotient at or above it has 17 digits. */
    private static final long TEN_16 = 10_000_000_000_000_000L;

    static final int NO_DATA = Status.NO_DATA.ordinal();
    static final int ACHIEVED = Status.ACHIEVED.ordinal();
    static final int MISSED = Status.MISSED.ordinal();
    static final int ON_TRACK = Status.ON_TRACK.ordinal();
    static final int AT_RISK = Status.AT_RISK.ordinal();
    static final int OFF_TRACK = Status.OFF_TRACK.ordinal();
    static final int INDETERMINATE = Status.INDETERMINATE.ordinal();
    static final Status[] STATUSES = Status.values();

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

    Judge(Thresholds thresholds) {
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
                onBound[k] = k < on.scale() ? 0 : scaleUp(onU, k - on.scale());
                riskBound[k] = k < risk.scale() ? 0 : scaleUp(riskU, k - risk.scale());
            }
        }
    }

    Thresholds thresholds() {
        return thresholds;
    }

    /** v × 10^n, or Long.MAX_VALUE when that does not fit (v ≥ 0). */
    private static long scaleUp(long v, int n) {
        if (n >= POW10.length) {
            return v == 0 ? 0 : Long.MAX_VALUE;
        }
        long hi = Math.multiplyHigh(v, POW10[n]);
        long lo = v * POW10[n];
        return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
    }

    /** v × 10^n for n ≥ 0, or Long.MIN_VALUE when it does not fit. */
    static long scaleExact(long v, int n) {
        if (n == 0) {
            return v;
        }
        if (n >= POW10.length) {
            return Long.MIN_VALUE;
        }
        long p = POW10[n];
        long hi = Math.multiplyHigh(v, p);
        long lo = v * p;
        return hi != (lo >> 63) || lo == Long.MIN_VALUE ? Long.MIN_VALUE : lo;
    }

    // ---- the fast path -------------------------------------------------------------------

    /**
     * Computes n ÷ d rounded to 16 significant digits, half to even, for 0 &lt; n and 0 &lt; d, as
     * q × 10^−k, into out[0] = q and out[1] = k.
     *
     * @return false when the operands or the quotient are outside the fast path's range (the
     *     caller then divides in BigDecimal)
     */
    static boolean quotient(long n, long d, long[] out) {
        if (n <= 0 || d <= 0 || n >= MAX_DIVIDEND || d >= MAX_DIVISOR) {
            return false;
        }
        int k = 16 - (digits(n) - digits(d));
        if (k < 1 || k > 18) {
            return false;
        }
        // n/d · 10^k lies in (10^15, 10^17): q = floor(n · 10^k / d), r the exact remainder
        long p10 = POW10[k];
        long q = (long) ((double) n / (double) d * POW10D[k]);
        long r = n * p10 - q * d; // wrapping: exact, for |r| < 2^63
        if (r < 0 || r >= d) {
            long adjust = Math.floorDiv(r, d);
            q += adjust;
            r -= adjust * d;
        }
        long divisor = d;
        if (q >= TEN_16) {
            // 17 digits: one place less; floor(q / 10) is floor(n · 10^(k−1) / d)
            long q10 = q / 10;
            r += (q - q10 * 10) * d;
            q = q10;
            divisor = d * 10;
            k--;
        }
        long twice = r << 1;
        if (twice > divisor || twice == divisor && (q & 1) != 0) {
            q++;
        }
        out[0] = q;
        out[1] = k;
        return true;
    }

    /** The number of decimal digits of v, for 0 &lt; v &lt; 2^62. */
    static int digits(long v) {
        int t = (64 - Long.numberOfLeadingZeros(v)) * 1233 >>> 12;
        return v < POW10[t] ? t : t + 1;
    }

    /**
     * Classifies q × 10^−k (q ≥ 0) by the thresholds, as {@link Thresholds#classify(Range)} does
     * for a point; returns −1 when the fast comparison cannot be made.
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

    // ---- the exact general path ----------------------------------------------------------

    /**
     * Tells whether an actual meets a requirement.
     *
     * @param up  whether the requirement asks for at least (else at most)
     * @param threshold  the requirement's threshold
     * @param inclusive  whether the threshold itself meets it
     */
    static boolean meets(boolean up, BigDecimal threshold, boolean inclusive, BigDecimal actual) {
        int c = actual.compareTo(threshold);
        return up ? c > 0 || c == 0 && inclusive : c < 0 || c == 0 && inclusive;
    }

    /** Attainment of an exact actual against a reference, as the Evaluator gives it. */
    static Optional<BigDecimal> attainment(boolean up, BigDecimal reference, BigDecimal actual) {
        if (reference.signum() <= 0) {
            return Optional.empty();
        }
        if (up) {
            return Optional.of(actual.divide(reference, MC));
        }
        if (actual.signum() == 0) {
            return Optional.empty();
        }
        // Intervals divides a negative divisor by negating both sides: the same value, half-even being symmetric
        return Optional.of(actual.signum() < 0 ? reference.negate().divide(actual.negate(), MC)
                : reference.divide(actual, MC));
    }

    /** The band of an attainment interval, or of none. */
    int band(Optional<Range<BigDecimal>> attainment, int status) {
        if (attainment.isPresent()) {
            return thresholds.classify(attainment.get()).ordinal();
        }
        return status == NO_DATA || status == Status.NOT_COMPARABLE.ordinal() ? status : INDETERMINATE;
    }

    /** The band of a point attainment. */
    int band(BigDecimal attainment) {
        return thresholds.classify(Range.singleton(attainment)).ordinal();
    }
}
