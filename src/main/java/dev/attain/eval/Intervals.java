package dev.attain.eval;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Interval arithmetic on Guava {@code Range<BigDecimal>}: the one place where sums,
 * differences, scalings, quotients and monotone maps of intervals are worked out.
 *
 * <p>An interval may be closed or open at each end and unbounded on either side. Every
 * operation returns the set of all results of the operation on members of its operands
 * (exactly, for sums, differences and scalings; to within the rounding of the
 * {@link MathContext} at each finite end, for quotients and maps). An end is closed when the
 * value there is attained. Internally an absent bound ({@code null}) stands for −∞ or +∞.
 */
final class Intervals {

    /** The values a non-negative quantity may take: [0, +∞). */
    static final Range<BigDecimal> NON_NEGATIVE = Range.atLeast(BigDecimal.ZERO);

    /** The single value zero. */
    static final Range<BigDecimal> ZERO = Range.singleton(BigDecimal.ZERO);

    private Intervals() {
    }

    // ---- construction and access ---------------------------------------------------------

    /** Builds an interval from its ends; a null end is unbounded. */
    static Range<BigDecimal> of(@Nullable BigDecimal lo, boolean loClosed, @Nullable BigDecimal hi, boolean hiClosed) {
        if (lo == null) {
            return hi == null ? Range.all() : Range.upTo(hi, type(hiClosed));
        }
        if (hi == null) {
            return Range.downTo(lo, type(loClosed));
        }
        return Range.range(lo, type(loClosed), hi, type(hiClosed));
    }

    private static BoundType type(boolean closed) {
        return closed ? BoundType.CLOSED : BoundType.OPEN;
    }

    static @Nullable BigDecimal lo(Range<BigDecimal> r) {
        return r.hasLowerBound() ? r.lowerEndpoint() : null;
    }

    static @Nullable BigDecimal hi(Range<BigDecimal> r) {
        return r.hasUpperBound() ? r.upperEndpoint() : null;
    }

    static boolean loClosed(Range<BigDecimal> r) {
        return r.hasLowerBound() && r.lowerBoundType() == BoundType.CLOSED;
    }

    static boolean hiClosed(Range<BigDecimal> r) {
        return r.hasUpperBound() && r.upperBoundType() == BoundType.CLOSED;
    }

    /** Tells whether the interval is one value. */
    static boolean isPoint(Range<BigDecimal> r) {
        return r.hasLowerBound() && r.hasUpperBound() && r.lowerBoundType() == BoundType.CLOSED
                && r.upperBoundType() == BoundType.CLOSED && r.lowerEndpoint().compareTo(r.upperEndpoint()) == 0;
    }

    /** [0, 0] when zero, else [v, v]. */
    private static Range<BigDecimal> point(BigDecimal v) {
        return v.signum() == 0 ? ZERO : Range.singleton(v);
    }

    // ---- sums and scalings ---------------------------------------------------------------

    /** a + b: each end is the sum of the ends, closed when both are, unbounded when either is. */
    static Range<BigDecimal> plus(Range<BigDecimal> a, Range<BigDecimal> b) {
        if (isPoint(a) && isPoint(b)) {
            return point(a.lowerEndpoint().add(b.lowerEndpoint()));
        }
        BigDecimal al = lo(a);
        BigDecimal bl = lo(b);
        BigDecimal ah = hi(a);
        BigDecimal bh = hi(b);
        return of(al == null || bl == null ? null : al.add(bl), loClosed(a) && loClosed(b),
                ah == null || bh == null ? null : ah.add(bh), hiClosed(a) && hiClosed(b));
    }

    /** a + k. */
    static Range<BigDecimal> plus(Range<BigDecimal> a, BigDecimal k) {
        if (isPoint(a)) {
            return point(a.lowerEndpoint().add(k));
        }
        BigDecimal al = lo(a);
        BigDecimal ah = hi(a);
        return of(al == null ? null : al.add(k), loClosed(a), ah == null ? null : ah.add(k), hiClosed(a));
    }

    /** −a. */
    static Range<BigDecimal> negate(Range<BigDecimal> a) {
        BigDecimal al = lo(a);
        BigDecimal ah = hi(a);
        return of(ah == null ? null : ah.negate(), hiClosed(a), al == null ? null : al.negate(), loClosed(a));
    }

