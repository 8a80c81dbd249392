package dev.attain.eval;

import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What judging a target needs besides its {@link TargetIndex}: the as-of date (and its epoch
 * day) and the policy. One for all the targets of an evaluation, kept by each
 * {@link Explanation} to work itself out with.
 *
 * @param asOf  the date: only outcomes published on or before it count
 * @param asOfDay  the date's epoch day
 * @param thresholds  the thresholds pace ratios are classified by
 * @param rates  the exchange rates figures are converted by
 */
record Setting(LocalDate asOf, long asOfDay, Thresholds thresholds, ExchangeRates rates) {

    Setting(LocalDate asOf, Thresholds thresholds, ExchangeRates rates) {
        this(asOf, asOf.toEpochDay(), thresholds, rates);
    }

    /** The rate from a unit to another: one for the same unit, null when no rate was given. */
    @Nullable BigDecimal rate(Unit from, Unit to) {
        return from.equals(to) ? BigDecimal.ONE : rates.rate(from, to).orElse(null);
    }

    /** A range converted at a rate. */
    static com.google.common.collect.Range<BigDecimal> scale(com.google.common.collect.Range<BigDecimal> r,
            BigDecimal rate) {
        return rate.compareTo(BigDecimal.ONE) == 0 ? r : Intervals.times(r, rate);
    }

    /** A number converted at a rate. */
    static BigDecimal scale(BigDecimal v, BigDecimal rate) {
        return rate.compareTo(BigDecimal.ONE) == 0 ? v : v.multiply(rate);
    }
}
