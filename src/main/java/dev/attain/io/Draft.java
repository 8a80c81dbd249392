package dev.attain.io;

import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Relation;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A record as read from a file, before it is accepted: its location, the value built from it
 * when it had no problem of its own, what it refers to, and every problem found with it.
 */
abstract class Draft {

    final String file;
    final Loc loc;
    private @Nullable List<Problem> problems;

    Draft(String file, Loc loc) {
        this.file = file;
        this.loc = loc;
    }

    /** Returns how problems name the record: {@code targets[1] (jx-2025-va)}. */
    abstract String label();

    /** Returns the built value, or null if it could not be built. */
    abstract @Nullable Object value();

    final void problem(Loc at, @Nullable String field, String message) {
        if (problems == null) {
            problems = new ArrayList<>(2);
        }
        problems.add(new Problem(file, at.line(), at.column(), Optional.of(label()), Optional.ofNullable(field),
                message));
    }

    final boolean hasProblems() {
        return problems != null;
    }

    final List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }

    /** Tells whether the record is to be kept: built, and without problems. */
    final boolean isAccepted() {
        return problems == null && value() != null;
    }

    final Rejection rejection() {
        List<Problem> sorted = new ArrayList<>(problems());
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new Rejection(file, loc.line(), loc.column(), label(), sorted);
    }

    final String where() {
        return file + ":" + loc;
    }

    /** A value read on its own (a scope, a source …) by the Jackson module. */
    static final class Lone extends Draft {
        private final String label;

        Lone(String file, Loc loc, String label) {
            super(file, loc);
            this.label = label;
        }

        @Override
        String label() {
            return label;
        }

        @Override
        @Nullable Object value() {
            return null;
        }
    }

    /** A reference to an indicator, where it was written. */
    record Ref(String id, Loc loc, String field) {
    }

    /** A figure, the field it was read from, and where. */
    record FigureAt(String field, Figure figure, Loc loc) {
    }

    /**
     * A record with an id of its own (an indicator, a target): its index in its section (-1 when
     * read alone), the id and where the id was written.
     */
    abstract static class IdDraft extends Draft {
        final int index;
        @Nullable String id;
        Loc idLoc;
        private final String kind;
        private final String section;

        IdDraft(String file, Loc loc, int index, String kind, String section) {
            super(file, loc);
            this.index = index;
            this.idLoc = loc;
            this.kind = kind;
            this.section = section;
        }

        @Override
        final String label() {
            String head = index < 0 ? kind : section + "[" + index + "]";
            return head + (id == null ? "" : " (" + id + ")");
        }
    }

    /** An indicator being read. */
    static final class IndicatorDraft extends IdDraft {
        @Nullable Indicator indicator;

        IndicatorDraft(String file, Loc loc, int index) {
            super(file, loc, index, "indicator", "indicators");
        }

        @Override
        @Nullable Object value() {
            return indicator;
        }
    }

    /** A target being read. */
    static final class TargetDraft extends IdDraft {
        final List<Ref> refs = new ArrayList<>(2);
        final List<FigureAt> figures = new ArrayList<>(2);
        /** What a relative requirement is measured against, if the target is relative. */
        @Nullable Relation relation;
        /** The other indicator of a comparison, where it was written. */
        @Nullable Ref otherRef;
        @Nullable Target target;

        TargetDraft(String file, Loc loc, int index) {
            super(file, loc, index, "target", "targets");
        }

        @Override
        @Nullable Object value() {
            return target;
        }
    }

    /** An outcome being read, from a JSON or YAML array or from a CSV row. */
    static final class OutcomeDraft extends Draft {
        /** {@code outcomes} for an array element, {@code row} for a CSV row. */
        final String section;
        final long index;
        @Nullable Ref ref;
        @Nullable FigureAt value;
        /** Where the period and the publication date were written, for the checks across fields. */
        Loc periodLoc;
        Loc publishedLoc;
        @Nullable String periodText;
        @Nullable Outcome outcome;

        /**
         * Creates a draft.
         *
         * @param section  {@code outcomes} for an array element, {@code row} for a CSV row
         * @param index  the index in the array, or the number of the data row from 1
         */
        OutcomeDraft(String file, Loc loc, String section, long index) {
            super(file, loc);
            this.section = section;
            this.index = index;
            this.periodLoc = loc;
            this.publishedLoc = loc;
        }

        @Override
        String label() {
            String head = section.equals("row") ? "row " + index
                    : index < 0 ? "outcome" : section + "[" + index + "]";
            if (ref == null && periodText == null) {
                return head;
            }
            return head + " (" + (ref == null ? "?" : ref.id()) + " " + (periodText == null ? "?" : periodText) + ")";
        }

        @Override
        @Nullable Object value() {
            return outcome;
        }
    }
}
