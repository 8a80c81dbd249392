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
     * Marks, with its high bit, each byte of word equal to the byte repeated in pattern; the mark
     * of the lowest such byte is exact, those above it may be false (a borrow), which is enough
     * to find the first one or to tell whether there is one.
     */
    static long equalBytes(long word, long pattern) {
        long x = word ^ pattern;
        return (x - ONES) & ~x & HIGHS;
    }
}
