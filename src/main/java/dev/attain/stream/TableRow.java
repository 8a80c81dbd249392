package dev.attain.stream;

import com.google.common.collect.Range;
import dev.attain.eval.Judgement;
import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The row of a {@link TargetTable} that a {@link TableScan} has just split into cells: its checks
 * (the field count, quotes, UTF-8, carriage returns, an id, a polarity and two amounts), and the
 * judgement core's verdict on it. It is also the {@link Verdict} handed to a consumer: a view of
 * the current row, decoded lazily.
 *
 * <p>Mutable and reused from row to row; one per scan. Not thread-safe.
 */
final class TableRow implements Verdict {

    /** What {@link #read} made of a line. */
    enum Reading {
        /** A blank line: no row. */
        BLANK,
        /** A row, judged: the verdict is in {@link #judgement()}. */
        JUDGED,
        /** A bad row: {@link #rejectedField()} and {@link #rejectedReason()} say why. */
        REJECTED
    }

    private static final long CARRIAGE_RETURNS = ByteWords.repeated('\r');

    private final TableLayout layout;
    private final int columns;
    /** Cell starts and ends (exclusive) of the current line, filled by the scan; one extra slot for surplus cells. */
    final int[] cellStart;
    final int[] cellEnd;

    /** The bytes the current line is in. */
    private byte[] bytes = new byte[0];
    private long line;
    /** Whether lower is better (the requirement asks for at most). */
    private boolean lowerIsBetter;
    private final AmountCell required = new AmountCell();
    private final AmountCell actual = new AmountCell();
    /** The bounds of the last cell {@link #trim} looked at, without quotes and blanks. */
    private int trimStart;
    private int trimEnd;
    private String rejectedField = "";
    private String rejectedReason = "";

    /** The core's verdict on the current row (one instance per row reader: it is mutable). */
    private final Judgement judgement;

    TableRow(TableLayout layout, Thresholds thresholds) {
        this.layout = layout;
        this.columns = layout.columns();
        this.cellStart = new int[columns + 1];
        this.cellEnd = new int[columns + 1];
        this.judgement = Judgement.with(thresholds);
    }

    /** The core's verdict on the last row judged. */
    Judgement judgement() {
        return judgement;
    }

    /** The column that a rejected row is rejected for ("row" for the whole line). */
    String rejectedField() {
        return rejectedField;
    }

    /** Why the last row was rejected. */
    String rejectedReason() {
        return rejectedReason;
    }

    /**
     * Checks and judges the line numbered line whose cells the scan has put in
     * {@link #cellStart} and {@link #cellEnd}.
     *
     * @param cells  the number of cells found, {@code columns + 1} when there were more
     * @param quoted  whether a cell began with a quote
     * @param badQuote  whether a quoted cell was not closed on the line
     * @param plainAscii  whether the scan saw that the line is ASCII without a carriage return, so
     *     that it needs no check of its text (when false, the line is checked)
     */
    Reading read(byte[] b, long line, int cells, boolean quoted, boolean badQuote, boolean plainAscii) {
        this.bytes = b;
        this.line = line;
        int last = cells - 1;
        if (cellEnd[last] > cellStart[last] && b[cellEnd[last] - 1] == '\r') {
            cellEnd[last]--;
        }
        if (cells == 1 && cellEnd[0] == cellStart[0]) {
            return Reading.BLANK;
        }
        if (badQuote) {
            return reject("row", "a quoted field is not closed on its line (quoted fields may not span lines)");
        }
        if (!plainAscii && !plainText(b, cellStart[0], cellEnd[last], cells)) {
            return Reading.REJECTED;
        }
        if (cells != columns) {
            return reject("row", "expected " + columns + " fields (" + layout.header() + "), found "
                    + (cells > columns ? "more" : String.valueOf(cells)));
        }
        for (int c = 0; quoted && c < columns; c++) {
            int s = cellStart[c];
            int e = cellEnd[c];
            if (s < e && b[s] == '"' && (e - s < 2 || b[e - 1] != '"')) {
                return reject(layout.name(c), "text after the closing quote: " + quote(b, s, e));
            }
        }
        int idColumn = layout.idColumn();
        trim(b, idColumn);
        if (trimStart == trimEnd) {
            return reject(layout.name(idColumn), "required field is empty: every row names its target");
        }
        if (!polarity(b, layout.polarityColumn())) {
            return Reading.REJECTED;
        }
        int targetColumn = layout.targetColumn();
        trim(b, targetColumn);
        if (trimStart == trimEnd) {
            return reject(layout.name(targetColumn), "a target needs a required amount; the cell is empty");
        }
        if (!amount(b, targetColumn, required) || !amount(b, layout.actualColumn(), actual)) {
            return Reading.REJECTED;
        }
        judge();
        return Reading.JUDGED;
    }

