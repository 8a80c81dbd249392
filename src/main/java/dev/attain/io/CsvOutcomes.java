package dev.attain.io;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import dev.attain.io.Draft.FigureAt;
import dev.attain.io.Draft.OutcomeDraft;
import dev.attain.io.Draft.Ref;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Source;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Tolerance;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Streams a CSV table of outcomes, row by row, into an {@link Assembler} (or a batch of one, for a
 * part of a table read by another thread, see {@link CsvParts}): each row is judged
 * as it is read and only kept if valid, so memory grows with the records kept, not with the
 * file. Periods, dates, scopes and sources that repeat from row to row are shared.
 *
 * <p>Columns: {@code indicator}, {@code scope.<key>} (any number), {@code period}, {@code value},
 * {@code published}, {@code status}, {@code source}; the first row is the header. Cells are
 * trimmed; an empty {@code scope.<key>} cell leaves the key out of that row's scope, an empty
 * status is FINAL, an empty source is none.
 */
final class CsvOutcomes {

    static final List<String> COLUMNS = List.of("indicator", "period", "value", "published", "status", "source");
    private static final List<String> REQUIRED = List.of("indicator", "period", "value", "published");
    private static final String HEADER_HINT = "indicator, scope.<key>…, period, value, published, status, source";
    private static final Pattern STARTED_IN_LINE = Pattern.compile("started in line (\\d+)");

    /** Receives the rows of a table as they are read: an {@link Assembler}, or a batch of one. */
    interface Rows {
        /** Checks and judges one row's draft. */
        void streamedOutcome(OutcomeDraft draft);

        /** Notes a file, so that problems sort in the order files were read. */
        void file(String file);

        /** A part of the file that could not be read as rows. */
        void unreadable(String file, Loc loc, String record, @Nullable String field, String message);
    }

    private final Rows rows;
    private final String file;
    private final Tolerance tolerance;
    private final int maxRecordLength;
    private final TextCache<Period> periods = new TextCache<>();
    private final TextCache<LocalDate> dates = new TextCache<>();
    private final TextCache<Scope> scopes = new TextCache<>();
    private final TextCache<Optional<Source>> sources = new TextCache<>();
    private final TextCache<String> ids = new TextCache<>();
    private final TextCache<OutcomeStatus> statuses = new TextCache<>();
    private char[] scopeKey = new char[64];

    private int indicatorCol = -1;
    private int periodCol = -1;
    private int valueCol = -1;
    private int publishedCol = -1;
    private int statusCol = -1;
    private int sourceCol = -1;
    private final List<String> scopeKeys = new ArrayList<>();
    private int[] scopeCols = new int[0];
    private int width;

    /** The data rows read, by {@link #rows}. */
    private long rowsRead;

    CsvOutcomes(Rows rows, String file, Tolerance tolerance, int maxRecordLength) {
        this.rows = rows;
        this.file = file;
        this.tolerance = tolerance;
        this.maxRecordLength = maxRecordLength;
        for (OutcomeStatus s : OutcomeStatus.values()) {
            statuses.put(s.name(), s);
        }
    }

    /** A reader of another part of the same table, whose header the given reader has read. */
    CsvOutcomes(CsvOutcomes table, Rows rows) {
        this(rows, table.file, table.tolerance, table.maxRecordLength);
        indicatorCol = table.indicatorCol;
        periodCol = table.periodCol;
        valueCol = table.valueCol;
        publishedCol = table.publishedCol;
        statusCol = table.statusCol;
        sourceCol = table.sourceCol;
        scopeKeys.addAll(table.scopeKeys);
        scopeCols = table.scopeCols.clone();
        width = table.width;
    }

    String file() {
        return file;
    }

    long rowsRead() {
        return rowsRead;
    }

