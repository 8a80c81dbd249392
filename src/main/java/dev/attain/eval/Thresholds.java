package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;

/**
 * The policy that turns a pace into ON_TRACK, AT_RISK or OFF_TRACK while a period runs.
 *
 * <p>A ratio (see {@link Basis}) at or above {@link #onTrack()} is on track, at or above
 * {@link #atRisk()} at risk, below it off track; {@link #onTrackInclusive()} and
 * {@link #atRiskInclusive()} say whether a ratio exactly on a bound reaches it ("at or
 * above") or not ("above"). Ratios are intervals when the figures are: a ratio wholly inside
 * one band gets that band's status, a ratio that spans two bands is INDETERMINATE.
 *
 * <p>Presets: {@link #DEFAULT} (100% / 90% of expected progress), {@link #EUROSTAT}
 * (95% / 60% of the required growth rate) and {@link #TRAFFIC_LIGHT} (90% / 75%).
 *
 * @param name  a short name for reports, not blank
 * @param basis  which ratio the bounds apply to, not null
 * @param onTrack  the lower bound of on track, such as 1.00, not null
 * @param onTrackInclusive  whether a ratio equal to onTrack is on track
 * @param atRisk  the lower bound of at risk, not above onTrack, such as 0.90, not null
 * @param atRiskInclusive  whether a ratio equal to atRisk is at risk (else off track)
 */
