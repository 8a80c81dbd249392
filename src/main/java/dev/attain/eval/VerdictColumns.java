package dev.attain.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.attain.model.Outcome;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What judging every target of a dataset found, kept in columns, one entry per target in
 * dataset order: the status, the required number, the values judged, the tier, the outcomes
 * used, and whether the final figure is awaited. A
 * {@link Scorecard} holds these and makes each {@link Evaluation} from them when its
 * evaluations are first asked for; an evaluation's {@link Explanation} judges its target again
 * for the records the rules returned when it is first asked for its measures or reasons.
 *
 * <p>Filled by one thread, then only read: safely published by the scorecard's final field.
 */
final class VerdictColumns {

    private static final Status[] STATUSES = Status.values();
    private static final Tier[] TIERS = Tier.values();

    private final List<TargetIndex> plans;
    private final Setting setting;
    private final byte[] statuses;
    private final @Nullable BigDecimal[] required;
    private final @Nullable Range<BigDecimal>[] actual;
    /** Per target: the outcomes used. */
    private final ImmutableList<Outcome>[] outcomes;
    /** Per target: the tier's ordinal, or -1 without one. */
    private final byte[] tiers;
    /** Per target: whether the final figure is awaited. */
    private final boolean[] awaited;

    @SuppressWarnings("unchecked")
    private VerdictColumns(List<TargetIndex> plans, Setting setting) {
        int n = plans.size();
        this.plans = plans;
        this.setting = setting;
        this.statuses = new byte[n];
        this.required = new BigDecimal[n];
        this.actual = new Range[n];
        this.outcomes = new ImmutableList[n];
        this.tiers = new byte[n];
        this.awaited = new boolean[n];
    }

    /**
     * Judges every plan, in turn, keeping the verdicts' parts in columns: the records each
     * verdict was reached by are left to die young, and an {@link Explanation} judges its
     * target again for them when first asked (a few arrays rather than a million records kept
     * alive is what keeps judging a million targets fast).
     */
    static VerdictColumns judge(List<TargetIndex> plans, Setting setting) {
        VerdictColumns c = new VerdictColumns(plans, setting);
        for (int i = 0, n = plans.size(); i < n; i++) {
            Verdict v = Verdict.of(plans.get(i), setting);
            Figures.Chosen chosen = v.chosen();
            Tier tier = v.tier();
            c.statuses[i] = (byte) v.status().ordinal();
            c.required[i] = v.required();
            c.actual[i] = v.actual();
            c.outcomes[i] = chosen == null ? ImmutableList.of() : chosen.used();
            c.tiers[i] = (byte) (tier == null ? -1 : tier.ordinal());
            c.awaited[i] = v.way() == Verdict.Way.AWAITING_FINAL;
        }
        return c;
    }

    /** The number of targets. */
    int size() {
        return statuses.length;
    }

    /** The statuses' ordinals, in dataset order; not to be written to. */
    byte[] statuses() {
        return statuses;
    }

    /** The evaluation of target i, made now; its explanation judges the target again when first asked. */
    Evaluation evaluation(int i) {
        TargetIndex plan = plans.get(i);
        Status status = STATUSES[statuses[i]];
        return Evaluation.judged(plan.target, plan.indicators, status, required[i], actual[i],
                tiers[i] < 0 ? null : TIERS[tiers[i]], outcomes[i], Explanation.later(plan, setting, status),
                awaited[i]);
    }

    /** The evaluation of a verdict, its explanation to be worked out on first use. */
    static Evaluation evaluation(TargetIndex plan, Setting setting, Verdict v) {
        Figures.Chosen c = v.chosen();
        return Evaluation.judged(plan.target, plan.indicators, v.status(), v.required(), v.actual(), v.tier(),
                c == null ? ImmutableList.of() : c.used(), Explanation.of(plan, setting, v),
                v.way() == Verdict.Way.AWAITING_FINAL);
    }
}
