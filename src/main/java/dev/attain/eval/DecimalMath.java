package dev.attain.eval;

import com.google.common.math.IntMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Powers with rational exponents in {@code BigDecimal}, for compound growth over a fraction of
 * a path: x^(p/q) for x &gt; 0.
 *
 * <p>An integer power (q dividing p) is worked out exactly and rounded once, so it is correctly
 * rounded (past 2,000 digits, with four guard digits: within one unit in the last place). Otherwise
 * the result is the q-th root of x^p, found by Newton's iteration
 * y ← ((q − 1)·y + x^p ÷ y^(q−1)) ÷ q in {@code BigDecimal}, carried with four guard digits
 * beyond the requested precision, seeded from a {@code double} estimate (used only as a
 * starting point), and iterated until two successive values agree when rounded to the
 * requested precision; from a seed good to about 15 digits, Newton's quadratic convergence
 * makes that one or two steps. The result is then rounded once by the requested {@link MathContext}:
 * it is correct to within one unit in its last place.
 *
 * <p>Where the exact power lies within a guard digit of a rounding tie, the iterates can
 * alternate between two values that round to either side of it, at any number of steps. That is
 * noticed as soon as an iterate repeats the one two steps before, and the root is worked out
 * again with more guard digits (12, then 28), which settles the rounding of such a case unless
 * the power is a tie to some 28 digits beyond the requested precision. Near a tie the iterates
 * may also settle without alternating, on either side of it; the result is then within one unit
 * in its last place, as above, but not always the nearer of the two.
 */
final class DecimalMath {

    private static final int GUARD_DIGITS = 4;
    /** The most guard digits taken to settle a rounding near a tie. */
    private static final int MAX_GUARD_DIGITS = 28;
    private static final int MAX_ITERATIONS = 200;
    /** The most digits an integer power is worked out to exactly before it is rounded. */
    private static final int MAX_EXACT_DIGITS = 2000;
    private static final MathContext WORK = work(Evaluator.MATH_CONTEXT, GUARD_DIGITS);

    private DecimalMath() {
    }

    /**
     * Returns x^(p/q).
     *
     * @param x  the base, &gt; 0
     * @param p  the numerator of the exponent, ≥ 0
     * @param q  the denominator of the exponent, &gt; 0
     * @param mc  the precision and rounding of the result
     * @return the power, rounded by mc
     * @throws ArithmeticException if x ≤ 0, p &lt; 0 or q ≤ 0
     */
    static BigDecimal pow(BigDecimal x, int p, int q, MathContext mc) {
        if (x.signum() <= 0 || p < 0 || q <= 0) {
            throw new ArithmeticException("x^(p/q) needs x (" + x.toPlainString() + ") > 0, p (" + p
                    + ") >= 0 and q (" + q + ") > 0");
        }
        int g = IntMath.gcd(p, q);
        if (g > 1) {
            p /= g;
            q /= g;
        }
        if (p == 0) {
            return BigDecimal.ONE;
        }
        if (q == 1) {
            // an integer power: exact and rounded once, as BigDecimal.pow(n, mc) promises only
            // two units in the last place (it rounds each product, then the result)
            return (long) p * x.precision() <= MAX_EXACT_DIGITS ? x.pow(p).round(mc)
                    : x.pow(p, work(mc, GUARD_DIGITS)).round(mc);
        }
        return root(x, p, q, mc, GUARD_DIGITS);
    }

    /** Returns x^(p/q) for p/q in lowest terms and q &gt; 1, worked out with the given guard digits. */
    private static BigDecimal root(BigDecimal x, int p, int q, MathContext mc, int guard) {
        MathContext work = guard == GUARD_DIGITS && mc.equals(Evaluator.MATH_CONTEXT) ? WORK : work(mc, guard);
        BigDecimal a = x.pow(p, work);
        BigDecimal y = seed(x, p, q);
        BigDecimal before = BigDecimal.ZERO; // the iterate before y; the iterates are above zero
        BigDecimal qd = BigDecimal.valueOf(q);
        BigDecimal qm1 = BigDecimal.valueOf(q - 1L);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            BigDecimal next = qm1.multiply(y, work).add(a.divide(y.pow(q - 1, work), work), work).divide(qd, work);
            BigDecimal rounded = next.round(mc);
            if (rounded.compareTo(y.round(mc)) == 0) {
                return rounded;
            }
            if (next.compareTo(before) == 0) { // y and next alternate, rounding to either side of a tie
                return guard < MAX_GUARD_DIGITS ? root(x, p, q, mc, guard * 2 + 4) : rounded;
            }
            before = y;
            y = next;
        }
        return y.round(mc);
    }

    private static MathContext work(MathContext mc, int guard) {
        return new MathContext(mc.getPrecision() + guard, RoundingMode.HALF_EVEN);
    }

    /** A positive starting point for the iteration, from doubles where they suffice. */
    private static BigDecimal seed(BigDecimal x, int p, int q) {
        // log10(x) from its unscaled digits and scale, so that huge or tiny x do not overflow
        double digits = x.unscaledValue().bitLength() * Math.log10(2);
        double log10 = x.unscaledValue().bitLength() > 1000
                ? digits - x.scale()
                : Math.log10(x.unscaledValue().doubleValue()) - x.scale();
        double estimate = log10 * p / q;
        if (!Double.isFinite(estimate)) {
            return BigDecimal.ONE;
        }
        int exponent = (int) Math.floor(estimate);
        double mantissa = Math.pow(10, estimate - exponent);
        // 16 digits of the mantissa: a seed as long as the double's binary expansion (some 50
        // digits) would make the first step's products that long
        return BigDecimal.valueOf(Math.round(mantissa * 1e15), 15).scaleByPowerOfTen(exponent);
    }
}