public record Thresholds(String name, Basis basis, BigDecimal onTrack, boolean onTrackInclusive, BigDecimal atRisk,
        boolean atRiskInclusive) {

    /**
     * The default policy of design.md: on track at ≥ 100% of the progress expected by now on the
     * plan's path, at risk at ≥ 90%, off track below; both bounds inclusive. This is the
     * 序时进度 practice of Chinese plan monitoring (完成序时进度 = on track), with a 10-point band
     * of tolerance.
     */
    public static final Thresholds DEFAULT = new Thresholds("default", Basis.PACE_RATIO, new BigDecimal("1.00"), true,
            new BigDecimal("0.90"), true);

    /**
     * Eurostat's assessment of progress towards quantified targets in its SDG monitoring
     * report ("Sustainable development in the European Union", methodological annex): the
     * ratio of the actual compound annual growth rate since the baseline to the rate required to
     * meet the target. At least 95%: significant progress (here ON_TRACK); 60% to 95%: moderate
     * progress (AT_RISK); below 60%: insufficient progress (OFF_TRACK); below 0%: movement away
     * from the target, also OFF_TRACK here, and the reasons say the value moved the wrong way.
     * Both bounds inclusive. Where the growth ratio is undefined (no baseline, a value at or
     * below zero), the pace ratio is used with the same bounds, and the reasons say so.
     */
    public static final Thresholds EUROSTAT = new Thresholds("Eurostat SDG", Basis.GROWTH_RATIO, new BigDecimal("0.95"),
            true, new BigDecimal("0.60"), true);

    /**
     * A green / amber / red band on the pace ratio: green (ON_TRACK) at ≥ 90% of expected
     * progress, amber (AT_RISK) at ≥ 75%, red (OFF_TRACK) below; both bounds inclusive. A common
     * convention of performance dashboards, not tied to one official source; more lenient than
     * {@link #DEFAULT}.
     */
    public static final Thresholds TRAFFIC_LIGHT = new Thresholds("traffic light 90/75", Basis.PACE_RATIO,
            new BigDecimal("0.90"), true, new BigDecimal("0.75"), true);

    /** The ratio the bounds apply to. */
    public enum Basis {
        /** Progress made ÷ progress expected by now on the plan's path ({@link Pace#ratio()}). */
        PACE_RATIO,
        /**
         * Actual ÷ required compound annual growth rate ({@link Pace#growthRatio()}); the pace
         * ratio where that is undefined.
         */
        GROWTH_RATIO
    }

    /**
     * Checks the parts.
     *
     * @param name  the name, not blank
     * @param basis  the basis, not null
     * @param onTrack  the on-track bound, not null
     * @param onTrackInclusive  whether the on-track bound is inclusive
     * @param atRisk  the at-risk bound, not above onTrack, not null
     * @param atRiskInclusive  whether the at-risk bound is inclusive
     * @throws IllegalArgumentException if atRisk is above onTrack, or the name is blank
     */
    public Thresholds {
        requireNonNull(name, "name");
        requireNonNull(basis, "basis");
        requireNonNull(onTrack, "onTrack");
        requireNonNull(atRisk, "atRisk");
        if (name.isBlank()) {
            throw new IllegalArgumentException("thresholds name must not be blank");
        }
        if (atRisk.compareTo(onTrack) > 0) {
            throw new IllegalArgumentException("at-risk bound (" + atRisk.toPlainString()
                    + ") must not be above the on-track bound (" + onTrack.toPlainString() + ")");
        }
    }

    /**
     * Returns a policy on the pace ratio with both bounds inclusive.
     *
     * @param onTrack  the on-track bound, such as {@code "1.00"}, not null
     * @param atRisk  the at-risk bound, such as {@code "0.90"}, not null
     * @return the policy, never null
     */
    public static Thresholds of(String onTrack, String atRisk) {
        return new Thresholds("custom " + onTrack + "/" + atRisk, Basis.PACE_RATIO, new BigDecimal(onTrack), true,
                new BigDecimal(atRisk), true);
    }

    /**
     * Returns a copy whose bounds are inclusive or exclusive as given.
     *
     * @param onTrackIncl  whether a ratio equal to the on-track bound is on track
     * @param atRiskIncl  whether a ratio equal to the at-risk bound is at risk
     * @return the new policy, never null
     */
    public Thresholds withInclusive(boolean onTrackIncl, boolean atRiskIncl) {
        return new Thresholds(name, basis, onTrack, onTrackIncl, atRisk, atRiskIncl);
    }

    /**
     * Classifies a ratio: ON_TRACK, AT_RISK or OFF_TRACK when it lies wholly in one band,
     * INDETERMINATE when it spans two.
     *
     * @param ratio  the ratio, an interval, not null
     * @return the status, never null
     */
    public Status classify(Range<BigDecimal> ratio) {
        requireNonNull(ratio, "ratio");
        Range<BigDecimal> green = Range.downTo(onTrack, onTrackInclusive ? BoundType.CLOSED : BoundType.OPEN);
        if (green.encloses(ratio)) {
            return Status.ON_TRACK;
        }
        Range<BigDecimal> red = Range.upTo(atRisk, atRiskInclusive ? BoundType.OPEN : BoundType.CLOSED);
        if (red.encloses(ratio)) {
            return Status.OFF_TRACK;
        }
        boolean amberEmpty = atRisk.compareTo(onTrack) == 0 && (!atRiskInclusive || onTrackInclusive);
        if (!amberEmpty) {
            Range<BigDecimal> amber = Range.range(atRisk, atRiskInclusive ? BoundType.CLOSED : BoundType.OPEN,
                    onTrack, onTrackInclusive ? BoundType.OPEN : BoundType.CLOSED);
            if (amber.encloses(ratio)) {
                return Status.AT_RISK;
            }
        }
        return Status.INDETERMINATE;
    }

    /**
     * Describes the band a status stands for, such as "≥ 90%", for the reasons.
     *
     * @param status  ON_TRACK, AT_RISK or OFF_TRACK, not null
     * @return the words, never null
     */
    String band(Status status) {
        switch (status) {
            case ON_TRACK:
                return (onTrackInclusive ? "≥ " : "> ") + Wording.percent(onTrack);
            case AT_RISK:
                return (atRiskInclusive ? "≥ " : "> ") + Wording.percent(atRisk) + " and "
                        + (onTrackInclusive ? "< " : "≤ ") + Wording.percent(onTrack);
            case OFF_TRACK:
                return (atRiskInclusive ? "< " : "≤ ") + Wording.percent(atRisk);
            default:
                return "spanning two bands of " + name;
        }
    }

    /**
     * Describes the band a status stands for in Chinese, such as "≥90%且<100%", for the
     * reasons.
     *
     * @param status  ON_TRACK, AT_RISK or OFF_TRACK, not null
     * @return the words, never null
     */
    String bandZh(Status status) {
        switch (status) {
            case ON_TRACK:
                return (onTrackInclusive ? "≥" : ">") + Wording.percent(onTrack);
            case AT_RISK:
                return (atRiskInclusive ? "≥" : ">") + Wording.percent(atRisk) + "且"
                        + (onTrackInclusive ? "<" : "≤") + Wording.percent(onTrack);
            case OFF_TRACK:
                return (atRiskInclusive ? "<" : "≤") + Wording.percent(atRisk);
            default:
                return "跨越" + name + "的两个区间";
        }
    }
}
