package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.attain.model.Indicator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The evaluations of a dataset as of one date: one {@link Evaluation} per target, counts per
 * status, the shortfalls, and roll-ups by tag or by scope.
 *
 * <p>{@link #evaluations()} lists the shortfalls first, worst first (MISSED, then OFF_TRACK,
 * then AT_RISK), then every other evaluation; within each group in dataset order.
 *
 * <p>A scorecard from the {@link Evaluator} keeps what judging found in a few arrays: its
 * counts are there at once, and its {@link Evaluation} objects are made when the evaluations
 * are first asked for (once; about as long as reading them), each working out its own measures
 * and reasons when those are first asked for.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe, and a value type: two scorecards are equal when
 * their dates and evaluations are.
 */
public final class Scorecard {

    private final LocalDate asOf;
    private final ImmutableMap<Status, Integer> counts;
    private final int shortfalls;
    /** What judging found, when the evaluations are made from it on first use; else null. */
    private final @Nullable VerdictColumns judged;
    /** The statuses' ordinals, in dataset order. */
    private final byte[] statuses;
    /** The evaluations in scorecard order, once made. */
    private volatile @Nullable ImmutableList<Evaluation> evaluations;
    /** Guards the making of the evaluations: a private lock, as callers may lock the scorecard. */
    private final Object making = new Object();

    private Scorecard(LocalDate asOf, Evaluation @Nullable [] given, @Nullable VerdictColumns judged, byte[] statuses) {
        this.asOf = asOf;
        this.judged = judged;
        this.statuses = statuses;
        int[] n = new int[Status.values().length];
        for (byte s : statuses) {
            n[s]++;
        }
        this.counts = RollUp.counts(n);
        this.shortfalls = n[Status.MISSED.ordinal()] + n[Status.OFF_TRACK.ordinal()] + n[Status.AT_RISK.ordinal()];
        if (given != null) {
            this.evaluations = ordered(given);
        }
    }

    /**
     * Returns a scorecard of evaluations given in dataset order.
     *
     * @param asOf  the date of the evaluations, not null
     * @param inDatasetOrder  the evaluations, one per target, in dataset order, not null
     * @return the scorecard, never null
     */
    public static Scorecard of(LocalDate asOf, List<Evaluation> inDatasetOrder) {
        requireNonNull(asOf, "asOf");
        requireNonNull(inDatasetOrder, "inDatasetOrder");
        Evaluation[] all = inDatasetOrder.toArray(new Evaluation[0]);
        byte[] statuses = new byte[all.length];
        for (int i = 0; i < all.length; i++) {
            statuses[i] = (byte) requireNonNull(all[i], "evaluation").status().ordinal();
        }
        return new Scorecard(asOf, all, null, statuses);
    }

    /**
     * Returns the scorecard of what judging found: its counts at once, its evaluations made
     * on first use.
     */
    static Scorecard of(LocalDate asOf, VerdictColumns judged) {
        return new Scorecard(asOf, null, judged, judged.statuses());
    }

    /**
     * The evaluations in scorecard order: the shortfalls first, MISSED, OFF_TRACK, AT_RISK,
     * then every other one; each group in dataset order. One pass over the statuses.
     */
    private ImmutableList<Evaluation> ordered(Evaluation[] inDatasetOrder) {
        int[] slot = new int[Status.values().length];
        Arrays.fill(slot, -1);
        int missed = count(Status.MISSED);
        int offTrack = count(Status.OFF_TRACK);
        slot[Status.MISSED.ordinal()] = 0;
        slot[Status.OFF_TRACK.ordinal()] = missed;
        slot[Status.AT_RISK.ordinal()] = missed + offTrack;
        int other = shortfalls; // every other status shares one run of slots, after the shortfalls
        Evaluation[] ordered = new Evaluation[inDatasetOrder.length];
        for (int i = 0; i < inDatasetOrder.length; i++) {
            int s = statuses[i];
            ordered[slot[s] >= 0 ? slot[s]++ : other++] = inDatasetOrder[i];
        }
        return ImmutableList.copyOf(ordered);
    }