    /** Opens FastCSV, the one reader of the CSV grammar, on a text; line numbers count from firstLine. */
    CsvReader<CsvRow> open(Reader in, long firstLine) {
        return CsvReader.builder().allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true)
                .commentStrategy(CommentStrategy.NONE).maxBufferSize(maxRecordLength).build(new CsvRow(firstLine), in);
    }

    /**
     * Reads a file, which must be UTF-8: a malformed byte is reported, not replaced. A large file
     * is read in parts by several threads when it can be ({@link CsvParts}), with the same
     * checks, problems and order as when it is read in one.
     *
     * @param threads  the threads that may read it at once
     */
    void read(Path path, Assembler assembler, int threads) {
        assembler.file(file);
        if (CsvParts.read(this, path, assembler, threads)) {
            return;
        }
        try (Reader reader = new Utf8Reader(Files.newInputStream(path), 1)) {
            read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads from a reader, which is left open. */
    void read(Reader reader) {
        rows.file(file);
        Reader in;
        try {
            in = Readers.skipBom(Readers.unclosable(reader));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                rows.unreadable(file, Loc.START, "file", null, notUtf8(e.getCause()) + "; no row was read");
                return;
            }
            throw e;
        }
        try (CsvReader<CsvRow> csv = open(in, 1)) {
            var it = csv.iterator();
            if (header(it)) {
                rows(it, 0, 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and maps the header, the table's first record; false (after reporting) if the rows
     * cannot be read.
     */
    boolean header(Iterator<CsvRow> it) {
        try {
            if (!it.hasNext()) {
                rows.unreadable(file, Loc.START, "file", null, "file is empty; expected a header row: "
                        + HEADER_HINT);
                return false;
            }
            return header(it.next());
        } catch (CsvParseException | UncheckedIOException e) {
            stopped(e, 0, 1);
            return false;
        }
    }

    /**
     * Reads the data rows that follow, numbering them after rowsBefore; false (after reporting)
     * if the reading stopped on a problem that leaves the rows after it unread.
     *
     * @param firstLine  the line the text read starts on, for problems that do not know their line
     */
    boolean rows(Iterator<CsvRow> it, long rowsBefore, long firstLine) {
        long lastLine = firstLine - 1;
        try {
            while (it.hasNext()) {
                CsvRow rec = it.next();
                lastLine = rec.line();
                rowsRead++;
                rows.streamedOutcome(row(rec, rowsBefore + rowsRead));
            }
            return true;
        } catch (CsvParseException | UncheckedIOException e) {
            stopped(e, lastLine, firstLine);
            return false;
        }
    }

    /** Reports what stopped the reading after lastLine, or rethrows it if it is not the file's fault. */
    private void stopped(RuntimeException ex, long lastLine, long firstLine) {
        if (ex instanceof CsvParseException e) {
            String msg = MessageText.oneLine(e.getMessage());
            String detail = e.getCause() == null ? msg : MessageText.oneLine(e.getCause().getMessage());
            Matcher m = STARTED_IN_LINE.matcher(msg);
            long line = m.find() ? Long.parseLong(m.group(1)) + firstLine - 1 : lastLine + 1;
            boolean limit = detail.contains("maximum buffer size");
            rows.unreadable(file, new Loc((int) Math.min(Integer.MAX_VALUE, line), 1), "file", null,
                    (limit ? DatasetReader.limitText("maxCsvRecordLength", maxRecordLength, "characters",
                            "the row starting in line " + line + " is longer")
                            : "not valid CSV at line " + line + ": " + detail)
                    + "; rows from line " + line + " on were not read");
            return;
        }
        if (ex.getCause() instanceof Utf8Reader.NotUtf8Exception bad) {
            int line = (int) Math.min(Integer.MAX_VALUE, bad.line());
            rows.unreadable(file, new Loc(line, 1), "file", null, bad.getMessage()
                    + "; the rows before it were read, rows from line " + line + " on were not");
            return;
        }
        if (ex.getCause() instanceof CharacterCodingException) {
            rows.unreadable(file, new Loc((int) Math.min(Integer.MAX_VALUE, lastLine + 1), 1), "file", null,
                    "not UTF-8 text after line " + lastLine + "; rows after it were not read");
            return;
        }
        throw ex;
    }

    private static String notUtf8(Throwable cause) {
        return cause instanceof Utf8Reader.NotUtf8Exception ? cause.getMessage() : "not UTF-8 text";
    }

    /** Maps the header's columns; false (after reporting) if the rows cannot be read. */
    private boolean header(CsvRow header) {
        int line = (int) header.line();
        width = header.fieldCount();
        List<String> fatal = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < width; i++) {
            String name = header.field(i).trim();
            if (i == 0 && !name.isEmpty() && name.charAt(0) == '\uFEFF') {
                name = name.substring(1);
            }
            Integer before = seen.putIfAbsent(name, i);
            if (before != null) {
                fatal.add("column '" + name + "' appears twice (columns " + (before + 1) + " and " + (i + 1) + ")");
                continue;
            }
            switch (name) {
                case "indicator":
                    indicatorCol = i;
                    break;
                case "period":
                    periodCol = i;
                    break;
                case "value":
                    valueCol = i;
                    break;
                case "published":
                    publishedCol = i;
                    break;
                case "status":
                    statusCol = i;
                    break;
                case "source":
                    sourceCol = i;
                    break;
                default:
                    if (name.startsWith("scope.") && name.length() > 6 && !name.contains(",")
                            && !name.substring(6).contains("=")) {
                        scopeKeys.add(name.substring(6));
                        scopeCols = Arrays.copyOf(scopeCols, scopeCols.length + 1);
                        scopeCols[scopeCols.length - 1] = i;
                    } else {
                        ignored.add("unknown column " + (i + 1) + " '" + name + "', ignored."
                                + MessageText.suggestion(name, COLUMNS));
                    }
                    break;
            }
        }
        for (String required : REQUIRED) {
            if (!seen.containsKey(required)) {
                fatal.add("required column '" + required + "' is missing");
            }
        }
        if (!fatal.isEmpty()) {
            rows.unreadable(file, new Loc(line, 1), "header", null, String.join("; ", fatal)
                    + "; the header must name the columns " + HEADER_HINT + "; no row was read");
            return false;
        }
        if (!ignored.isEmpty()) {
            rows.unreadable(file, new Loc(line, 1), "header", null, String.join("; ", ignored)
                    + " Known columns: " + HEADER_HINT + ".");
        }
        return true;
    }

    private OutcomeDraft row(CsvRow r, long row) {
        int line = (int) Math.min(Integer.MAX_VALUE, r.line());
        OutcomeDraft d = new OutcomeDraft(file, new Loc(line, 1), "row", row);
        char[] c = r.chars();
        int n = r.fieldCount();
        String indicator = "";
        if (!r.isEmpty(indicatorCol)) {
            int s = r.start(indicatorCol);
            int e = r.end(indicatorCol);
            indicator = ids.get(c, s, e);
            if (indicator == null) {
                indicator = new String(c, s, e - s);
                ids.put(indicator, indicator);
            }
            d.ref = new Ref(indicator, new Loc(line, indicatorCol + 1), "indicator");
        }
        Period period = null;
        if (!r.isEmpty(periodCol)) {
            int s = r.start(periodCol);
            int e = r.end(periodCol);
            period = periods.get(c, s, e);
            d.periodText = period != null ? periods.foundText() : new String(c, s, e - s);
        }
        int open = r.fieldWithBreak();
        if (open >= 0) {
            d.problem(d.loc, null, "the quote that opens column " + (open + 1) + " in line " + line
                    + " is not closed on its line: it runs on to line " + (line + r.lineFeeds(open))
                    + ", taking in the lines between as one row"
                    + " (a cell of an outcome table holds no line break; close the quote or remove it)");
            return d;
        }
        if (n != width) {
            d.problem(d.loc, null, "row has " + n + (n == 1 ? " field" : " fields") + ", the header " + width);
            return d;
        }
        if (indicator.isEmpty()) {
            d.problem(new Loc(line, indicatorCol + 1), "indicator", "required field is empty");
        }
        if (period == null) {
            period = required(d, d.periodText, new Loc(line, periodCol + 1), "period", periods, Fields::parsePeriod);
        }
        Figure value = null;
        Loc valueLoc = new Loc(line, valueCol + 1);
        if (r.isEmpty(valueCol)) {
            d.problem(valueLoc, "value", "required field is empty");
        } else {
            int s = r.start(valueCol);
            try {
                value = Figure.parse(new String(c, s, r.end(valueCol) - s), tolerance);
                d.value = new FigureAt("value", value, valueLoc);
            } catch (IllegalArgumentException e) {
                d.problem(valueLoc, "value", String.valueOf(e.getMessage()));
            }
        }
        LocalDate published = null;
        if (!r.isEmpty(publishedCol)) {
            published = dates.get(c, r.start(publishedCol), r.end(publishedCol));
        }
        if (published == null) {
            published = required(d, r.cell(publishedCol), new Loc(line, publishedCol + 1), "published", dates,
                    Fields::parseDate);
        }
        d.periodLoc = new Loc(line, periodCol + 1);
        d.publishedLoc = new Loc(line, publishedCol + 1);
        OutcomeStatus status = status(d, r, line);
        Scope scope = scope(d, r, line);
        Optional<Source> source = Optional.empty();
        if (!r.isEmpty(sourceCol)) {
            int s = r.start(sourceCol);
            int e = r.end(sourceCol);
            source = sources.get(c, s, e);
            if (source == null) {
                String doc = new String(c, s, e - s);
                source = Optional.of(Source.of(doc));
                sources.put(doc, source);
            }
        }
        if (!d.hasProblems() && period != null && value != null && published != null && status != null
                && scope != null) {
            d.outcome = new Outcome(indicator, scope, period, value, published, status, source);
        }
        return d;
    }

    /**
     * The value of a required cell: a problem when it is empty, else the parsed value (remembered
     * when it parses). The caller has looked the text up among the values remembered.
     */
    private static <V> @Nullable V required(OutcomeDraft d, @Nullable String text, Loc loc, String field,
            TextCache<V> cache, Fields.Parser<V> parser) {
        if (text == null || text.isEmpty()) {
            d.problem(loc, field, "required field is empty");
            return null;
        }
        V value = parser.parse(d, text, loc, field);
        if (value != null) {
            cache.put(text, value);
        }
        return value;
    }

    private @Nullable OutcomeStatus status(OutcomeDraft d, CsvRow r, int line) {
        if (r.isEmpty(statusCol)) {
            return OutcomeStatus.FINAL;
        }
        OutcomeStatus s = statuses.get(r.chars(), r.start(statusCol), r.end(statusCol));
        if (s != null) {
            return s;
        }
        d.problem(new Loc(line, statusCol + 1), "status", "unknown value '" + MessageText.quote(r.cell(statusCol))
                + "'; expected one of " + MessageText.constants(OutcomeStatus.class));
        return null;
    }

    private @Nullable Scope scope(OutcomeDraft d, CsvRow r, int line) {
        if (scopeCols.length == 0) {
            return Scope.EMPTY;
        }
        char[] c = r.chars();
        int k = 0;
        for (int col : scopeCols) {
            int s = r.isEmpty(col) ? 0 : r.start(col);
            int e = r.isEmpty(col) ? 0 : r.end(col);
            if (k + e - s + 1 > scopeKey.length) {
                scopeKey = Arrays.copyOf(scopeKey, 2 * (k + e - s + 1));
            }
            System.arraycopy(c, s, scopeKey, k, e - s);
            k += e - s;
            scopeKey[k++] = '\u0000';
        }
        Scope cached = scopes.get(scopeKey, 0, k);
        if (cached != null) {
            return cached;
        }
        Map<String, String> entries = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < scopeCols.length; i++) {
            int col = scopeCols[i];
            String v = r.cell(col);
            if (v.isEmpty()) {
                continue;
            }
            if (v.contains(",")) {
                d.problem(new Loc(line, col + 1), "scope." + scopeKeys.get(i), "scope value '" + MessageText.quote(v)
                        + "' must not hold ','");
                ok = false;
                continue;
            }
            entries.put(scopeKeys.get(i), v);
        }
        if (!ok) {
            return null;
        }
        Scope scope = Scope.of(entries);
        scopes.put(new String(scopeKey, 0, k), scope);
        return scope;
    }
}
