package dev.attain.stream;

import static java.util.Objects.requireNonNull;

/**
 * A row that could not be judged, when its source is read in the failing mode (the default):
 * the source, the line (or position) and the field at fault, and the reason.
 *
 * <p>The message reads {@code outcomes.csv: line 17, field 'actual': expected a decimal number
 * such as 1234.56, found 'n/a'}.
 */
public final class RowException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final RejectedRow row;

    /**
     * Creates the exception.
     *
     * @param source  the file name or a description of the source, not null
     * @param row  the line, field and reason, not null
     */
    public RowException(String source, RejectedRow row) {
        super(requireNonNull(source, "source") + ": " + requireNonNull(row, "row"));
        this.source = source;
        this.row = row;
    }

    /**
     * Returns the file name or a description of the source.
     *
     * @return the source, never null
     */
    public String source() {
        return source;
    }

    /**
     * Returns the line of the row in its file (the header is line 1), or its position in an
     * iterator or a stream, from 1.
     *
     * @return the line, from 1
     */
    public long line() {
        return row.line();
    }

    /**
     * Returns the field at fault, or {@code "row"} for the row as a whole.
     *
     * @return the field, never null
     */
    public String field() {
        return row.field();
    }

    /**
     * Returns the reason in words.
     *
     * @return the reason, never null
     */
    public String reason() {
        return row.reason();
    }

    /**
     * Returns the line, field and reason as a rejection.
     *
     * @return the rejection, never null
     */
    public RejectedRow rejectedRow() {
        return row;
    }
}
