package dev.attain.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.attain.model.Outcome;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What judging every target of a dataset found, kept in columns, one entry per target in
 * dataset order: the status, the required number, the values judged, the tier and the
 * outcomes used. A {@link Scorecard} holds these and makes each {@link Evaluation} from them
 * when its evaluations are first asked for: a million targets are judged into a few arrays
 * rather than a million objects.
 *
 * <p>Filled by one thread, then only read: safely published by the scorecard's final field.
 */
final class VerdictColumns {

    private static final Status[] STATUSES = Status.values();
    private static final Tier[] TIERS = Tier.values();

    private final List<TargetIndex> plans;
    private final TargetRun.Setting setting;
    private final byte[] statuses;
    private final @Nullable BigDecimal[] required;
    private final @Nullable Range<BigDecimal>[] actual;
    /** Per target: the outcomes used. */
    private final ImmutableList<Outcome>[] outcomes;
    /** Per target: the tier's ordinal, or -1 without one. */
    private final byte[] tiers;

    @SuppressWarnings("unchecked")
    VerdictColumns(List<TargetIndex> plans, TargetRun.Setting setting) {
        int n = plans.size();
        this.plans = plans;
        this.setting = setting;
        this.statuses = new byte[n];
        this.required = new BigDecimal[n];
        this.actual = new Range[n];
        this.outcomes = new ImmutableList[n];
        this.tiers = new byte[n];
    }

    /** Keeps what judging target i found. */
    void put(int i, Status status, @Nullable BigDecimal number, @Nullable Range<BigDecimal> values,
            @Nullable Tier tier, ImmutableList<Outcome> used) {
        statuses[i] = (byte) status.ordinal();
        required[i] = number;
        actual[i] = values;
        outcomes[i] = used;
        tiers[i] = (byte) (tier == null ? -1 : tier.ordinal());
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
        TargetIndex plan = plans.get(i);
        return Evaluation.judged(plan.target, plan.indicators, STATUSES[statuses[i]], required[i], actual[i],
                tiers[i] < 0 ? null : TIERS[tiers[i]], outcomes[i],
                Explanation.later(plan, setting, STATUSES[statuses[i]], null, null));
    }
}