    /** a − b. */
    static Range<BigDecimal> minus(Range<BigDecimal> a, Range<BigDecimal> b) {
        if (b == ZERO) {
            return a;
        }
        return isPoint(b) ? plus(a, b.lowerEndpoint().negate()) : plus(a, negate(b));
    }

    /** k − a. */
    static Range<BigDecimal> minus(BigDecimal k, Range<BigDecimal> a) {
        return isPoint(a) ? point(k.subtract(a.lowerEndpoint())) : plus(negate(a), k);
    }

    /** a · k, exactly. */
    static Range<BigDecimal> times(Range<BigDecimal> a, BigDecimal k) {
        int sign = k.signum();
        if (sign == 0) {
            return ZERO;
        }
        if (isPoint(a)) {
            return point(a.lowerEndpoint().multiply(k));
        }
        if (sign < 0) {
            return times(negate(a), k.negate());
        }
        BigDecimal al = lo(a);
        BigDecimal ah = hi(a);
        return of(al == null ? null : al.multiply(k), loClosed(a), ah == null ? null : ah.multiply(k), hiClosed(a));
    }

    /**
     * max(floor, x) for x in a: the interval moved up to floor where it lies below it. Used
     * for a gap, which is never negative.
     */
    static Range<BigDecimal> atLeast(Range<BigDecimal> a, BigDecimal floor) {
        BigDecimal al = lo(a);
        if (al != null && (al.compareTo(floor) > 0 || al.compareTo(floor) == 0 && !loClosed(a))) {
            return a;
        }
        BigDecimal ah = hi(a);
        if (ah == null) {
            return Range.atLeast(floor);
        }
        return ah.compareTo(floor) > 0 ? Range.range(floor, BoundType.CLOSED, ah, a.upperBoundType())
                : Range.singleton(floor);
    }

    /**
     * The values from the lower end of a upwards: [lo, +∞), keeping the lower end's type.
     * What a non-negative cumulative figure may still become by the end of its period.
     */
    static Range<BigDecimal> upward(Range<BigDecimal> a) {
        return a.hasLowerBound() ? Range.downTo(a.lowerEndpoint(), a.lowerBoundType()) : Range.all();
    }

    /**
     * Restricts a to non-negative values, when a reaches into them; otherwise returns a as it
     * is (a figure that contradicts its indicator is left for the reasons to show).
     */
    static Range<BigDecimal> nonNegative(Range<BigDecimal> a) {
        BigDecimal al = lo(a);
        if (al != null && al.signum() >= 0) {
            return a;
        }
        if (!a.isConnected(NON_NEGATIVE)) {
            return a;
        }
        Range<BigDecimal> r = a.intersection(NON_NEGATIVE);
        return r.isEmpty() ? a : r;
    }

    // ---- quotients -----------------------------------------------------------------------

    /** a ÷ k for k ≠ 0, each finite end rounded by mc. */
    static Range<BigDecimal> divide(Range<BigDecimal> a, BigDecimal k, MathContext mc) {
        int sign = k.signum();
        if (sign == 0) {
            throw new ArithmeticException("division of an interval by zero");
        }
        if (isPoint(a)) {
            return point(a.lowerEndpoint().divide(k, mc));
        }
        if (sign < 0) {
            return divide(negate(a), k.negate(), mc);
        }
        BigDecimal al = lo(a);
        BigDecimal ah = hi(a);
        return of(al == null ? null : al.divide(k, mc), loClosed(a), ah == null ? null : ah.divide(k, mc),
                hiClosed(a));
    }

