package dev.attain.stream;

import dev.attain.eval.Judgement;
import dev.attain.eval.Thresholds;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads one byte range of a {@link TargetTable} file and splits it into lines and cells, at byte
 * level, eight bytes at a time, on the thread that took the range. Each line goes to its {@link TableRow}
 * to be checked and judged; the verdicts are folded, the bad rows rejected (collected or, in the
 * failing mode, the first one kept). No String is made for a cell unless a consumer asks for one
 * or the cell is bad.
 */
final class TableScan {

    /** The longest line read; a longer one is rejected, its rest skipped. */
    static final int MAX_LINE = 1 << 24;

    private static final long COMMAS = ByteWords.repeated(',');
    private static final long NEWLINES = ByteWords.repeated('\n');
    private static final long QUOTES = ByteWords.repeated('"');
    private static final long CARRIAGE_RETURNS = ByteWords.repeated('\r');

    private final int columns;
    private final TableRow row;
    private final Fold fold;
    private final boolean collecting;
    private final @Nullable Consumer<? super Verdict> consumer;
    /** The groups' folds, keyed by the bytes of the group cell; null unless grouping. */
    private final @Nullable GroupTable groups;
    private final int groupColumn;

    private byte[] buffer;
    /** The number of the line last read, counted from the first line the range was given. */
    private long line;

    /** The failure that stopped the scan, in the failing mode. */
    @Nullable RejectedRow failure;
    /** The lines read, counting blank ones. */
    long linesRead;

    TableScan(TableLayout layout, Thresholds thresholds, int bufferSize, boolean collecting, int maxListed,
            @Nullable Consumer<? super Verdict> consumer) {
        this.columns = layout.columns();
        this.row = new TableRow(layout, thresholds);
        this.fold = new Fold(maxListed);
        this.collecting = collecting;
        this.consumer = consumer;
        this.buffer = new byte[bufferSize];
        this.groupColumn = layout.groupColumn();
        this.groups = groupColumn >= 0 ? new GroupTable() : null;
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
     * @param failed  the lowest index of a range that failed (failing mode), to stop early
     * @param index  this range's index
     */
    void scan(FileChannel ch, long start, long end, long firstLine, AtomicInteger failed, int index)
            throws IOException {
        line = firstLine - 1;
        long pos = start;
        int len = 0; // bytes in buffer
        int from = 0; // start of the first unread line in buffer
        boolean eof = false;
        while (true) {
            // refill: keep [from, len), read more after it
            if (from > 0) {
                System.arraycopy(buffer, from, buffer, 0, len - from);
                len -= from;
                from = 0;
            }
            if (len == buffer.length) {
                if (buffer.length >= MAX_LINE) {
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
                buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE, buffer.length * 2));
            }
            if (!eof) {
                int want = (int) Math.min(buffer.length - len, end - pos);
                int got = 0;
                while (got < want) {
                    int n = ch.read(ByteBuffer.wrap(buffer, len + got, want - got), pos + got);
                    if (n < 0) {
                        break;
                    }
                    got += n;
                }
                pos += got;
                len += got;
                eof = pos >= end || got < want;
            }
            from = splitLines(from, len, eof);
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
        linesRead++;
        reject("row", "the line is longer than " + MAX_LINE + " bytes");
        ByteBuffer bb = ByteBuffer.wrap(buffer);
        long p = pos;
        while (p < end) {
            bb.clear();
            bb.limit((int) Math.min(buffer.length, end - p));
            int n = ch.read(bb, p);
            if (n <= 0) {
                return end;
            }
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    return p + i + 1;
                }
            }
            p += n;
        }
        return end;
    }

    /**
     * Splits and judges the complete lines in buffer[from, len); returns the start of the first
     * incomplete line (len when none). At eof, the last line needs no newline.
     */
    private int splitLines(int from, int len, boolean eof) {
        final byte[] b = buffer;
        final int columns = this.columns;
        final int[] starts = row.cellStart;
        final int[] ends = row.cellEnd;
        int p = from;
        while (p < len) {
            int lineStart = p;
            int c = 0;
            starts[0] = p;
            boolean quoted = false;
            boolean badQuote = false;
            int lineEnd = -1;
            // every byte of the line passes through these (and some bytes after it): their high bits, and carriage returns
            long seen = 0;
            long carriageReturns = 0;
            while (p < len) {
                // eight bytes at a time up to the next comma, newline or quote
                while (p + 8 <= len) {
                    long w = ByteWords.word(b, p);
                    seen |= w;
                    carriageReturns |= ByteWords.equalBytes(w, CARRIAGE_RETURNS);
                    long m = separators(w);
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
                        ends[c] = p;
                        starts[++c] = p + 1;
                    } else {
                        c = columns; // surplus cells: counted as one more
                    }
                    p++;
                } else if (ch == '\n') {
                    lineEnd = p;
                    break;
                } else if (ch == '"' && p == starts[c]) {
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
                    seen |= ch;
                    carriageReturns |= ch == '\r' ? 1 : 0;
                    p++;
                }
            }
            if (lineEnd < 0) {
                if (!eof) {
                    return lineStart;
                }
                lineEnd = len;
            }
            ends[c] = lineEnd;
            p = lineEnd + 1;
            row(b, c + 1, quoted, badQuote, !quoted && (seen & ByteWords.HIGHS) == 0 && carriageReturns == 0);
            if (failure != null) {
                return p;
            }
        }
        return Math.min(p, len);
    }

    /** A mask with the high bit of each byte of a word that is a comma, a newline or a quote (exact at the lowest). */
    private static long separators(long word) {
        return ByteWords.equalBytes(word, COMMAS) | ByteWords.equalBytes(word, NEWLINES)
                | ByteWords.equalBytes(word, QUOTES);
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

    /** Hands the line just split to the row, and folds its verdict or records its rejection. */
    private void row(byte[] b, int cells, boolean quoted, boolean badQuote, boolean plainAscii) {
        line++;
        linesRead++;
        switch (row.read(b, line, cells, quoted, badQuote, plainAscii)) {
            case BLANK -> {
            }
            case REJECTED -> reject(row.rejectedField(), row.rejectedReason());
            case JUDGED -> {
                Judgement judgement = row.judgement();
                fold.add(judgement);
                if (groups != null) {
                    groups.fold(b, row.cellStart[groupColumn], row.cellEnd[groupColumn]).add(judgement);
                }
                if (consumer != null) {
                    consumer.accept(row);
                }
            }
        }
    }

    private void reject(String field, String reason) {
        RejectedRow r = new RejectedRow(line, field, reason);
        if (collecting) {
            fold.reject(r);
        } else {
            failure = r;
        }
    }
}
