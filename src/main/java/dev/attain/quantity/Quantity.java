package dev.attain.quantity;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * An exact amount in a {@link Unit}, held in the unit's base: 1.03万亿元 is
 * {@code Quantity.of(new BigDecimal("1030000000000"), Unit.CNY)}.
 *
 * <p>Values are kept in a canonical form (no trailing zeros, scale at least zero), so two
 * quantities are {@link #equals equal} exactly when their units are equal and their values are
 * numerically equal. Arithmetic is exact; operations on two quantities of different units throw
 * {@link UnitMismatchException}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe, and a value type.
 */
public final class Quantity implements Comparable<Quantity> {

    private final BigDecimal value;
    private final Unit unit;

    private Quantity(BigDecimal value, Unit unit) {
        this.value = Decimals.canonical(value);
        this.unit = unit;
    }

    /**
     * Returns a quantity of the given value in the given unit.
     *
     * @param value  the exact value in the unit's base, not null
     * @param unit  the unit, not null
     * @return the quantity, never null
     */
    public static Quantity of(BigDecimal value, Unit unit) {
        return new Quantity(requireNonNull(value, "value"), requireNonNull(unit, "unit"));
    }

    /**
     * Returns a quantity of the given value in the given unit.
     *
     * @param value  the exact value in the unit's base, as a decimal string such as
     *     {@code "700000000000"}, not null
     * @param unit  the unit, not null
     * @return the quantity, never null
     * @throws NumberFormatException if the value is not a decimal number
     */
    public static Quantity of(String value, Unit unit) {
        return of(new BigDecimal(requireNonNull(value, "value")), unit);
    }

    /**
     * Returns zero in the given unit.
     *
     * @param unit  the unit, not null
     * @return the quantity, never null
     */
    public static Quantity zero(Unit unit) {
        return of(BigDecimal.ZERO, unit);
    }

    /**
     * Returns the exact value, in the unit's base.
     *
     * @return the value in canonical form, never null
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Returns the unit.
     *
     * @return the unit, never null
     */
    public Unit unit() {
        return unit;
    }

    /**
     * Returns this quantity plus another of the same unit. This instance is unaffected.
     *
     * @param other  the quantity to add, not null
     * @return the sum, never null
     * @throws UnitMismatchException if the units differ
     */
    public Quantity plus(Quantity other) {
        checkUnit(other);
        return new Quantity(value.add(other.value), unit);
    }

    /**
     * Returns this quantity minus another of the same unit. This instance is unaffected.
     *
     * @param other  the quantity to subtract, not null
     * @return the difference, never null
     * @throws UnitMismatchException if the units differ
     */
    public Quantity minus(Quantity other) {
        checkUnit(other);
        return new Quantity(value.subtract(other.value), unit);
    }

    /**
     * Returns this quantity with its sign reversed. This instance is unaffected.
     *
     * @return the negated quantity, never null
     */
    public Quantity negated() {
        return new Quantity(value.negate(), unit);
    }

    /**
     * Returns this quantity multiplied by an exact factor. This instance is unaffected.
     *
     * @param factor  the factor, not null
     * @return the product, never null
     */
    public Quantity multipliedBy(BigDecimal factor) {
        return new Quantity(value.multiply(requireNonNull(factor, "factor")), unit);
    }

    /**
     * Tells the sign of the value.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return value.signum();
    }

    /**
     * Compares the values of two quantities of the same unit.
     *
     * @param other  the other quantity, not null
     * @return negative, zero or positive as this is less than, equal to or greater than other
     * @throws UnitMismatchException if the units differ
     */
    @Override
    public int compareTo(Quantity other) {
        checkUnit(other);
        return value.compareTo(other.value);
    }

    /**
     * Tells whether this quantity is greater than another of the same unit.
     *
     * @param other  the other quantity, not null
     * @return true if greater
     * @throws UnitMismatchException if the units differ
     */
    public boolean isGreaterThan(Quantity other) {
        return compareTo(other) > 0;
    }

    /**
     * Tells whether this quantity is less than another of the same unit.
     *
     * @param other  the other quantity, not null
     * @return true if less
     * @throws UnitMismatchException if the units differ
     */
    public boolean isLessThan(Quantity other) {
        return compareTo(other) < 0;
    }

    private void checkUnit(Quantity other) {
        requireNonNull(other, "other");
        if (!unit.equals(other.unit)) {
            throw new UnitMismatchException(unit, other.unit);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Quantity other && value.equals(other.value) && unit.equals(other.unit);
    }

    @Override
    public int hashCode() {
        return value.hashCode() * 31 + unit.hashCode();
    }

    /**
     * Returns the quantity as its unit code and plain value, such as {@code "CNY 1030000000000"}
     * or {@code "家 4579"}; {@link FigureFormat} writes it as documents do.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return unit.code().isEmpty() ? value.toPlainString() : unit.code() + " " + value.toPlainString();
    }
}
