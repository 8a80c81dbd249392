package dev.attain.io;

import dev.attain.io.Draft.OutcomeDraft;
import dev.attain.io.Draft.Ref;
import dev.attain.model.Outcome;
import dev.attain.quantity.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Finds outcomes that contradict each other: two different figures for the same indicator,
 * scope, period, publication date and status. Nothing can say which of them is right (a
 * correction is REVISED, or published later), so neither is kept: the later one is rejected
 * when it is read, the earlier one is withdrawn from the kept outcomes at the end, each naming
 * the other. Equal figures repeated are no conflict and are kept.
 *
 * <p>Memory: an open-addressing table of indices into the kept outcomes with each one's hash,
 * and where each was written (a few ints), so that the check costs a few bytes a kept outcome and
 * no object a row. A probe reads a kept outcome only when its hash is the same: a million
 * outcomes are scattered over the heap, and reading one a probe would make the check wait on
 * memory for most of the load's time.
 */
final class Conflicts {

    /**
     * Each slot holds an index into the kept outcomes, plus one, in its low 32 bits and the
     * outcome's hash in its high 32 bits, so that probing and growing read no outcome and a
     * probe reads one word; 0 is an empty slot. Its length is a power of two.
     */
    private long[] table = new long[64];
    private int size;
    // where each kept outcome was written, by its index among the kept outcomes
    private final List<String> files = new ArrayList<>();
    private final Map<String, Integer> fileIds = new HashMap<>();
    private @Nullable String lastFile;
    private int lastFileId;
    private int[] fileOf = new int[64];
    private int[] recordLine = new int[64];
    private int[] recordColumn = new int[64];
    private int[] valueLine = new int[64];
    private int[] valueColumn = new int[64];
    private long[] index = new long[64];
    private String[] section = new String[64];
    /** The kept outcomes found in conflict with later ones, and the problem each is rejected with. */
    private final Map<Integer, Withdrawn> withdrawn = new TreeMap<>();

    /** A kept outcome to withdraw: the problem naming the first record that contradicts it, and how many more do. */
    private static final class Withdrawn {
        final Problem problem;
        long more;

        Withdrawn(Problem problem) {
            this.problem = problem;
        }

        Problem problem() {
            if (more == 0) {
                return problem;
            }
            return new Problem(problem.file(), problem.line(), problem.column(), problem.record(), problem.field(),
                    problem.message() + " (and " + more + " more record" + (more == 1 ? "" : "s") + " contradict it)");
        }
    }
    private List<Outcome> kept = List.of();

    /**
     * Checks an outcome about to be kept as the {@code at}-th kept outcome against those kept
     * before it, adding a problem to the draft if it contradicts one of them; remembers it if not.
     *
     * @param keptSoFar  the outcomes kept so far, in order; the outcome will be at index {@code at}
     */
    void check(OutcomeDraft d, Outcome o, List<Outcome> keptSoFar, int at) {
        Loc v = d.value == null ? d.loc : d.value.loc();
        int first = find(o, hash(o), keptSoFar, at, d.file, d.loc.line(), d.loc.column(), v.line(), v.column(),
                d.index, d.section);
        if (first >= 0) {
            conflict(d, o, first);
        }
    }

    /**
     * As {@link #check(OutcomeDraft, Outcome, List, int)} for the k-th of the rows a part of a
     * table kept, without its draft: returns the index of the kept outcome it contradicts, to be
     * passed with the row's draft to {@link #conflict}, or -1 if it contradicts none.
     */
    int check(KeptRows rows, int k, List<Outcome> keptSoFar, int at) {
        int line = rows.line(k);
        return find(rows.outcome(k), rows.hash(k), keptSoFar, at, rows.file(), line, rows.column(), line,
                rows.valueColumn(), rows.index(k), rows.section());
    }

    /**
     * Makes room for this many more outcomes at once, kept after the {@code kept} kept so far, so
     * that taking in a part of a table does not rehash the table and copy the places again and again.
     */
    void expect(int kept, int more) {
        while ((long) (size + more) * 2 > table.length && table.length < 1 << 30) {
            grow();
        }
        places(kept + more);
    }

    /**
     * Reads the slot where an outcome of the given {@link #hash} is looked for first, and returns
     * what it holds, which the caller is to keep (in a field) so that the read is done. Asked a
     * few outcomes ahead of {@link #check(KeptRows, int, List, int)}, it has the processor fetch
     * the slots of several outcomes at once instead of waiting on memory for each in turn: the
     * table of a million outcomes is far larger than the caches, and its slots are read at random.
     */
    long touch(int keyHash) {
        return table[keyHash & (table.length - 1)];
    }

    /**
     * Returns the index of the kept outcome that the outcome contradicts, or -1; remembers the
     * outcome, written where the arguments say, if no outcome kept has its key.
     */
    private int find(Outcome o, int h, List<Outcome> keptSoFar, int at, String file, int line, int column,
            int valueLine, int valueColumn, long recordIndex, String recordSection) {
        kept = keptSoFar;
        if ((size + 1) * 2 > table.length) {
            grow(); // before probing: every outcome in the table is among those kept so far
        }
        int mask = table.length - 1;
        int slot = h & mask;
        for (long e; (e = table[slot]) != 0;) {
            if ((int) (e >>> 32) == h) {
                int i = (int) e - 1;
                Outcome first = kept.get(i);
                if (sameKey(first, o)) {
                    // a repeat of the same figure is kept, and the first stays the one remembered
                    return sameValue(first.value(), o.value()) ? -1 : i;
                }
            }
            slot = (slot + 1) & mask;
        }
        remember(at, file, line, column, valueLine, valueColumn, recordIndex, recordSection);
        table[slot] = (long) h << 32 | (at + 1);
        size++;
        return -1;
    }

