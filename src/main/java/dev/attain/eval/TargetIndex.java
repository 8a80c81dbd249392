package dev.attain.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import dev.attain.model.Aggregation;
import dev.attain.model.Baseline;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What can be known about a target before any date is given: its indicators, the outcomes of
 * each part with their spans, publication days and {@link Kind}, and its requirement read as a
 * {@link Requirement} (when it needs no conversion). Built once per target and dataset; the
 * as-of judgement ({@link Verdict}) then reads compact arrays instead of chasing the model's
 * objects.
 */
final class TargetIndex {

    /** How a span of months relates to the target's period. */
    enum Kind {
        /** The whole period (or, for a level, a span ending with it): a final verdict. */
        FINAL,
        /** A cumulative figure from the period's start to before its end (1—6月 of a year). */
        WITHIN,
        /** A figure on the path from the baseline, before the period ends. */
        BASELINE,
        /** A figure within the period, with no path to judge it on: compared directly. */
        FLAT,
        /** Not usable for this target. */
        NONE
    }

    private static final Kind[] KINDS = Kind.values();
    /** A first month that matches any span's: a level's value at a month's end. */
    private static final int ANY_FIRST = Integer.MIN_VALUE;
    /** {0, n} for small n: where the outcomes of a one-part plan start and end, shared. */
    private static final int[][] ONE_PART = new int[16][];

    static {
        for (int n = 0; n < ONE_PART.length; n++) {
            ONE_PART[n] = new int[] {0, n};
        }
    }

    final Target target;
    final ImmutableList<Indicator> indicators;
    /** The number of indicators, or parts, summed. */
    final int parts;
    final Indicator lead;
    final Unit unit;
    /**
     * The unit the requirement and its tiers are judged in: the plan's unit, or for a relative
     * requirement the unit {@link Relation#judgedUnit} names (a bare number, %, pp or the plan's).
     */
    final Unit judged;
    final Measure measure;
    final boolean ratioScale;
    final boolean allNonNegative;
    final int periodFirst;
    final int periodLast;
    /** The index of the baseline's last month, or {@link Integer#MIN_VALUE} without a baseline. */
    final int baselineLast;
    /** The first and last day of the target's period, and the last of the baseline's (null without one). */
    final LocalDate periodStart;
    final LocalDate periodEnd;
    final @Nullable LocalDate baselineEnd;
    /** The requirement as a test, or null when its unit must be converted first. */
    final @Nullable Requirement criterion;
    /**
     * The baseline's values and number in the plan's unit (its values limited to non-negative
     * ones when every part's indicator is), or null without a baseline or when its unit must be
     * converted first.
     */
    final @Nullable Range<BigDecimal> baselineValues;
    final @Nullable BigDecimal baselineNumber;
    /** Whether the target has a floor or a stretch tier. */
    final boolean hasTiers;
    /**
     * For a target on each of several indicators, the plan of each part (the target on that
     * indicator alone), in order; empty for any other target. Set once, by {@link #of}.
     */
    ImmutableList<TargetIndex> each = ImmutableList.of();
    /**
     * For a relative requirement, the plan of what it is measured against: the same indicator
     * over the earlier period (a change), or the other indicator over the target's period (a
     * comparison), in the same scope; null for any other target. Set once, by {@link #of}.
     */
    @Nullable TargetIndex reference;

    /**
     * Per part, the LEVEL indicator its increments are the change of ({@link Indicator#total()}),
     * or null where it names none; null when no part names one (the common case).
     */
    private final @Nullable Indicator @Nullable [] totals;

    // The outcomes of all parts in one run, part by part, each part's in dataset order: part i
    // has those at flat indexes starts[i] (inclusive) to starts[i + 1]. When a part names a
    // total, the totals' outcomes follow, part by part: those of part i's total at starts[parts
    // + i] to starts[parts + i + 1]. Kept in a few flat arrays, as an evaluation reads them for
    // every target.
    private final int[] starts;
    private final Outcome[] outcomes;
    /** Per outcome, two longs: first month << 32 | last month; publication day << 3 | kind. */
    private final long[] spans;
    /**
     * Per outcome: its values in the plan's unit, limited to non-negative ones for an indicator
     * that cannot be negative; null where the unit must be converted at evaluation.
     */
    private final @Nullable Range<BigDecimal>[] values;
    /**
     * Per outcome: the reason that reports it, built on first use and then shared by every
     * evaluation of this plan (a benign race: equal values, safely published); null until then.
     */
    private @Nullable Reason @Nullable [] reported;

