package dev.attain.io;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Values remembered by the text they were read from, looked up by a range of characters, so
 * that a cell that repeats from row to row (a period, a date, a scope, an indicator id) is read
 * once and no String is made for it again. Holds at most {@value #LIMIT} texts: when full, it
 * forgets them all and starts again, so memory stays bounded however many distinct texts a file
 * holds. Not thread-safe: one per reader.
 *
 * @param <V> the values
 */
final class TextCache<V> {

    static final int LIMIT = 10_000;

    // open addressing; the slots, a power of two, are at least twice the texts held
    private String[] keys = new String[64];
    private char[][] chars = new char[64][];
    private Object[] values = new Object[64];
    private int[] hashes = new int[64];
    private int size;
    private int hit = -1;

    /** The value remembered for the characters from s to e, or null. */
    @SuppressWarnings("unchecked")
    @Nullable V get(char[] c, int s, int e) {
        if (hit >= 0 && keys[hit] != null && Arrays.equals(chars[hit], 0, chars[hit].length, c, s, e)) {
            return (V) values[hit]; // the same text as the last found: tables often repeat a cell row after row
        }
        int h = hash(c, s, e);
        int mask = keys.length - 1;
        for (int i = (h ^ h >>> 16) & mask;; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return null;
            }
            if (hashes[i] == h && Arrays.equals(chars[i], 0, chars[i].length, c, s, e)) {
                hit = i;
                return (V) values[i];
            }
        }
    }

    /** The text of the value the last {@link #get} found: the same characters, as a String made once. */
    String foundText() {
        return keys[hit];
    }

    /** Remembers a value for a text, which is not yet remembered. */
    void put(String key, V value) {
        if (size >= LIMIT) {
            Arrays.fill(keys, null);
            Arrays.fill(chars, null);
            Arrays.fill(values, null);
            size = 0;
            hit = -1;
        } else if (2 * (size + 1) > keys.length) {
            String[] oldKeys = keys;
            char[][] oldChars = chars;
            Object[] oldValues = values;
            int[] oldHashes = hashes;
            keys = new String[oldKeys.length * 2];
            chars = new char[keys.length][];
            values = new Object[keys.length];
            hashes = new int[keys.length];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    place(oldKeys[i], oldChars[i], oldValues[i], oldHashes[i]);
                }
            }
        }
        place(key, key.toCharArray(), value, key.hashCode());
        size++;
    }

    private void place(String key, char[] text, Object value, int h) {
        int mask = keys.length - 1;
        int i = (h ^ h >>> 16) & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        chars[i] = text;
        values[i] = value;
        hashes[i] = h;
    }

    /**
     * The same hash as {@link String#hashCode()} of the characters from s to e, four characters
     * a step: h·31⁴ + c₀·31³ + c₁·31² + c₂·31 + c₃ is four steps of h·31 + c, with a quarter of
     * the chain of multiplications.
     */
    private static int hash(char[] c, int s, int e) {
        int h = 0;
        int i = s;
        for (; i + 3 < e; i += 4) {
            h = 923521 * h + 29791 * c[i] + 961 * c[i + 1] + 31 * c[i + 2] + c[i + 3];
        }
        for (; i < e; i++) {
            h = 31 * h + c[i];
        }
        return h;
    }
}
