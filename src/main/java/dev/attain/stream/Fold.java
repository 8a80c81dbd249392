package dev.attain.stream;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.attain.eval.Judgement;
import dev.attain.eval.Status;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable accumulator behind a {@link Tally}: counts per status and per band, the exact sum
 * of the attainments, rejections, and the folds of the groups. One per thread; folds of
 * consecutive parts of a source are merged in order.
 *
 * <p>Attainments from the fast path arrive as (q, k), meaning q × 10^−k with 0 ≤ k ≤ 18: they
 * are summed per k in 128-bit two's-complement accumulators, so that no addition allocates; the
 * others are summed in a {@code BigDecimal}. The sum is exact either way.
 */
final class Fold {

    private static final Status[] STATUSES = Status.values();

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    final long[] statusCounts = new long[STATUSES.length];
    final long[] bandCounts = new long[STATUSES.length];
    long attained;
    long intervals;
    private final long[] sumLo = new long[19];
    private final long[] sumHi = new long[19];
    private BigDecimal bigSum = BigDecimal.ZERO;
    long rejected;
    final List<RejectedRow> rejections = new ArrayList<>();
    final int maxListed;
    long unmatched;
    /** The groups by key, in the order first met; null unless grouping. */
    Map<String, Fold> groups;

    Fold(int maxListed) {
        this.maxListed = maxListed;
    }

    /** Counts the core's last verdict, with its attainment as the core holds it (a scaled long or a BigDecimal). */
    void add(Judgement j) {
        if (!j.hasAttainment()) {
            add(j.statusOrdinal(), j.bandOrdinal());
        } else if (j.attainmentIsScaled()) {
            add(j.statusOrdinal(), j.bandOrdinal(), j.attainmentUnscaled(), j.attainmentScale());
        } else {
            add(j.statusOrdinal(), j.bandOrdinal(), j.attainment().orElseThrow());
        }
    }

    /** Counts a verdict without an attainment. */
    void add(int status, int band) {
        statusCounts[status]++;
        bandCounts[band]++;
    }

    /** Counts a verdict with the attainment q × 10^−k, q ≥ 0, 0 ≤ k ≤ 18. */
    void add(int status, int band, long q, int k) {
        statusCounts[status]++;
        bandCounts[band]++;
        attained++;
        long lo = sumLo[k] + q;
        if (Long.compareUnsigned(lo, q) < 0) {
            sumHi[k]++;
        }
        sumLo[k] = lo;
    }

    /** Counts a verdict with an attainment in BigDecimal. */
    void add(int status, int band, BigDecimal attainment) {
        statusCounts[status]++;
        bandCounts[band]++;
        attained++;
        bigSum = bigSum.add(attainment);
    }

    /** Counts a verdict whose attainment is an interval, not one number. */
    void addInterval(int status, int band) {
        statusCounts[status]++;
        bandCounts[band]++;
        intervals++;
    }

    /** Counts a rejected row, listing it while fewer than the limit are listed. */
    void reject(RejectedRow row) {
        rejected++;
        if (rejections.size() < maxListed) {
            rejections.add(row);
        }
    }

    /** The fold of a group, created on first use. */
    Fold group(String key) {
        if (groups == null) {
            groups = new LinkedHashMap<>();
        }
        return groups.computeIfAbsent(key, k -> new Fold(0));
    }

    /** The exact sum of the attainments. */
    BigDecimal sum() {
        BigDecimal s = bigSum;
        for (int k = 0; k < sumLo.length; k++) {
            if (sumLo[k] == 0 && sumHi[k] == 0) {
                continue;
            }
            BigInteger lo = new BigInteger(Long.toUnsignedString(sumLo[k]));
            BigInteger v = BigInteger.valueOf(sumHi[k]).multiply(TWO_64).add(lo);
            s = s.add(new BigDecimal(v, k));
        }
        return s;
    }

    /**
     * Adds another fold into this one. Rejections keep their order: this fold's first, then the
     * other's, with the other's lines moved on by lineOffset.
     */
    void merge(Fold other, long lineOffset) {
        for (int i = 0; i < statusCounts.length; i++) {
            statusCounts[i] += other.statusCounts[i];
            bandCounts[i] += other.bandCounts[i];
        }
        attained += other.attained;
        intervals += other.intervals;
        for (int k = 0; k < sumLo.length; k++) {
            long lo = sumLo[k] + other.sumLo[k];
            long carry = Long.compareUnsigned(lo, sumLo[k]) < 0 ? 1 : 0;
            sumHi[k] += other.sumHi[k] + carry;
            sumLo[k] = lo;
        }
        bigSum = bigSum.add(other.bigSum);
        rejected += other.rejected;
        for (RejectedRow r : other.rejections) {
            if (rejections.size() < maxListed) {
                rejections.add(lineOffset == 0 ? r : r.movedBy(lineOffset));
            }
        }
        unmatched += other.unmatched;
        if (other.groups != null) {
            for (Map.Entry<String, Fold> e : other.groups.entrySet()) {
                group(e.getKey()).merge(e.getValue(), 0);
            }
        }
    }

    /** The immutable tally of this fold. */
    Tally toTally() {
        ImmutableMap<String, Tally> g = ImmutableMap.of();
        if (groups != null) {
            ImmutableMap.Builder<String, Tally> b = ImmutableMap.builderWithExpectedSize(groups.size());
            groups.forEach((k, v) -> b.put(k, v.toTally()));
            g = b.buildOrThrow();
        }
        return new Tally(statusCounts.clone(), bandCounts.clone(), attained, intervals, sum(), rejected,
                ImmutableList.copyOf(rejections), unmatched, g);
    }

    static Status status(int ordinal) {
        return STATUSES[ordinal];
    }
}
