package dev.attain.quantity;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when two quantities of different units are added, subtracted or compared.
 */
public final class UnitMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Unit first;
    private final transient Unit second;

    /**
     * Creates the exception for two units that do not match.
     *
     * @param first  the unit of the left-hand operand, not null
     * @param second  the unit of the right-hand operand, not null
     */
    public UnitMismatchException(Unit first, Unit second) {
        super("units do not match: '" + requireNonNull(first, "first").code() + "' ("
                + first.dimension() + ") and '" + requireNonNull(second, "second").code() + "' ("
                + second.dimension() + ")");
        this.first = first;
        this.second = second;
    }

    /**
     * Returns the unit of the left-hand operand.
     *
     * @return the unit, never null
     */
    public Unit first() {
        return first;
    }

    /**
     * Returns the unit of the right-hand operand.
     *
     * @return the unit, never null
     */
    public Unit second() {
        return second;
    }
}
