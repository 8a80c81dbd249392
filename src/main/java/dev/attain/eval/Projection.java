package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the reported history leads by the deadline, if it goes on as it went: a straight
 * line (linear trend) and a constant growth rate (compound growth), each through the earliest
 * and the latest point of the history.
 *
 * <p>The history's points are the path's start (the baseline, or zero at the period's start
 * for a cumulative figure within the period) and the figures reported for the path, one per
 * period, the latest publication of each. Like Eurostat's compound annual growth rate, the
 * projection uses the first and the last point only. Values are intervals when the figures
 * are. Compound growth needs both points above zero, and is absent otherwise.
 *
 * @param deadline  the date projected to: the end of the target's period, not null
 * @param points  how many points the history had, at least two
 * @param linear  the linear-trend projection, not null
 * @param compound  the compound-growth projection, if both points are above zero
 */
public record Projection(LocalDate deadline, int points, Estimate linear, Optional<Estimate> compound) {

    /**
     * Checks the parts.
     *
     * @param deadline  the deadline, not null
     * @param points  the number of points, at least two
     * @param linear  the linear projection, not null
     * @param compound  the compound projection, not null
     */
    public Projection {
        requireNonNull(deadline, "deadline");
        requireNonNull(linear, "linear");
        requireNonNull(compound, "compound");
        if (points < 2) {
            throw new IllegalArgumentException("points (" + points + ") must be >= 2");
        }
    }

    /** Whether a projected value meets the requirement. */
    public enum Meets {
        /** Every value of the projected interval meets the requirement. */
        YES,
        /** No value of the projected interval meets the requirement. */
        NO,
        /** Some values of the projected interval meet the requirement and some do not. */
        UNDETERMINED
    }

    /**
     * One projection: the value expected at the deadline and whether it meets the requirement.
     *
     * @param value  the projected value, in the indicator's unit, not null
     * @param meets  whether it meets the requirement, not null
     */
    public record Estimate(Range<BigDecimal> value, Meets meets) {

        /**
         * Checks the parts.
         *
         * @param value  the value, not null
         * @param meets  the verdict, not null
         */
        public Estimate {
            requireNonNull(value, "value");
            requireNonNull(meets, "meets");
        }
    }
}