    TargetIndex(Target target, ImmutableList<Indicator> indicators, @Nullable Indicator @Nullable [] totals,
            History history) {
        this.target = target;
        this.indicators = indicators;
        this.totals = totals;
        this.parts = indicators.size();
        this.lead = indicators.get(0);
        this.unit = lead.unit();
        this.judged = target.relation().isEmpty() ? unit
                : target.relation().get().judgedUnit(target.requirement().unit(), lead);
        this.measure = lead.measure();
        this.ratioScale = Requirement.measuresAttainment(lead);
        boolean nonNegative = true;
        for (Indicator ind : indicators) {
            nonNegative &= ind.nonNegative();
        }
        this.allNonNegative = nonNegative;
        this.periodFirst = History.first(target.period());
        this.periodLast = History.last(target.period());
        this.baselineLast = target.baseline().isPresent() ? History.last(target.baseline().get().period())
                : Integer.MIN_VALUE;
        this.periodStart = target.period().start();
        this.periodEnd = target.period().end();
        this.baselineEnd = target.baseline().map(b -> b.period().end()).orElse(null);
        Figure req = target.requirement();
        this.criterion = req.unit().equals(unit)
                ? Requirement.of(req.qualifier(), req.nominal(), req.range(), lead.polarity(), target.sides()) : null;
        Figure base = target.baseline().map(Baseline::value).filter(b -> b.unit().equals(unit)).orElse(null);
        this.baselineValues = base == null ? null : startValues(base.range());
        this.baselineNumber = base == null ? null : base.nominal();
        this.hasTiers = target.floor().isPresent() || target.stretch().isPresent();

        int sections = totals == null ? parts : 2 * parts;
        List<List<Outcome>> lists = new ArrayList<>(sections);
        int total = 0;
        for (int i = 0; i < sections; i++) {
            Indicator ind = i < parts ? indicators.get(i) : totals[i - parts];
            List<Outcome> list = ind == null ? List.of() : history.of(ind.id(), target.scope());
            lists.add(list);
            total += list.size();
        }
        int[] s = sections == 1 && total < ONE_PART.length ? ONE_PART[total] : new int[sections + 1];
        this.outcomes = new Outcome[total];
        this.spans = new long[2 * total];
        @SuppressWarnings("unchecked")
        Range<BigDecimal>[] v = new Range[total];
        this.values = v;
        int x = 0;
        for (int i = 0; i < sections; i++) {
            s[i] = x;
            for (Outcome o : lists.get(i)) {
                int f = History.first(o.period());
                int l = History.last(o.period());
                outcomes[x] = o;
                spans[2 * x] = (long) f << 32 | (l & 0xFFFF_FFFFL);
                // a total's outcome is no figure of the target's own: never a span to judge
                spans[2 * x + 1] = o.published().toEpochDay() << 3 | (i < parts ? classify(f, l) : Kind.NONE).ordinal();
                if (o.value().unit().equals(unit)) {
                    v[x] = i < parts ? partValues(i, o.value().range()) : totalValues(i - parts, o.value().range());
                }
                x++;
            }
        }
        s[sections] = x;
        this.starts = s;
    }

    /**
     * A part's reported values in the plan's unit as they count: limited to non-negative ones
     * when its indicator cannot be negative.
     */
    Range<BigDecimal> partValues(int part, Range<BigDecimal> values) {
        return indicators.get(part).nonNegative() ? Intervals.nonNegative(values) : values;
    }

    /**
     * A part's total's reported values in the plan's unit as they count: limited to
     * non-negative ones when the total cannot be negative.
     */
    Range<BigDecimal> totalValues(int part, Range<BigDecimal> values) {
        return total(part).nonNegative() ? Intervals.nonNegative(values) : values;
    }

    /**
     * The LEVEL indicator whose change part's increments are ({@link Indicator#total()}), or
     * null when the part's indicator names none.
     */
    @Nullable Indicator total(int part) {
        return totals == null ? null : totals[part];
    }

    /** Whether any part names a total its increments can be derived from. */
    boolean derives() {
        return totals != null;
    }

    /** The flat index of the first outcome of a part's total (valid only when it has one). */
    int totalFrom(int part) {
        return starts[parts + part];
    }

    /** The flat index after the last outcome of a part's total. */
    int totalTo(int part) {
        return starts[parts + part + 1];
    }

    /** What an unreported part counts as: [0, +∞) when its indicator cannot be negative, else any value. */
    Range<BigDecimal> unreported(int part) {
        return indicators.get(part).nonNegative() ? Intervals.NON_NEGATIVE : Range.all();
    }

