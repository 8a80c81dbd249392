package dev.attain.quantity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A figure as plans and bulletins write it: a number with a unit and a qualifier, standing for
 * an interval of values. "突破7000亿元" is every value above 700000000000 CNY; "1.03万亿元" is
 * exactly 1030000000000 CNY; "10家左右" is about ten enterprises; "2-3个" is two to three.
 *
 * <p>Read one with {@link #parse(CharSequence)}, write one back with {@link FigureFormat}.
 * Values are in the unit's base (元, not 亿元) and in canonical form, so two figures are
 * {@link #equals equal} exactly when qualifier, unit, nominal number and range are equal.
 *
 * <table>
 *   <caption>How each qualifier maps the number n to the range</caption>
 *   <tr><th>qualifier</th><th>range</th></tr>
 *   <tr><td>EXACT</td><td>[n, n]</td></tr>
 *   <tr><td>AT_LEAST</td><td>[n, +∞)</td></tr>
 *   <tr><td>MORE_THAN</td><td>(n, +∞)</td></tr>
 *   <tr><td>AT_MOST</td><td>(−∞, n]</td></tr>
 *   <tr><td>LESS_THAN</td><td>(−∞, n)</td></tr>
 *   <tr><td>ABOUT</td><td>[n − |n|·about, n + |n|·about]</td></tr>
 *   <tr><td>NEARLY</td><td>[n − |n|·nearly, n), or [n, n] when the tolerance is zero</td></tr>
 *   <tr><td>BETWEEN</td><td>[low, high]; the nominal number is low</td></tr>
 * </table>
 *
 * <p>A figure knows nothing of what it measures, so "不到100亿元" includes negative amounts;
 * whoever knows that the indicator cannot be negative intersects the range with [0, +∞).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe, and a value type.
 */
public final class Figure {

    private final Qualifier qualifier;
    private final BigDecimal nominal;
    private final Unit unit;
    /** The band's ends for ABOUT, NEARLY and BETWEEN; null for the other qualifiers. */
    private final @Nullable BigDecimal low;
    private final @Nullable BigDecimal high;
    /**
     * The range, built on first use from the fields above and then kept. The race between
     * threads is benign: every thread builds an equal, immutable range (as String.hash does).
     */
    private @Nullable Range<BigDecimal> range;

    private Figure(Qualifier qualifier, BigDecimal nominal, Unit unit, @Nullable BigDecimal low,
            @Nullable BigDecimal high) {
        this.qualifier = qualifier;
        this.nominal = nominal;
        this.unit = unit;
        this.low = low;
        this.high = high;
    }

    /**
     * Reads a figure phrase in Chinese or English, with the default {@link Tolerance}. The
     * phrases it reads (qualifiers, magnitudes, numerals, units, signs, ranks, ranges) are listed
     * in the {@linkplain dev.attain.quantity package documentation}.
     *
     * @param text  the phrase, such as "突破7000亿元", "1.03万亿元", "增长7.1%", "第13位",
     *     "more than CNY 700 billion", not null
     * @return the figure, never null
     * @throws FigureParseException if the text is not a figure, saying at which index and what
     *     was expected there
     */
    public static Figure parse(CharSequence text) {
        return parse(text, Tolerance.DEFAULT);
    }

    /**
     * Reads a figure phrase in Chinese or English, with the given tolerance for ABOUT and
     * NEARLY.
     *
     * @param text  the phrase, not null
     * @param tolerance  the tolerance of ABOUT and NEARLY figures, not null
     * @return the figure, never null
     * @throws FigureParseException if the text is not a figure
     */
    public static Figure parse(CharSequence text, Tolerance tolerance) {
        return FigureParser.parse(requireNonNull(text, "text"), requireNonNull(tolerance, "tolerance"));
    }

    /**
     * Returns an exact figure.
     *
     * @param quantity  the exact quantity, not null
     * @return the figure, never null
     */
    public static Figure exact(Quantity quantity) {
        requireNonNull(quantity, "quantity");
        return of(Qualifier.EXACT, quantity.value(), quantity.unit());
    }

    /**
     * Returns a figure with the given qualifier and the default tolerance.
     *
     * @param qualifier  any qualifier but BETWEEN, not null
     * @param nominal  the number, in the unit's base, not null
     * @param unit  the unit, not null
     * @return the figure, never null
     * @throws IllegalArgumentException if the qualifier is BETWEEN (use {@link #between})
     */
    public static Figure of(Qualifier qualifier, BigDecimal nominal, Unit unit) {
        return of(qualifier, nominal, unit, Tolerance.DEFAULT);
    }

    /**
     * Returns a figure with the given qualifier and tolerance.
     *
     * @param qualifier  any qualifier but BETWEEN, not null
     * @param nominal  the number, in the unit's base, not null
     * @param unit  the unit, not null
     * @param tolerance  the tolerance of ABOUT and NEARLY, not null
     * @return the figure, never null
     * @throws IllegalArgumentException if the qualifier is BETWEEN (use {@link #between})
     */
    public static Figure of(Qualifier qualifier, BigDecimal nominal, Unit unit, Tolerance tolerance) {
        requireNonNull(qualifier, "qualifier");
        requireNonNull(unit, "unit");
        requireNonNull(tolerance, "tolerance");
        return ofCanonical(qualifier, Decimals.canonical(requireNonNull(nominal, "nominal")), unit, tolerance);
    }

    /**
     * Returns a figure with the given qualifier and tolerance, trusting the caller for what
     * {@link #of(Qualifier, BigDecimal, Unit, Tolerance)} checks but the qualifier: for
     * {@link FigureParser}, which builds its numbers in canonical form.
     *
     * @param qualifier  any qualifier but BETWEEN, not null
     * @param n  the number, in the unit's base, in {@linkplain Decimals#canonical canonical form},
     *     not null
     * @param unit  the unit, not null
     * @param tolerance  the tolerance of ABOUT and NEARLY, not null
     * @return the figure, never null
     * @throws IllegalArgumentException if the qualifier is BETWEEN
     */
    static Figure ofCanonical(Qualifier qualifier, BigDecimal n, Unit unit, Tolerance tolerance) {
        switch (qualifier) {
            case EXACT:
            case AT_LEAST:
            case MORE_THAN:
            case AT_MOST:
            case LESS_THAN:
                return new Figure(qualifier, n, unit, null, null);
            case ABOUT:
                return new Figure(qualifier, n, unit, whole(Decimals.bandEnd(n, tolerance.about(), -1), n, unit, -1),
                        whole(Decimals.bandEnd(n, tolerance.about(), 1), n, unit, 1));
            case NEARLY: // with a zero tolerance, the lower end is n itself
                return new Figure(qualifier, n, unit, whole(Decimals.bandEnd(n, tolerance.nearly(), -1), n, unit, -1),
                        n);
            case BETWEEN:
            default:
                throw new IllegalArgumentException("a BETWEEN figure has two numbers: use Figure.between");
        }
    }

    /**
     * The end of a band of a count ("10家左右") of a whole number, widened outwards to a whole
     * number: a count has whole-number tolerances, so "10家左右" is [9, 11], not [9.5, 10.5], and
     * "近10家" is [9, 10). Other units, and counts written with decimals, keep the end as it is.
     */
    private static BigDecimal whole(BigDecimal end, BigDecimal n, Unit unit, int side) {
        if (unit.dimension() != Dimension.COUNT || n.scale() > 0 || end.scale() <= 0) {
            return end;
        }
        return end.setScale(0, side < 0 ? java.math.RoundingMode.FLOOR : java.math.RoundingMode.CEILING);
    }

    /**
     * Returns a figure for a closed range of values, "2-3个", "500～600亿元".
     *
     * @param low  the lower end, included, in the unit's base, not null
     * @param high  the upper end, included, not less than low, not null
     * @param unit  the unit, not null
     * @return the figure, never null
     * @throws IllegalArgumentException if high is less than low
     */
    public static Figure between(BigDecimal low, BigDecimal high, Unit unit) {
        requireNonNull(unit, "unit");
        BigDecimal lo = Decimals.canonical(requireNonNull(low, "low"));
        BigDecimal hi = Decimals.canonical(requireNonNull(high, "high"));
        if (hi.compareTo(lo) < 0) {
            throw new IllegalArgumentException("range end (" + hi.toPlainString()
                    + ") must not be less than its start (" + lo.toPlainString() + ")");
        }
        return betweenCanonical(lo, hi, unit);
    }

    /**
     * Returns a figure for a closed range of values, trusting the caller for what
     * {@link #between} checks: for {@link FigureParser}, which builds its numbers in canonical
     * form and checks their order.
     *
     * @param low  the lower end, in canonical form, not null
     * @param high  the upper end, in canonical form, not less than low, not null
     * @param unit  the unit, not null
     * @return the figure, never null
     */
    static Figure betweenCanonical(BigDecimal low, BigDecimal high, Unit unit) {
        return new Figure(Qualifier.BETWEEN, low, unit, low, high);
    }

    /**
     * Returns the qualifier.
     *
     * @return the qualifier, never null
     */
    public Qualifier qualifier() {
        return qualifier;
    }

    /**
     * Returns the number as written, in the unit's base ("突破7000亿元" gives 700000000000); for a
     * BETWEEN figure, the lower end.
     *
     * @return the number in canonical form, never null
     */
    public BigDecimal nominal() {
        return nominal;
    }

    /**
     * Returns the number as written, with its unit.
     *
     * @return the quantity, never null
     */
    public Quantity nominalQuantity() {
        return Quantity.of(nominal, unit);
    }

    /**
     * Returns the unit.
     *
     * @return the unit, never null
     */
    public Unit unit() {
        return unit;
    }

    /**
     * Tells whether an end of {@link #range()} is below zero ("-5亿元", "不到-3家", "约-1%"),
     * without building the range: its ends are the number for the qualifiers without a band,
     * and the band's ends for ABOUT, NEARLY and BETWEEN. Checking a million loaded outcomes
     * this way keeps three objects an outcome out of the heap.
     *
     * @return whether the range has an end, included or not, below zero
     */
    public boolean hasEndBelowZero() {
        return low == null || high == null ? nominal.signum() < 0 : low.signum() < 0 || high.signum() < 0;
    }

    /**
     * Returns the values the phrase allows, in the unit's base.
     *
     * @return the range, never null or empty
     */
    public Range<BigDecimal> range() {
        Range<BigDecimal> r = range;
        if (r == null) {
            r = buildRange();
            range = r;
        }
        return r;
    }

    private Range<BigDecimal> buildRange() {
        switch (qualifier) {
            case EXACT:
                return Range.singleton(nominal);
            case AT_LEAST:
                return Range.atLeast(nominal);
            case MORE_THAN:
                return Range.greaterThan(nominal);
            case AT_MOST:
                return Range.atMost(nominal);
            case LESS_THAN:
                return Range.lessThan(nominal);
            case NEARLY:
                return low.compareTo(high) == 0 ? Range.singleton(nominal) : Range.closedOpen(low, high);
            case ABOUT:
            case BETWEEN:
            default:
                return Range.closed(low, high);
        }
    }

    /**
     * Returns the lower bound of the range, if it has one.
     *
     * @return the lower bound, or empty for AT_MOST and LESS_THAN
     */
    public Optional<BigDecimal> lowerBound() {
        Range<BigDecimal> r = range();
        return r.hasLowerBound() ? Optional.of(r.lowerEndpoint()) : Optional.empty();
    }

    /**
     * Returns the upper bound of the range, if it has one.
     *
     * @return the upper bound, or empty for AT_LEAST and MORE_THAN
     */
    public Optional<BigDecimal> upperBound() {
        Range<BigDecimal> r = range();
        return r.hasUpperBound() ? Optional.of(r.upperEndpoint()) : Optional.empty();
    }

    /**
     * Tells whether the lower bound is a possible value.
     *
     * @return true if there is a lower bound and it is included
     */
    public boolean lowerInclusive() {
        Range<BigDecimal> r = range();
        return r.hasLowerBound() && r.lowerBoundType() == BoundType.CLOSED;
    }

    /**
     * Tells whether the upper bound is a possible value.
     *
     * @return true if there is an upper bound and it is included
     */
    public boolean upperInclusive() {
        Range<BigDecimal> r = range();
        return r.hasUpperBound() && r.upperBoundType() == BoundType.CLOSED;
    }

    /**
     * Tells whether the figure is one exact value.
     *
     * @return true for EXACT figures (and zero-width bands)
     */
    public boolean isExact() {
        Range<BigDecimal> r = range();
        return r.hasLowerBound() && r.hasUpperBound() && r.lowerEndpoint().compareTo(r.upperEndpoint()) == 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Figure other
                && qualifier == other.qualifier
                && nominal.equals(other.nominal)
                && unit.equals(other.unit)
                && Objects.equals(low, other.low)
                && Objects.equals(high, other.high);
    }

    @Override
    public int hashCode() {
        return (((qualifier.hashCode() * 31 + nominal.hashCode()) * 31 + unit.hashCode()) * 31
                + Objects.hashCode(low)) * 31 + Objects.hashCode(high);
    }

    /**
     * Returns the figure as a Chinese document writes it ("突破7000亿元"), so that
     * {@code Figure.parse(f.toString())} equals {@code f} for figures with the default tolerance.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return FigureFormat.chinese().format(this);
    }
}
