package dev.attain.stream;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reading bytes eight at a time: a {@code long} loaded from a byte array (little-endian, so the
 * lowest byte is the first), and masks that mark the bytes of such a word equal to a given byte.
 * What {@link TableScan} finds separators with and {@link TableRow} checks a line with.
 */
final class ByteWords {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    /** 0x01 in every byte. */
    static final long ONES = 0x0101010101010101L;
    /** The high bit of every byte. */
    static final long HIGHS = 0x8080808080808080L;
    private static final long HIGH_NIBBLES = 0xF0F0F0F0F0F0F0F0L;
    private static final long LOW_NIBBLES = 0x0F0F0F0F0F0F0F0FL;
    /** The digit 0 in every byte. */
    private static final long ZEROS = 0x3030303030303030L;
    private static final long SIXES = 0x0606060606060606L;

    private ByteWords() {
    }

    /** The eight bytes b[p, p + 8) as a long, b[p] lowest. */
    static long word(byte[] b, int p) {
        return (long) LONGS.get(b, p);
    }

    /** A word with the byte c in every byte, to pass to {@link #equalBytes}. */
    static long repeated(char c) {
        return ONES * (c & 0xff);
    }

    /**
     * Returns how many of the word's bytes, from the lowest, are the ASCII digits 0 to 9: 0 to 8.
     * A byte is a digit when its high nibble is 3 and adding 6 keeps it so; a carry out of a byte
     * at or above 0xFA (not a digit) reaches only bytes above it, which are not counted.
     */
    static int leadingDigits(long word) {
        long notDigit = ((word & HIGH_NIBBLES) ^ ZEROS) | (((word + SIXES) & HIGH_NIBBLES) ^ ZEROS);
        return Long.numberOfTrailingZeros(notDigit) >>> 3;
    }

    /**
     * Returns the number the eight ASCII digits of a word spell, its lowest byte the most
     * significant digit (zero bytes count as leading zeros): three multiplications, each joining
     * neighbouring groups of digits (1 + 1, 2 + 2, 4 + 4).
     */
    static long eightDigits(long word) {
        long x = word & LOW_NIBBLES;
        x = (x * (1 + (10L << 8))) >>> 8;
        x = ((x & 0x00FF00FF00FF00FFL) * (1 + (100L << 16))) >>> 16;
        return ((x & 0x0000FFFF0000FFFFL) * (1 + (10_000L << 32))) >>> 32;
    }

    /**
     * Marks, with its high bit, each byte of word equal to the byte repeated in pattern; the mark
     * of the lowest such byte is exact, those above it may be false (a borrow), which is enough
     * to find the first one or to tell whether there is one.
     */
    static long equalBytes(long word, long pattern) {
        long x = word ^ pattern;
        return (x - ONES) & ~x & HIGHS;
    }
}
