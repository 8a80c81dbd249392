package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.attain.eval.TargetIndex.Kind;
import dev.attain.model.Baseline;
import dev.attain.model.Outcome;
import dev.attain.quantity.Figure;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One target judged as of a date: the status and the records the rules returned on the way,
 * which the {@link Explanation} measures and the {@link Narrator} tells. {@link #of} applies the
 * rules in the order {@link Evaluator} describes them; each rule is written once, in its own
 * class: which figure in {@link Figures}, what meets a requirement in {@link Requirement}, how
 * pace is judged in {@link PaceRule}, which tier in {@link Tiers}, the projection (for the
 * explanation) in {@link Trend}.
 *
 * @param status  the status
 * @param way  how the status was reached
 * @param requirement  the requirement in the plan's unit; null when its figure could not be converted
 * @param requirementRate  the rate the requirement's figure was converted at, null when it needed
 *     none or none was known
 * @param chosen  the figures chosen; null when the requirement could not be converted
 * @param start  the path's start (a baseline, or zero for a cumulative figure within the
 *     period); null without one
 * @param pace  the pace judged exactly; null when the status needed no pace, or when its fast
 *     path settled it (the explanation judges it exactly then)
 * @param tiers  the tiers tested, for a final verdict on a target with tiers; else null
 * @param relative  for a relative requirement, what {@link Relatives} found; else null
 */
