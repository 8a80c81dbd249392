package dev.attain.io;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Thrown when a dataset cannot be read as it is: it lists every problem found, by file, line,
 * column, record and field, not just the first.
 *
 * <p>It extends {@link IllegalArgumentException} because the fault lies in the data handed
 * in, as with {@link dev.attain.quantity.FigureParseException} and the checks of
 * {@link dev.attain.model.Dataset#of}, so that code catching the one catches the other. Failures
 * of the file system are not dataset problems and come as {@link java.io.UncheckedIOException}.
 *
 * <p>The message lists the problems one a line, at most {@value #MAX_LISTED} of them (then says
 * how many more there are); {@link #problems()} holds all those of the records the reader kept,
 * and {@link #notKept()} counts the rejected records beyond them.
 */
public final class DatasetException extends IllegalArgumentException {

    /** The most problems the message lists; {@link #problems()} holds them all. */
    public static final int MAX_LISTED = 1000;

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final long notKept;

    /**
     * Creates the exception.
     *
     * @param source  what was being read, such as a path, not null
     * @param problems  the problems, at least one, not null
     * @throws IllegalArgumentException if there are no problems
     */
    public DatasetException(String source, List<Problem> problems) {
        this(source, problems, 0);
    }

    /**
     * Creates the exception for a read that kept only the first rejected records.
     *
     * @param source  what was being read, such as a path, not null
     * @param problems  the problems of the records kept, at least one, not null
     * @param notKept  how many more rejected records were counted but not kept, zero or more
     * @throws IllegalArgumentException if there are no problems or notKept is negative
     */
    public DatasetException(String source, List<Problem> problems, long notKept) {
        super(message(requireNonNull(source, "source"), requireNonNull(problems, "problems"), notKept));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DatasetException must list at least one problem");
        }
        if (notKept < 0) {
            throw new IllegalArgumentException("notKept (" + notKept + ") must be >= 0");
        }
        this.problems = List.copyOf(problems);
        this.notKept = notKept;
    }

    private static String message(String source, List<Problem> problems, long notKept) {
        StringBuilder sb = new StringBuilder("Dataset ").append(source).append(notKept > 0 ? " has at least " : " has ").append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        int listed = Math.min(problems.size(), MAX_LISTED);
        for (int i = 0; i < listed; i++) {
            sb.append("\n  ").append(problems.get(i));
        }
        if (problems.size() > listed) {
            sb.append("\n  … and ").append(problems.size() - listed).append(" more (see problems())");
        }
        if (notKept > 0) {
            sb.append("\n  … and ").append(String.format(java.util.Locale.ROOT, "%,d", notKept))
                    .append(notKept == 1 ? " more rejected record" : " more rejected records")
                    .append(", counted but not kept (DatasetReader.builder().maxRejectionsKept(…) keeps more)");
        }
        return sb.toString();
    }

    /**
     * Returns how many rejected records were counted but not kept, beyond those whose problems
     * {@link #problems()} holds.
     *
     * @return the count, zero or more
     */
    public long notKept() {
        return notKept;
    }

    /**
     * Returns every problem, in file order, then by line and column.
     *
     * @return the problems, at least one, never null
     */
    public List<Problem> problems() {
        return problems;
    }
}