    /**
     * Returns the date the evaluations are as of.
     *
     * @return the date, never null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the evaluations: shortfalls first, worst first, then the rest; each group in
     * dataset order.
     *
     * @return the evaluations, never null
     */
    public ImmutableList<Evaluation> evaluations() {
        ImmutableList<Evaluation> list = evaluations;
        if (list == null) {
            synchronized (making) {
                list = evaluations;
                if (list == null) {
                    VerdictColumns j = requireNonNull(judged, "judged");
                    Evaluation[] all = new Evaluation[j.size()];
                    for (int i = 0; i < all.length; i++) {
                        all[i] = j.evaluation(i);
                    }
                    list = ordered(all);
                    evaluations = list;
                }
            }
        }
        return list;
    }

    /**
     * Returns the number of evaluations per status, with every status present (zero where
     * none), in the order of {@link Status}'s constants.
     *
     * @return the counts, never null
     */
    public ImmutableMap<Status, Integer> counts() {
        return counts;
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

    /**
     * Returns the shortfalls (MISSED, OFF_TRACK, AT_RISK), worst first.
     *
     * @return the shortfalls, never null
     */
    public ImmutableList<Evaluation> shortfalls() {
        return evaluations().subList(0, shortfalls);
    }

    /**
     * Returns the evaluation of a target. Looks through the evaluations in order.
     *
     * @param targetId  the target's id, not null
     * @return the evaluation, or empty if the scorecard has none for that id
     */
    public Optional<Evaluation> evaluation(String targetId) {
        requireNonNull(targetId, "targetId");
        for (Evaluation e : evaluations()) {
            if (e.target().id().equals(targetId)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Rolls up all evaluations into one group, keyed {@code "all"}.
     *
     * @return the roll-up, or empty if the scorecard has no evaluations
     */
    public Optional<RollUp> total() {
        return statuses.length == 0 ? Optional.empty() : Optional.of(RollUp.of("all", evaluations()));
    }

    /**
     * Rolls up the evaluations by tag: a target belongs to each of its own tags and of its
     * indicators' tags. Groups are in the order their tags are first met.
     *
     * @return the roll-ups by tag, never null
     */
    public ImmutableMap<String, RollUp> byTag() {
        Map<String, List<Evaluation>> groups = new LinkedHashMap<>();
        for (Evaluation e : evaluations()) {
            Set<String> tags = new LinkedHashSet<>(e.target().tags());
            for (Indicator ind : e.indicators()) {
                tags.addAll(ind.tags());
            }
            for (String tag : tags) {
                groups.computeIfAbsent(tag, k -> new ArrayList<>()).add(e);
            }
        }
        return rollUps(groups);
    }

    /**
     * Rolls up the evaluations by the value of one scope key, such as {@code region}. Targets
     * whose scope lacks the key are left out.
     *
     * @param key  the scope key, not null
     * @return the roll-ups by the key's value, in the order the values are first met, never null
     */
    public ImmutableMap<String, RollUp> byScope(String key) {
        requireNonNull(key, "key");
        Map<String, List<Evaluation>> groups = new LinkedHashMap<>();
        for (Evaluation e : evaluations()) {
            String value = e.target().scope().entries().get(key);
            if (value != null) {
                groups.computeIfAbsent(value, k -> new ArrayList<>()).add(e);
            }
        }
        return rollUps(groups);
    }

    private static ImmutableMap<String, RollUp> rollUps(Map<String, List<Evaluation>> groups) {
        ImmutableMap.Builder<String, RollUp> b = ImmutableMap.builderWithExpectedSize(groups.size());
        groups.forEach((k, v) -> b.put(k, RollUp.of(k, v)));
        return b.buildOrThrow();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Scorecard other && asOf.equals(other.asOf) && evaluations().equals(other.evaluations());
    }

    @Override
    public int hashCode() {
        return asOf.hashCode() * 31 + evaluations().hashCode();
    }

    /**
     * Returns the date and the counts per status.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "Scorecard[asOf=" + asOf + ", " + statuses.length + " targets, " + counts + "]";
    }
}
