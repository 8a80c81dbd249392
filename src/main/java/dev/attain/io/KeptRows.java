package dev.attain.io;

import dev.attain.io.Draft.FigureAt;
import dev.attain.io.Draft.OutcomeDraft;
import dev.attain.io.Draft.Ref;
import dev.attain.model.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The accepted rows of a part of a CSV table, held until they are kept in file order (see
 * {@link Assembler.Batch}): the outcomes, and for each its line, its row number, its period as
 * written and the hash of its key for the contradiction check, in arrays. A draft with its
 * places is eight objects a row, and a million rows held at once are copied by the collector;
 * these arrays are a few bytes a row. The rows of one part share their file, section, columns
 * and fields, which are taken from the first; {@link #draft(int)} gives a row's draft back, with
 * the same places and label, for a row that turns out to contradict an earlier one.
 */
final class KeptRows {

    private final List<Outcome> outcomes = new ArrayList<>();
    private int[] lines = new int[256];
    private long[] indexes = new long[256];
    private @Nullable String[] periods = new String[256];
    private int[] hashes = new int[256];
    /** The first row's draft: the file, section, columns and fields of every row's. */
    private @Nullable OutcomeDraft first;

    /** Adds the draft of an accepted row, with its indicator and value. */
    void add(OutcomeDraft d) {
        Outcome o = d.outcome;
        if (o == null || d.ref == null || d.value == null || d.hasProblems()) {
            throw new IllegalStateException("only an accepted row with its indicator and value is kept: " + d.label());
        }
        if (first == null) {
            first = d;
        }
        if (!sameShape(first, d)) {
            throw new IllegalStateException("a row of a part of a table is placed unlike its first: " + d.label());
        }
        int k = outcomes.size();
        if (k == lines.length) {
            int n = 2 * k;
            lines = Arrays.copyOf(lines, n);
            indexes = Arrays.copyOf(indexes, n);
            periods = Arrays.copyOf(periods, n);
            hashes = Arrays.copyOf(hashes, n);
        }
        outcomes.add(o);
        lines[k] = d.loc.line();
        indexes[k] = d.index;
        periods[k] = d.periodText;
        hashes[k] = Conflicts.hash(o);
    }

    /** Whether two CSV rows' drafts differ only in their line, row number, period text and outcome. */
    private static boolean sameShape(OutcomeDraft a, OutcomeDraft b) {
        Ref ra = Objects.requireNonNull(a.ref);
        Ref rb = Objects.requireNonNull(b.ref);
        FigureAt va = Objects.requireNonNull(a.value);
        FigureAt vb = Objects.requireNonNull(b.value);
        int line = b.loc.line();
        return a.file.equals(b.file) && a.section.equals(b.section) && a.loc.column() == b.loc.column()
                && rb.loc().line() == line && ra.loc().column() == rb.loc().column() && ra.field().equals(rb.field())
                && vb.loc().line() == line && va.loc().column() == vb.loc().column() && va.field().equals(vb.field())
                && rb.id().equals(Objects.requireNonNull(b.outcome).indicator());
    }

    int size() {
        return outcomes.size();
    }

    Outcome outcome(int k) {
        return outcomes.get(k);
    }

    /** The hash of the k-th row's key, {@link Conflicts#hash}. */
    int hash(int k) {
        return hashes[k];
    }

    String file() {
        return first().file;
    }

    String section() {
        return first().section;
    }

    int line(int k) {
        return lines[k];
    }

    int column() {
        return first().loc.column();
    }

    int valueColumn() {
        return Objects.requireNonNull(first().value).loc().column();
    }

    long index(int k) {
        return indexes[k];
    }

    private OutcomeDraft first() {
        return Objects.requireNonNull(first, "no row was kept");
    }

    /** The k-th row's draft again, with the same places, label and outcome. */
    OutcomeDraft draft(int k) {
        OutcomeDraft f = first();
        Ref ref = Objects.requireNonNull(f.ref);
        FigureAt value = Objects.requireNonNull(f.value);
        Outcome o = outcomes.get(k);
        int line = lines[k];
        OutcomeDraft d = new OutcomeDraft(f.file, new Loc(line, f.loc.column()), f.section, indexes[k]);
        d.ref = new Ref(o.indicator(), new Loc(line, ref.loc().column()), ref.field());
        d.periodText = periods[k];
        d.value = new FigureAt(value.field(), o.value(), new Loc(line, value.loc().column()));
        d.outcome = o;
        return d;
    }
}
