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

/**
 * The evaluations of a dataset as of one date: one {@link Evaluation} per target, counts per
 * status, the shortfalls, and roll-ups by tag or by scope.
 *
 * <p>{@link #evaluations()} lists the shortfalls first, worst first (MISSED, then OFF_TRACK,
 * then AT_RISK), then every other evaluation; within each group in dataset order.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe, and a value type: two scorecards are equal when
 * their dates and evaluations are.
 */
public final class Scorecard {

    private final LocalDate asOf;
    private final ImmutableList<Evaluation> evaluations;
    private final ImmutableMap<Status, Integer> counts;
    private final int shortfalls;

    private Scorecard(LocalDate asOf, ImmutableList<Evaluation> evaluations, ImmutableMap<Status, Integer> counts,
            int shortfalls) {
        this.asOf = asOf;
        this.evaluations = evaluations;
        this.counts = counts;
        this.shortfalls = shortfalls;
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
            statuses[i] = (byte) all[i].status().ordinal();
        }
        return of(asOf, all, statuses);
    }

    /**
     * Returns a scorecard of evaluations given in dataset order, with the ordinal of each one's
     * status: shortfalls placed first, worst first, in one pass over the statuses.
     */
    static Scorecard of(LocalDate asOf, Evaluation[] inDatasetOrder, byte[] statuses) {
        int[] counts = new int[Status.values().length];
        for (byte s : statuses) {
            counts[s]++;
        }
        int missed = counts[Status.MISSED.ordinal()];
        int offTrack = counts[Status.OFF_TRACK.ordinal()];
        int shortfalls = missed + offTrack + counts[Status.AT_RISK.ordinal()];
        // the next slot of each shortfall group; every other status shares one, after them
        int[] next = new int[counts.length];
        Arrays.fill(next, -1);
        next[Status.MISSED.ordinal()] = 0;
        next[Status.OFF_TRACK.ordinal()] = missed;
        next[Status.AT_RISK.ordinal()] = missed + offTrack;
        int other = shortfalls;
        Evaluation[] ordered = new Evaluation[inDatasetOrder.length];
        for (int i = 0; i < inDatasetOrder.length; i++) {
            Evaluation e = requireNonNull(inDatasetOrder[i], "evaluation");
            int s = statuses[i];
            ordered[next[s] >= 0 ? next[s]++ : other++] = e;
        }
        return new Scorecard(asOf, ImmutableList.copyOf(ordered), RollUp.counts(counts), shortfalls);
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
        return evaluations;
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
        return evaluations.subList(0, shortfalls);
    }

    /**
     * Returns the evaluation of a target. Looks through the evaluations in order.
     *
     * @param targetId  the target's id, not null
     * @return the evaluation, or empty if the scorecard has none for that id
     */
    public Optional<Evaluation> evaluation(String targetId) {
        requireNonNull(targetId, "targetId");
        for (Evaluation e : evaluations) {
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
        return evaluations.isEmpty() ? Optional.empty() : Optional.of(RollUp.of("all", evaluations));
    }

    /**
     * Rolls up the evaluations by tag: a target belongs to each of its own tags and of its
     * indicators' tags. Groups are in the order their tags are first met.
     *
     * @return the roll-ups by tag, never null
     */
    public ImmutableMap<String, RollUp> byTag() {
        Map<String, List<Evaluation>> groups = new LinkedHashMap<>();
        for (Evaluation e : evaluations) {
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
        for (Evaluation e : evaluations) {
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
        return obj instanceof Scorecard other && asOf.equals(other.asOf) && evaluations.equals(other.evaluations);
    }

    @Override
    public int hashCode() {
        return asOf.hashCode() * 31 + evaluations.hashCode();
    }

    /**
     * Returns the date and the counts per status.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "Scorecard[asOf=" + asOf + ", " + evaluations.size() + " targets, " + counts + "]";
    }
}
