package dev.attain.stream;

import static java.util.Objects.requireNonNull;

/**
 * A row that was read but not judged, and why: the line (or, for outcomes from an iterator or
 * a stream, the position from 1), the field at fault, and the reason in words, quoting the
 * input.
 *
 * @param line  the line of the row in its file, from 1 (the header is line 1); or the position
 *     of the outcome in its source, from 1
 * @param field  the field at fault, such as {@code actual}; {@code "row"} when the row as a
 *     whole is at fault (a wrong number of fields), not null
 * @param reason  what was wrong, in words, not null
 */
public record RejectedRow(long line, String field, String reason) {

    /**
     * Checks the parts.
     *
     * @param line  the line, from 1
     * @param field  the field, not null
     * @param reason  the reason, not null
     */
    public RejectedRow {
        requireNonNull(field, "field");
        requireNonNull(reason, "reason");
        if (line < 1) {
            throw new IllegalArgumentException("line (" + line + ") must be >= 1");
        }
    }

    /** The same rejection, lines moved on by an offset. */
    RejectedRow movedBy(long offset) {
        return new RejectedRow(line + offset, field, reason);
    }

    /**
     * Returns the rejection as {@code line 17, field 'actual': reason}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "line " + line + ", field '" + field + "': " + reason;
    }
}
