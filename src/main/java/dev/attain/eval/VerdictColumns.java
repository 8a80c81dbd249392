package dev.attain.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.attain.model.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            TargetIndex plan = plans.get(i);
            Verdict v = plan.each.isEmpty() ? Verdict.of(plan, setting) : each(plan, setting).verdict;
            Tier tier = v.tier();
            c.statuses[i] = (byte) v.status().ordinal();
            c.required[i] = v.required();
            c.actual[i] = v.actual();
            c.outcomes[i] = v.used();
            c.tiers[i] = (byte) (tier == null ? -1 : tier.ordinal());
            c.awaited[i] = v.awaitingFinal();
        }
        return c;
    }

    /**
     * The verdicts on each part of a target on each of several indicators, the worst of them,
     * and the target's verdict: the worst part's, INDETERMINATE when the parts reported do not
     * decide it ({@link #undecided}).
     */
    private record Each(Verdict[] parts, int worst, Verdict verdict, boolean undecided) {

        /**
         * The target's evaluation: the worst part's verdict on the whole target, told after a
         * reason that names every part's status (the decisive one when the parts reported do not
         * decide the target), with every part's evaluation.
         */
        Evaluation evaluation(TargetIndex plan, Setting setting) {
            ImmutableList.Builder<Evaluation> evaluations = ImmutableList.builderWithExpectedSize(parts.length);
            List<String> names = new ArrayList<>(parts.length);
            List<String> namesZh = new ArrayList<>(parts.length);
            List<Status> statuses = new ArrayList<>(parts.length);
            for (int k = 0; k < parts.length; k++) {
                evaluations.add(VerdictColumns.evaluation(plan.each.get(k), setting, parts[k]));
                names.add(plan.name(k));
                namesZh.add(plan.nameZh(k));
                statuses.add(parts[k].status());
            }
            ImmutableList<Evaluation> partEvaluations = evaluations.build();
            return Evaluation.each(plan.target, plan.indicators, verdict.status(), verdict.required(),
                    verdict.actual(), verdict.tier(), verdict.used(), verdict.awaitingFinal(), partEvaluations,
                    Explanation.of(plan.each.get(worst), setting, verdict,
                            undecided ? Narrator.eachUndecided(names, namesZh, partEvaluations, worst)
                                    : Narrator.each(names, namesZh, statuses, worst)));
        }
    }

    /**
     * Judges each part of a target on each of several indicators: the target's verdict is the
     * worst part's (by {@link Status#worse}; of parts with the same status, the one whose
     * attainment is lowest, else the first), so it is missed if
     * any part is missed and achieved only when all are. One exception: when the worst part has
     * no data and another part was judged (none of them a shortfall, or it would be worse than
     * no data), what was reported does not decide the target, and "nothing had been published"
     * would be untrue of it: the target is INDETERMINATE, with the part without data's reasons
     * after one that names every part's status and the part the verdict waits for.
     */
    /**
     * Whether part {@code a} is further from its requirement than part {@code b}: the lower end
     * of its attainment is below b's; false when either has no attainment.
     */
    private static boolean furtherFromRequirement(Verdict a, Verdict b) {
        Optional<BigDecimal> x = lowestAttainment(a);
        Optional<BigDecimal> y = lowestAttainment(b);
        return x.isPresent() && y.isPresent() && x.get().compareTo(y.get()) < 0;
    }

    /** The lower end of a part's attainment, when it has one. */
    private static Optional<BigDecimal> lowestAttainment(Verdict v) {
        Range<BigDecimal> actual = v.actual();
        if (v.requirement() == null || actual == null) {
            return Optional.empty();
        }
        return v.requirement().attainment(actual, Evaluator.MATH_CONTEXT)
                .filter(Range::hasLowerBound).map(Range::lowerEndpoint);
    }

    private static Each each(TargetIndex plan, Setting setting) {
        Verdict[] parts = new Verdict[plan.each.size()];
        int worst = 0;
        boolean judged = false;
        for (int k = 0; k < parts.length; k++) {
            parts[k] = Verdict.of(plan.each.get(k), setting);
            Status s = parts[k].status();
            judged |= s != Status.NO_DATA && s != Status.NOT_COMPARABLE;
            if (s.severity() > parts[worst].status().severity()
                    || s == parts[worst].status() && furtherFromRequirement(parts[k], parts[worst])) {
                worst = k;
            }
        }
        Verdict w = parts[worst];
        if (w.status() == Status.NO_DATA && judged) {
            return new Each(parts, worst, w.as(Status.INDETERMINATE), true);
        }
        return new Each(parts, worst, w, false);
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
        if (!plan.each.isEmpty()) {
            // a target on each of several indicators is judged again, part by part, now: such
            // targets are few, and their parts' evaluations are kept whole
            Evaluation e = each(plan, setting).evaluation(plan, setting);
            if (e.status() != status) {
                throw new IllegalStateException("target " + plan.target.id() + " was judged " + status
                        + " but judging it again gives " + e.status());
            }
            return e;
        }
        return Evaluation.judged(plan.target, plan.indicators, status, required[i], actual[i],
                tiers[i] < 0 ? null : TIERS[tiers[i]], outcomes[i], Explanation.later(plan, setting, status),
                awaited[i]);
    }

    /** The evaluation of a verdict, its explanation to be worked out on first use. */
    static Evaluation evaluation(TargetIndex plan, Setting setting, Verdict v) {
        if (!plan.each.isEmpty()) {
            return each(plan, setting).evaluation(plan, setting);
        }
        return Evaluation.judged(plan.target, plan.indicators, v.status(), v.required(), v.actual(), v.tier(),
                v.used(), Explanation.of(plan, setting, v), v.awaitingFinal());
    }
}
