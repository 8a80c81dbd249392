package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Range;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group of evaluations summed up: the targets of one tag or one scope value.
 *
 * <p>The rules, each explicit:
 * <ul>
 *   <li><b>Worst status wins</b>: {@link #worst()} is the status of highest
 *       {@link Status#severity()} in the group.
 *   <li><b>Size-weighted attainment</b>: {@link #sizeWeighted()} is the sum of the reported
 *       values ÷ the sum of the required values (the inverse for lower-is-better targets),
 *       over the evaluations that have an attainment; big targets weigh more. Only where
 *       units agree: absent when those evaluations are in more than one unit, or mix higher-
 *       and lower-is-better requirements.
 *   <li><b>Weighted mean of attainment</b>: {@link #meanAttainment()} is Σ wᵢ·aᵢ ÷ Σ wᵢ over
 *       the evaluations that have an attainment, wᵢ being the target's
 *       {@link dev.attain.model.Target#weight() weight}; each target counts by its weight,
 *       whatever its size. Absent when none has an attainment.
 * </ul>
 * Both ratios are intervals when the attainments are.
 *
 * @param key  the tag or scope value, not null
 * @param evaluations  the evaluations in the group, in scorecard order, not empty
 * @param counts  the number of evaluations per status, every status present, not null
 * @param worst  the worst status, not null
 * @param sizeWeighted  sum of reported ÷ sum of required, where units agree
 * @param meanAttainment  the weighted mean of attainment
 */
public record RollUp(String key, ImmutableList<Evaluation> evaluations, ImmutableMap<Status, Integer> counts,
        Status worst, Optional<Range<BigDecimal>> sizeWeighted, Optional<Range<BigDecimal>> meanAttainment) {

    /**
     * Checks the parts.
     *
     * @param key  the key, not null
     * @param evaluations  the evaluations, not empty
     * @param counts  the counts, not null
     * @param worst  the worst status, not null
     * @param sizeWeighted  the size-weighted attainment, not null
     * @param meanAttainment  the mean attainment, not null
     */
    public RollUp {
        requireNonNull(key, "key");
        requireNonNull(evaluations, "evaluations");
        requireNonNull(counts, "counts");
        requireNonNull(worst, "worst");
        requireNonNull(sizeWeighted, "sizeWeighted");
        requireNonNull(meanAttainment, "meanAttainment");
        if (evaluations.isEmpty()) {
            throw new IllegalArgumentException("roll-up '" + key + "' has no evaluations");
        }
    }

    /**
     * Rolls up a group of evaluations by the rules above.
     *
     * @param key  the tag or scope value, not null
     * @param evaluations  the evaluations, not empty
     * @return the roll-up, never null
     */
    public static RollUp of(String key, List<Evaluation> evaluations) {
        requireNonNull(key, "key");
        ImmutableList<Evaluation> list = ImmutableList.copyOf(evaluations);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("roll-up '" + key + "' has no evaluations");
        }
        Status worst = list.get(0).status();
        Range<BigDecimal> sumActual = null;
        BigDecimal sumRequired = BigDecimal.ZERO;
        Unit unit = null;
        Boolean up = null;
        boolean agree = true;
        Range<BigDecimal> weighted = null;
        BigDecimal weights = BigDecimal.ZERO;
        for (Evaluation e : list) {
            worst = worst.worse(e.status());
            if (e.attainment().isEmpty() || e.actual().isEmpty() || e.required().isEmpty()) {
                continue;
            }
            BigDecimal w = e.target().weight();
            weighted = plus(weighted, Intervals.times(e.attainment().get(), w));
            weights = weights.add(w);
            boolean eUp = e.requiresAtLeast();
            if (unit == null) {
                unit = e.unit();
                up = eUp;
            } else if (!unit.equals(e.unit()) || up != eUp) {
                agree = false;
            }
            sumActual = plus(sumActual, e.actual().get());
            sumRequired = sumRequired.add(e.required().get());
        }
        Optional<Range<BigDecimal>> sizeWeighted = Optional.empty();
        if (agree && sumActual != null && sumRequired.signum() > 0) {
            sizeWeighted = Boolean.TRUE.equals(up)
                    ? Optional.of(Intervals.divide(sumActual, sumRequired, Evaluator.MATH_CONTEXT))
                    : Intervals.divide(sumRequired, sumActual, Evaluator.MATH_CONTEXT);
        }
        Optional<Range<BigDecimal>> mean = weighted == null ? Optional.empty()
                : Optional.of(Intervals.divide(weighted, weights, Evaluator.MATH_CONTEXT));
        return new RollUp(key, list, counts(list), worst, sizeWeighted, mean);
    }

    private static Range<BigDecimal> plus(Range<BigDecimal> sum, Range<BigDecimal> r) {
        return sum == null ? r : Intervals.plus(sum, r);
    }

    /** Counts evaluations per status, every status present, in the enum's order. */
    static ImmutableMap<Status, Integer> counts(List<Evaluation> evaluations) {
        int[] n = new int[Status.values().length];
        for (Evaluation e : evaluations) {
            n[e.status().ordinal()]++;
        }
        return counts(n);
    }

    /** The counts per status given by ordinal, as a map with every status, in the enum's order. */
    static ImmutableMap<Status, Integer> counts(int[] n) {
        Map<Status, Integer> map = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            map.put(s, n[s.ordinal()]);
        }
        return Maps.immutableEnumMap(map);
    }

    /**
     * Returns the number of evaluations with a status.
     *
     * @param status  the status, not null
     * @return the count, zero or more
     */
    public int count(Status status) {
        return counts.get(requireNonNull(status, "status"));
    }
}
