package dev.attain.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What can be known about a target before any date is given: its indicators, the outcomes of
 * each part with their spans, publication days and {@link Kind}, and its requirement read as a
 * {@link Criterion} (when it needs no conversion). Built once per target and dataset; the
 * as-of judgement ({@link TargetRun}) then reads compact arrays instead of chasing the model's
 * objects.
 */
final class Plan {

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

    private static final Kind[] NO_KINDS = {};
    private static final int[] NO_INTS = {};
    private static final long[] NO_LONGS = {};
    private static final Reason[] NO_REASONS = {};

    final Target target;
    final ImmutableList<Indicator> indicators;
    final Indicator lead;
    final Unit unit;
    final Measure measure;
    final boolean ratioScale;
    final boolean allNonNegative;
    final int periodFirst;
    final int periodLast;
    /** The index of the baseline's last month, or {@link Integer#MIN_VALUE} without a baseline. */
    final int baselineLast;
    /** The requirement as a test, or null when its unit must be converted first. */
    final @Nullable Criterion criterion;

    /** Per part: its outcomes in dataset order, and for each its first and last month, publication day and kind. */
    final List<List<Outcome>> outcomes;
    final int[][] first;
    final int[][] last;
    final long[][] published;
    final Kind[][] kinds;

    /** Per part: the indicator's name for the reasons, "Electronics industry revenue (ei)". */
    final String[] names;
    /** Per part: the indicator's Chinese name for the reasons, "电子信息产业营业收入（ei）". */
    final String[] namesZh;
    /**
     * Per part and outcome: the reason that reports it, built on first use and then shared by
     * every evaluation of this plan (a benign race: equal values, safely published).
     */
    private final Reason[][] reported;

    Plan(Target target, ImmutableList<Indicator> indicators, History history) {
        this.target = target;
        this.indicators = indicators;
        this.lead = indicators.get(0);
        this.unit = lead.unit();
        this.measure = lead.measure();
        this.ratioScale = unit.isRatioScale() && measure != Measure.RATE && measure != Measure.SHARE
                && measure != Measure.RANK;
        boolean nonNegative = true;
        for (Indicator ind : indicators) {
            nonNegative &= ind.nonNegative();
        }
        this.allNonNegative = nonNegative;
        this.periodFirst = History.first(target.period());
        this.periodLast = History.last(target.period());
        this.baselineLast = target.baseline().isPresent() ? History.last(target.baseline().get().period())
                : Integer.MIN_VALUE;
        Figure req = target.requirement();
        this.criterion = req.unit().equals(unit)
                ? Criterion.of(req.qualifier(), req.nominal(), req.range(), lead.polarity()) : null;

        int parts = indicators.size();
        ImmutableList.Builder<List<Outcome>> lists = ImmutableList.builderWithExpectedSize(parts);
        this.first = new int[parts][];
        this.last = new int[parts][];
        this.published = new long[parts][];
        this.kinds = new Kind[parts][];
        this.names = new String[parts];
        this.namesZh = new String[parts];
        this.reported = new Reason[parts][];
        for (int i = 0; i < parts; i++) {
            List<Outcome> list = history.of(indicators.get(i).id(), target.scope());
            lists.add(list);
            int n = list.size();
            int[] f = n == 0 ? NO_INTS : new int[n];
            int[] l = n == 0 ? NO_INTS : new int[n];
            long[] p = n == 0 ? NO_LONGS : new long[n];
            Kind[] k = n == 0 ? NO_KINDS : new Kind[n];
            for (int j = 0; j < n; j++) {
                Outcome o = list.get(j);
                f[j] = History.first(o.period());
                l[j] = History.last(o.period());
                p[j] = o.published().toEpochDay();
                k[j] = classify(f[j], l[j]);
            }
            first[i] = f;
            last[i] = l;
            published[i] = p;
            kinds[i] = k;
            names[i] = Texts.name(indicators.get(i));
            namesZh[i] = Texts.nameZh(indicators.get(i));
            reported[i] = n == 0 ? NO_REASONS : new Reason[n];
        }
        this.outcomes = lists.build();
    }

    /** Plans every target of a dataset, in order. */
    static ImmutableList<Plan> of(List<Target> targets, ImmutableMap<String, Indicator> byId, History history) {
        ImmutableList.Builder<Plan> b = ImmutableList.builderWithExpectedSize(targets.size());
        for (Target t : targets) {
            b.add(of(t, byId, history));
        }
        return b.build();
    }

    /** Plans one target. */
    static Plan of(Target target, ImmutableMap<String, Indicator> byId, History history) {
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
        return new Plan(target, indicators, history);
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

    /**
     * The reason that reports outcome j of a part, whose values in the plan's unit are given;
     * cached when the outcome needed no conversion.
     */
    Reason reported(int part, int j, Range<BigDecimal> values, boolean converted) {
        Reason reason = converted ? null : reported[part][j];
        if (reason == null) {
            Outcome o = outcomes.get(part).get(j);
            reason = new Reason(names[part] + " reported " + Texts.range(values, unit) + " for " + o.period()
                    + " (published " + o.published() + ", " + Texts.status(o.status()) + ")",
                    namesZh[part] + Texts.periodZh(o.period()) + reportedZh(o.value(), values) + "（"
                            + o.published() + "发布，" + Texts.statusZh(o.status()) + "）");
            if (!converted) {
                reported[part][j] = reason;
            }
        }
        return reason;
    }

    /**
     * A reported value in Chinese after the period: the figure as the bulletin wrote it where it
     * was used unchanged ("突破5000亿元", "约1.03万亿元"), else "为" and the values ("为1.03万亿元").
     */
    private String reportedZh(Figure figure, Range<BigDecimal> values) {
        Qualifier q = figure.qualifier();
        if (q != Qualifier.EXACT && q != Qualifier.BETWEEN && figure.unit().equals(unit)
                && figure.range().equals(values)) {
            return Texts.figureZh(figure);
        }
        return "为" + Texts.rangeZh(values, unit);
    }

    /**
     * The rule of "the latest publication wins": returns the outcome in force for a part and a
     * span of months as of a day, or -1 if none had been published. Among the outcomes
     * published on or before that day, the one published last is in force; on the same day a
     * REVISED figure beats a FINAL one, which beats a PRELIMINARY one; after that, the later in
     * the dataset. Superseded figures stay in the history: as of an earlier day they are in
     * force again.
     */
    int inForce(int part, int f, int l, long asOfDay) {
        int[] fs = first[part];
        int[] ls = last[part];
        long[] ps = published[part];
        int best = -1;
        for (int j = 0; j < fs.length; j++) {
            if (ps[j] > asOfDay || fs[j] != f || ls[j] != l) {
                continue;
            }
            if (best < 0 || ps[j] > ps[best]
                    || ps[j] == ps[best] && History.rank(outcomes.get(part).get(j).status())
                            >= History.rank(outcomes.get(part).get(best).status())) {
                best = j;
            }
        }
        return best;
    }
}
