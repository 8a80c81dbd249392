package dev.attain.eval;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What judging every target of a dataset found, kept in columns, one entry per target in
 * dataset order: the status, and the {@link Verdict} with the records the rules returned. A
 * {@link Scorecard} holds these and makes each {@link Evaluation} from them when its
 * evaluations are first asked for; an evaluation's {@link Explanation} measures and tells its
 * verdict without judging it again.
 *
 * <p>Filled by one thread, then only read: safely published by the scorecard's final field.
 */
final class VerdictColumns {

    private final List<TargetIndex> plans;
    private final Setting setting;
    private final byte[] statuses;
    private final Verdict[] verdicts;

    VerdictColumns(List<TargetIndex> plans, Setting setting) {
        int n = plans.size();
        this.plans = plans;
        this.setting = setting;
        this.statuses = new byte[n];
        this.verdicts = new Verdict[n];
    }

    /** Judges every plan, in turn. */
    static VerdictColumns judge(List<TargetIndex> plans, Setting setting) {
        VerdictColumns columns = new VerdictColumns(plans, setting);
        for (int i = 0, n = plans.size(); i < n; i++) {
            Verdict v = Verdict.of(plans.get(i), setting);
            columns.statuses[i] = (byte) v.status().ordinal();
            columns.verdicts[i] = v;
        }
        return columns;
    }

    /** The number of targets. */
    int size() {
        return statuses.length;
    }

    /** The statuses' ordinals, in dataset order; not to be written to. */
    byte[] statuses() {
        return statuses;
    }

    /** The evaluation of target i, made now. */
    Evaluation evaluation(int i) {
        return evaluation(plans.get(i), setting, verdicts[i]);
    }

    /** The evaluation of a verdict, its explanation to be worked out on first use. */
    static Evaluation evaluation(TargetIndex plan, Setting setting, Verdict v) {
        Figures.Chosen c = v.chosen();
        return Evaluation.judged(plan.target, plan.indicators, v.status(), v.required(), v.actual(), v.tier(),
                c == null ? ImmutableList.of() : c.used(), Explanation.of(plan, setting, v));
    }
}
