package dev.attain.eval;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Polarity;
import dev.attain.model.Sides;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A requirement read as a test: the one place that says what meets a requirement, and how
 * attainment, difference and gap are measured against it, for the {@link Evaluator} and the
 * streaming path alike (with {@link Judgement}, its entry point for exact points and scaled longs).
 *
 * <p><b>Direction.</b> A requirement's own word decides: 以上/突破 (AT_LEAST, MORE_THAN) ask for
 * more, 以内/不到 (AT_MOST, LESS_THAN) for less. A plain value (EXACT), an ABOUT, NEARLY or
 * BETWEEN band takes the indicator's polarity: at least for higher-is-better, at most for
 * lower-is-better.
 *
 * <p><b>Region.</b> The values that meet the requirement: a half-line from the threshold in
 * the requirement's direction, open or closed as the requirement's bound is. For a band the
 * threshold is the band's end on the far side from the good direction, so a value inside the
 * band meets it, and so does one beyond the band on the good side ("10家左右" with 9.6 or with
 * 12 is met for a higher-is-better count; with 9 it is not).
 *
 * <p><b>Sides.</b> A band whose both sides matter ({@link Sides#BOTH}: "3%左右" for a CPI, a
 * growth corridor) is met only inside it: its region is the band itself. Its difference is told
 * from the nearer edge (positive inside, by how far the value is from leaving the band; negative
 * outside, by how far it is out), its gap is the distance to the band, and it has no attainment
 * (a ratio cannot say how far inside a band a value lies).
 *
 * <p><b>Tolerance.</b> A one-sided ABOUT or NEARLY band is met from its far edge: "6.5%左右" for
 * a higher-is-better rate is met by 6.3%, which lies within the tolerance of 左右 (±5%);
 * {@link #withinTolerance(Range)} tells such a value, so the reasons say so instead of "behind".
 *
 * <p><b>Reference.</b> The number the plan wrote, which ratios and differences are taken
 * against: the nominal number, or for a BETWEEN band its end on the far side.
 *
 * <p><b>Attainment</b> is measured on ratio scales only ({@link #measuresAttainment(Indicator)}):
 * reported ÷ reference when more is asked for, reference ÷ reported when less is; none when the
 * reference is not above zero, or, downwards, when the reported value may be zero.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class Requirement {

    private static final Range<BigDecimal> PROGRESS_MET = Range.singleton(BigDecimal.ONE);
    private static final Range<BigDecimal> PROGRESS_NOT_MET = Range.singleton(BigDecimal.ONE.negate());
    private static final Range<BigDecimal> PROGRESS_EITHER = Range.closed(BigDecimal.ONE.negate(), BigDecimal.ONE);

    final boolean up;
    final BigDecimal threshold;
    final boolean inclusive;
    final BigDecimal reference;
    final Range<BigDecimal> region;
    /** Whether both sides of the band matter: then the region is the band. */
    final boolean twoSided;
    /** The requirement's qualifier and number, as the plan wrote them. */
    final Qualifier qualifier;
    final BigDecimal nominal;
    private @Nullable String described;
    private @Nullable String describedZh;

    private Requirement(boolean up, BigDecimal threshold, boolean inclusive, BigDecimal reference,
            @Nullable Range<BigDecimal> band, Qualifier qualifier, BigDecimal nominal) {
        this.up = up;
        this.threshold = threshold;
        this.inclusive = inclusive;
        this.reference = reference;
        this.twoSided = band != null;
        this.qualifier = qualifier;
        this.nominal = nominal;
        BoundType type = inclusive ? BoundType.CLOSED : BoundType.OPEN;
        this.region = band != null ? band : up ? Range.downTo(threshold, type) : Range.upTo(threshold, type);
    }

    /**
     * Reads a requirement: its direction, its threshold and whether the threshold itself meets it.
     *
     * @param qualifier  the requirement's qualifier, not null
     * @param nominal  its number, in the unit judged in, not null
     * @param range  its values, in the unit judged in, not null
     * @param polarity  the indicator's polarity, not null
     * @return the requirement, never null
     */
    public static Requirement of(Qualifier qualifier, BigDecimal nominal, Range<BigDecimal> range, Polarity polarity) {
        return of(qualifier, nominal, range, polarity, Sides.ONE);
    }

    /**
     * Reads a requirement whose band may have two sides that matter: with {@link Sides#BOTH} and
     * a requirement that does not say its own direction, the region is the band itself (for a
     * plain value, the value); otherwise as {@link #of(Qualifier, BigDecimal, Range, Polarity)}.
     *
     * @param qualifier  the requirement's qualifier, not null
     * @param nominal  its number, in the unit judged in, not null
     * @param range  its values, in the unit judged in, not null
     * @param polarity  the indicator's polarity, not null
     * @param sides  which sides of the band matter, not null
     * @return the requirement, never null
     */
    public static Requirement of(Qualifier qualifier, BigDecimal nominal, Range<BigDecimal> range, Polarity polarity,
            Sides sides) {
        boolean up = isUp(qualifier, polarity);
        BigDecimal threshold;
        boolean inclusive;
        if (up) {
            threshold = range.hasLowerBound() ? range.lowerEndpoint() : nominal;
            inclusive = !range.hasLowerBound() || range.lowerBoundType() == BoundType.CLOSED;
        } else {
            threshold = range.hasUpperBound() ? range.upperEndpoint() : nominal;
            inclusive = !range.hasUpperBound() || range.upperBoundType() == BoundType.CLOSED;
        }
        BigDecimal reference = qualifier == Qualifier.BETWEEN ? threshold : nominal;
        boolean both = sides == Sides.BOTH && !qualifier.isOneSided() && range.hasLowerBound() && range.hasUpperBound();
        return new Requirement(up, threshold, inclusive, reference, both ? range : null, qualifier, nominal);
    }

    /**
     * Tells whether both sides of the band matter: the requirement is met only inside it.
     *
     * @return true for a two-sided band
     */
    public boolean twoSided() {
        return twoSided;
    }

    /**
     * Tells whether met values lie within the tolerance of a one-sided ABOUT or NEARLY band, on
     * the bad side of the number the plan wrote: "6.5%左右" met by 6.3%.
     *
     * @param values  the values judged, not null
     * @return true if they certainly meet the requirement and all lie short of the plan's number
     */
    boolean withinTolerance(Range<BigDecimal> values) {
        if (twoSided || qualifier != Qualifier.ABOUT && qualifier != Qualifier.NEARLY
                || test(values) != Projection.Meets.YES) {
            return false;
        }
        return up ? values.hasUpperBound() && values.upperEndpoint().compareTo(nominal) < 0
                : values.hasLowerBound() && values.lowerEndpoint().compareTo(nominal) > 0;
    }

    /**
     * The tolerance of the band as a fraction of the plan's number: (number − threshold) ÷ number
     * upwards, (threshold − number) ÷ number downwards, such as 0.05; zero for a number of zero.
     */
    BigDecimal tolerance() {
        if (nominal.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal d = up ? nominal.subtract(threshold) : threshold.subtract(nominal);
        return d.divide(nominal.abs(), Evaluator.MATH_CONTEXT).stripTrailingZeros();
    }

    /**
     * Tells whether the requirement asks for at least (true) or at most (false) its threshold.
     *
     * @return true if higher values meet it
     */
    public boolean up() {
        return up;
    }

    /**
     * Returns the threshold: the value at the edge of those that meet the requirement.
     *
     * @return the threshold, never null
     */
    public BigDecimal threshold() {
        return threshold;
    }

    /**
     * Tells whether the threshold itself meets the requirement.
     *
     * @return true if the bound is closed
     */
    public boolean inclusive() {
        return inclusive;
    }

    /**
     * Returns the number ratios and differences are taken against: the nominal number, or for
     * a BETWEEN band its end on the far side.
     *
     * @return the reference, never null
     */
    public BigDecimal reference() {
        return reference;
    }

    /**
     * Tells whether attainment (a ratio) is measured for an indicator: for ratio scales
     * (amounts, counts, physical quantities), not for rates, shares and ranks, whose
     * difference in percentage points or places is measured instead.
     *
     * @param indicator  the indicator, not null
     * @return true for a ratio scale
     */
    public static boolean measuresAttainment(Indicator indicator) {
        Measure m = indicator.measure();
        return indicator.unit().isRatioScale() && m != Measure.RATE && m != Measure.SHARE && m != Measure.RANK;
    }

    /**
     * Tells whether an exact value meets a requirement: the point case of {@link #test(Range)}.
     *
     * @param up  whether the requirement asks for at least (else at most)
     * @param comparison  the sign of (value − threshold), as {@code compareTo} gives it
     * @param inclusive  whether the threshold itself meets it
     * @return true if met
     */
    public static boolean meets(boolean up, int comparison, boolean inclusive) {
        return up ? comparison > 0 || comparison == 0 && inclusive : comparison < 0 || comparison == 0 && inclusive;
    }

    /**
     * Tells whether an exact value meets this requirement.
     *
     * @param value  the value, not null
     * @return true if met
     */
    public boolean meets(BigDecimal value) {
        return twoSided ? region.contains(value) : meets(up, value.compareTo(threshold), inclusive);
    }

    /** Whether a requirement asks for at least (true) or at most (false). */
    static boolean isUp(Qualifier qualifier, Polarity polarity) {
        switch (qualifier) {
            case AT_LEAST:
            case MORE_THAN:
                return true;
            case AT_MOST:
            case LESS_THAN:
                return false;
            default:
                return polarity == Polarity.HIGHER_IS_BETTER;
        }
    }

    /**
     * Tells whether the values certainly meet (YES), certainly miss (NO) or straddle the requirement.
     *
     * @param values  the values, not null
     * @return the answer, never null
     */
    public Projection.Meets test(Range<BigDecimal> values) {
        return Intervals.test(values, region);
    }

    /** What is still missing: max(0, threshold − value) upwards, max(0, value − threshold) downwards. */
    Range<BigDecimal> gap(Range<BigDecimal> values) {
        if (region.encloses(values)) {
            return Intervals.ZERO;
        }
        if (twoSided) {
            // the distance to the band: below it, to its lower edge; above it, to its upper edge
            Range<BigDecimal> below = Intervals.atLeast(Intervals.minus(region.lowerEndpoint(), values), BigDecimal.ZERO);
            Range<BigDecimal> above = Intervals.atLeast(Intervals.plus(values, region.upperEndpoint().negate()),
                    BigDecimal.ZERO);
            return Intervals.isPoint(above) && above.lowerEndpoint().signum() == 0 ? below
                    : Intervals.isPoint(below) && below.lowerEndpoint().signum() == 0 ? above : below.span(above);
        }
        Range<BigDecimal> shortBy = up ? Intervals.minus(threshold, values) : Intervals.plus(values, threshold.negate());
        return Intervals.atLeast(shortBy, BigDecimal.ZERO);
    }

    /**
     * Reported ÷ reference upwards, reference ÷ reported downwards; empty where that is no
     * ratio (a reference at or below zero, a reported interval containing zero downwards).
     */
    Optional<Range<BigDecimal>> attainment(Range<BigDecimal> values, MathContext mc) {
        if (reference.signum() <= 0 || twoSided) {
            return Optional.empty();
        }
        return up ? Optional.of(Intervals.divide(values, reference, mc)) : Intervals.divide(reference, values, mc);
    }

    /**
     * The attainment of an exact value, rounded by {@link Evaluator#MATH_CONTEXT}: the point
     * case of the interval attainment, equal to it, worked out without intervals.
     *
     * @param up  whether the requirement asks for at least (else at most)
     * @param reference  the reference
     * @param value  the value
     * @return the attainment; empty when the reference is not above zero or, downwards, the value is zero
     */
    static Optional<BigDecimal> attainment(boolean up, BigDecimal reference, BigDecimal value) {
        if (reference.signum() <= 0) {
            return Optional.empty();
        }
        MathContext mc = Evaluator.MATH_CONTEXT;
        if (up) {
            return Optional.of(value.divide(reference, mc));
        }
        if (value.signum() == 0) {
            return Optional.empty();
        }
        // Intervals divides by a negative divisor by negating both sides: the same value, half-even being symmetric
        return Optional.of(value.signum() < 0 ? reference.negate().divide(value.negate(), mc)
                : reference.divide(value, mc));
    }

    /**
     * Progress along a path from a start to this requirement: (value − start) ÷ (reference −
     * start), negative when the value moved the wrong way, never clamped; empty when the start
     * may equal the reference. When it does ({@link #atStart}), there is no distance to cover:
     * 1 if the values meet the requirement, −1 if not, [−1, 1] if undetermined.
     */
    Optional<Range<BigDecimal>> progress(Range<BigDecimal> values, Range<BigDecimal> start) {
        if (atStart(start)) {
            Projection.Meets m = test(values);
            return Optional.of(m == Projection.Meets.YES ? PROGRESS_MET : m == Projection.Meets.NO ? PROGRESS_NOT_MET
                    : PROGRESS_EITHER);
        }
        return Intervals.divide(Intervals.minus(values, start), Intervals.minus(reference, start),
                Evaluator.MATH_CONTEXT);
    }

    /**
     * Whether a path's start already meets this requirement: every value of it does. Such a
     * target is judged by whether its value still meets the requirement ({@link PaceRule}), and
     * a move away from the reference is then no "wrong way".
     */
    boolean metAtStart(Range<BigDecimal> start) {
        return test(start) == Projection.Meets.YES;
    }

    /** Whether a path's start is exactly the reference: no distance to cover. */
    boolean atStart(Range<BigDecimal> start) {
        return Intervals.isPoint(start) && start.lowerEndpoint().compareTo(reference) == 0;
    }

    /** How far ahead of the reference, in the unit: value − reference upwards, reference − value downwards. */
    Range<BigDecimal> difference(Range<BigDecimal> values) {
        if (twoSided) {
            // from the nearer edge: min(value − low, high − value), positive inside the band
            return nearerEdge(values);
        }
        return up ? Intervals.plus(values, reference.negate()) : Intervals.minus(reference, values);
    }

    /**
     * min(value − low, high − value) over the values of a two-sided band: a concave function of
     * the value, so it is least at an end of the values and greatest at the band's middle (or
     * the value nearest it); unbounded values reach −∞ on their open side.
     */
    private Range<BigDecimal> nearerEdge(Range<BigDecimal> values) {
        BigDecimal low = region.lowerEndpoint();
        BigDecimal high = region.upperEndpoint();
        BigDecimal a = Intervals.lo(values);
        BigDecimal b = Intervals.hi(values);
        BigDecimal fa = a == null ? null : a.subtract(low).min(high.subtract(a));
        BigDecimal fb = b == null ? null : b.subtract(low).min(high.subtract(b));
        BigDecimal least = fa == null || fb == null ? null : fa.min(fb);
        BigDecimal mid = low.add(high).divide(BigDecimal.valueOf(2));
        BigDecimal nearest = a != null && mid.compareTo(a) < 0 ? a : b != null && mid.compareTo(b) > 0 ? b : mid;
        BigDecimal most = nearest.subtract(low).min(high.subtract(nearest));
        return least == null ? Range.atMost(most) : Range.closed(least, most);
    }

    /**
     * The requirement in words, such as "> 700000000000 CNY"; cached, as a plan's criterion is
     * described once per evaluation (a benign race: equal strings, safely published).
     */
    String describe(Unit unit) {
        String text = described;
        if (text == null && twoSided) {
            text = "within " + Wording.range(region, unit);
        }
        if (text == null) {
            text = (up ? inclusive ? "≥ " : "> " : inclusive ? "≤ " : "< ") + Wording.amount(threshold, unit);
            described = text;
        }
        return text;
    }

    /**
     * The requirement in Chinese, with the word a plan uses, such as "突破7000亿元"; cached as
     * {@link #describe} is.
     */
    String describeZh(Unit unit) {
        String text = describedZh;
        if (text == null && twoSided) {
            text = "在" + Wording.rangeZh(region, unit) + "之内";
        }
        if (text == null) {
            text = Wording.requirementZh(up, inclusive, threshold, unit);
            describedZh = text;
        }
        return text;
    }
}
