package dev.attain.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One thing wrong in a dataset: where it is, which record and field, and what is wrong.
 *
 * <p>{@link #toString()} gives the problem as one line in the form compilers use, so that
 * editors can jump to it:
 * <pre>
 * plan.json:14:22: targets[1] (jx-2025-va): field 'requirement': Figure '突破7000亿' cannot be parsed at index 7: …
 * </pre>
 * A problem with the whole file (empty, not JSON, over a size limit) names no record and no
 * field.
 *
 * @param file  the file as it was given (a path, or the name given with a reader), not null
 * @param line  the line, counted from 1
 * @param column  the column, counted from 1: the character in the line for JSON and YAML, the
 *     number of the table's column for CSV
 * @param record  the record, such as {@code targets[1] (jx-2025-va)} or {@code row 17 (ei 2022)},
 *     or empty for a problem with the file as a whole
 * @param field  the field, such as {@code requirement}, {@code baseline.value} or
 *     {@code schedule[2].share}, or empty for a problem with the record as a whole
 * @param message  what is wrong, in words, quoting the text at fault, not null
 */
public record Problem(String file, int line, int column, Optional<String> record, Optional<String> field,
        String message) {

    /**
     * Checks the parts.
     *
     * @param file  the file, not null
     * @param line  the line, at least 1
     * @param column  the column, at least 1
     * @param record  the record, not null
     * @param field  the field, not null
     * @param message  the message, not null
     * @throws IllegalArgumentException if line or column is below 1
     */
    public Problem {
        requireNonNull(file, "file");
        requireNonNull(record, "record");
        requireNonNull(field, "field");
        requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line (" + line + ") and column (" + column + ") must be >= 1");
        }
    }

    /**
     * Returns the problem as one line: {@code file:line:column: record: field 'name': message}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file).append(':').append(line).append(':').append(column).append(": ");
        record.ifPresent(r -> sb.append(r).append(": "));
        field.ifPresent(f -> sb.append("field '").append(f).append("': "));
        return sb.append(message).toString();
    }
}
