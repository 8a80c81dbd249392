package dev.attain.model;

import static java.util.Objects.requireNonNull;

import dev.attain.quantity.Figure;

/**
 * The value a target starts from: "from 1万亿元 in 2021".
 *
 * @param period  the period the value is for, not null
 * @param value  the value, not null
 */
public record Baseline(Period period, Figure value) {

    /**
     * Checks the parts.
     *
     * @param period  the period, not null
     * @param value  the value, not null
     */
    public Baseline {
        requireNonNull(period, "period");
        requireNonNull(value, "value");
    }

    /**
     * Returns a baseline.
     *
     * @param period  the period, not null
     * @param value  the value, not null
     * @return the baseline, never null
     */
    public static Baseline of(Period period, Figure value) {
        return new Baseline(period, value);
    }
}