    private Reading reject(String field, String reason) {
        rejectedField = field;
        rejectedReason = reason;
        return Reading.REJECTED;
    }

    /**
     * Checks that the line [s, e) is UTF-8 and holds no carriage return but the one before its
     * newline (already cut off), rejecting the row otherwise with the column at fault. ASCII
     * lines, the usual case, cost one pass of eight bytes at a time.
     */
    private boolean plainText(byte[] b, int s, int e, int cells) {
        long high = 0;
        long carriageReturns = 0;
        int p = s;
        for (; p + 8 <= e; p += 8) {
            long w = ByteWords.word(b, p);
            high |= w;
            carriageReturns |= ByteWords.equalBytes(w, CARRIAGE_RETURNS);
        }
        for (; p < e; p++) {
            high |= b[p] & 0xff;
            if (b[p] == '\r') {
                carriageReturns = ByteWords.HIGHS;
            }
        }
        if (carriageReturns != 0) {
            int at = s;
            while (b[at] != '\r') {
                at++;
            }
            reject(columnAt(at, cells), "a carriage return (CR) inside the line: lines end with LF or CRLF,"
                    + " not CR alone");
            return false;
        }
        if ((high & ByteWords.HIGHS) == 0) {
            return true;
        }
        int bad = Utf8.firstInvalid(b, s, e);
        if (bad < 0) {
            return true;
        }
        reject(columnAt(bad, cells), String.format(Locale.ROOT,
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

    // ---- cells -----------------------------------------------------------------------------

    /** Reads the polarity cell into {@link #lowerIsBetter}, or rejects the row. */
    private boolean polarity(byte[] b, int column) {
        lowerIsBetter = false;
        if (column < 0) {
            return true;
        }
        trim(b, column);
        int s = trimStart;
        int n = trimEnd - s;
        if (n == 0 || n == 6 && is(b, s, "higher") || n == 16 && is(b, s, "higher_is_better")) {
            return true;
        }
        if (n == 5 && is(b, s, "lower") || n == 15 && is(b, s, "lower_is_better")) {
            lowerIsBetter = true;
            return true;
        }
        reject("polarity", "expected higher, lower, HIGHER_IS_BETTER or LOWER_IS_BETTER (or nothing, for higher),"
                + " found " + quote(b, cellStart[column], cellEnd[column]));
        return false;
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

    /** Parses an amount column into a cell, or rejects the row. */
    private boolean amount(byte[] b, int column, AmountCell cell) {
        trim(b, column);
        String error = cell.parse(b, trimStart, trimEnd);
        if (error != null) {
            reject(layout.name(column), error + ", found " + quote(b, cellStart[column], cellEnd[column]));
            return false;
        }
        return true;
    }

    /** Sets {@link #trimStart} and {@link #trimEnd} to cell column without its quotes and surrounding blanks. */
    private void trim(byte[] b, int column) {
        int s = cellStart[column];
        int e = cellEnd[column];
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

    /** A cell's text for a message, quoted and cut to 40 characters. */
    static String quote(byte[] b, int s, int e) {
        String t = new String(b, s, Math.min(e - s, 160), StandardCharsets.UTF_8);
        if (t.length() > 40) {
            t = t.substring(0, 40) + "…";
        }
        return "'" + t + "'";
    }

    /** A cell's text, unquoted and unescaped, decoded as UTF-8. */
    static String text(byte[] b, int s, int e) {
        if (s < e && b[s] == '"') {
            String t = new String(b, s + 1, e - s - 2, StandardCharsets.UTF_8);
            return t.replace("\"\"", "\"");
        }
        return new String(b, s, e - s, StandardCharsets.UTF_8).strip();
    }

    // ---- the verdict -----------------------------------------------------------------------

    /** Asks the core for the current row's verdict: the requirement is the target, inclusive, its direction the polarity's. */
    private void judge() {
        if (actual.isMissing()) {
            judgement.nothingReported();
        } else if (required.isScaled() && actual.isScaled()) {
            judgement.judge(!lowerIsBetter, true, required.unscaled(), required.scale(), required.unscaled(),
                    required.scale(), actual.unscaled(), actual.scale());
        } else {
            BigDecimal r = required.value();
            judgement.judge(!lowerIsBetter, true, r, r, actual.value());
        }
    }

    // ---- the Verdict view ------------------------------------------------------------------

    @Override
    public long line() {
        return line;
    }

    @Override
    public String targetId() {
        int c = layout.idColumn();
        return text(bytes, cellStart[c], cellEnd[c]);
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
        return Optional.of(required.value());
    }

    @Override
    public Optional<BigDecimal> actual() {
        return actual.isMissing() ? Optional.empty() : Optional.of(actual.value());
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
