package dev.attain.stream;

import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Status;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a stream of verdicts folds into: counts per {@link Status} and per band, the exact sum of
 * the attainments, the rows rejected, and the same per group (the roll-ups).
 *
 * <p>Each verdict has a {@link Verdict#status() status} (ACHIEVED, MISSED, NO_DATA … as the
 * {@link Evaluator} gives it) and a {@link Verdict#band() band} (the thresholds' ON_TRACK,
 * AT_RISK or OFF_TRACK for its attainment; NO_DATA when nothing was reported). Both are
 * counted. {@link #attainmentSum()} adds every attainment that is one number, each as rounded by
 * {@link Evaluator#MATH_CONTEXT}, exactly; attainments that are intervals (from imprecise
 * figures of the outcome path) are counted by {@link #intervalAttainments()} and left out of the
 * sum.
 *
 * <p>Rejected rows are counted by {@link #rejected()}; {@link #rejections()} lists the first of
 * them (up to the limit the source was given), in the order of the source.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe, and a value type: two tallies are equal when all
 * their counts, sums, rejections and groups are.
 */
public final class Tally {

    private final long[] statusCounts;
    private final long[] bandCounts;
    private final long attained;
    private final long intervals;
    private final BigDecimal attainmentSum;
    private final long rejected;
    private final ImmutableList<RejectedRow> rejections;
    private final long unmatched;
    private final ImmutableMap<String, Tally> groups;

    Tally(long[] statusCounts, long[] bandCounts, long attained, long intervals, BigDecimal attainmentSum,
            long rejected, ImmutableList<RejectedRow> rejections, long unmatched, ImmutableMap<String, Tally> groups) {
        this.statusCounts = statusCounts;
        this.bandCounts = bandCounts;
        this.attained = attained;
        this.intervals = intervals;
        this.attainmentSum = attainmentSum;
        this.rejected = rejected;
        this.rejections = rejections;
        this.unmatched = unmatched;
        this.groups = groups;
    }

    /**
     * Returns the number of verdicts folded: every row judged, not counting rejected rows.
     *
     * @return the number of verdicts, zero or more
     */
    public long verdicts() {
        long n = 0;
        for (long c : statusCounts) {
            n += c;
        }
        return n;
    }

    /**
     * Returns the number of verdicts with a status.
     *
     * @param status  the status, not null
     * @return the count, zero or more
     */
    public long count(Status status) {
        return statusCounts[requireNonNull(status, "status").ordinal()];
    }

    /**
     * Returns the number of verdicts per status, every status present, in the order of
     * {@link Status}'s constants.
     *
     * @return the counts, never null
     */
    public ImmutableMap<Status, Long> counts() {
        return map(statusCounts);
    }

    /**
     * Returns the number of verdicts in a band.
     *
     * @param band  the band: ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA or INDETERMINATE, not null
     * @return the count, zero or more
     */
    public long bandCount(Status band) {
        return bandCounts[requireNonNull(band, "band").ordinal()];
    }

    /**
     * Returns the number of verdicts per band, every status present, in the order of
     * {@link Status}'s constants.
     *
     * @return the counts, never null
     */
    public ImmutableMap<Status, Long> bandCounts() {
        return map(bandCounts);
    }

    private static ImmutableMap<Status, Long> map(long[] counts) {
        Map<Status, Long> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            m.put(s, counts[s.ordinal()]);
        }
        return Maps.immutableEnumMap(m);
    }

    /**
     * Returns the worst status of the verdicts, by {@link Status#severity()}.
     *
     * @return the worst status, or empty if there were no verdicts
     */
    public Optional<Status> worst() {
        Status worst = null;
        for (Status s : Status.values()) {
            if (statusCounts[s.ordinal()] > 0 && (worst == null || s.severity() > worst.severity())) {
                worst = s;
            }
        }
        return Optional.ofNullable(worst);
    }

    /**
     * Returns the number of verdicts whose attainment is one number: those in
     * {@link #attainmentSum()}.
     *
     * @return the count, zero or more
     */
    public long attained() {
        return attained;
    }

    /**
     * Returns the number of verdicts whose attainment is an interval, not one number; they are
     * counted in the statuses and bands but not in {@link #attainmentSum()}.
     *
     * @return the count, zero or more
     */
    public long intervalAttainments() {
        return intervals;
    }

    /**
     * Returns the exact sum of the attainments that are one number, each rounded by
     * {@link Evaluator#MATH_CONTEXT} as the evaluator rounds it, added without rounding.
     *
     * @return the sum, zero when there are none, never null
     */
    public BigDecimal attainmentSum() {
        return attainmentSum;
    }

    /**
     * Returns the mean of the attainments that are one number: {@link #attainmentSum()} ÷
     * {@link #attained()}, rounded by {@link Evaluator#MATH_CONTEXT}; the weighted mean of a
     * {@link dev.attain.eval.RollUp} for targets of weight 1.
     *
     * @return the mean, or empty if no verdict had an attainment
     */
    public Optional<BigDecimal> meanAttainment() {
        return attained == 0 ? Optional.empty()
                : Optional.of(attainmentSum.divide(BigDecimal.valueOf(attained), Evaluator.MATH_CONTEXT));
    }

    /**
     * Returns the number of rows rejected (in the collecting mode; in the failing mode the first
     * one throws).
     *
     * @return the count, zero or more
     */
    public long rejected() {
        return rejected;
    }

    /**
     * Returns the first rejected rows, in the order of the source, up to the limit the source
     * was given; {@link #rejected()} counts them all.
     *
     * @return the rejected rows, never null
     */
    public ImmutableList<RejectedRow> rejections() {
        return rejections;
    }

    /**
     * Returns the number of outcomes that matched no target held (from an outcome source; zero
     * for a table, whose rows are their own targets). They are not verdicts.
     *
     * @return the count, zero or more
     */
    public long unmatched() {
        return unmatched;
    }

    /**
     * Returns the roll-ups: the tally of each group, by the group's value, in the order the
     * values were first met; empty unless the source was grouped. Groups carry no rejections.
     *
     * @return the groups, never null
     */
    public ImmutableMap<String, Tally> groups() {
        return groups;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Tally o && Arrays.equals(statusCounts, o.statusCounts)
                && Arrays.equals(bandCounts, o.bandCounts) && attained == o.attained && intervals == o.intervals
                && attainmentSum.compareTo(o.attainmentSum) == 0 && rejected == o.rejected
                && rejections.equals(o.rejections) && unmatched == o.unmatched && groups.equals(o.groups);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(statusCounts) * 31 + Arrays.hashCode(bandCounts) * 17
                + attainmentSum.stripTrailingZeros().hashCode() + Long.hashCode(rejected) + groups.hashCode();
    }

    /**
     * Returns the counts, the sum and the rejections in words.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return MoreObjects.toStringHelper("Tally").add("verdicts", verdicts()).add("status", nonZero(statusCounts))
                .add("band", nonZero(bandCounts)).add("attained", attained)
                .add("attainmentSum", attainmentSum.toPlainString()).add("rejected", rejected)
                .add("unmatched", unmatched).add("groups", groups.size()).toString();
    }

    private static Map<Status, Long> nonZero(long[] counts) {
        Map<Status, Long> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            if (counts[s.ordinal()] != 0) {
                m.put(s, counts[s.ordinal()]);
            }
        }
        return m;
    }
}
