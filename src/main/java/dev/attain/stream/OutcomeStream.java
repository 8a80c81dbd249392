package dev.attain.stream;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Judgement;
import dev.attain.eval.Requirement;
import dev.attain.eval.Status;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.Scope;
import dev.attain.model.Sides;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Targets held in memory, judged against outcomes read one by one from an {@link Iterator} or
 * a {@link Stream}: each outcome is judged against every held target on its indicator and scope,
 * and the verdict is handed to a consumer or folded into a {@link Tally}; nothing is kept per
 * outcome for these, so memory is bounded by the targets held (and by the outcomes of the
 * targets judged whole, below).
 *
 * <p><b>Verdicts.</b> The verdict on a target and one outcome is what the {@link Evaluator}
 * gives for a dataset of that target, its indicators and that outcome alone, as of the date:
 * its status and attainment, with the thresholds' band of the attainment (see {@link Verdict}).
 * A target on one ratio-scale indicator with a plain, at-least or at-most requirement in the
 * indicator's unit, judged on an exact figure in that unit for its whole period, is judged
 * directly by the judgement core ({@link Judgement}), without building an evaluation; every other pair goes through
 * the evaluator itself. When the source is exhausted, each target that no outcome matched gets
 * the verdict the evaluator gives it with nothing reported (NO_DATA), at line 0.
 *
 * <p>A target whose band has two sides goes through the evaluator, outcome by outcome. A target
 * whose verdict needs several outcomes together ({@link Evaluator#judgedRowByRow} says which:
 * each of or the sum of several indicators, an increment that names its total, a relative
 * requirement) is never judged one outcome at a time, which would give partial verdicts: the
 * outcomes of the indicators its evaluation reads ({@link Evaluator#indicatorsRead}), in its
 * scope, are kept, and when the source is exhausted the evaluator judges the target once on all
 * of them: one verdict per such target, the evaluator's, at the position of the last outcome it
 * read (0 if none). Memory for these grows with their outcomes only.
 *
 * <p>Outcomes whose indicator and scope match no held target are counted by
 * {@link Tally#unmatched()}. An outcome that cannot be judged against a target (a unit of
 * another dimension than the indicator's) throws a {@link RowException} naming its position in
 * the source, or is counted as rejected with {@link #collectingRejections(int)}. So is an
 * outcome a dataset reader refuses on its own: a value below zero on an indicator that cannot
 * be negative ({@link Indicator#valueProblem}), a publication date that is impossible
 * ({@link Outcome#publicationProblem}); ranks below 1 or fractional and months such as
 * {@code 2022-13} cannot be read into an {@link Outcome} by {@code Figure.parse} and
 * {@code Period.parse} at all. What needs the other outcomes is not checked, as nothing is kept
 * per outcome row by row: two different figures for the same indicator, scope, period, publication date
 * and status are each judged (read the outcomes with {@code dev.attain.io} first to refuse
 * them). The dataset's own outcomes are not used.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; each call reads its source on the calling thread.
 */
public final class OutcomeStream {

    private static final String SOURCE = "outcomes";

    /** A held target and what the direct path needs of it. */
    private static final class Held {
        final int index;
        final Target target;
        final ImmutableList<Indicator> indicators;
        /** One ratio-scale indicator, a plain, at-least or at-most requirement in its unit: judged by the core directly. */
        final boolean direct;
        final Requirement requirement;
        final int first;
        final int last;
        final boolean level;
        /** The threshold and reference as scaled longs, when they fit (the core's fast entry). */
        final boolean longs;
        final long thresholdUnscaled;
        final int thresholdScale;
        final long referenceUnscaled;
        final int referenceScale;
        final @Nullable String group;
        /** Judged once on all its outcomes when the source is exhausted ({@link Evaluator#judgedRowByRow} is false). */
        final boolean whole;
        /** For a target judged whole, its place among those (where a fold gathers its outcomes); else -1. */
        final int wholeIndex;

        Held(int index, Target target, ImmutableList<Indicator> indicators, int wholeIndex, @Nullable String groupBy) {
            this.index = index;
            this.target = target;
            this.indicators = indicators;
            this.wholeIndex = wholeIndex;
            this.whole = wholeIndex >= 0;
            Indicator lead = indicators.get(0);
            Figure req = target.requirement();
            Qualifier q = req.qualifier();
            boolean plain = q == Qualifier.EXACT || q == Qualifier.AT_LEAST || q == Qualifier.MORE_THAN
                    || q == Qualifier.AT_MOST || q == Qualifier.LESS_THAN;
            // not whole: one indicator, not relative (Evaluator.judgedRowByRow)
            this.direct = !whole && Requirement.measuresAttainment(lead) && plain
                    && req.unit().equals(lead.unit()) && target.sides() == Sides.ONE;
            this.requirement = Requirement.of(q, req.nominal(), req.range(), lead.polarity(), target.sides());
            this.first = Judgement.monthIndex(target.period().first());
            this.last = Judgement.monthIndex(target.period().last());
            this.level = lead.measure() == Measure.LEVEL;
            this.group = groupBy == null ? null : target.scope().entries().get(groupBy);
            long[] t = new long[2];
            long[] r = new long[2];
            this.longs = direct && Judgement.unscaled(requirement.threshold(), t)
                    && Judgement.unscaled(requirement.reference(), r);
            this.thresholdUnscaled = t[0];
            this.thresholdScale = (int) t[1];
            this.referenceUnscaled = r[0];
            this.referenceScale = (int) r[1];
        }

        /** Whether an outcome is judged by the core directly: exact, in the unit, published by the date, for the period. */
        boolean takesDirectly(Outcome o, LocalDate asOf) {
            Figure value = o.value();
            if (!direct || !value.isExact() || !value.unit().equals(indicators.get(0).unit())
                    || o.published().isAfter(asOf)) {
                return false;
            }
            int f = Judgement.monthIndex(o.period().first());
            int l = Judgement.monthIndex(o.period().last());
            return l == last && (f == first || level);
        }
    }

    private final Dataset dataset;
    private final LocalDate asOf;
    private final Evaluator evaluator;
    private final @Nullable String groupBy;
    private final boolean collecting;
    private final int maxListed;
    private final List<Held> held;
    /** The targets judged row by row, by scope, then by indicator. */
    private final Map<Scope, Map<String, List<Held>>> byScope;
    /** The targets judged once on all their outcomes, by scope, then by each indicator their evaluation reads. */
    private final Map<Scope, Map<String, List<Held>>> wholeByScope;
    /** How many targets are judged whole. */
    private final int wholeCount;
    private final Map<String, Indicator> indicatorsById;

    private OutcomeStream(Dataset dataset, LocalDate asOf, Evaluator evaluator, @Nullable String groupBy,
            boolean collecting, int maxListed) {
        this.dataset = dataset;
        this.asOf = asOf;
        this.evaluator = evaluator;
        this.groupBy = groupBy;
        this.collecting = collecting;
        this.maxListed = maxListed;
        Map<String, Indicator> indicators = dataset.indicatorsById();
        List<Held> list = new ArrayList<>(dataset.targets().size());
        Map<Scope, Map<String, List<Held>>> map = new HashMap<>();
        Map<Scope, Map<String, List<Held>>> wholeMap = new HashMap<>();
        int wholes = 0;
        for (Target t : dataset.targets()) {
            boolean whole = !Evaluator.judgedRowByRow(t, indicators);
            List<String> read = whole ? Evaluator.indicatorsRead(t, indicators).asList() : t.indicators();
            ImmutableList.Builder<Indicator> b = ImmutableList.builderWithExpectedSize(read.size());
            for (String id : read) {
                b.add(indicators.get(id));
            }
            Held h = new Held(list.size(), t, b.build(), whole ? wholes++ : -1, groupBy);
            list.add(h);
            for (String id : read) {
                (whole ? wholeMap : map).computeIfAbsent(t.scope(), k -> new HashMap<>())
                        .computeIfAbsent(id, k -> new ArrayList<>(1)).add(h);
            }
        }
        this.held = List.copyOf(list);
        this.byScope = map;
        this.wholeByScope = wholeMap;
        this.wholeCount = wholes;
        this.indicatorsById = indicators;
    }

    /**
     * Holds the targets of a dataset (with its indicators) to judge outcomes against as of a
     * date, with the default evaluator, failing on the first outcome that cannot be judged.
     *
     * @param targets  the dataset whose indicators and targets are held; its outcomes are not used, not null
     * @param asOf  the date: an outcome published after it counts as nothing reported, not null
     * @return the stream evaluator, never null
     */
    public static OutcomeStream of(Dataset targets, LocalDate asOf) {
        return new OutcomeStream(requireNonNull(targets, "targets"), requireNonNull(asOf, "asOf"),
                Evaluator.defaults(), null, false, 0);
    }

    /**
     * Returns a copy that judges with another evaluator (its thresholds band the attainments).
     * This instance is unaffected.
     *
     * @param value  the evaluator, not null
     * @return the new stream evaluator, never null
     */
    public OutcomeStream withEvaluator(Evaluator value) {
        return new OutcomeStream(dataset, asOf, requireNonNull(value, "evaluator"), groupBy, collecting, maxListed);
    }

    /**
     * Returns a copy whose tally rolls up by the value of a scope key, such as {@code region}:
     * {@link Tally#groups()}; targets whose scope lacks the key are in no group. This instance
     * is unaffected.
     *
     * @param scopeKey  the scope key, not null
     * @return the new stream evaluator, never null
     */
    public OutcomeStream groupedBy(String scopeKey) {
        return new OutcomeStream(dataset, asOf, evaluator, requireNonNull(scopeKey, "scopeKey"), collecting,
                maxListed);
    }

    /**
     * Returns a copy that counts outcomes that cannot be judged in the tally instead of
     * throwing, listing the first of them. This instance is unaffected.
     *
     * @param listed  how many to list, 0 or more; all are counted
     * @return the new stream evaluator, never null
     * @throws IllegalArgumentException if listed is negative
     */
    public OutcomeStream collectingRejections(int listed) {
        if (listed < 0) {
            throw new IllegalArgumentException("listed (" + listed + ") must be >= 0");
        }
        return new OutcomeStream(dataset, asOf, evaluator, groupBy, true, listed);
    }

    /**
     * Judges the outcomes of an iterator, handing each verdict to a consumer, then the NO_DATA
     * verdicts of the targets no outcome matched; and folds them all into a tally.
     *
     * @param outcomes  the outcomes, read once, not null
     * @param consumer  the consumer of verdicts, not null
     * @return the tally, never null
     * @throws RowException at the first outcome that cannot be judged, unless collecting
     */
    public Tally forEach(Iterator<Outcome> outcomes, Consumer<? super Verdict> consumer) {
        return run(requireNonNull(outcomes, "outcomes"), requireNonNull(consumer, "consumer"));
    }

    /**
     * Judges the outcomes of an iterator and folds the verdicts into a tally.
     *
     * @param outcomes  the outcomes, read once, not null
     * @return the tally, never null
     * @throws RowException at the first outcome that cannot be judged, unless collecting
     */
    public Tally fold(Iterator<Outcome> outcomes) {
        return run(requireNonNull(outcomes, "outcomes"), null);
    }

    /**
     * Judges the outcomes of a stream, in its encounter order on the calling thread, and folds
     * the verdicts into a tally. The stream is closed.
     *
     * @param outcomes  the outcomes, not null
     * @return the tally, never null
     * @throws RowException at the first outcome that cannot be judged, unless collecting
     */
    public Tally fold(Stream<Outcome> outcomes) {
        requireNonNull(outcomes, "outcomes");
        try (outcomes) {
            return run(outcomes.iterator(), null);
        }
    }

    private Tally run(Iterator<Outcome> outcomes, @Nullable Consumer<? super Verdict> consumer) {
        Fold fold = new Fold(maxListed);
        Judgement judgement = Judgement.with(evaluator.thresholds());
        boolean[] seen = new boolean[held.size()];
        long[] work = new long[2];
        long position = 0;
        Scope lastScope = null;
        Map<String, List<Held>> inScope = null;
        Map<String, List<Held>> wholeInScope = null;
        // only for the targets judged whole: a fold of many simple targets allocates nothing here
        List<List<Outcome>> gathered = new ArrayList<>(wholeCount);
        long[] lastRead = new long[wholeCount];
        for (int i = 0; i < wholeCount; i++) {
            gathered.add(new ArrayList<>());
        }
        while (outcomes.hasNext()) {
            Outcome o = requireNonNull(outcomes.next(), "outcome");
            position++;
            if (o.scope() != lastScope) {
                // outcomes often share their Scope instances, and come scope by scope
                lastScope = o.scope();
                inScope = byScope.get(lastScope);
                wholeInScope = wholeByScope.get(lastScope);
            }
            List<Held> targets = inScope == null ? null : inScope.get(o.indicator());
            List<Held> wholes = wholeInScope == null ? null : wholeInScope.get(o.indicator());
            if (targets == null && wholes == null) {
                fold.unmatched++;
                continue;
            }
            // what a dataset reader refuses on its own is not judged here either
            String field = "value";
            Optional<String> impossible = indicatorsById.get(o.indicator()).valueProblem(o.value());
            if (impossible.isEmpty()) {
                field = "published";
                impossible = o.publicationProblem();
            }
            if (impossible.isPresent()) {
                RejectedRow r = new RejectedRow(position, field, "outcome of " + o.indicator() + " for " + o.period()
                        + ": " + impossible.get());
                if (!collecting) {
                    throw new RowException(SOURCE, r);
                }
                fold.reject(r);
                continue;
            }
            if (wholes != null) {
                for (Held h : wholes) {
                    gathered.get(h.wholeIndex).add(o);
                    lastRead[h.wholeIndex] = position;
                }
            }
            if (targets == null) {
                continue;
            }
            boolean rowRejected = false;
            for (Held h : targets) {
                seen[h.index] = true;
                if (consumer == null && h.takesDirectly(o, asOf)) {
                    judgeDirectly(h, o, judgement, work);
                    count(fold, h, judgement);
                    continue;
                }
                Snapshot v;
                try {
                    v = judge(h, o, position, judgement, work);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    RejectedRow r = new RejectedRow(position, "value", "outcome of " + o.indicator() + " for "
                            + o.period() + " cannot be judged against target " + h.target.id() + ": "
                            + e.getMessage());
                    if (!collecting) {
                        throw new RowException(SOURCE, r);
                    }
                    if (!rowRejected) {
                        fold.reject(r); // a row is rejected once, however many targets it fails to meet
                        rowRejected = true;
                    }
                    continue;
                }
                deliver(v, h, fold, consumer);
            }
        }
        for (Held h : held) {
            if (h.whole) {
                judgeWhole(h, gathered.get(h.wholeIndex), lastRead[h.wholeIndex], judgement, fold, consumer);
            } else if (!seen[h.index]) {
                if (consumer == null && h.direct) {
                    judgement.nothingReported();
                    count(fold, h, judgement);
                } else {
                    deliver(nothingReported(h, judgement), h, fold, consumer);
                }
            }
        }
        return fold.toTally();
    }

    /** The evaluator's one verdict on a target that needs several outcomes, on all those it read. */
    private void judgeWhole(Held h, List<Outcome> outcomes, long position, Judgement judgement, Fold fold,
            @Nullable Consumer<? super Verdict> consumer) {
        Snapshot v;
        try {
            Dataset all = Dataset.of(h.indicators, List.of(h.target), outcomes);
            v = snapshot(evaluator.evaluate(all, h.target.id(), asOf), position, judgement);
        } catch (IllegalArgumentException | IllegalStateException e) {
            RejectedRow r = new RejectedRow(position, "value", "the " + outcomes.size() + " outcomes of target "
                    + h.target.id() + " cannot be judged together: " + e.getMessage());
            if (!collecting) {
                throw new RowException(SOURCE, r);
            }
            fold.reject(r);
            return;
        }
        deliver(v, h, fold, consumer);
    }

    /** Asks the core for the verdict on a direct target and an exact outcome in its unit: on scaled longs where they fit. */
    private static void judgeDirectly(Held h, Outcome o, Judgement judgement, long[] work) {
        BigDecimal a = o.value().range().lowerEndpoint();
        if (h.longs && Judgement.unscaled(a, work)) {
            judgement.judge(h.requirement.up(), h.requirement.inclusive(), h.thresholdUnscaled, h.thresholdScale,
                    h.referenceUnscaled, h.referenceScale, work[0], (int) work[1]);
        } else {
            judgement.judge(h.requirement, a);
        }
    }

    /** Folds the core's last verdict, for the whole and for the target's group. */
    private static void count(Fold fold, Held h, Judgement j) {
        fold.add(j);
        if (h.group != null) {
            fold.group(h.group).add(j);
        }
    }

    private void deliver(Snapshot v, Held h, Fold fold, @Nullable Consumer<? super Verdict> consumer) {
        count(fold, v);
        if (h.group != null) {
            count(fold.group(h.group), v);
        }
        if (consumer != null) {
            consumer.accept(v);
        }
    }

    private static void count(Fold f, Snapshot v) {
        int s = v.status().ordinal();
        int b = v.band().ordinal();
        Optional<BigDecimal> point = v.attainment();
        if (point.isPresent()) {
            f.add(s, b, point.get());
        } else if (v.attainmentRange().isPresent()) {
            f.addInterval(s, b);
        } else {
            f.add(s, b);
        }
    }

    private Snapshot judge(Held h, Outcome o, long position, Judgement judgement, long[] work) {
        if (h.takesDirectly(o, asOf)) {
            judgeDirectly(h, o, judgement, work);
            return new Snapshot(position, h.target.id(), judgement.status(), judgement.band(),
                    Optional.of(h.requirement.reference()), Optional.of(o.value().range().lowerEndpoint()),
                    judgement.attainment().map(Range::singleton));
        }
        Dataset one = Dataset.of(h.indicators, List.of(h.target), List.of(o));
        return snapshot(evaluator.evaluate(one, h.target.id(), asOf), position, judgement);
    }

    private Snapshot nothingReported(Held h, Judgement judgement) {
        if (h.direct) {
            return new Snapshot(0, h.target.id(), Status.NO_DATA, Status.NO_DATA, Optional.of(h.requirement.reference()),
                    Optional.empty(), Optional.empty());
        }
        Dataset none = Dataset.of(h.indicators, List.of(h.target), List.of());
        return snapshot(evaluator.evaluate(none, h.target.id(), asOf), 0, judgement);
    }

    private static Snapshot snapshot(Evaluation e, long position, Judgement judgement) {
        Status band = judgement.band(e.attainment(), e.status());
        Optional<BigDecimal> actual = e.actual().filter(OutcomeStream::isPoint).map(Range::lowerEndpoint);
        return new Snapshot(position, e.target().id(), e.status(), band, e.required(), actual, e.attainment());
    }

    private static boolean isPoint(Range<BigDecimal> r) {
        return r.hasLowerBound() && r.hasUpperBound() && r.lowerEndpoint().compareTo(r.upperEndpoint()) == 0;
    }

    /**
     * Returns the number of targets held, the date and the evaluator.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "OutcomeStream[" + held.size() + " targets, as of " + asOf + ", " + evaluator
                + (groupBy == null ? "" : ", by " + groupBy) + (collecting ? ", collecting" : "") + "]";
    }
}