    /**
     * a ÷ b, each finite end rounded by mc; empty when b contains zero, where the quotient is
     * not an interval (it would be unbounded on both sides, or undefined).
     *
     * <p>A divisor that only approaches zero, such as (0, 5], gives an unbounded quotient:
     * [1, 2] ÷ (0, 5] is [0.2, +∞). A divisor unbounded above gives quotients that approach
     * zero: [5, +∞) ÷ (0, +∞) is (0, +∞).
     */
    static Optional<Range<BigDecimal>> divide(Range<BigDecimal> a, Range<BigDecimal> b, MathContext mc) {
        if (b.contains(BigDecimal.ZERO) || b.isEmpty()) {
            return Optional.empty();
        }
        if (isPoint(a) && isPoint(b)) {
            return Optional.of(point(a.lowerEndpoint().divide(b.lowerEndpoint(), mc)));
        }
        BigDecimal bl = lo(b);
        if (bl == null || bl.signum() < 0) {
            // b lies wholly below zero
            return divide(negate(a), negate(b), mc);
        }
        // b lies wholly above zero; bl may be zero only as an open end
        boolean blc = loClosed(b);
        BigDecimal bh = hi(b);
        boolean bhc = hiClosed(b);
        BigDecimal al = lo(a);
        boolean alc = loClosed(a);
        BigDecimal ah = hi(a);
        boolean ahc = hiClosed(a);

        BigDecimal qlo;
        boolean qloc;
        if (al == null) {
            qlo = null;
            qloc = false;
        } else if (al.signum() >= 0) {
            boolean zeroAttained = al.signum() == 0 && alc;
            if (bh == null) {
                qlo = BigDecimal.ZERO;
                qloc = zeroAttained;
            } else {
                qlo = al.divide(bh, mc);
                qloc = alc && bhc || zeroAttained;
            }
        } else if (bl.signum() == 0) {
            qlo = null;
            qloc = false;
        } else {
            qlo = al.divide(bl, mc);
            qloc = alc && blc;
        }

        BigDecimal qhi;
        boolean qhic;
        if (ah == null) {
            qhi = null;
            qhic = false;
        } else if (ah.signum() > 0) {
            if (bl.signum() == 0) {
                qhi = null;
                qhic = false;
            } else {
                qhi = ah.divide(bl, mc);
                qhic = ahc && blc;
            }
        } else {
            boolean zeroAttained = ah.signum() == 0 && ahc;
            if (bh == null) {
                qhi = BigDecimal.ZERO;
                qhic = zeroAttained;
            } else {
                qhi = ah.divide(bh, mc);
                qhic = ahc && bhc || zeroAttained;
            }
        }
        return Optional.of(of(qlo, qloc, qhi, qhic));
    }

    /** k ÷ b; empty when b contains zero. */
    static Optional<Range<BigDecimal>> divide(BigDecimal k, Range<BigDecimal> b, MathContext mc) {
        return divide(Range.singleton(k), b, mc);
    }

    // ---- monotone maps -------------------------------------------------------------------

    /**
     * f(a) for a function f monotone on a, each finite end mapped by f and keeping its type.
     * An unbounded end maps to the given limit of f there (an open end), or stays unbounded
     * when the limit is null.
     *
     * @param increasing  whether f is increasing (else decreasing) on a
     * @param limitBelow  the limit of f as x goes to the lower, unbounded end, or null
     * @param limitAbove  the limit of f as x goes to the upper, unbounded end, or null
     */
    static Range<BigDecimal> map(Range<BigDecimal> a, UnaryOperator<BigDecimal> f, boolean increasing,
            @Nullable BigDecimal limitBelow, @Nullable BigDecimal limitAbove) {
        if (isPoint(a)) {
            return Range.singleton(f.apply(a.lowerEndpoint()));
        }
        BigDecimal al = lo(a);
        BigDecimal ah = hi(a);
        BigDecimal fl = al == null ? limitBelow : f.apply(al);
        boolean flc = al != null && loClosed(a);
        BigDecimal fh = ah == null ? limitAbove : f.apply(ah);
        boolean fhc = ah != null && hiClosed(a);
        return increasing ? of(fl, flc, fh, fhc) : of(fh, fhc, fl, flc);
    }

    // ---- comparisons ---------------------------------------------------------------------

    /**
     * Tells whether every value of a lies in region (yes), none does (no), or some do and
     * some do not (undetermined).
     */
    static Projection.Meets test(Range<BigDecimal> a, Range<BigDecimal> region) {
        if (region.encloses(a)) {
            return Projection.Meets.YES;
        }
        return below(a, region) || below(region, a) ? Projection.Meets.NO : Projection.Meets.UNDETERMINED;
    }

    /** Whether every value of a lies below every value of b (a and b not empty). */
    private static boolean below(Range<BigDecimal> a, Range<BigDecimal> b) {
        if (!a.hasUpperBound() || !b.hasLowerBound()) {
            return false;
        }
        int c = a.upperEndpoint().compareTo(b.lowerEndpoint());
        return c < 0 || c == 0 && (a.upperBoundType() == BoundType.OPEN || b.lowerBoundType() == BoundType.OPEN);
    }

    /**
     * Tells whether a has a lower end above zero, so that every value is bounded away from
     * zero: the domain of logarithms, roots and compound growth rates. (0, 5] is not.
     */
    static boolean isPositive(Range<BigDecimal> a) {
        BigDecimal al = lo(a);
        return al != null && al.signum() > 0;
    }
}
