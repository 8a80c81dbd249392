package dev.attain.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.attain.eval.TargetIndex.Kind;
import dev.attain.model.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which figure is judged: the rule that chooses a target's span as of a date and sums the
 * figures in force for it, in the plan's unit. See {@link Evaluator} for the rule in words
 * (steps "as of", "which figure", "increments from totals", "units" and "sums").
 *
 * <p><b>Increments from totals.</b> A part whose INCREMENT indicator names its total
 * ({@link dev.attain.model.Indicator#total()}) and has no increment reported for the span
 * judged is derived from the total: its increment over a span from the period's first month
 * to month m is the total at the end of m minus the total at the end of the month before the
 * period, each the figure in force as of the date among the total's figures whose span ends
 * with that month (the same rule of the latest publication), subtracted as intervals. Such a
 * span competes with the reported ones by the same rule (the one ending last, the longer on a
 * tie); for the same span, a reported increment takes precedence over the derived one.
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
     * @param derived  per part, its increment derived from its total where it was (its
     *     {@code inForce} is then -1), else null; null when no part's was
     */
    record Chosen(Kind kind, int first, int last, long firstLater, @Nullable Range<BigDecimal> actual,
            ImmutableList<Outcome> used, int @Nullable [] inForce, @Nullable BigDecimal @Nullable [] rates,
            int failedPart, @Nullable Derived @Nullable [] derived) {
    }

    /**
     * A part's increment derived from its total over the span from the period's first month to
     * the end of another: the total at the span's end minus the total at the end of the month
     * before the period.
     *
     * @param start  the flat index of the total in force at the end of the month before the period
     * @param end  the flat index of the total in force at the end of the span
     * @param startValues  the start total's values in the plan's unit; null when they could not be converted
     * @param endValues  the end total's values in the plan's unit; null when they could not be converted
     * @param startRate  the rate the start total was converted at; null when it needed none (or none was known)
     * @param endRate  the rate the end total was converted at; null when it needed none (or none was known)
     * @param values  end − start, as the part counts (non-negative only, when it cannot be
     *     negative); null when a total could not be converted
     */
    record Derived(int start, int end, @Nullable Range<BigDecimal> startValues, @Nullable Range<BigDecimal> endValues,
            @Nullable BigDecimal startRate, @Nullable BigDecimal endRate, @Nullable Range<BigDecimal> values) {
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

    /**
     * When the figure for the target's whole period is due, or null when no earlier figure shows
     * a pattern; the figures of the totals increments are derived from count as earlier figures.
     */
    static @Nullable Due due(TargetIndex plan, Setting setting) {
        int length = plan.periodLast - plan.periodFirst;
        int bestLast = Integer.MIN_VALUE;
        int bestX = -1;
        int end = plan.derives() ? plan.totalTo(plan.parts - 1) : plan.to(plan.parts - 1);
        for (int x = plan.from(0); x < end; x++) {
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
        for (int i = 0; plan.derives() && i < plan.parts; i++) {
            if (plan.total(i) == null) {
                continue;
            }
            int[] ends = derivable(plan, asOfDay, i);
            int f = plan.periodFirst;
            int l = ends.length == 0 ? Integer.MIN_VALUE : ends[ends.length - 1];
            Kind k = ends.length == 0 ? Kind.NONE : plan.classify(f, l);
            if (k != Kind.NONE && (l > bestLast || l == bestLast && f < bestFirst)) {
                bestFirst = f;
                bestLast = l;
                bestKind = k;
            }
            firstLater = Math.min(firstLater, derivableLater(plan, asOfDay, i));
        }
        if (bestKind == Kind.NONE) {
            return new Chosen(Kind.NONE, 0, 0, firstLater, null, ImmutableList.of(), null, null, -1, null);
        }
        int parts = plan.parts;
        int[] inForce = new int[parts];
        BigDecimal[] rates = null;
        Derived[] derived = null;
        ImmutableList.Builder<Outcome> used = ImmutableList.builderWithExpectedSize(parts);
        Range<BigDecimal> sum = null;
        for (int i = 0; i < parts; i++) {
            int x = plan.inForce(i, bestFirst, bestLast, asOfDay);
            inForce[i] = x;
            if (x < 0) {
                Derived d = bestFirst == plan.periodFirst ? derive(plan, setting, i, bestLast) : null;
                if (d == null) {
                    sum = plus(sum, plan.unreported(i));
                    continue;
                }
                if (derived == null) {
                    derived = new Derived[parts];
                }
                derived[i] = d;
                used.add(plan.outcome(d.start()));
                used.add(plan.outcome(d.end()));
                if (d.values() == null) {
                    return new Chosen(bestKind, bestFirst, bestLast, firstLater, null, used.build(), inForce, rates, i,
                            derived);
                }
                sum = plus(sum, d.values());
                continue;
            }
            used.add(plan.outcome(x));
            Range<BigDecimal> part = plan.value(x);
            if (part == null) {
                BigDecimal r = setting.rate(plan.outcome(x).value().unit(), plan.unit);
                if (r == null) {
                    return new Chosen(bestKind, bestFirst, bestLast, firstLater, null, used.build(), inForce, rates, i,
                            derived);
                }
                if (rates == null) {
                    rates = new BigDecimal[parts];
                }
                rates[i] = r;
                part = converted(plan, i, x, r);
            }
            sum = plus(sum, part);
        }
        return new Chosen(bestKind, bestFirst, bestLast, firstLater, sum, used.build(), inForce, rates, -1, derived);
    }

    /**
     * The last months m of the spans from the period's first month to m over which a part's
     * increment can be derived from its total as of a day: each month of the period at whose
     * end a figure of the total had been published, when one had been for the end of the
     * month before the period; ascending, each once. Empty when the part names no total.
     */
    static int[] derivable(TargetIndex plan, long asOfDay, int part) {
        if (plan.totalAt(part, plan.periodFirst - 1, asOfDay) < 0) {
            return new int[0];
        }
        int[] ends = new int[plan.totalTo(part) - plan.totalFrom(part)];
        int n = 0;
        for (int x = plan.totalFrom(part), end = plan.totalTo(part); x < end; x++) {
            int l = plan.last(x);
            if (l >= plan.periodFirst && l <= plan.periodLast && plan.published(x) <= asOfDay) {
                ends[n++] = l;
            }
        }
        return java.util.Arrays.stream(ends, 0, n).sorted().distinct().toArray();
    }

    /**
     * The first day after a day on which a part's increment becomes derivable from its total
     * (both totals published), or {@link Long#MAX_VALUE} if none is known.
     */
    private static long derivableLater(TargetIndex plan, long asOfDay, int part) {
        long start = Long.MAX_VALUE;
        for (int x = plan.totalFrom(part), end = plan.totalTo(part); x < end; x++) {
            if (plan.last(x) == plan.periodFirst - 1) {
                start = Math.min(start, plan.published(x));
            }
        }
        long later = Long.MAX_VALUE;
        for (int x = plan.totalFrom(part), end = plan.totalTo(part); x < end; x++) {
            int l = plan.last(x);
            long both = Math.max(start, plan.published(x));
            if (l >= plan.periodFirst && l <= plan.periodLast && both > asOfDay) {
                later = Math.min(later, both);
            }
        }
        return later;
    }

    /**
     * The month ends at which a part's increment lacked its total as of a day, when it could
     * not be derived: the end of the month before the period, and the period's end when no
     * figure of the total for the end of any month of the period had been published. Empty
     * when the part names no total or its increment can be derived.
     */
    static List<Integer> missingTotals(TargetIndex plan, long asOfDay, int part) {
        List<Integer> missing = new ArrayList<>(2);
        if (plan.total(part) == null) {
            return missing;
        }
        if (plan.totalAt(part, plan.periodFirst - 1, asOfDay) < 0) {
            missing.add(plan.periodFirst - 1);
        }
        boolean within = false;
        for (int x = plan.totalFrom(part), end = plan.totalTo(part); x < end; x++) {
            int l = plan.last(x);
            within |= l >= plan.periodFirst && l <= plan.periodLast && plan.published(x) <= asOfDay;
        }
        if (!within) {
            missing.add(plan.periodLast);
        }
        return missing;
    }

    /**
     * A part's increment over the span from the period's first month to the end of month
     * {@code last}, derived from its total as of the date; null when the part names no total
     * or a total had not been published.
     */
    static @Nullable Derived derive(TargetIndex plan, Setting setting, int part, int last) {
        long day = setting.asOfDay();
        int s = plan.totalAt(part, plan.periodFirst - 1, day);
        int e = s < 0 ? -1 : plan.totalAt(part, last, day);
        if (e < 0) {
            return null;
        }
        BigDecimal startRate = plan.value(s) == null ? setting.rate(plan.outcome(s).value().unit(), plan.unit) : null;
        BigDecimal endRate = plan.value(e) == null ? setting.rate(plan.outcome(e).value().unit(), plan.unit) : null;
        Range<BigDecimal> start = total(plan, part, s, startRate);
        Range<BigDecimal> end = total(plan, part, e, endRate);
        Range<BigDecimal> values = start == null || end == null ? null
                : plan.partValues(part, Intervals.minus(end, start));
        return new Derived(s, e, start, end, startRate, endRate, values);
    }

    /** A total's values in the plan's unit: as stored, else converted at a rate; null without one. */
    private static @Nullable Range<BigDecimal> total(TargetIndex plan, int part, int x, @Nullable BigDecimal rate) {
        Range<BigDecimal> v = plan.value(x);
        if (v != null || rate == null) {
            return v;
        }
        return plan.totalValues(part, Setting.scale(plan.outcome(x).value().range(), rate));
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
            Derived d = x < 0 && first == plan.periodFirst ? derive(plan, setting, i, last) : null;
            if (d != null) {
                part = d.values();
                if (part == null) {
                    return null;
                }
            } else if (x < 0) {
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
