package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the reported history leads by the deadline, if it goes on as it went: a least-squares
 * straight line (linear trend) and a least-squares constant growth rate (compound growth,
 * a straight line through the logarithms) fitted to every point of the history, and, for a
 * target paced by a schedule of quotas, the schedule followed from the latest figure.
 *
 * <p>The history's points are the path's start (the baseline, or zero at the period's start
 * for a cumulative figure within the period) and the figures reported for the path, one per
 * period, the latest publication of each; {@link #points()} says how many were used. Through
 * two points both fits pass through both. Values are intervals when the figures are. Compound
 * growth needs every point above zero, and is absent otherwise. The fits, their arithmetic and
 * its precision are described where they are made (the package-private {@code Trend}): the
 * linear value is one exact weighted sum divided once, rounded to 16 digits; the compound one
 * is good to 15 significant digits or better. The reasons show them rounded for reading.
 *
 * @param deadline  the date projected to: the end of the target's period, not null
 * @param points  how many points the fits used, at least two
 * @param linear  the linear-trend projection, not null
 * @param compound  the compound-growth projection, if every point is above zero
 * @param schedule  for a target paced by a schedule of quotas: start + (latest − start) ÷ the
 *     share of the requirement the quotas expected by the latest figure; else absent
 */
public record Projection(LocalDate deadline, int points, Estimate linear, Optional<Estimate> compound,
        Optional<Estimate> schedule) {

    /**
     * Returns a projection of a target without a schedule.
     *
     * @param deadline  the deadline, not null
     * @param points  the number of points, at least two
     * @param linear  the linear projection, not null
     * @param compound  the compound projection, not null
     */
    public Projection(LocalDate deadline, int points, Estimate linear, Optional<Estimate> compound) {
        this(deadline, points, linear, compound, Optional.empty());
    }

    /**
     * Checks the parts.
     *
     * @param deadline  the deadline, not null
     * @param points  the number of points, at least two
     * @param linear  the linear projection, not null
     * @param compound  the compound projection, not null
     * @param schedule  the projection along the schedule, not null
     */
    public Projection {
        requireNonNull(deadline, "deadline");
        requireNonNull(linear, "linear");
        requireNonNull(compound, "compound");
        requireNonNull(schedule, "schedule");
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
