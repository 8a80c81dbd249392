package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An optional table of conversion rates between units of one dimension, such as USD → CNY.
 * Without a rate, a figure in USD against a target in CNY evaluates as
 * {@link Status#NOT_COMPARABLE}; with one, the figure is converted and compared.
 *
 * <p>A rate says how many of the target unit one of the source unit is worth:
 * {@code ExchangeRates.of(Unit.USD, Unit.CNY, new BigDecimal("7.2"))} makes 1 USD worth
 * 7.2 CNY. The inverse direction is derived as 1 ÷ rate, rounded by
 * {@link Evaluator#MATH_CONTEXT}; a rate given for the inverse direction takes precedence.
 * One rate per pair: the table has no dates, so a dataset spanning years with very different
 * rates should be evaluated with the rate that fits the figures.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe, and a value type.
 */
public final class ExchangeRates {

    private static final ExchangeRates NONE = new ExchangeRates(ImmutableMap.of());

    private final ImmutableMap<Pair, BigDecimal> rates;

    private record Pair(Unit from, Unit to) {
    }

    private ExchangeRates(ImmutableMap<Pair, BigDecimal> rates) {
        this.rates = rates;
    }

    /**
     * Returns the empty table: only identical units are comparable.
     *
     * @return the empty table, never null
     */
    public static ExchangeRates none() {
        return NONE;
    }

    /**
     * Returns a table with one rate.
     *
     * @param from  the unit converted from, such as USD, not null
     * @param to  the unit converted to, such as CNY, of the same dimension, not null
     * @param rate  how many {@code to} one {@code from} is worth, &gt; 0, not null
     * @return the table, never null
     * @throws IllegalArgumentException if the units are equal or of different dimensions, or
     *     the rate is not positive
     */
    public static ExchangeRates of(Unit from, Unit to, BigDecimal rate) {
        return NONE.with(from, to, rate);
    }

    /**
     * Returns a copy of this table with one rate added or replaced. This instance is
     * unaffected.
     *
     * @param from  the unit converted from, not null
     * @param to  the unit converted to, of the same dimension, not null
     * @param rate  how many {@code to} one {@code from} is worth, &gt; 0, not null
     * @return the new table, never null
     * @throws IllegalArgumentException if the units are equal or of different dimensions, or
     *     the rate is not positive
     */
    public ExchangeRates with(Unit from, Unit to, BigDecimal rate) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(rate, "rate");
        if (from.equals(to)) {
            throw new IllegalArgumentException("a rate from '" + from + "' to itself is always 1");
        }
        if (!from.isSameDimension(to)) {
            throw new IllegalArgumentException("'" + from + "' (" + from.dimension() + ") cannot be converted to '" + to
                    + "' (" + to.dimension() + ")");
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("rate (" + rate.toPlainString() + ") from " + from + " to " + to
                    + " must be > 0");
        }
        Map<Pair, BigDecimal> copy = new LinkedHashMap<>(rates);
        copy.put(new Pair(from, to), rate);
        return new ExchangeRates(ImmutableMap.copyOf(copy));
    }

    /**
     * Returns the rate from one unit to another: 1 for the same unit, the rate given, or the
     * inverse of the rate given for the other direction.
     *
     * @param from  the unit converted from, not null
     * @param to  the unit converted to, not null
     * @return how many {@code to} one {@code from} is worth, or empty if unknown
     */
    public Optional<BigDecimal> rate(Unit from, Unit to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        BigDecimal direct = rates.get(new Pair(from, to));
        if (direct != null) {
            return Optional.of(direct);
        }
        BigDecimal inverse = rates.get(new Pair(to, from));
        return inverse == null ? Optional.empty()
                : Optional.of(BigDecimal.ONE.divide(inverse, Evaluator.MATH_CONTEXT));
    }

    /**
     * Converts an interval of values from one unit to another.
     *
     * @param values  the values in {@code from}, not null
     * @param from  the unit of the values, not null
     * @param to  the unit wanted, not null
     * @return the values in {@code to}, or empty if no rate is known
     */
    public Optional<Range<BigDecimal>> convert(Range<BigDecimal> values, Unit from, Unit to) {
        requireNonNull(values, "values");
        if (from.equals(to)) {
            return Optional.of(values);
        }
        return rate(from, to).map(r -> Intervals.times(values, r));
    }

    /**
     * Tells whether the table has no rates.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return rates.isEmpty();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ExchangeRates other && rates.equals(other.rates);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(rates);
    }

    /**
     * Returns the rates as {@code USD→CNY 7.2, …}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ExchangeRates[");
        rates.forEach((p, r) -> {
            if (sb.length() > "ExchangeRates[".length()) {
                sb.append(", ");
            }
            sb.append(p.from()).append('→').append(p.to()).append(' ').append(r.toPlainString());
        });
        return sb.append(']').toString();
    }
}
