package dev.attain.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Interval arithmetic on non-negative amounts, for the growth questions of
 * {@link ElectronicsTrajectory}: quotients of two intervals, n-th roots, shifts.
 *
 * <p>The library's own interval arithmetic ({@code dev.attain.eval}) is not public, so the
 * example does its own, in the same terms: a Guava {@code Range<BigDecimal>}, closed or open at
 * each end, unbounded above where nothing bounds it. Every result is the set of all results of
 * the operation on members of the operands, <em>rounded outward</em>: a lower end is rounded
 * down ({@link #LOWER}), an upper end up ({@link #UPPER}), each to 16 significant digits, so the
 * interval computed always contains the exact one. Roots are checked exactly (r^n against x)
 * after rounding, so their direction of rounding is guaranteed too.
 */
final class PositiveIntervals {

    /** Divisions and roots for lower ends: 16 significant digits, rounded toward −∞. */
    static final MathContext LOWER = new MathContext(16, RoundingMode.FLOOR);

    /** Divisions and roots for upper ends: 16 significant digits, rounded toward +∞. */
    static final MathContext UPPER = new MathContext(16, RoundingMode.CEILING);

    private PositiveIntervals() {
    }

    /**
     * Returns a ÷ b for a ⊆ [0, +∞) with a lower bound and b ⊆ (0, +∞).
     *
     * @param a  the dividend, not null
     * @param b  the divisor, whose values are all above zero, not null
     * @return the quotient, rounded outward
     */
    static Range<BigDecimal> divide(Range<BigDecimal> a, Range<BigDecimal> b) {
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        if (!a.hasLowerBound() || a.lowerEndpoint().signum() < 0) {
            throw new IllegalArgumentException("dividend " + a + " must lie in [0, +∞)");
        }
        if (!b.hasLowerBound() || b.lowerEndpoint().signum() < 0
                || b.lowerEndpoint().signum() == 0 && b.lowerBoundType() == BoundType.CLOSED) {
            throw new IllegalArgumentException("divisor " + b + " must lie in (0, +∞)");
        }
        // lower end: smallest dividend over largest divisor; 0 (not reached) when b is unbounded
        BigDecimal lo;
        boolean loClosed;
        if (b.hasUpperBound()) {
            lo = a.lowerEndpoint().divide(b.upperEndpoint(), LOWER);
            loClosed = closed(a.lowerBoundType()) && closed(b.upperBoundType());
        } else {
            lo = BigDecimal.ZERO;
            loClosed = a.lowerEndpoint().signum() == 0 && closed(a.lowerBoundType());
        }
        // upper end: largest dividend over smallest divisor; unbounded when either is
        if (!a.hasUpperBound() || b.lowerEndpoint().signum() == 0) {
            return Range.downTo(lo, type(loClosed));
        }
        BigDecimal hi = a.upperEndpoint().divide(b.lowerEndpoint(), UPPER);
        boolean hiClosed = closed(a.upperBoundType()) && closed(b.lowerBoundType());
        return Range.range(lo, type(loClosed), hi, type(hiClosed));
    }

    /**
     * Returns the n-th root of every value of an interval in [0, +∞): a monotone map, so each end
     * maps to an end and keeps its type.
     *
     * @param x  the interval, not null
     * @param n  the root, at least 1
     * @return the roots, rounded outward
     */
    static Range<BigDecimal> root(Range<BigDecimal> x, int n) {
        requireNonNull(x, "x");
        if (n < 1) {
            throw new IllegalArgumentException("n (" + n + ") must be >= 1");
        }
        BigDecimal lo = root(x.lowerEndpoint(), n, LOWER);
        if (!x.hasUpperBound()) {
            return Range.downTo(lo, x.lowerBoundType());
        }
        return Range.range(lo, x.lowerBoundType(), root(x.upperEndpoint(), n, UPPER), x.upperBoundType());
    }

    /**
     * Returns r − 1 for every r of an interval: a ratio turned into a growth rate.
     *
     * @param ratio  the ratio, not null
     * @return the growth rates, exact
     */
    static Range<BigDecimal> minusOne(Range<BigDecimal> ratio) {
        BigDecimal lo = ratio.hasLowerBound() ? ratio.lowerEndpoint().subtract(BigDecimal.ONE) : null;
        BigDecimal hi = ratio.hasUpperBound() ? ratio.upperEndpoint().subtract(BigDecimal.ONE) : null;
        if (lo == null) {
            return hi == null ? Range.all() : Range.upTo(hi, ratio.upperBoundType());
        }
        return hi == null ? Range.downTo(lo, ratio.lowerBoundType())
                : Range.range(lo, ratio.lowerBoundType(), hi, ratio.upperBoundType());
    }

    /**
     * Tells whether every value of an interval is above a bound (or at it, when the interval's
     * lower end is open there or the bound may be reached).
     *
     * @param r  the interval, not null
     * @param bound  the bound, not null
     * @return true if no value of r is below bound
     */
    static boolean whollyAtOrAbove(Range<BigDecimal> r, BigDecimal bound) {
        return r.hasLowerBound() && r.lowerEndpoint().compareTo(bound) >= 0;
    }

    /**
     * The n-th root of x ≥ 0, rounded as mc says (FLOOR or CEILING), checked exactly: for FLOOR
     * r^n ≤ x, for CEILING r^n ≥ x.
     */
    static BigDecimal root(BigDecimal x, int n, MathContext mc) {
        if (x.signum() < 0) {
            throw new ArithmeticException("root of a negative number " + x.toPlainString());
        }
        if (x.signum() == 0 || n == 1) {
            return x.round(mc);
        }
        MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        // Newton's iteration y ← ((n−1)·y + x / y^(n−1)) / n from a double seed
        BigDecimal y = new BigDecimal(Math.pow(x.doubleValue(), 1.0 / n), work);
        BigDecimal nd = BigDecimal.valueOf(n);
        BigDecimal nm1 = BigDecimal.valueOf(n - 1L);
        for (int i = 0; i < 100; i++) {
            BigDecimal next = nm1.multiply(y, work).add(x.divide(y.pow(n - 1, work), work), work).divide(nd, work);
            if (next.compareTo(y) == 0) {
                break;
            }
            y = next;
        }
        BigDecimal r = y.round(mc);
        BigDecimal ulp = r.ulp();
        if (mc.getRoundingMode() == RoundingMode.FLOOR) {
            while (r.pow(n).compareTo(x) > 0) {
                r = r.subtract(ulp);
            }
        } else if (mc.getRoundingMode() == RoundingMode.CEILING) {
            while (r.pow(n).compareTo(x) < 0) {
                r = r.add(ulp);
            }
        }
        return r;
    }

    private static boolean closed(BoundType t) {
        return t == BoundType.CLOSED;
    }

    private static BoundType type(boolean closed) {
        return closed ? BoundType.CLOSED : BoundType.OPEN;
    }
}