    /**
     * The values a path starts from (a baseline) in the plan's unit as they count: limited to
     * non-negative ones when every part's indicator cannot be negative.
     */
    Range<BigDecimal> startValues(Range<BigDecimal> values) {
        return allNonNegative ? Intervals.nonNegative(values) : values;
    }

    /** The flat index of a part's first outcome. */
    int from(int part) {
        return starts[part];
    }

    /** The flat index after a part's last outcome. */
    int to(int part) {
        return starts[part + 1];
    }

    /** The outcome at a flat index. */
    Outcome outcome(int x) {
        return outcomes[x];
    }

    /** The index of the first month of the outcome at a flat index. */
    int first(int x) {
        return (int) (spans[2 * x] >> 32);
    }

    /** The index of the last month of the outcome at a flat index. */
    int last(int x) {
        return (int) spans[2 * x];
    }

    /** The publication day (epoch day) of the outcome at a flat index. */
    long published(int x) {
        return spans[2 * x + 1] >> 3;
    }

    /** How the span of the outcome at a flat index relates to the target's period. */
    Kind kind(int x) {
        return KINDS[(int) (spans[2 * x + 1] & 7)];
    }

    /**
     * The values of the outcome at a flat index in the plan's unit (non-negative ones only for
     * an indicator that cannot be negative), or null when its unit must be converted.
     */
    @Nullable Range<BigDecimal> value(int x) {
        return values[x];
    }

    /** Plans every target of a dataset, in order. */
    static ImmutableList<TargetIndex> of(List<Target> targets, ImmutableMap<String, Indicator> byId, History history) {
        ImmutableList.Builder<TargetIndex> b = ImmutableList.builderWithExpectedSize(targets.size());
        for (Target t : targets) {
            b.add(of(t, byId, history));
        }
        return b.build();
    }

    /** Plans one target: for a target on each of several indicators, with a plan of each part. */
    static TargetIndex of(Target target, ImmutableMap<String, Indicator> byId, History history) {
        TargetIndex plan = plain(target, byId, history);
        if (target.isEach()) {
            ImmutableList.Builder<TargetIndex> parts = ImmutableList.builderWithExpectedSize(target.indicators().size());
            for (String id : target.indicators()) {
                parts.add(plain(target.part(id), byId, history));
            }
            plan.each = parts.build();
        }
        return plan;
    }

    /** Plans one target as it is. */
    private static TargetIndex plain(Target target, ImmutableMap<String, Indicator> byId, History history) {
        ImmutableList<Indicator> indicators;
        if (target.indicators().size() == 1) {
            indicators = ImmutableList.of(indicator(byId, target, target.indicators().get(0)));
        } else {
            ImmutableList.Builder<Indicator> b = ImmutableList.builderWithExpectedSize(target.indicators().size());
            for (String id : target.indicators()) {
                b.add(indicator(byId, target, id));
            }
            indicators = b.build();
        }
        Indicator[] totals = null;
        for (int i = 0; i < indicators.size(); i++) {
            java.util.Optional<String> id = indicators.get(i).total();
            if (id.isPresent()) {
                if (totals == null) {
                    totals = new Indicator[indicators.size()];
                }
                totals[i] = indicator(byId, target, id.get());
            }
        }
        TargetIndex plan = new TargetIndex(target, indicators, totals, history);
        if (target.relation().isPresent() && indicators.size() == 1) {
            Relation r = target.relation().get();
            String id = r.other().orElse(target.indicators().get(0));
            Period period = r.kind() == Relation.Kind.CHANGE ? r.earlierThan(target.period()) : target.period();
            Target reference = new Target(target.id(), ImmutableList.of(id), target.scope(), period,
                    target.requirement(), Optional.empty(), Optional.empty(), Optional.empty(), target.commitment(),
                    PaceModel.LINEAR, ImmutableList.of(), false, target.weight(), target.tags(), target.source(),
                    Aggregation.SUM, target.sides(), Optional.empty());
            plan.reference = new TargetIndex(reference, ImmutableList.of(indicator(byId, target, id)), null,
                    history);
        }
        return plan;
    }

    private static Indicator indicator(ImmutableMap<String, Indicator> byId, Target target, String id) {
        Indicator ind = byId.get(id);
        if (ind == null) {
            throw new IllegalStateException("target " + target.id() + " names unknown indicator '" + id + "'");
        }
        return ind;
    }

