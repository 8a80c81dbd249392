package dev.attain.eval;

import com.google.common.collect.Range;
import dev.attain.quantity.Figure;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Which tier a final verdict reached: a target's floor (确保, the requirement itself when no
 * floor is written) and its stretch (力争), each read as a {@link Requirement} in the unit the
 * plan is judged in (for a relative requirement, that of its value) and tested against the
 * values judged.
 */
final class Tiers {

    private Tiers() {
    }

    /**
     * The tiers tested.
     *
     * @param floor  the floor's requirement; null when its figure could not be converted
     * @param floorRate  the rate the floor's figure was converted at (one in the plan's unit), null without a floor
     * @param floorMet  whether the values meet the floor
     * @param stretch  the stretch's requirement, null without one or when its figure could not be converted
     * @param stretchRate  the rate the stretch's figure was converted at (one in the plan's unit), null without one
     * @param stretchMet  whether the values meet the stretch (NO without one)
     * @param values  the values tested
     * @param tier  the tier reached; null when a tier's figure could not be converted
     * @param failed  which tier's figure could not be converted, or null
     */
    record Finding(@Nullable Requirement floor, @Nullable BigDecimal floorRate, Projection.Meets floorMet,
            @Nullable Requirement stretch, @Nullable BigDecimal stretchRate, Projection.Meets stretchMet,
            Range<BigDecimal> values, @Nullable Tier tier, @Nullable Figure failed) {
    }

    /** Tests the tiers of a plan against the values of a final verdict. */
    static Finding reached(TargetIndex plan, Setting setting, Requirement requirement, Range<BigDecimal> values) {
        Requirement floor = requirement;
        BigDecimal floorRate = null;
        if (plan.target.floor().isPresent()) {
            Figure f = plan.target.floor().get();
            floorRate = rate(plan, setting, f);
            if (floorRate == null) {
                return new Finding(null, null, Projection.Meets.NO, null, null, Projection.Meets.NO, values, null, f);
            }
            floor = read(plan, f, floorRate);
        }
        Requirement stretch = null;
        BigDecimal stretchRate = null;
        if (plan.target.stretch().isPresent()) {
            Figure s = plan.target.stretch().get();
            stretchRate = rate(plan, setting, s);
            if (stretchRate == null) {
                return new Finding(floor, floorRate, Projection.Meets.NO, null, null, Projection.Meets.NO, values, null, s);
            }
            stretch = read(plan, s, stretchRate);
        }
        Projection.Meets s = stretch == null ? Projection.Meets.NO : stretch.test(values);
        Projection.Meets f = floor.test(values);
        Tier tier = s == Projection.Meets.YES ? Tier.STRETCH
                : f == Projection.Meets.YES ? Tier.FLOOR : f == Projection.Meets.NO ? Tier.BELOW_FLOOR : Tier.UNDETERMINED;
        return new Finding(floor, floorRate, f, stretch, stretchRate, s, values, tier, null);
    }

    /**
     * The rate a tier's figure is converted at: one in the plan's unit, or when the plan judges
     * a relative requirement in a unit of its own (a multiple, a growth, percentage points);
     * null when no rate is known.
     */
    private static @Nullable BigDecimal rate(TargetIndex plan, Setting setting, Figure tier) {
        return tier.unit().equals(plan.unit) || !plan.judged.equals(plan.unit) ? BigDecimal.ONE
                : setting.rates().rate(tier.unit(), plan.unit).orElse(null);
    }

    private static Requirement read(TargetIndex plan, Figure tier, BigDecimal rate) {
        return Requirement.of(tier.qualifier(), Setting.scale(tier.nominal(), rate), Setting.scale(tier.range(), rate),
                plan.lead.polarity(), plan.target.sides());
    }
}
