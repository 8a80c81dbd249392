package dev.attain.quantity;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * How far an imprecise figure may lie from its number: "约2000亿元" ({@link Qualifier#ABOUT})
 * allows {@code about} on either side, "近1000亿元" ({@link Qualifier#NEARLY}) allows
 * {@code nearly} below and nothing above. Both are fractions of the number's magnitude.
 *
 * <p>The defaults ({@link #DEFAULT}) are 5% for about and 5% for nearly: "约2000亿元" is
 * [1900亿, 2100亿], "近1000亿元" is [950亿, 1000亿).
 *
 * @param about  the relative half-width of an ABOUT band, in [0, 1], not null
 * @param nearly  the relative depth of a NEARLY band below its number, in [0, 1], not null
 */
public record Tolerance(BigDecimal about, BigDecimal nearly) {

    /** The default tolerance: 5% about, 5% nearly. */
    public static final Tolerance DEFAULT = new Tolerance(new BigDecimal("0.05"), new BigDecimal("0.05"));

    /**
     * Checks the fractions.
     *
     * @param about  the relative half-width of an ABOUT band, in [0, 1]
     * @param nearly  the relative depth of a NEARLY band, in [0, 1]
     * @throws IllegalArgumentException if a fraction is outside [0, 1]
     */
    public Tolerance {
        requireNonNull(about, "about");
        requireNonNull(nearly, "nearly");
        check("about", about);
        check("nearly", nearly);
        about = Decimals.canonical(about);
        nearly = Decimals.canonical(nearly);
    }

    /**
     * Returns a tolerance with the given fractions.
     *
     * @param about  the relative half-width of an ABOUT band, such as {@code "0.05"}, not null
     * @param nearly  the relative depth of a NEARLY band, such as {@code "0.05"}, not null
     * @return the tolerance, never null
     */
    public static Tolerance of(String about, String nearly) {
        return new Tolerance(new BigDecimal(about), new BigDecimal(nearly));
    }

    private static void check(String name, BigDecimal fraction) {
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    name + " tolerance (" + fraction.toPlainString() + ") must be in [0, 1]");
        }
    }
}
