package dev.attain.stream;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * One amount cell of the row a {@link TableRow} holds, parsed on the bytes: missing, a scaled
 * long (unscaled × 10^−scale) when it has at most 18 significant digits and 18 decimals, or else
 * a {@code BigDecimal}. Mutable and reused from row to row, so that parsing allocates nothing in
 * the usual case. Not thread-safe.
 */
final class AmountCell {

    private static final int MISSING = 0;
    private static final int SCALED = 1;
    private static final int BIG = 2;

    /** 10^i for i in 0..8. */
    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L};

    private int kind = MISSING;
    /** The digits read so far, as one number. */
    private long digits;
    private long unscaled;
    private int scale;
    private @Nullable BigDecimal big;

    /**
     * Parses the trimmed cell b[start, end): a plain decimal number (sign, digits, one point).
     * An empty cell is missing.
     *
     * @return null, or the reason the cell is not a number (without the cell's text)
     */
    @Nullable String parse(byte[] b, int start, int end) {
        if (start == end) {
            kind = MISSING;
            return null;
        }
        int p = start;
        boolean negative = false;
        if (b[p] == '-' || b[p] == '+') {
            negative = b[p] == '-';
            p++;
        }
        int digitsStart = p;
        digits = 0;
        p = digits(b, p, end);
        int integerDigits = p - digitsStart;
        int decimals = 0;
        if (p < end && b[p] == '.') {
            p++;
            int fractionStart = p;
            p = digits(b, p, end);
            decimals = p - fractionStart;
        }
        long value = digits;
        if (p != end || integerDigits + decimals == 0) {
            return "expected a decimal number such as 1234.56";
        }
        if (integerDigits + decimals > 18 && (decimals > 18 || significantDigits(b, digitsStart, end) > 18)) {
            // more than a long holds: value overflowed; leading zeros alone leave it exact
            kind = BIG;
            big = new BigDecimal(new String(b, start, end - start, StandardCharsets.ISO_8859_1));
            return null;
        }
        kind = SCALED;
        unscaled = negative ? -value : value;
        scale = decimals;
        return null;
    }

    /** Whether the cell was empty. */
    boolean isMissing() {
        return kind == MISSING;
    }

    /** Whether the amount is held as {@link #unscaled()} × 10^−{@link #scale()}. */
    boolean isScaled() {
        return kind == SCALED;
    }

    /** The unscaled amount, when {@link #isScaled()}. */
    long unscaled() {
        return unscaled;
    }

    /** The scale, 0 to 18, when {@link #isScaled()}. */
    int scale() {
        return scale;
    }

    /** The amount, exactly; the cell must not be missing. */
    BigDecimal value() {
        return kind == SCALED ? BigDecimal.valueOf(unscaled, scale) : big;
    }

    /**
     * Reads the decimal digits from b[p] up to end or the first other byte, appending them to
     * {@link #digits} (wrapping past 18 digits, which the caller then reads as a BigDecimal), and
     * returns the index after them: eight bytes at a time while the array holds eight more, each
     * word's leading digits found by a mask and converted by three multiplications.
     */
    private int digits(byte[] b, int p, int end) {
        long value = digits;
        while (p + 8 <= b.length) {
            long word = ByteWords.word(b, p);
            int n = Math.min(ByteWords.leadingDigits(word), end - p);
            if (n <= 0) {
                digits = value;
                return p;
            }
            // the n digits to the top bytes, zeros (leading zeros) below them
            value = value * POW10[n] + ByteWords.eightDigits(word << ((8 - n) << 3));
            p += n;
            if (n < 8) {
                digits = value;
                return p;
            }
        }
        int digit;
        while (p < end && (digit = b[p] - '0') >= 0 && digit <= 9) {
            value = value * 10 + digit;
            p++;
        }
        digits = value;
        return p;
    }

    /** The significant digits of a valid number's digits b[s, e): from the first non-zero one, without the point. */
    private static int significantDigits(byte[] b, int s, int e) {
        int n = 0;
        boolean started = false;
        for (int i = s; i < e; i++) {
            byte ch = b[i];
            if (ch == '.') {
                continue;
            }
            started |= ch != '0';
            if (started) {
                n++;
            }
        }
        return n;
    }
}
