package dev.attain.eval;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A pace ratio worked out in doubles from single values, with a bound on its relative distance
 * from the ratio the exact path works out: what lets {@link PaceRule#settled} settle most paces
 * without {@code BigDecimal} division or powers.
 *
 * <p>Exactly, the pace ratio is progress (reported − start) ÷ (required − start), rounded to 16
 * digits, divided by the expected progress (the share of months elapsed on a linear path; on a
 * compound one, start × (required ÷ start)^share − start, divided by the distance, each step
 * rounded to 16 digits), or for a ceiling on a cumulative figure the expected progress divided
 * by the progress, rounded again. Here the same quotients are taken in doubles. The bound adds
 * how far each side can be from the true quotient: the rounding of each input, difference,
 * quotient and power in doubles, and the 16-digit roundings of the exact path (the power within
 * one unit in its last place), each magnified where a difference cancels. It holds to first
 * order; a caller keeps a margin over it for the rest.
 *
 * @param ratio  the pace ratio in doubles
 * @param error  the bound on |ratio − exact ratio| ÷ |ratio|
 */
record PaceEstimate(double ratio, double error) {

    /** The relative rounding error of a double, 2^−53. */
    static final double EPSILON = Math.ulp(1.0) / 2;
    /** The largest relative rounding error of a quotient or product rounded to 16 digits ({@link Evaluator#MATH_CONTEXT}). */
    private static final double HALF_UNIT_16 = 5e-16;
    /** The largest bound worth using: beyond it, the exact path is as quick to decide. */
    private static final double MAX_ERROR = 1e-9;

    /**
     * Estimates a pace ratio; null when doubles cannot: a number that is not zero nor between
     * 2^−500 and 2^500 in magnitude (near the ends of the double range rounding errors are no
     * longer relative; within it, no difference, quotient, power or product of such numbers
     * leaves the normal range), a ratio that is not finite, or a bound above 10^−9.
     *
     * @param actual  the value reported, not equal to start
     * @param start  the start of the path, not equal to required
     * @param required  the required value
     * @param compound  whether the path is compound growth (start and required above zero)
     * @param inverted  whether the ratio is expected progress ÷ progress (a ceiling on a cumulative figure)
     * @param elapsed  the months of the path elapsed, at least 1
     * @param months  the months of the whole path, at least elapsed
     */
    static @Nullable PaceEstimate of(BigDecimal actual, BigDecimal start, BigDecimal required, boolean compound,
            boolean inverted, int elapsed, int months) {
        double a = moderate(actual);
        double s = moderate(start);
        double r = moderate(required);
        if (Double.isNaN(a) || Double.isNaN(s) || Double.isNaN(r)) {
            return null;
        }
        double share = (double) elapsed / months;
        double made = a - s;
        double distance = r - s;
        // relative error bounds of the difference and the distance, from the rounding of a, s, r and of each
        double madeError = 2 * EPSILON * (Math.abs(a) + Math.abs(s)) / Math.abs(made);
        double distanceError = 2 * EPSILON * (Math.abs(r) + Math.abs(s)) / Math.abs(distance);
        double expected;
        double expectedError;
        if (compound) {
            double x = r / s;
            double growth = Math.pow(x, share);
            double grown = growth - 1;
            // how much growth − 1 magnifies an error in the growth
            double magnified = Math.abs(growth / grown);
            // in doubles: x from three roundings, the share from one (scaled by |ln x|), pow within one ulp
            double growthError = share * 3 * EPSILON + share * Math.abs(Math.log(x)) * EPSILON + 2 * EPSILON;
            // exactly: required ÷ start (scaled by the share), the power (one unit in 16 digits), start × power
            double exactGrowthError = (share + 2 + 1) * HALF_UNIT_16;
            expected = s * grown / distance;
            expectedError = (growthError + exactGrowthError) * magnified + 4 * EPSILON + distanceError + HALF_UNIT_16;
        } else {
            expected = share;
            expectedError = EPSILON + HALF_UNIT_16;
        }
        // + both sides' progress and ratio quotients
        double error = madeError + distanceError + expectedError + 2 * EPSILON + 2 * HALF_UNIT_16;
        double progress = made / distance;
        double ratio = inverted ? expected / progress : progress / expected;
        if (!(error < MAX_ERROR) || !Double.isFinite(ratio)) {
            return null;
        }
        return new PaceEstimate(ratio, error);
    }

    /** A number as a double when it is zero or between 2^−500 and 2^500 in magnitude; else NaN. */
    private static double moderate(BigDecimal x) {
        double d = x.doubleValue();
        double m = Math.abs(d);
        return x.signum() == 0 || m >= 0x1p-500 && m <= 0x1p500 ? d : Double.NaN;
    }
}
