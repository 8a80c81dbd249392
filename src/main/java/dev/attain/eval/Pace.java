package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import dev.attain.model.PaceModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How a target whose period still runs is doing against the plan's path.
 *
 * <p>The path runs from its start value on {@link #from()} (the baseline at the end of its
 * period, or zero at the start of the target's period for a cumulative figure within it) to
 * the requirement on {@link #deadline()}, by the plan's {@link PaceModel}: {@code LINEAR} (the
 * 序时进度: a straight line in months), {@code COMPOUND} (a constant growth rate; linear when the
 * start is zero or negative) or {@code SCHEDULE} (quotas per sub-period). Time is counted in
 * whole months.
 *
 * <p>The {@link #ratio() pace ratio} is progress made ÷ progress expected by
 * {@link #observed()}: 1 means exactly on the path. For a ceiling on a cumulative figure
 * (lower is better, such as energy used within an annual cap) it is inverted, expected ÷ made,
 * so that ≥ 1 still means on track.
 *
 * @param model  the path used: the plan's, or LINEAR where COMPOUND fell back, not null
 * @param linearFallback  whether the plan asked for COMPOUND and LINEAR was used instead
 * @param from  the date the path starts from, not null
 * @param observed  the date of the figure judged: the end of its period, not null
 * @param deadline  the end of the target's period, not null
 * @param elapsed  the share of the path's months elapsed by {@code observed}, in (0, 1)
 * @param expectedProgress  the share of the distance the path expects to be covered by then
 * @param expected  the value the path expects by then, in the indicator's unit, not null
 * @param ratio  the pace ratio, absent when no progress was expected yet or the path has no
 *     length
 * @param growthRatio  actual ÷ required compound annual growth rate (Eurostat's measure),
 *     when both are defined (a baseline path with values above zero)
 * @param requiredLinear  the amount per year still needed from the figure judged to the
 *     requirement by the deadline, if any months remain
 * @param requiredCompound  the annual growth rate still needed (0.05 is 5% a year), for a
 *     baseline path with values above zero
 * @param alreadyMet  whether the baseline already met the requirement, so that the value is
 *     judged by whether it still meets it (on track while it does), never by a path that would
 *     run from the baseline towards the requirement, in the bad direction; the ratios are then
 *     absent
 * @param shortfall  for a pace off track, whether the value moved away from the requirement
 *     ({@link Shortfall#DETERIORATION}) or towards it too slowly
 *     ({@link Shortfall#LIMITED_PROGRESS}); absent when not off track, when the progress made
 *     may be either, and for a ceiling on a cumulative figure (off track by using its budget
 *     too fast)
 */
public record Pace(PaceModel model, boolean linearFallback, LocalDate from, LocalDate observed, LocalDate deadline,
        BigDecimal elapsed, BigDecimal expectedProgress, BigDecimal expected, Optional<Range<BigDecimal>> ratio,
        Optional<Range<BigDecimal>> growthRatio, Optional<Range<BigDecimal>> requiredLinear,
        Optional<Range<BigDecimal>> requiredCompound, boolean alreadyMet, Optional<Shortfall> shortfall) {

    /**
     * How a pace off track falls short, as the official progress assessments tell them apart
     * (the UN SDG progress charts, Statistics Canada, Eurostat): moving away from the
     * requirement, or towards it too slowly.
     */
    public enum Shortfall {
        /** The value moved away from the requirement since the path's start (or no longer meets it). */
        DETERIORATION,
        /** The value moved towards the requirement, or stood still, but too slowly for the path. */
        LIMITED_PROGRESS
    }

    /**
     * Returns a pace whose baseline did not already meet the requirement, without a shortfall.
     *
     * @param model  the path used, not null
     * @param linearFallback  whether COMPOUND fell back to LINEAR
     * @param from  the start date, not null
     * @param observed  the observation date, not null
     * @param deadline  the deadline, not null
     * @param elapsed  the share of time elapsed, not null
     * @param expectedProgress  the share of the distance expected, not null
     * @param expected  the expected value, not null
     * @param ratio  the pace ratio, not null
     * @param growthRatio  the growth ratio, not null
     * @param requiredLinear  the amount per year still needed, not null
     * @param requiredCompound  the growth rate still needed, not null
     */
    public Pace(PaceModel model, boolean linearFallback, LocalDate from, LocalDate observed, LocalDate deadline,
            BigDecimal elapsed, BigDecimal expectedProgress, BigDecimal expected, Optional<Range<BigDecimal>> ratio,
            Optional<Range<BigDecimal>> growthRatio, Optional<Range<BigDecimal>> requiredLinear,
            Optional<Range<BigDecimal>> requiredCompound) {
        this(model, linearFallback, from, observed, deadline, elapsed, expectedProgress, expected, ratio, growthRatio,
                requiredLinear, requiredCompound, false, Optional.empty());
    }

    /**
     * Checks the parts.
     *
     * @param model  the path used, not null
     * @param linearFallback  whether COMPOUND fell back to LINEAR
     * @param from  the start date, not null
     * @param observed  the observation date, not null
     * @param deadline  the deadline, not null
     * @param elapsed  the share of time elapsed, not null
     * @param expectedProgress  the share of the distance expected, not null
     * @param expected  the expected value, not null
     * @param ratio  the pace ratio, not null
     * @param growthRatio  the growth ratio, not null
     * @param requiredLinear  the amount per year still needed, not null
     * @param requiredCompound  the growth rate still needed, not null
     * @param alreadyMet  whether the baseline already met the requirement
     * @param shortfall  how a pace off track falls short, not null
     */
    public Pace {
        requireNonNull(model, "model");
        requireNonNull(from, "from");
        requireNonNull(observed, "observed");
        requireNonNull(deadline, "deadline");
        requireNonNull(elapsed, "elapsed");
        requireNonNull(expectedProgress, "expectedProgress");
        requireNonNull(expected, "expected");
        requireNonNull(ratio, "ratio");
        requireNonNull(growthRatio, "growthRatio");
        requireNonNull(requiredLinear, "requiredLinear");
        requireNonNull(requiredCompound, "requiredCompound");
        requireNonNull(shortfall, "shortfall");
    }
}
