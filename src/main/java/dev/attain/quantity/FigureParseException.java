package dev.attain.quantity;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a figure phrase cannot be read. Carries the input and the index of the character
 * at which reading failed, and says what was expected there.
 */
public final class FigureParseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

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
        super("Figure '" + requireNonNull(input, "input") + "' cannot be parsed at index " + index
                + ": " + requireNonNull(problem, "problem"));
        if (index < 0 || index > input.length()) {
            throw new IllegalArgumentException(
                    "index (" + index + ") must be in [0, " + input.length() + "]");
        }
        this.input = input;
        this.index = index;
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
