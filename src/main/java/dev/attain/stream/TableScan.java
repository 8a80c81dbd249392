package dev.attain.stream;

import com.google.common.collect.Range;
import dev.attain.eval.Judgement;
import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import java.io.IOException;
import java.math.BigDecimal;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads one byte range of a {@link TargetTable} file, line by line, and judges each row: the
 * worker of one thread. Cells are found and amounts parsed on the bytes; no String is made for a
 * cell unless a consumer asks for one or the cell is bad.
 *
 * <p>It is also the {@link Verdict} handed to a consumer: a view of the current row.
 */
final class TableScan implements Verdict {

    static final byte IGNORE = 0;
    static final byte ID = 1;
    static final byte POLARITY = 2;
    static final byte TARGET = 3;
    static final byte ACTUAL = 4;

    private static final int MISSING = 0;
    private static final int LONG = 1;
    private static final int BIG = 2;

    /** The longest line read; a longer one is rejected, its rest skipped. */
    static final int MAX_LINE = 1 << 24;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long CRS = 0x0D0D0D0D0D0D0D0DL;

    private final TableLayout layout;
    private final int columns;
    private final Fold fold;
    private final boolean collecting;
    private final @Nullable Consumer<? super Verdict> consumer;

    private byte[] buf;
    /** Cell starts and ends (exclusive) of the current line; one extra slot counts surplus cells. */
    private final int[] cellStart;
    private final int[] cellEnd;

    // the current row: the required and the actual amounts, each missing, a scaled long or a BigDecimal
    private long line;
    /** Whether lower is better (the requirement asks for at most). */
    private boolean lower;
    private int requiredKind;
    private long requiredUnscaled;
    private int requiredScale;
    private @Nullable BigDecimal requiredBig;
    private int actualKind;
    private long actualUnscaled;
    private int actualScale;
    private @Nullable BigDecimal actualBig;

    /** The core's verdict on the current row (one instance per scan: it is mutable). */
    private final Judgement judgement;

    // grouping: keys as bytes, in the order first met
    private final GroupTable groups;

    /** The failure that stopped the scan, in the failing mode. */
    @Nullable RejectedRow failure;
    /** The lines read, counting blank ones. */
    long lines;

    TableScan(TableLayout layout, Thresholds thresholds, int bufferSize, boolean collecting, int maxListed,
            @Nullable Consumer<? super Verdict> consumer) {
        this.layout = layout;
        this.columns = layout.columns();
        this.judgement = Judgement.with(thresholds);
        this.fold = new Fold(maxListed);
        this.collecting = collecting;
        this.consumer = consumer;
        this.buf = new byte[bufferSize];
        this.cellStart = new int[layout.columns() + 1];
        this.cellEnd = new int[layout.columns() + 1];
        this.groups = layout.groupColumn() >= 0 ? new GroupTable() : null;
    }

    Fold fold() {
        if (groups != null) {
            groups.into(fold);
        }
        return fold;
    }

    // ---- reading ---------------------------------------------------------------------------

    /**
     * Reads the lines that start in [start, end) of the channel. The range starts at a line's
     * start; it ends at a line's start or at the end of the file. Line numbers count from
     * firstLine.
     *
     * @param failed  the lowest index of a worker that failed (failing mode), to stop early
     * @param index  this worker's index
     */
    void scan(FileChannel ch, long start, long end, long firstLine, AtomicInteger failed, int index)
            throws IOException {
        line = firstLine - 1;
        long pos = start;
        int len = 0; // bytes in buf
        int from = 0; // start of the first unread line in buf
        boolean eof = false;
        while (true) {
            // refill: keep [from, len), read more after it
            if (from > 0) {
                System.arraycopy(buf, from, buf, 0, len - from);
                len -= from;
                from = 0;
            }
            if (len == buf.length) {
                if (buf.length >= MAX_LINE) {
                    pos = skipLine(ch, pos, end);
                    len = 0;
                    if (failure != null) {
                        failed.accumulateAndGet(index, Math::min);
                        return;
                    }
                    if (pos >= end) {
                        return;
                    }
                    continue;
                }
                buf = Arrays.copyOf(buf, Math.min(MAX_LINE, buf.length * 2));
            }
            if (!eof) {
                int want = (int) Math.min(buf.length - len, end - pos);
                int got = 0;
                while (got < want) {
                    int n = ch.read(ByteBuffer.wrap(buf, len + got, want - got), pos + got);
                    if (n < 0) {
                        break;
                    }
                    got += n;
                }
                pos += got;
                len += got;
                eof = pos >= end || got < want;
            }
            from = lines(from, len, eof);
            if (failure != null) {
                failed.accumulateAndGet(index, Math::min);
                return;
            }
            if (failed.get() < index) {
                return; // an earlier range failed: its error comes first
            }
            if (eof && from >= len) {
                return;
            }
        }
    }

