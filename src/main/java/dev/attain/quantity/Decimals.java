package dev.attain.quantity;

import java.math.BigDecimal;

/** The canonical form of exact amounts, so that equal values are {@code equals}. */
final class Decimals {

    private Decimals() {
    }

    /**
     * Returns the value without trailing zeros and with a scale of at least zero:
     * {@code 1.03E+12} becomes {@code 1030000000000}, {@code 7.10} becomes {@code 7.1}.
     */
    static BigDecimal canonical(BigDecimal value) {
        if (value.scale() == 0) {
            return value; // an integer at scale 0 is canonical whatever its trailing zeros
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
