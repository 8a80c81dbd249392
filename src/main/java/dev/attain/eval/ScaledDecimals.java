package dev.attain.eval;

import java.math.BigDecimal;

/**
 * Exact decimal arithmetic on scaled {@code long}s (q × 10^−k), the fast path inside
 * {@link Judgement}: a quotient rounded as {@code BigDecimal.divide(…, DECIMAL64)} rounds it,
 * and rescaling without overflow. Every method says when it cannot answer; the caller then
 * falls back to {@code BigDecimal}.
 *
 * <p>The quotient of two positive longs rounded to 16 significant digits, half to even, is
 * exact: a {@code double} estimate of the 16- or 17-digit integer quotient is corrected by its
 * exact remainder (computed in wrapping {@code long} arithmetic, exact because the remainder is
 * small), and the last digit is rounded from that remainder. One division a quotient, in
 * {@code double}: the reciprocal of the divisor, which both the estimate and its correction use.
 */
final class ScaledDecimals {

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

    private ScaledDecimals() {
    }

    /**
     * Writes a decimal as an unscaled long and a scale in 0..18 into out, when it has at most 18
     * significant digits and at most 18 decimals; for a negative scale, the integer.
     */
    static boolean unscaled(BigDecimal x, long[] out) {
        int sc = x.scale();
        if (sc > 18 || (sc > 0 ? x.precision() : x.precision() - sc) > 18) {
            return false;
        }
        if (sc <= 0) {
            out[0] = x.longValue();
            out[1] = 0;
        } else {
            out[0] = x.scaleByPowerOfTen(sc).longValue();
            out[1] = sc;
        }
        return true;
    }

    /** v × 10^n, or Long.MAX_VALUE when that does not fit (v ≥ 0). */
    static long scaleUp(long v, int n) {
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
        double reciprocal = 1.0 / d;
        long q = (long) (n * reciprocal * POW10D[k]);
        long r = n * p10 - q * d; // wrapping: exact, for |r| < 2^63
        if (r < 0 || r >= d) {
            // the estimate is off by a few units at most: correct it by r / d, in doubles, then exactly
            long adjust = (long) Math.floor(r * reciprocal);
            q += adjust;
            r -= adjust * d;
            while (r < 0) {
                q--;
                r += d;
            }
            while (r >= d) {
                q++;
                r -= d;
            }
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
}