    /**
     * Rejects a line longer than MAX_LINE whose first MAX_LINE bytes fill the buffer, and skips
     * the rest of it; returns the position after its newline (or end).
     */
    private long skipLine(FileChannel ch, long pos, long end) throws IOException {
        line++;
        lines++;
        reject("row", "the line is longer than " + MAX_LINE + " bytes");
        ByteBuffer bb = ByteBuffer.wrap(buf);
        long p = pos;
        while (p < end) {
            bb.clear();
            bb.limit((int) Math.min(buf.length, end - p));
            int n = ch.read(bb, p);
            if (n <= 0) {
                return end;
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    return p + i + 1;
                }
            }
            p += n;
        }
        return end;
    }

    /**
     * Splits and judges the complete lines in buf[from, len); returns the start of the first
     * incomplete line (len when none). At eof, the last line needs no newline.
     */
    private int lines(int from, int len, boolean eof) {
        final byte[] b = buf;
        final int columns = this.columns;
        final int[] cs = cellStart;
        final int[] ce = cellEnd;
        int p = from;
        while (p < len) {
            int lineStart = p;
            int c = 0;
            cs[0] = p;
            boolean quoted = false;
            boolean badQuote = false;
            int lineEnd = -1;
            while (p < len) {
                // eight bytes at a time up to the next comma, newline or quote
                while (p + 8 <= len) {
                    long m = special((long) LONGS.get(b, p));
                    if (m != 0) {
                        p += Long.numberOfTrailingZeros(m) >>> 3;
                        break;
                    }
                    p += 8;
                }
                if (p >= len) {
                    break;
                }
                byte ch = b[p];
                if (ch == ',') {
                    if (c < columns) {
                        ce[c] = p;
                        cs[++c] = p + 1;
                    } else {
                        c = columns; // surplus cells: counted as one more
                    }
                    p++;
                } else if (ch == '\n') {
                    lineEnd = p;
                    break;
                } else if (ch == '"' && p == cs[c]) {
                    quoted = true;
                    int q = closingQuote(b, p + 1, len, eof);
                    if (q == -1) {
                        if (!eof) {
                            return lineStart; // the quote may close in the next chunk
                        }
                        badQuote = true;
                        p = len;
                    } else if (q < -1) {
                        badQuote = true;
                        p = -q - 2; // at the newline
                    } else {
                        p = q + 1;
                    }
                } else {
                    p++;
                }
            }
            if (lineEnd < 0) {
                if (!eof) {
                    return lineStart;
                }
                lineEnd = len;
            }
            ce[c] = lineEnd;
            p = lineEnd + 1;
            row(b, lineEnd, c + 1, quoted, badQuote);
            if (failure != null) {
                return p;
            }
        }
        return Math.min(p, len);
    }

    /** A mask with the high bit of each byte of w that is a comma, a newline or a quote (exact at the lowest). */
    private static long special(long w) {
        long a = w ^ COMMAS;
        long n = w ^ NEWLINES;
        long q = w ^ QUOTES;
        return ((a - ONES) & ~a | (n - ONES) & ~n | (q - ONES) & ~q) & HIGHS;
    }

    /**
     * Finds the closing quote of a quoted cell whose content starts at p: returns its index;
     * −1 when the chunk ends first; −(i + 2) when the line ends at i first (a quoted field may
     * not span lines).
     */
    private static int closingQuote(byte[] b, int p, int len, boolean eof) {
        while (p < len) {
            byte ch = b[p];
            if (ch == '"') {
                if (p + 1 < len && b[p + 1] == '"') {
                    p += 2;
                    continue;
                }
                if (p + 1 == len && !eof) {
                    return -1;
                }
                return p;
            }
            if (ch == '\n') {
                return -(p + 2);
            }
            p++;
        }
        return -1;
    }

    // ---- one row ---------------------------------------------------------------------------

    private void row(byte[] b, int lineEnd, int cells, boolean quoted, boolean badQuote) {
        line++;
        lines++;
        int last = cells - 1;
        if (cellEnd[last] > cellStart[last] && b[cellEnd[last] - 1] == '\r') {
            cellEnd[last]--;
        }
        if (cells == 1 && cellEnd[0] == cellStart[0]) {
            return; // a blank line is no row
        }
        if (badQuote) {
            reject("row", "a quoted field is not closed on its line (quoted fields may not span lines)");
            return;
        }
        if (!plainText(b, cellStart[0], cellEnd[last], cells)) {
            return;
        }
        if (cells != columns) {
            reject("row", "expected " + columns + " fields (" + layout.header() + "), found "
                    + (cells > columns ? "more" : String.valueOf(cells)));
            return;
        }
        for (int c = 0; quoted && c < columns; c++) {
            int s = cellStart[c];
            int e = cellEnd[c];
            if (s < e && b[s] == '"') {
                if (e - s < 2 || b[e - 1] != '"') {
                    reject(layout.name(c), "text after the closing quote: " + quote(b, s, e));
                    return;
                }
            }
        }
        int idc = layout.idColumn();
        trim(b, idc);
        if (trimStart == trimEnd) {
            reject(layout.name(idc), "required field is empty: every row names its target");
            return;
        }
        String err = polarity(b, layout.polarityColumn());
        if (err != null) {
            reject("polarity", err);
            return;
        }
        err = amount(b, layout.targetColumn(), false);
        if (err != null) {
            reject(layout.name(layout.targetColumn()), err);
            return;
        }
        err = amount(b, layout.actualColumn(), true);
        if (err != null) {
            reject(layout.name(layout.actualColumn()), err);
            return;
        }
        judge();
        fold.add(judgement);
        if (groups != null) {
            int g = layout.groupColumn();
            groups.fold(b, cellStart[g], cellEnd[g]).add(judgement);
        }
        if (consumer != null) {
            consumer.accept(this);
        }
    }

    /**
     * Checks that the line [s, e) is UTF-8 and holds no carriage return but the one before its
     * newline (already cut off), rejecting the row otherwise with the column at fault. ASCII
     * lines, the usual case, cost one pass of eight bytes at a time.
     */
    private boolean plainText(byte[] b, int s, int e, int cells) {
        long high = 0;
        long cr = 0;
        int p = s;
        for (; p + 8 <= e; p += 8) {
            long w = (long) LONGS.get(b, p);
            high |= w;
            long x = w ^ CRS;
            cr |= (x - ONES) & ~x;
        }
        for (; p < e; p++) {
            high |= b[p] & 0xff;
            if (b[p] == '\r') {
                cr |= HIGHS;
            }
        }
        if ((cr & HIGHS) != 0) {
            int at = s;
            while (b[at] != '\r') {
                at++;
            }
            reject(columnAt(at, cells), "a carriage return (CR) inside the line: lines end with LF or CRLF,"
                    + " not CR alone");
            return false;
        }
        if ((high & HIGHS) == 0) {
            return true;
        }
        int bad = Utf8.firstInvalid(b, s, e);
        if (bad < 0) {
            return true;
        }
        reject(columnAt(bad, cells), String.format(java.util.Locale.ROOT,
                "not UTF-8 text: the byte 0x%02X at byte %d of the line is not part of a UTF-8 character",
                b[bad] & 0xff, bad - s + 1));
        return false;
    }

    /** The name of the column whose cell holds the byte at index i. */
    private String columnAt(int i, int cells) {
        for (int c = 0; c < Math.min(cells, columns); c++) {
            if (i < cellEnd[c] || c == cells - 1) {
                return layout.name(c);
            }
        }
        return "row";
    }

    private void reject(String field, String reason) {
        RejectedRow r = new RejectedRow(line, field, reason);
        if (collecting) {
            fold.reject(r);
        } else {
            failure = r;
        }
    }

    // ---- cells -----------------------------------------------------------------------------

    /** Reads the polarity cell into {@code lower}; returns null or the reason it is bad. */
    private @Nullable String polarity(byte[] b, int col) {
        if (col < 0) {
            lower = false;
            return null;
        }
        trim(b, col);
        int s = trimStart;
        int e = trimEnd;
        int n = e - s;
        if (n == 0) {
            lower = false;
            return null;
        }
        if (n == 6 && is(b, s, "higher") || n == 16 && is(b, s, "higher_is_better")) {
            lower = false;
            return null;
        }
        if (n == 5 && is(b, s, "lower") || n == 15 && is(b, s, "lower_is_better")) {
            lower = true;
            return null;
        }
        return "expected higher, lower, HIGHER_IS_BETTER or LOWER_IS_BETTER (or nothing, for higher), found "
                + quote(b, cellStart[col], cellEnd[col]);
    }

    /** Compares bytes with a lower-case ASCII word, ignoring ASCII case. */
    private static boolean is(byte[] b, int s, String word) {
        for (int i = 0; i < word.length(); i++) {
            int ch = b[s + i];
            if (ch >= 'A' && ch <= 'Z') {
                ch += 'a' - 'A';
            }
            if (ch != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The bounds of the last cell {@link #trim} looked at, without quotes and blanks. */
    private int trimStart;
    private int trimEnd;

    /** Sets {@link #trimStart} and {@link #trimEnd} to cell col without its quotes and surrounding blanks. */
    private void trim(byte[] b, int col) {
        int s = cellStart[col];
        int e = cellEnd[col];
        if (s < e && b[s] == '"') {
            s++;
            e--;
        }
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
            s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        trimStart = s;
        trimEnd = e;
    }

    /**
     * Parses an amount cell: a plain decimal number (sign, digits, one point), into a scaled
     * long when it has at most 18 significant digits and 18 decimals, else a BigDecimal. An empty
     * actual is no data. Returns null or the reason it is bad.
     */
    private @Nullable String amount(byte[] b, int col, boolean actual) {
        trim(b, col);
        int s = trimStart;
        int e = trimEnd;
        if (s == e) {
            if (actual) {
                actualKind = MISSING;
                return null;
            }
            return "a target needs a required amount; the cell is empty";
        }
        int p = s;
        boolean neg = false;
        if (b[p] == '-' || b[p] == '+') {
            neg = b[p] == '-';
            p++;
        }
        int digitsStart = p;
        long v = 0;
        int d;
        while (p < e && (d = b[p] - '0') >= 0 && d <= 9) {
            v = v * 10 + d;
            p++;
        }
        int intDigits = p - digitsStart;
        int scale = 0;
        if (p < e && b[p] == '.') {
            p++;
            int fracStart = p;
            while (p < e && (d = b[p] - '0') >= 0 && d <= 9) {
                v = v * 10 + d;
                p++;
            }
            scale = p - fracStart;
        }
        if (p != e || intDigits + scale == 0) {
            return "expected a decimal number such as 1234.56, found " + quote(b, cellStart[col], cellEnd[col]);
        }
        if (intDigits + scale > 18 && (scale > 18 || significant(b, digitsStart, e) > 18)) {
            // more than a long holds: v overflowed; leading zeros alone leave it exact
            BigDecimal x = new BigDecimal(new String(b, s, e - s, StandardCharsets.ISO_8859_1));
            if (actual) {
                actualKind = BIG;
                actualBig = x;
            } else {
                requiredKind = BIG;
                requiredBig = x;
            }
            return null;
        }
        if (actual) {
            actualKind = LONG;
            actualUnscaled = neg ? -v : v;
            actualScale = scale;
        } else {
            requiredKind = LONG;
            requiredUnscaled = neg ? -v : v;
            requiredScale = scale;
        }
        return null;
    }

    /** The significant digits of a valid number's digits b[s, e): from the first non-zero one, without the point. */
    private static int significant(byte[] b, int s, int e) {
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

    /** A cell's text for a message, quoted and cut to 40 characters. */
    private static String quote(byte[] b, int s, int e) {
        String t = new String(b, s, Math.min(e - s, 160), StandardCharsets.UTF_8);
        if (t.length() > 40) {
            t = t.substring(0, 40) + "…";
        }
        return "'" + t + "'";
    }

    // ---- the verdict -----------------------------------------------------------------------

    /** Asks the core for the current row's verdict: the requirement is the target, inclusive, its direction the polarity's. */
    private void judge() {
        if (actualKind == MISSING) {
            judgement.nothingReported();
        } else if (requiredKind == LONG && actualKind == LONG) {
            judgement.judge(!lower, true, requiredUnscaled, requiredScale, requiredUnscaled, requiredScale,
                    actualUnscaled, actualScale);
        } else {
            BigDecimal r = requiredValue();
            judgement.judge(!lower, true, r, r, actualValue());
        }
    }

    private BigDecimal requiredValue() {
        return requiredKind == LONG ? BigDecimal.valueOf(requiredUnscaled, requiredScale) : requiredBig;
    }

    private BigDecimal actualValue() {
        return actualKind == LONG ? BigDecimal.valueOf(actualUnscaled, actualScale) : actualBig;
    }

    // ---- the Verdict view ------------------------------------------------------------------

    @Override
    public long line() {
        return line;
    }

    @Override
    public String targetId() {
        int c = layout.idColumn();
        return text(buf, cellStart[c], cellEnd[c]);
    }

    /** A cell's text, unquoted and unescaped, decoded as UTF-8. */
    static String text(byte[] b, int s, int e) {
        if (s < e && b[s] == '"') {
            String t = new String(b, s + 1, e - s - 2, StandardCharsets.UTF_8);
            return t.replace("\"\"", "\"");
        }
        return new String(b, s, e - s, StandardCharsets.UTF_8).strip();
    }

    @Override
    public Status status() {
        return judgement.status();
    }

    @Override
    public Status band() {
        return judgement.band();
    }

    @Override
    public Optional<BigDecimal> required() {
        return Optional.of(requiredValue());
    }

    @Override
    public Optional<BigDecimal> actual() {
        return actualKind == MISSING ? Optional.empty() : Optional.of(actualValue());
    }

    @Override
    public Optional<BigDecimal> attainment() {
        return judgement.attainment();
    }

    @Override
    public Optional<Range<BigDecimal>> attainmentRange() {
        return attainment().map(Range::singleton);
    }

    @Override
    public Verdict copy() {
        return Snapshot.of(this);
    }
}
