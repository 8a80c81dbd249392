package dev.attain.quantity;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a figure phrase cannot be read. Carries the input and the index of the character
 * at which reading failed, and says what was expected there. The message quotes the whole input
 * up to {@value #QUOTED} characters, and beyond that the {@value #QUOTED} around the index.
 */
public final class FigureParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The most characters of the input that the message quotes. */
    public static final int QUOTED = 80;

    /** The text that could not be parsed. */
    private final String input;
    /** The index of the character at which parsing failed. */
    private final int index;

    /**
     * Creates the exception.
     *
     * @param input  the text that was being parsed, not null
     * @param index  the index of the character at which parsing failed, from 0 to the length
     * @param problem  what was wrong and what was expected, not null
     */
    public FigureParseException(String input, int index, String problem) {
        super("Figure " + quote(requireNonNull(input, "input"), index) + " cannot be parsed at index " + index
                + ": " + requireNonNull(problem, "problem"));
        if (index < 0 || index > input.length()) {
            throw new IllegalArgumentException(
                    "index (" + index + ") must be in [0, " + input.length() + "]");
        }
        this.input = input;
        this.index = index;
    }

    private static String quote(String input, int index) {
        if (input.length() <= QUOTED) {
            return "'" + input + "'";
        }
        int from = Math.max(0, Math.min(index - QUOTED / 2, input.length() - QUOTED));
        int to = from + QUOTED;
        return "'" + (from > 0 ? "…" : "") + input.substring(from, to) + (to < input.length() ? "…" : "")
                + "' (" + input.length() + " characters)";
    }

    /**
     * Returns the text that could not be parsed.
     *
     * @return the input, never null
     */
    public String input() {
        return input;
    }

    /**
     * Returns the index of the character at which parsing failed; equal to the input's length
     * when more text was expected at its end.
     *
     * @return the index, from 0 to {@code input().length()}
     */
    public int index() {
        return index;
    }
}
