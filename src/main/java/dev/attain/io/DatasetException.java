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
 * how many more there are); {@link #problems()} always holds them all.
 */
public final class DatasetException extends IllegalArgumentException {

    /** The most problems the message lists; {@link #problems()} holds them all. */
    public static final int MAX_LISTED = 1000;

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param source  what was being read, such as a path, not null
     * @param problems  the problems, at least one, not null
     * @throws IllegalArgumentException if there are no problems
     */
    public DatasetException(String source, List<Problem> problems) {
        super(message(requireNonNull(source, "source"), requireNonNull(problems, "problems")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DatasetException must list at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    private static String message(String source, List<Problem> problems) {
        StringBuilder sb = new StringBuilder("Dataset ").append(source).append(" has ").append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        int listed = Math.min(problems.size(), MAX_LISTED);
        for (int i = 0; i < listed; i++) {
            sb.append("\n  ").append(problems.get(i));
        }
        if (problems.size() > listed) {
            sb.append("\n  … and ").append(problems.size() - listed).append(" more (see problems())");
        }
        return sb.toString();
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
