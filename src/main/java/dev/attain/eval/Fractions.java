package dev.attain.eval;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The share of a path's months elapsed, i ÷ n, rounded by {@link Evaluator#MATH_CONTEXT}: the
 * same number every time, so the shares of paths up to {@value #MAX_MONTHS} months long are
 * worked out once each and kept.
 */
final class Fractions {

    /** The longest path whose shares are kept: twenty years of months. */
    static final int MAX_MONTHS = 240;

    /** Share i ÷ n at index n·(n − 1)/2 + i − 1, for 1 ≤ i ≤ n ≤ MAX_MONTHS; null until first asked. */
    private static final AtomicReferenceArray<BigDecimal> KEPT =
            new AtomicReferenceArray<>(MAX_MONTHS * (MAX_MONTHS + 1) / 2);

    private Fractions() {
    }

    /**
     * Returns i ÷ n rounded by {@link Evaluator#MATH_CONTEXT}.
     *
     * @param i  the numerator, such as the months elapsed
     * @param n  the denominator, such as the path's months, &gt; 0
     * @return the share
     */
    static BigDecimal of(int i, int n) {
        if (i < 1 || i > n || n > MAX_MONTHS) {
            return divide(i, n);
        }
        int index = n * (n - 1) / 2 + i - 1;
        BigDecimal share = KEPT.get(index);
        if (share == null) {
            share = divide(i, n);
            KEPT.lazySet(index, share);
        }
        return share;
    }

    private static BigDecimal divide(int i, int n) {
        return BigDecimal.valueOf(i).divide(BigDecimal.valueOf(n), Evaluator.MATH_CONTEXT);
    }
}
