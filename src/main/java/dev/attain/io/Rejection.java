package dev.attain.io;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A record that was read but not kept, with every reason. A file or part of a file that could
 * not be read at all (not JSON, over a size limit, an unknown top-level field, a CSV header
 * without a required column) is one rejection whose record names the file or the part.
 *
 * @param file  the file, not null
 * @param line  the line where the record starts, from 1
 * @param column  the column where the record starts, from 1
 * @param record  the record, such as {@code targets[1] (jx-2025-va)} or {@code row 17 (ei 2022)}, not null
 * @param problems  why it was rejected, at least one, not null
 */
public record Rejection(String file, int line, int column, String record, List<Problem> problems) {

    /**
     * Checks the parts.
     *
     * @param file  the file, not null
     * @param line  the line, from 1
     * @param column  the column, from 1
     * @param record  the record, not null
     * @param problems  the problems, not empty
     */
    public Rejection {
        requireNonNull(file, "file");
        requireNonNull(record, "record");
        problems = List.copyOf(requireNonNull(problems, "problems"));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection of " + record + " must give at least one problem");
        }
    }

    /**
     * Returns the reasons in words, one per problem, separated by {@code "; "}, each with its
     * field and position.
     *
     * @return the reasons, never null
     */
    public String reason() {
        return problems.stream().map(p -> {
            StringBuilder sb = new StringBuilder();
            p.field().ifPresent(f -> sb.append("field '").append(f).append("' "));
            sb.append("(").append(p.line()).append(':').append(p.column()).append("): ").append(p.message());
            return sb.toString();
        }).collect(Collectors.joining("; "));
    }

    /**
     * Returns the rejection as {@code file:line:column: record rejected: reasons}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + record + " rejected: " + reason();
    }
}