record Verdict(Status status, Way way, @Nullable Requirement requirement, @Nullable BigDecimal requirementRate,
        Figures.@Nullable Chosen chosen, @Nullable Start start, PaceRule.@Nullable Finding pace,
        Tiers.@Nullable Finding tiers, Relatives.@Nullable Finding relative) {

    /** How a status was reached. */
    enum Way {
        /** The requirement's figure could not be converted into the plan's unit. */
        REQUIREMENT_NOT_CONVERTED,
        /**
         * The requirement is relative (a change since an earlier period, a comparison with
         * another indicator): judged by {@link Relatives}, whose finding says how.
         */
        RELATIVE,
        /** Nothing usable had been published. */
        NO_DATA,
        /** A figure chosen could not be converted. */
        FIGURE_NOT_CONVERTED,
        /** The baseline's figure could not be converted. */
        BASELINE_NOT_CONVERTED,
        /** A figure for the whole period, met or not. */
        FINAL,
        /** A cumulative figure that cannot fall, which settles the verdict before the period ends. */
        EARLY,
        /** A figure with no path, compared with the requirement directly. */
        DIRECT,
        /** A figure for part of the period, against the plan's path. */
        PACE,
        /**
         * The period has ended and only a figure for part of it is known, which does not settle
         * the verdict: INDETERMINATE until the final figure (see {@link Status#INDETERMINATE}).
         */
        AWAITING_FINAL
    }

    /**
     * Where a path starts.
     *
     * @param values  the start's values in the plan's unit
     * @param nominal  the number the path is drawn from
     * @param rate  the rate the baseline's figure was converted at; null when it needed none
     * @param baseline  whether the path starts at the baseline (else at zero, at the period's start)
     */
    record Start(Range<BigDecimal> values, BigDecimal nominal, @Nullable BigDecimal rate, boolean baseline) {
    }

    private static final Start ZERO = new Start(Intervals.ZERO, BigDecimal.ZERO, null, false);

    /**
     * The same verdict with another status, reached the same way: for a target on each of
     * several indicators that a part without data leaves undecided (INDETERMINATE, not NO_DATA).
     */
    Verdict as(Status other) {
        return new Verdict(other, way, requirement, requirementRate, chosen, start, pace, tiers, relative);
    }

    /** Judges a plan as of a date. */
    static Verdict of(TargetIndex plan, Setting setting) {
        if (plan.target.relation().isPresent()) {
            return Relatives.judge(plan, setting);
        }
        // the requirement, in the plan's unit
        Requirement requirement = plan.criterion;
        BigDecimal requirementRate = null;
        if (requirement == null) {
            Figure req = plan.target.requirement();
            requirementRate = setting.rate(req.unit(), plan.unit);
            if (requirementRate == null) {
                return new Verdict(Status.NOT_COMPARABLE, Way.REQUIREMENT_NOT_CONVERTED, null, null, null, null, null,
                        null, null);
            }
            requirement = Requirement.of(req.qualifier(), Setting.scale(req.nominal(), requirementRate),
                    Setting.scale(req.range(), requirementRate), plan.lead.polarity(), plan.target.sides());
        }

        // the figures chosen
        Figures.Chosen chosen = Figures.choose(plan, setting);
        Range<BigDecimal> actual = chosen.actual();
        if (chosen.kind() == Kind.NONE) {
            return new Verdict(Status.NO_DATA, Way.NO_DATA, requirement, requirementRate, chosen, null, null, null, null);
        }
        if (actual == null) {
            return new Verdict(Status.NOT_COMPARABLE, Way.FIGURE_NOT_CONVERTED, requirement, requirementRate, chosen,
                    null, null, null, null);
        }

        // the start of the path, for progress and pace
        Kind kind = chosen.kind();
        Start start = null;
        if (kind == Kind.WITHIN) {
            start = ZERO;
        } else if (plan.baselineLast != Integer.MIN_VALUE && kind != Kind.FLAT) {
            if (plan.baselineValues != null) {
                start = new Start(plan.baselineValues, requireNonNull(plan.baselineNumber, "baselineNumber"), null, true);
            } else {
                Baseline b = plan.target.baseline().orElseThrow();
                BigDecimal rate = setting.rate(b.value().unit(), plan.unit);
                if (rate == null) {
                    return new Verdict(Status.NOT_COMPARABLE, Way.BASELINE_NOT_CONVERTED, requirement, requirementRate,
                            chosen, null, null, null, null);
                }
                start = new Start(plan.startValues(Setting.scale(b.value().range(), rate)),
                        Setting.scale(b.value().nominal(), rate), rate, true);
            }
        }

        // the verdict: final, early, direct or by pace
        if (kind == Kind.FINAL) {
            return settled(plan, setting, Way.FINAL, requirement, requirementRate, chosen, start, actual, null);
        }
        // a non-negative cumulative figure can only grow: its final value lies in [reported, +∞)
        if (kind == Kind.WITHIN && plan.allNonNegative) {
            Range<BigDecimal> finalValues = Intervals.upward(actual);
            if (requirement.test(finalValues) != Projection.Meets.UNDETERMINED) {
                return settled(plan, setting, Way.EARLY, requirement, requirementRate, chosen, start, finalValues, null);
            }
        }
        // the period is over and only a part is known: the final figure decides, not the pace
        if (setting.asOf().isAfter(plan.periodEnd)) {
            return new Verdict(Status.INDETERMINATE, Way.AWAITING_FINAL, requirement, requirementRate, chosen, start,
                    null, null, null);
        }
        if (kind == Kind.FLAT) {
            return new Verdict(PaceRule.direct(actual, requirement.region), Way.DIRECT, requirement, requirementRate,
                    chosen, null, null, null, null);
        }
        Start s = requireNonNull(start, "start");
        Status fast = PaceRule.settled(plan, setting.thresholds(), requirement, actual, s.values(), s.nominal(), kind,
                chosen.last());
        PaceRule.Finding pace = fast != null ? null
                : PaceRule.judge(plan, setting.thresholds(), requirement, actual, s.values(), s.nominal(), kind,
                        chosen.last());
        return new Verdict(fast != null ? fast : pace.status(), Way.PACE, requirement, requirementRate, chosen, start,
                pace, null, null);
    }

    /**
     * A final verdict (ACHIEVED, MISSED or INDETERMINATE) on values, with the tier reached; for a
     * relative requirement, values are the value {@link Relatives} made, with its finding.
     */
    static Verdict settled(TargetIndex plan, Setting setting, Way way, Requirement requirement,
            @Nullable BigDecimal requirementRate, Figures.Chosen chosen, @Nullable Start start,
            Range<BigDecimal> values, Relatives.@Nullable Finding relative) {
        Projection.Meets m = requirement.test(values);
        Status status = m == Projection.Meets.YES ? Status.ACHIEVED
                : m == Projection.Meets.NO ? Status.MISSED : Status.INDETERMINATE;
        Tiers.Finding tiers = plan.hasTiers ? Tiers.reached(plan, setting, requirement, values) : null;
        return new Verdict(status, way, requirement, requirementRate, chosen, start, null, tiers, relative);
    }

    /** The required number: the requirement's reference, absent when it could not be converted. */
    @Nullable BigDecimal required() {
        return requirement == null ? null : requirement.reference;
    }

    /**
     * The values judged (the figures' sum; for a relative requirement, the value made from the
     * figure and its reference), absent with no data or when a figure could not be converted.
     */
    @Nullable Range<BigDecimal> actual() {
        if (relative != null) {
            return relative.values();
        }
        return chosen == null || status == Status.NOT_COMPARABLE ? null : chosen.actual();
    }

    /** The outcomes used: the figures chosen and, for a relative requirement, the reference figure. */
    ImmutableList<Outcome> used() {
        ImmutableList<Outcome> used = chosen == null ? ImmutableList.of() : chosen.used();
        Outcome reference = relative == null ? null : relative.referenceOutcome();
        return reference == null ? used
                : ImmutableList.<Outcome>builderWithExpectedSize(used.size() + 1).addAll(used).add(reference).build();
    }

    /** Whether the period has ended with only a figure for part of it known: the final figure is awaited. */
    boolean awaitingFinal() {
        return way == Way.AWAITING_FINAL || relative != null && !relative.whole()
                && relative.reached() == Relatives.Reached.JUDGED && status == Status.INDETERMINATE;
    }

    /** The tier reached, if any. */
    @Nullable Tier tier() {
        return tiers == null ? null : tiers.tier();
    }
}
