package dev.attain.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.attain.eval.TargetIndex.Kind;
import dev.attain.model.Outcome;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Which figure is judged: the rule that chooses a target's span as of a date and sums the
 * figures in force for it, in the plan's unit. See {@link Evaluator} for the rule in words
 * (steps "as of", "which figure", "units" and "sums").
 */
final class Figures {

    private Figures() {
    }

    /**
     * The outcome chosen: the span judged and how it relates to the target's period, and the
     * figures in force for it.
     *
     * @param kind  how the span relates to the target's period; NONE when nothing usable was published
     * @param first  the span's first month index
     * @param last  the span's last month index
     * @param firstLater  the first publication day after the date of a usable figure, or
     *     {@link Long#MAX_VALUE} if none (said when there is no data)
     * @param actual  the sum of the parts' values in the plan's unit; null with no data, or
     *     when the figure of part {@code failedPart} could not be converted
     * @param used  the outcomes the verdict uses, part by part, up to the one that failed
     * @param inForce  per part, the flat index of the outcome in force, or -1 if none was
     *     reported; null with no data
     * @param rates  per part, the rate its figure was converted at, null where it needed none;
     *     null when no part needed one
     * @param failedPart  the part whose figure could not be converted, or -1
     */
    record Chosen(Kind kind, int first, int last, long firstLater, @Nullable Range<BigDecimal> actual,
            ImmutableList<Outcome> used, int @Nullable [] inForce, @Nullable BigDecimal @Nullable [] rates,
            int failedPart) {
    }

    /**
     * When a period's figure is due, from the publication pattern of the history: the latest
     * earlier figure for a span as long as the target's period, first published {@code lagDays}
     * days after its span ended, puts the target's figure at the period's end plus as many days.
     *
     * @param date  the day the figure for the target's period is due, about
     * @param pattern  the earlier span whose publication sets the pattern
     * @param lagDays  the days from that span's end to its first publication
     */
    record Due(java.time.LocalDate date, dev.attain.model.Period pattern, long lagDays) {
    }

    /** When the figure for the target's whole period is due, or null when no earlier figure shows a pattern. */
    static @Nullable Due due(TargetIndex plan, Setting setting) {
        int length = plan.periodLast - plan.periodFirst;
        int bestLast = Integer.MIN_VALUE;
        int bestX = -1;
        for (int x = plan.from(0), end = plan.to(plan.parts - 1); x < end; x++) {
            int l = plan.last(x);
            if (plan.published(x) > setting.asOfDay() || l - plan.first(x) != length || l >= plan.periodLast) {
                continue;
            }
            if (l > bestLast || l == bestLast && plan.published(x) < plan.published(bestX)) {
                bestLast = l;
                bestX = x;
            }
        }
        if (bestX < 0) {
            return null;
        }
        dev.attain.model.Period pattern = History.span(plan.first(bestX), bestLast);
        long lag = plan.published(bestX) - pattern.end().toEpochDay();
        return new Due(plan.periodEnd.plusDays(lag), pattern, lag);
    }

    /**
     * Chooses the span judged, the usable one ending last (the longer on a tie), and sums its
     * figures in force.
     */
    static Chosen choose(TargetIndex plan, Setting setting) {
        long asOfDay = setting.asOfDay();
        int bestFirst = 0;
        int bestLast = Integer.MIN_VALUE;
        Kind bestKind = Kind.NONE;
        long firstLater = Long.MAX_VALUE;
        for (int x = plan.from(0), end = plan.to(plan.parts - 1); x < end; x++) {
            Kind k = plan.kind(x);
            if (k == Kind.NONE) {
                continue;
            }
            long p = plan.published(x);
            if (p > asOfDay) {
                firstLater = Math.min(firstLater, p);
                continue;
            }
            int f = plan.first(x);
            int l = plan.last(x);
            if (l > bestLast || l == bestLast && f < bestFirst) {
                bestFirst = f;
                bestLast = l;
                bestKind = k;
            }
        }
        if (bestKind == Kind.NONE) {
            return new Chosen(Kind.NONE, 0, 0, firstLater, null, ImmutableList.of(), null, null, -1);
        }
        int parts = plan.parts;
        int[] inForce = new int[parts];
        BigDecimal[] rates = null;
        ImmutableList.Builder<Outcome> used = ImmutableList.builderWithExpectedSize(parts);
        Range<BigDecimal> sum = null;
        for (int i = 0; i < parts; i++) {
            int x = plan.inForce(i, bestFirst, bestLast, asOfDay);
            inForce[i] = x;
            if (x < 0) {
                sum = plus(sum, plan.unreported(i));
                continue;
            }
            used.add(plan.outcome(x));
            Range<BigDecimal> part = plan.value(x);
            if (part == null) {
                BigDecimal r = setting.rate(plan.outcome(x).value().unit(), plan.unit);
                if (r == null) {
                    return new Chosen(bestKind, bestFirst, bestLast, firstLater, null, used.build(), inForce, rates, i);
                }
                if (rates == null) {
                    rates = new BigDecimal[parts];
                }
                rates[i] = r;
                part = converted(plan, i, x, r);
            }
            sum = plus(sum, part);
        }
        return new Chosen(bestKind, bestFirst, bestLast, firstLater, sum, used.build(), inForce, rates, -1);
    }

    /**
     * The sum of the parts' figures in force for another span (a projection's point), or null
     * when a figure could not be converted.
     */
    static @Nullable Range<BigDecimal> sum(TargetIndex plan, Setting setting, int first, int last) {
        Range<BigDecimal> sum = null;
        for (int i = 0, n = plan.parts; i < n; i++) {
            int x = plan.inForce(i, first, last, setting.asOfDay());
            Range<BigDecimal> part;
            if (x < 0) {
                part = plan.unreported(i);
            } else {
                part = plan.value(x);
                if (part == null) {
                    BigDecimal r = setting.rate(plan.outcome(x).value().unit(), plan.unit);
                    if (r == null) {
                        return null;
                    }
                    part = converted(plan, i, x, r);
                }
            }
            sum = plus(sum, part);
        }
        return sum;
    }

    /** The values of part i's figure at flat index x, converted at a rate into the plan's unit. */
    static Range<BigDecimal> converted(TargetIndex plan, int i, int x, BigDecimal rate) {
        return plan.partValues(i, Setting.scale(plan.outcome(x).value().range(), rate));
    }

    private static Range<BigDecimal> plus(@Nullable Range<BigDecimal> sum, Range<BigDecimal> part) {
        return sum == null ? part : Intervals.plus(sum, part);
    }
}
