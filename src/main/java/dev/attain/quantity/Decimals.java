package dev.attain.quantity;

import java.math.BigDecimal;

/** The canonical form of exact amounts, so that equal values are {@code equals}. */
final class Decimals {

    /** The powers of ten that fit in a long: {@code POW10[k]} is 10^k. Not to be written to. */
    static final long[] POW10 = new long[19];
    /**
     * {@code POW10_LIMIT[k]} is {@code Long.MAX_VALUE / POW10[k]}, the largest long that 10^k
     * multiplies without overflow: kept, because a division by a variable is slow. Not to be
     * written to.
     */
    static final long[] POW10_LIMIT = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
        for (int i = 0; i < POW10.length; i++) {
            POW10_LIMIT[i] = Long.MAX_VALUE / POW10[i];
        }
    }

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

    /**
     * Returns {@code n + side·|n|·fraction} in canonical form: an end of the band of a figure
     * ("约2000亿元" is [2000亿 − 5%, 2000亿 + 5%]). Exact; computed on longs when n is an
     * integer of up to 18 digits and the fraction has up to 18 decimals.
     *
     * @param n  the number, in canonical form
     * @param fraction  the relative width, in [0, 1], in canonical form
     * @param side  -1 for the lower end, 1 for the upper end
     * @return the end of the band, in canonical form
     */
    static BigDecimal bandEnd(BigDecimal n, BigDecimal fraction, int side) {
        int t = fraction.scale();
        if (n.scale() == 0 && t < POW10.length && n.precision() <= 18) {
            long u = n.longValue();
            long f = fraction.scaleByPowerOfTen(t).longValue(); // at most 10^t, as the fraction is at most 1
            if (Math.abs(u) <= POW10_LIMIT[t] / 2) { // then |u|·10^t + |u|·f fits
                long end = u * POW10[t] + side * Math.abs(u) * f;
                while (t > 0 && end % 10 == 0) {
                    end /= 10;
                    t--;
                }
                return BigDecimal.valueOf(end, t);
            }
        }
        BigDecimal delta = n.abs().multiply(fraction);
        return canonical(side < 0 ? n.subtract(delta) : n.add(delta));
    }
}
