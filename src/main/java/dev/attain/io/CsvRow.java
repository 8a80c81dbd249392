package dev.attain.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.Arrays;

/**
 * The current record of a CSV table, as FastCSV parses it: the characters of every field in one
 * buffer, with each field's bounds. The buffer is reused from record to record, so reading a
 * record makes no String; {@link #field(int)} makes one when it is asked for.
 *
 * <p>FastCSV is the one reader of the CSV grammar (quotes, escaped quotes, line ends, empty
 * lines, record length); this class only keeps what it hands out. Not thread-safe: one per
 * reader.
 */
final class CsvRow extends AbstractBaseCsvCallbackHandler<CsvRow> {

    private char[] chars = new char[256];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int used;
    private boolean quoted;
    private long lineOffset;

    /** Line numbers are counted from the given line: 1 for a whole file, more for a range of it. */
    CsvRow(long firstLine) {
        this.lineOffset = firstLine - 1;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        used = 0;
        quoted = false;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean fieldQuoted) {
        if (index >= starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        if (used + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
        }
        System.arraycopy(buf, offset, chars, used, len);
        starts[index] = used;
        used += len;
        ends[index] = used;
        quoted |= fieldQuoted;
    }

    @Override
    protected CsvRow buildRecord() {
        return this;
    }

    /** The line the record starts on, counted from 1 in the file. */
    long line() {
        return getStartingLineNumber() + lineOffset;
    }

    /** The number of fields. */
    int fieldCount() {
        return getFieldCount();
    }

    /** Whether any field was quoted: only a quoted field can hold a line break. */
    boolean quoted() {
        return quoted;
    }

    /** The characters of the record's fields; a field's are from {@link #start} to {@link #end}. */
    char[] chars() {
        return chars;
    }

    /** Where field i starts in {@link #chars()}, its leading white space skipped as {@link String#trim()} does. */
    int start(int i) {
        int s = starts[i];
        int e = ends[i];
        while (s < e && chars[s] <= ' ') {
            s++;
        }
        return s;
    }

    /** Where field i ends in {@link #chars()}, its trailing white space skipped as {@link String#trim()} does. */
    int end(int i) {
        int s = start(i);
        int e = ends[i];
        while (e > s && chars[e - 1] <= ' ') {
            e--;
        }
        return e;
    }

    /** Field i as written, untrimmed. */
    String field(int i) {
        return new String(chars, starts[i], ends[i] - starts[i]);
    }

    /** Field i, trimmed; empty when the record has no field i. */
    String cell(int i) {
        if (i < 0 || i >= getFieldCount()) {
            return "";
        }
        int s = start(i);
        return new String(chars, s, end(i) - s);
    }

    /** Whether field i, trimmed, is empty or missing. */
    boolean isEmpty(int i) {
        return i < 0 || i >= getFieldCount() || start(i) == end(i);
    }

    /** The number of line feeds in fields i and after. */
    long lineFeeds(int from) {
        long n = 0;
        for (int j = starts[from]; j < used; j++) {
            if (chars[j] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The first field, from i, that holds a line break; -1 if none. */
    int fieldWithBreak() {
        if (!quoted) {
            return -1;
        }
        int n = getFieldCount();
        for (int i = 0; i < n; i++) {
            for (int j = starts[i]; j < ends[i]; j++) {
                if (chars[j] == '\n' || chars[j] == '\r') {
                    return i;
                }
            }
        }
        return -1;
    }
}