    /**
     * The span rule: classifies a span of months against the target's period. The whole
     * period is FINAL (for a level, any span ending with the period); a cumulative figure from
     * the period's start is WITHIN; with a baseline, a figure after it and before the period's
     * end is BASELINE (for a cumulative measure only a span as long as the period, such as one
     * year's flow against a yearly target); without one, a non-cumulative figure within the
     * period is FLAT.
     */
    Kind classify(int f, int l) {
        if (l == periodLast && (f == periodFirst || measure == Measure.LEVEL)) {
            return Kind.FINAL;
        }
        if (l >= periodLast) {
            return Kind.NONE;
        }
        boolean hasBaseline = baselineLast != Integer.MIN_VALUE;
        if (measure.isCumulative()) {
            if (f == periodFirst) {
                return Kind.WITHIN;
            }
            return hasBaseline && f > baselineLast && l - f == periodLast - periodFirst ? Kind.BASELINE : Kind.NONE;
        }
        if (hasBaseline) {
            return l > baselineLast ? Kind.BASELINE : Kind.NONE;
        }
        return f >= periodFirst ? Kind.FLAT : Kind.NONE;
    }

    /** A part's indicator's name for the reasons, "Electronics industry revenue (ei)". */
    String name(int part) {
        return Wording.name(indicators.get(part));
    }

    /** A part's indicator's Chinese name for the reasons, "电子信息产业营业收入（ei）". */
    String nameZh(int part) {
        return Wording.nameZh(indicators.get(part));
    }

    /**
     * The reason that reports the outcome at flat index x of a part, whose values in the plan's
     * unit are given; cached when the outcome needed no conversion.
     */
    Reason reported(int part, int x, Range<BigDecimal> values, boolean converted) {
        Reason[] cache = reported;
        if (cache == null) {
            cache = new Reason[outcomes.length];
            reported = cache;
        }
        Reason reason = converted ? null : cache[x];
        if (reason == null) {
            Outcome o = outcomes[x];
            reason = new Reason(name(part) + " reported " + Wording.range(values, unit) + " for " + o.period()
                    + " (published " + o.published() + ", " + Narrator.word(o.status()) + ")",
                    nameZh(part) + Wording.periodZh(o.period()) + reportedZh(o.value(), values) + "（"
                            + o.published() + "发布，" + Narrator.wordZh(o.status()) + "）");
            if (!converted) {
                cache[x] = reason;
            }
        }
        return reason;
    }

    /**
     * A reported value in Chinese after the period: the figure as the bulletin wrote it where it
     * was used unchanged ("突破5000亿元", "约1.03万亿元"), else "为" and the values ("为1.03万亿元").
     */
    String reportedZh(Figure figure, Range<BigDecimal> values) {
        Qualifier q = figure.qualifier();
        if (q != Qualifier.EXACT && q != Qualifier.BETWEEN && figure.unit().equals(unit)
                && figure.range().equals(values)) {
            return Wording.figureZh(figure);
        }
        return "为" + Wording.rangeZh(values, unit);
    }

    /**
     * The rule of "the latest publication wins": returns the outcome in force for a part and a
     * span of months as of a day, as a flat index, or -1 if none had been published. Among the
     * outcomes published on or before that day, the one published last is in force; on the
     * same day a REVISED figure beats a FINAL one, which beats a PRELIMINARY one; after that,
     * the later in the dataset. Superseded figures stay in the history: as of an earlier day
     * they are in force again.
     */
    int inForce(int part, int f, int l, long asOfDay) {
        return latest(from(part), to(part), f, l, asOfDay);
    }

    /**
     * The value of a part's total at the end of a month as of a day, by the same rule: the
     * outcome in force among the total's figures whose span ends with that month (a LEVEL is
     * the value at its span's end, whatever the span's length), as a flat index, or -1 if none
     * had been published or the part names no total.
     */
    int totalAt(int part, int month, long asOfDay) {
        return total(part) == null ? -1 : latest(totalFrom(part), totalTo(part), ANY_FIRST, month, asOfDay);
    }

    /** The rule of "the latest publication wins" over the flat indexes from..to. */
    private int latest(int from, int to, int f, int l, long asOfDay) {
        int best = -1;
        for (int x = from; x < to; x++) {
            long p = published(x);
            if (p > asOfDay || f != ANY_FIRST && first(x) != f || last(x) != l) {
                continue;
            }
            if (best < 0 || p > published(best) || p == published(best)
                    && History.rank(outcomes[x].status()) >= History.rank(outcomes[best].status())) {
                best = x;
            }
        }
        return best;
    }
}
