package dev.attain.io;

import com.google.common.collect.ImmutableList;
import dev.attain.io.Draft.FigureAt;
import dev.attain.io.Draft.IdDraft;
import dev.attain.io.Draft.IndicatorDraft;
import dev.attain.io.Draft.OutcomeDraft;
import dev.attain.io.Draft.Ref;
import dev.attain.io.Draft.TargetDraft;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Relation;
import dev.attain.model.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Gathers the drafts of every file of a dataset, checks them against each other (duplicate ids,
 * references to indicators, units against the indicator's dimension), and sorts them into the
 * records kept and the records rejected.
 *
 * <p>Use: {@link #indicator}, {@link #target}, {@link #outcome} for the JSON and YAML files,
 * then {@link #resolve()}, then {@link #streamedOutcome} for each CSV row, then {@link #finish()}.
 * Only accepted records and rejections are kept: a streamed row's draft is dropped once judged.
 */
final class Assembler implements Binder.Sink, CsvOutcomes.Rows {

    private final String source;
    private final Map<String, Integer> fileOrder = new HashMap<>();
    private final List<IndicatorDraft> indicatorDrafts = new ArrayList<>();
    private final List<TargetDraft> targetDrafts = new ArrayList<>();
    private final List<OutcomeDraft> outcomeDrafts = new ArrayList<>();
    private final Map<String, IndicatorDraft> indicatorsById = new LinkedHashMap<>();
    private final List<Indicator> indicators = new ArrayList<>();
    /** Indicators kept elsewhere (a store's) that records may refer to; not read, not reported. */
    private final Map<String, Indicator> known = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<Rejection> rejected = new ArrayList<>();
    private final Conflicts conflicts = new Conflicts();
    /** What {@link Conflicts#touch} read, kept so that the reads are done. */
    @SuppressWarnings("unused")
    private long touched;
    private final int maxKept;
    private long notKept;
    private long read;
    private boolean resolved;
    private @Nullable String title;
    private @Nullable String titleWhere;

    /**
     * Creates an assembler.
     *
     * @param source  what is being read, for the exception's message
     * @param maxKept  how many rejections to keep in full; the rest are counted
     */
    Assembler(String source, int maxKept) {
        this.source = source;
        this.maxKept = maxKept;
    }

    /** Lets records refer to indicators kept elsewhere, checked as if they had been read first. */
    void known(Collection<Indicator> kept) {
        checkNotResolved();
        kept.forEach(i -> known.put(i.id(), i));
        read += kept.size(); // they are in the finished dataset, so they count as read and accepted
    }

    String source() {
        return source;
    }

    /** Notes a file, so that problems sort in the order files were read. */
    @Override
    public void file(String file) {
        fileOrder.putIfAbsent(file, fileOrder.size());
    }

    @Override
    public void indicator(IndicatorDraft draft) {
        checkNotResolved();
        indicatorDrafts.add(draft);
    }

    @Override
    public void target(TargetDraft draft) {
        checkNotResolved();
        targetDrafts.add(draft);
    }

    @Override
    public void outcome(OutcomeDraft draft) {
        checkNotResolved();
        outcomeDrafts.add(draft);
    }

    @Override
    public void title(String file, Loc loc, String text) {
        file(file);
        String where = file + ":" + loc.line() + ":" + loc.column();
        if (title == null) {
            title = text;
            titleWhere = where;
        } else if (!title.strip().equals(text.strip())) {
            unreadable(file, loc, "title", "title", "a second, different title; the dataset's title is \""
                    + title + "\" (" + titleWhere + ")");
        }
    }

    @Override
    public void unreadable(String file, Loc loc, String record, @Nullable String field, String message) {
        file(file);
        read++;
        if (rejected.size() < maxKept) {
            rejected.add(lone(file, loc, record, field, message));
        } else {
            notKept++;
        }
    }

    private static Rejection lone(String file, Loc loc, String record, @Nullable String field, String message) {
        return new Rejection(file, loc.line(), loc.column(), record, List.of(new Problem(file, loc.line(),
                loc.column(), Optional.empty(), Optional.ofNullable(field), message)));
    }

    private void checkNotResolved() {
        if (resolved) {
            throw new IllegalStateException("records of JSON and YAML files must come before resolve()");
        }
    }

    /**
     * Records a draft under its id, or adds a problem to it when a draft of the same kind already
     * has that id.
     */
    private static <D extends IdDraft> void checkUnique(D d, Map<String, D> byId) {
        if (d.id != null) {
            D first = byId.putIfAbsent(d.id, d);
            if (first != null) {
                d.problem(d.idLoc, "id", "duplicate id '" + d.id + "'; first defined at " + first.where());
            }
        }
    }

    /** Checks the records of the JSON and YAML files against each other. */
    void resolve() {
        checkNotResolved();
        resolved = true;
        for (IndicatorDraft d : indicatorDrafts) {
            read++;
            checkUnique(d, indicatorsById);
        }
        Map<String, Indicator> all = new HashMap<>(known);
        for (IndicatorDraft d : indicatorDrafts) {
            if (d.indicator != null && !d.hasProblems()) {
                all.putIfAbsent(d.indicator.id(), d.indicator);
            }
        }
        for (IndicatorDraft d : indicatorDrafts) {
            if (d.indicator != null && d.indicator.total().isPresent()) {
                Indicator ind = d.indicator;
                Dataset.totalProblem(ind, all).ifPresent(p -> d.problem(d.loc, "total", p));
            }
            judge(d, d.indicator, indicators);
        }
        indicatorDrafts.clear();
        Map<String, TargetDraft> targetsById = new HashMap<>();
        for (TargetDraft d : targetDrafts) {
            read++;
            checkUnique(d, targetsById);
            for (Ref ref : d.refs) {
                checkRef(d, ref, d.figures, Optional.ofNullable(d.relation));
            }
            if (d.otherRef != null) {
                checkOther(d);
            }
            judge(d, d.target, targets);
        }
        targetDrafts.clear();
        for (OutcomeDraft d : outcomeDrafts) {
            read++;
            checkOutcome(d);
        }
        outcomeDrafts.clear();
    }

    /** Judges one outcome of a CSV table, after {@link #resolve()}. */
    @Override
    public void streamedOutcome(OutcomeDraft d) {
        checkResolved();
        read++;
        checkOutcome(d);
    }

    private void checkResolved() {
        if (!resolved) {
            throw new IllegalStateException("resolve() must come before streamed outcomes");
        }
    }

    private void checkOutcome(OutcomeDraft d) {
        check(d);
        keep(d);
    }

    /**
     * Keeps or rejects a checked outcome, in the order of the file: an outcome that contradicts
     * one kept before it is rejected here, which is why this runs on one thread, in order.
     */
    private void keep(OutcomeDraft d) {
        Outcome o = d.outcome;
        if (o != null && d.isAccepted()) {
            conflicts.check(d, o, outcomes, outcomes.size());
        }
        judge(d, d.outcome, outcomes);
    }

    /**
     * Keeps the k-th row a part of a table kept, checked on another thread, or rejects it if it
     * contradicts an outcome kept before it. The row's place in the contradiction check is fetched
     * {@value #AHEAD} rows before (see {@link Conflicts#touch}).
     */
    private void keep(KeptRows rows, int k) {
        if (k + AHEAD < rows.size()) {
            touched += conflicts.touch(rows.hash(k + AHEAD));
        }
        int first = conflicts.check(rows, k, outcomes, outcomes.size());
        if (first < 0) {
            outcomes.add(rows.outcome(k));
            return;
        }
        OutcomeDraft d = rows.draft(k); // only for a row in conflict, to name it in full
        conflicts.conflict(d, rows.outcome(k), first);
        judge(d, d.outcome, outcomes);
    }

    /**
     * Checks an outcome against the records it refers to, adding its problems to it. After
     * {@link #resolve()} this only reads what was resolved, so threads may call it at once, each
     * on its own drafts.
     */
    private void check(OutcomeDraft d) {
        if (d.ref != null) {
            checkRef(d, d.ref, d.value == null ? List.of() : List.of(d.value), Optional.empty());
        }
        Outcome o = d.outcome;
        if (o != null) {
            o.publicationProblem().ifPresent(p -> d.problem(d.publishedLoc, "published", p));
        }
    }

    /** Returns an empty batch, to judge the outcomes of a part of a CSV table on another thread. */
    Batch batch() {
        checkResolved();
        return new Batch();
    }

    /**
     * Takes in a batch's outcomes and rejections, as if its rows had been streamed here in order:
     * batches are absorbed in the order of their parts of the table, after the rows before them.
     */
    void absorb(Batch b) {
        checkResolved();
        conflicts.expect(outcomes.size(), b.kept.size());
        // in the order of the rows, so that the rejections kept are the first ones, as in one piece
        int k = 0;
        for (int i = 0; i < b.rejected.size(); i++) {
            for (int before = b.keptBefore.get(i); k < before; k++) {
                keep(b.kept, k);
            }
            Rejection r = b.rejected.get(i);
            file(r.file());
            if (rejected.size() < maxKept) {
                rejected.add(r);
            } else {
                notKept++;
            }
        }
        for (; k < b.kept.size(); k++) {
            keep(b.kept, k);
        }
        read += b.read;
        notKept += b.notKept;
    }

    /** Rows ahead whose places in the contradiction check are fetched while a row is kept. */
    private static final int AHEAD = 8;

    /**
     * The outcomes of one part of a CSV table, checked and judged as {@link #streamedOutcome} does
     * on the thread that reads the part, kept apart until {@link #absorb}ed. Keeps at most as many
     * rejections as the assembler does, and counts the rest.
     */
    final class Batch implements CsvOutcomes.Rows {
        /** The rows that passed their own checks, kept in order for {@link #keep}. */
        private final KeptRows kept = new KeptRows();
        private final List<Rejection> rejected = new ArrayList<>();
        /** For each rejection kept, how many drafts were kept before its row. */
        private final List<Integer> keptBefore = new ArrayList<>();
        private long notKept;
        private long read;

        @Override
        public void streamedOutcome(OutcomeDraft d) {
            read++;
            check(d);
            if (d.isAccepted() && d.outcome != null) {
                kept.add(d);
            } else {
                reject(d.rejection());
            }
        }

        @Override
        public void file(String file) {
            // the assembler notes the file before the batches are read
        }

        @Override
        public void unreadable(String file, Loc loc, String record, @Nullable String field, String message) {
            read++;
            reject(lone(file, loc, record, field, message));
        }

        /**
         * Keeps a rejection with its place among the kept drafts, up to as many as the assembler
         * keeps: past them, the assembler holds as many as it keeps when this batch's later rows
         * are taken in, so the rest are only counted.
         */
        private void reject(Rejection r) {
            if (rejected.size() < maxKept) {
                rejected.add(r);
                keptBefore.add(kept.size());
            } else {
                notKept++;
            }
        }
    }

    private <T> void judge(Draft d, @Nullable T value, List<T> kept) {
        if (d.isAccepted() && value != null) {
            kept.add(value);
        } else {
            file(d.file);
            if (rejected.size() < maxKept) {
                rejected.add(d.rejection());
            } else {
                notKept++; // counted, not kept: memory stays bounded however many rows are bad
            }
        }
    }

    private void checkRef(Draft d, Ref ref, List<FigureAt> figures, Optional<Relation> relation) {
        IndicatorDraft ind = indicatorsById.get(ref.id());
        Indicator kept = known.get(ref.id());
        if (ind == null && kept != null) {
            checkFigures(d, kept, figures, relation);
            return;
        }
        if (ind == null) {
            String suggestion = MessageText.suggestion(ref.id(), indicatorsById.keySet());
            d.problem(ref.loc(), ref.field(), "unknown indicator '" + ref.id() + "'"
                    + (suggestion.isEmpty() ? "" : "." + suggestion));
            return;
        }
        if (ind.indicator == null || ind.hasProblems()) {
            d.problem(ref.loc(), ref.field(), "indicator '" + ref.id() + "' was rejected (see " + ind.where() + ")");
            return;
        }
        checkFigures(d, ind.indicator, figures, relation);
    }

    /** Checks figures against their indicator: the unit's dimension, and no value below zero where none can be. */
    private static void checkFigures(Draft d, Indicator indicator, List<FigureAt> figures,
            Optional<Relation> relation) {
        for (FigureAt f : figures) {
            Optional<String> p = Relation.unitProblem(relation, f.field(), f.figure(), indicator);
            boolean relative = relation.isPresent() && !f.field().startsWith("baseline");
            if (p.isEmpty() && !relative) { // a relative requirement may be negative (下降2个百分点)
                p = indicator.valueProblem(f.figure());
            }
            p.ifPresent(m -> d.problem(f.loc(), f.field(), m));
        }
    }

    /** Checks the other indicator of a comparison: known, and in a unit the target's indicator can be compared with. */
    private void checkOther(TargetDraft d) {
        Ref ref = d.otherRef;
        Indicator other = indicator(ref.id());
        if (other == null) {
            String suggestion = MessageText.suggestion(ref.id(), indicatorsById.keySet());
            d.problem(ref.loc(), ref.field(), "unknown indicator '" + ref.id() + "'"
                    + (suggestion.isEmpty() ? "" : "." + suggestion));
            return;
        }
        Indicator own = d.refs.isEmpty() ? null : indicator(d.refs.get(0).id());
        if (own != null && !own.unit().isSameDimension(other.unit())) {
            d.problem(ref.loc(), ref.field(), "indicator '" + other.id() + "' is in '" + other.unit().code()
                    + "', which cannot be compared with '" + own.id() + "' in '" + own.unit().code() + "'");
        }
    }

    /** The indicator with an id, read in this load or kept from before; null if none (or rejected). */
    private @Nullable Indicator indicator(String id) {
        IndicatorDraft ind = indicatorsById.get(id);
        return ind != null ? ind.indicator : known.get(id);
    }

    /** Returns the report: the records kept as a dataset, and every rejection. */
    LoadReport finish() {
        if (!resolved) {
            resolve();
        }
        List<Outcome> kept = conflicts.withdraw(outcomes, r -> {
            if (rejected.size() < maxKept) {
                rejected.add(r);
            } else {
                notKept++;
            }
        });
        Comparator<Rejection> order = Comparator
                .comparingInt((Rejection r) -> fileOrder.getOrDefault(r.file(), Integer.MAX_VALUE))
                .thenComparingInt(Rejection::line).thenComparingInt(Rejection::column);
        rejected.sort(order);
        List<Indicator> all = new ArrayList<>(known.values());
        all.addAll(indicators);
        Dataset dataset = new Dataset(ImmutableList.copyOf(all), ImmutableList.copyOf(targets),
                ImmutableList.copyOf(kept), Optional.ofNullable(title));
        return new LoadReport(source, dataset, rejected, notKept, read);
    }
}
