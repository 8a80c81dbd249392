package dev.attain.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One step of a {@link PaceModel#SCHEDULE schedule}: the share of the requirement, in percent,
 * due within a sub-period, such as June's 8.3%.
 *
 * @param period  the sub-period, not null
 * @param sharePercent  the share of the whole requirement due within it, in percent, not negative
 */
public record Quota(Period period, BigDecimal sharePercent) {

    /**
     * Checks the parts.
     *
     * @param period  the sub-period, not null
     * @param sharePercent  the share in percent, not negative
     */
    public Quota {
        requireNonNull(period, "period");
        requireNonNull(sharePercent, "sharePercent");
        if (sharePercent.signum() < 0) {
            throw new IllegalArgumentException("quota share (" + sharePercent.toPlainString()
                    + "%) for " + period + " must not be negative");
        }
    }
}