    /** Adds to the draft of an outcome the problem of contradicting the kept outcome at {@code first}. */
    void conflict(OutcomeDraft d, Outcome o, int first) {
        String firstLabel = label(first);
        String firstWhere = files.get(fileOf[first]) + ":" + valueLine[first] + ":" + valueColumn[first];
        Outcome f = kept.get(first);
        Loc valueLoc = d.value == null ? d.loc : d.value.loc();
        d.problem(valueLoc, "value", "gives " + o.value() + ", but " + firstLabel + " (" + firstWhere + ") gives "
                + f.value() + " for the same indicator, scope, period, publication date (" + o.published()
                + ") and status (" + o.status() + "): " + ADVICE);
        Withdrawn w = withdrawn.get(first);
        if (w == null) {
            withdrawn.put(first, new Withdrawn(new Problem(files.get(fileOf[first]), valueLine[first],
                    valueColumn[first], Optional.of(firstLabel), Optional.of("value"), "gives " + f.value() + ", but "
                    + d.label() + " (" + d.file + ":" + valueLoc + ") gives " + o.value() + " for the same indicator,"
                    + " scope, period, publication date (" + o.published() + ") and status (" + o.status() + "): "
                    + ADVICE)));
        } else {
            w.more++; // counted, not kept: memory stays bounded however many rows contradict this one
        }
    }

    private static final String ADVICE = "neither is kept, as nothing says which is right; correct or remove one,"
            + " or mark the correction REVISED";

    /** How the kept outcome at {@code i} is named: as its draft was, {@code outcomes[3] (ei 2022)}. */
    private String label(int i) {
        Outcome o = kept.get(i);
        OutcomeDraft d = new OutcomeDraft(files.get(fileOf[i]), new Loc(recordLine[i], recordColumn[i]),
                section[i], index[i]);
        d.ref = new Ref(o.indicator(), d.loc, "indicator");
        d.periodText = o.period().toString();
        return d.label();
    }

    private void remember(int at, String file, int line, int column, int vLine, int vColumn, long recordIndex,
            String recordSection) {
        if (at >= fileOf.length) {
            places(Math.max(fileOf.length * 2, at + 1));
        }
        if (!file.equals(lastFile)) { // rows of one file come one after another
            lastFile = file;
            Integer id = fileIds.get(file);
            if (id == null) {
                id = files.size();
                files.add(file);
                fileIds.put(file, id);
            }
            lastFileId = id;
        }
        fileOf[at] = lastFileId;
        recordLine[at] = line;
        recordColumn[at] = column;
        valueLine[at] = vLine;
        valueColumn[at] = vColumn;
        index[at] = recordIndex;
        section[at] = recordSection;
    }

    /** Makes the arrays of where each kept outcome was written hold at least n. */
    private void places(int n) {
        if (n <= fileOf.length) {
            return;
        }
        fileOf = Arrays.copyOf(fileOf, n);
        recordLine = Arrays.copyOf(recordLine, n);
        recordColumn = Arrays.copyOf(recordColumn, n);
        valueLine = Arrays.copyOf(valueLine, n);
        valueColumn = Arrays.copyOf(valueColumn, n);
        index = Arrays.copyOf(index, n);
        section = Arrays.copyOf(section, n);
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long e : old) {
            if (e != 0) {
                int slot = (int) (e >>> 32) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = e;
            }
        }
    }

    /**
     * The key's hash, each part mixed in: a plain 31-multiplier sum collides wholesale on keys
     * whose dates and months differ in step (day + 31 × month), which linear probing turns into
     * long runs.
     */
    static int hash(Outcome o) {
        long h = o.indicator().hashCode();
        h = mix(h + o.scope().hashCode());
        h = mix(h + o.period().hashCode());
        h = mix(h + o.published().toEpochDay());
        h = mix(h + o.status().ordinal());
        return (int) (h ^ (h >>> 32));
    }

    /** The finalizer of MurmurHash3's 64-bit hash: every input bit moves every output bit. */
    private static long mix(long x) {
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }

    private static boolean sameKey(Outcome a, Outcome b) {
        return a.indicator().equals(b.indicator()) && a.period().equals(b.period())
                && a.published().equals(b.published()) && a.status() == b.status() && a.scope().equals(b.scope());
    }

    /** Whether two figures say the same: the same unit, qualifier and values, however written. */
    static boolean sameValue(Figure a, Figure b) {
        return a.unit().equals(b.unit()) && a.qualifier() == b.qualifier() && a.nominal().compareTo(b.nominal()) == 0
                && sameBound(a.lowerBound(), b.lowerBound()) && sameBound(a.upperBound(), b.upperBound());
    }

    private static boolean sameBound(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
    }

    /**
     * Returns the kept outcomes without those found in conflict, handing the rejection of each
     * of those to {@code rejections}.
     */
    List<Outcome> withdraw(List<Outcome> outcomes, Consumer<Rejection> rejections) {
        if (withdrawn.isEmpty()) {
            return outcomes;
        }
        List<Outcome> left = new ArrayList<>(outcomes.size() - withdrawn.size());
        for (int i = 0; i < outcomes.size(); i++) {
            Withdrawn w = withdrawn.get(i);
            if (w == null) {
                left.add(outcomes.get(i));
            } else {
                rejections.accept(new Rejection(files.get(fileOf[i]), recordLine[i], recordColumn[i],
                        w.problem.record().orElseThrow(), List.of(w.problem())));
            }
        }
        return left;
    }

    @Override
    public String toString() {
        return "Conflicts[" + size + " kept, " + withdrawn.size() + " withdrawn]";
    }

}
