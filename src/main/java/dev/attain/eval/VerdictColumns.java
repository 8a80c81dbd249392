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
            TargetIndex plan = plans.get(i);
            Verdict v = plan.each.isEmpty() ? Verdict.of(plan, setting) : each(plan, setting).verdict;
            columns.statuses[i] = (byte) v.status().ordinal();
            columns.verdicts[i] = v;
        }
        return columns;
    }

    /** The verdicts on each part of a target on each of several indicators, and the worst of them. */
    private record Each(Verdict[] parts, int worst, Verdict verdict) {
    }

    /**
     * Judges each part of a target on each of several indicators: the target's verdict is the
     * worst part's (by {@link Status#worse}; the first of equally bad ones).
     */
    private static Each each(TargetIndex plan, Setting setting) {
        Verdict[] parts = new Verdict[plan.each.size()];
        int worst = 0;
        for (int k = 0; k < parts.length; k++) {
            parts[k] = Verdict.of(plan.each.get(k), setting);
            if (parts[k].status().severity() > parts[worst].status().severity()) {
                worst = k;
            }
        }
        return new Each(parts, worst, parts[worst]);
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
        if (!plan.each.isEmpty()) {
            Each e = each(plan, setting);
            ImmutableList.Builder<Evaluation> parts = ImmutableList.builderWithExpectedSize(e.parts.length);
            List<String> names = new java.util.ArrayList<>(e.parts.length);
            List<String> namesZh = new java.util.ArrayList<>(e.parts.length);
            List<Status> statuses = new java.util.ArrayList<>(e.parts.length);
            for (int k = 0; k < e.parts.length; k++) {
                parts.add(evaluation(plan.each.get(k), setting, e.parts[k]));
                names.add(plan.name(k));
                namesZh.add(plan.nameZh(k));
                statuses.add(e.parts[k].status());
            }
            TargetIndex worst = plan.each.get(e.worst);
            Figures.Chosen c = e.verdict.chosen();
            Evaluation w = Evaluation.judged(plan.target, plan.indicators, e.verdict.status(), e.verdict.required(),
                    e.verdict.actual(), e.verdict.tier(), c == null ? ImmutableList.of() : c.used(),
                    Explanation.of(worst, setting, e.verdict));
            return Evaluation.each(plan.target, plan.indicators, w, parts.build(), Explanation.of(worst, setting,
                    e.verdict, Narrator.each(names, namesZh, statuses, e.worst)));
        }
        Figures.Chosen c = v.chosen();
        return Evaluation.judged(plan.target, plan.indicators, v.status(), v.required(), v.actual(), v.tier(),
                c == null ? ImmutableList.of() : c.used(), Explanation.of(plan, setting, v));
    }
}
