package dev.attain.io;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Streams a CSV table of outcomes, row by row, into an {@link Assembler}: each row is judged
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
    private static final int CACHE_LIMIT = 10_000;
    private static final Pattern STARTED_IN_LINE = Pattern.compile("started in line (\\d+)");

    private final Assembler assembler;
    private final String file;
    private final Tolerance tolerance;
    private final int maxRecordLength;
    private final Map<String, Period> periods = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<String, Scope> scopes = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();

    private int indicatorCol = -1;
    private int periodCol = -1;
    private int valueCol = -1;
    private int publishedCol = -1;
    private int statusCol = -1;
    private int sourceCol = -1;
    private final List<String> scopeKeys = new ArrayList<>();
    private final List<Integer> scopeCols = new ArrayList<>();
    private int width;

    CsvOutcomes(Assembler assembler, String file, Tolerance tolerance, int maxRecordLength) {
        this.assembler = assembler;
        this.file = file;
        this.tolerance = tolerance;
        this.maxRecordLength = maxRecordLength;
    }

    private CsvReader.CsvReaderBuilder builder() {
        return CsvReader.builder().allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true)
                .commentStrategy(CommentStrategy.NONE).maxBufferSize(maxRecordLength);
    }

    /** Reads a file, which must be UTF-8: a malformed byte is reported, not replaced. */
    void read(Path path) {
        try (Reader reader = new Utf8Reader(Files.newInputStream(path))) {
            read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads from a reader, which is left open. */
    void read(Reader reader) {
        assembler.file(file);
        Reader in;
        try {
            in = Readers.skipBom(Readers.unclosable(reader));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                assembler.unreadable(file, Loc.START, "file", null, notUtf8(e.getCause()) + "; no row was read");
                return;
            }
            throw e;
        }
        try (CsvReader<CsvRecord> csv = builder().ofCsvRecord(in)) {
            read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(CsvReader<CsvRecord> csv) {
        assembler.file(file);
        long row = 0;
        long lastLine = 0;
        try {
            var it = csv.iterator();
            if (!it.hasNext()) {
                assembler.unreadable(file, Loc.START, "file", null, "file is empty; expected a header row: "
                        + HEADER_HINT);
                return;
            }
            CsvRecord header = it.next();
            lastLine = header.getStartingLineNumber();
            if (!header(header)) {
                return;
            }
            while (it.hasNext()) {
                CsvRecord rec = it.next();
                lastLine = rec.getStartingLineNumber();
                row++;
                assembler.streamedOutcome(row(rec, row));
            }
        } catch (CsvParseException e) {
            String msg = MessageText.oneLine(e.getMessage());
            String detail = e.getCause() == null ? msg : MessageText.oneLine(e.getCause().getMessage());
            Matcher m = STARTED_IN_LINE.matcher(msg);
            long line = m.find() ? Long.parseLong(m.group(1)) : lastLine + 1;
            boolean limit = detail.contains("maximum buffer size");
            assembler.unreadable(file, new Loc((int) Math.min(Integer.MAX_VALUE, line), 1), "file", null,
                    (limit ? DatasetReader.limitText("maxCsvRecordLength", maxRecordLength, "characters",
                            "the row starting in line " + line + " is longer")
                            : "not valid CSV at line " + line + ": " + detail)
                    + "; rows from line " + line + " on were not read");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Utf8Reader.NotUtf8Exception bad) {
                int line = (int) Math.min(Integer.MAX_VALUE, bad.line());
                assembler.unreadable(file, new Loc(line, 1), "file", null, bad.getMessage()
                        + "; the rows before it were read, rows from line " + line + " on were not");
                return;
            }
            if (e.getCause() instanceof CharacterCodingException) {
                assembler.unreadable(file, new Loc((int) Math.min(Integer.MAX_VALUE, lastLine + 1), 1), "file", null,
                        "not UTF-8 text after line " + lastLine + "; rows after it were not read");
                return;
            }
            throw e;
        }
    }

    private static String notUtf8(Throwable cause) {
        return cause instanceof Utf8Reader.NotUtf8Exception ? cause.getMessage() : "not UTF-8 text";
    }

    /** Maps the header's columns; false (after reporting) if the rows cannot be read. */
    private boolean header(CsvRecord header) {
        int line = (int) header.getStartingLineNumber();
        width = header.getFieldCount();
        List<String> fatal = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < width; i++) {
            String name = header.getField(i).trim();
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
                        scopeCols.add(i);
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
            assembler.unreadable(file, new Loc(line, 1), "header", null, String.join("; ", fatal)
                    + "; the header must name the columns " + HEADER_HINT + "; no row was read");
            return false;
        }
        if (!ignored.isEmpty()) {
            assembler.unreadable(file, new Loc(line, 1), "header", null, String.join("; ", ignored)
                    + " Known columns: " + HEADER_HINT + ".");
        }
        return true;
    }

    private OutcomeDraft row(CsvRecord rec, long row) {
        int line = (int) Math.min(Integer.MAX_VALUE, rec.getStartingLineNumber());
        OutcomeDraft d = new OutcomeDraft(file, new Loc(line, 1), "row", row);
        int n = rec.getFieldCount();
        String indicator = cell(rec, indicatorCol);
        String periodText = cell(rec, periodCol);
        if (!indicator.isEmpty()) {
            String canonical = ids.get(indicator);
            if (canonical == null) {
                canonical = indicator;
                remember(ids, indicator, indicator);
            }
            indicator = canonical;
            d.ref = new Ref(indicator, new Loc(line, indicatorCol + 1), "indicator");
        }
        if (!periodText.isEmpty()) {
            d.periodText = periodText;
        }
        String unclosed = unclosedQuote(rec, line);
        if (unclosed != null) {
            d.problem(d.loc, null, unclosed);
            return d;
        }
        if (n != width) {
            d.problem(d.loc, null, "row has " + n + (n == 1 ? " field" : " fields") + ", the header " + width);
            return d;
        }
        if (indicator.isEmpty()) {
            d.problem(new Loc(line, indicatorCol + 1), "indicator", "required field is empty");
        }
        Period period = period(d, periodText, line);
        Figure value = null;
        String valueText = cell(rec, valueCol);
        Loc valueLoc = new Loc(line, valueCol + 1);
        if (valueText.isEmpty()) {
            d.problem(valueLoc, "value", "required field is empty");
        } else {
            try {
                value = Figure.parse(valueText, tolerance);
                d.value = new FigureAt("value", value, valueLoc);
            } catch (IllegalArgumentException e) {
                d.problem(valueLoc, "value", String.valueOf(e.getMessage()));
            }
        }
        LocalDate published = published(d, cell(rec, publishedCol), line);
        d.periodLoc = new Loc(line, periodCol + 1);
        d.publishedLoc = new Loc(line, publishedCol + 1);
        OutcomeStatus status = status(d, statusCol < 0 ? "" : cell(rec, statusCol), line);
        Scope scope = scope(d, rec, line);
        Optional<Source> source = Optional.empty();
        if (sourceCol >= 0) {
            String doc = cell(rec, sourceCol);
            if (!doc.isEmpty()) {
                Source s = sources.get(doc);
                if (s == null) {
                    s = Source.of(doc);
                    remember(sources, doc, s);
                }
                source = Optional.of(s);
            }
        }
        if (!d.hasProblems() && period != null && value != null && published != null && status != null
                && scope != null) {
            d.outcome = new Outcome(indicator, scope, period, value, published, status, source);
        }
        return d;
    }

    /**
     * No cell of an outcome table holds a line break, so a cell that does was opened by a quote
     * that was not closed on its line: it took in the lines after it, up to the next quote or
     * the end of the file. Returns the problem, naming the line and column where the quote
     * opened, or null.
     */
    private static @Nullable String unclosedQuote(CsvRecord rec, int line) {
        int n = rec.getFieldCount();
        for (int i = 0; i < n; i++) {
            String f = rec.getField(i);
            if (f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                long breaks = 0;
                for (int j = i; j < n; j++) {
                    breaks += rec.getField(j).chars().filter(c -> c == '\n').count();
                }
                return "the quote that opens column " + (i + 1) + " in line " + line + " is not closed on its line:"
                        + " it runs on to line " + (line + breaks) + ", taking in the lines between as one row"
                        + " (a cell of an outcome table holds no line break; close the quote or remove it)";
            }
        }
        return null;
    }

    private static String cell(CsvRecord rec, int col) {
        return col < rec.getFieldCount() ? rec.getField(col).trim() : "";
    }

    private @Nullable Period period(OutcomeDraft d, String text, int line) {
        return required(d, text, new Loc(line, periodCol + 1), "period", periods, Fields::parsePeriod);
    }

    private @Nullable LocalDate published(OutcomeDraft d, String text, int line) {
        return required(d, text, new Loc(line, publishedCol + 1), "published", dates, Fields::parseDate);
    }

    /**
     * The value of a required cell: a problem when it is empty, else the value remembered for the
     * same text, else the parsed value (remembered when it parses).
     */
    private static <V> @Nullable V required(OutcomeDraft d, String text, Loc loc, String field, Map<String, V> cache,
            Fields.Parser<V> parser) {
        if (text.isEmpty()) {
            d.problem(loc, field, "required field is empty");
            return null;
        }
        V value = cache.get(text);
        if (value == null) {
            value = parser.parse(d, text, loc, field);
            if (value != null) {
                remember(cache, text, value);
            }
        }
        return value;
    }

    private @Nullable OutcomeStatus status(OutcomeDraft d, String text, int line) {
        if (text.isEmpty()) {
            return OutcomeStatus.FINAL;
        }
        for (OutcomeStatus s : OutcomeStatus.values()) {
            if (s.name().equals(text)) {
                return s;
            }
        }
        d.problem(new Loc(line, statusCol + 1), "status", "unknown value '" + MessageText.quote(text)
                + "'; expected one of " + MessageText.constants(OutcomeStatus.class));
        return null;
    }

    private @Nullable Scope scope(OutcomeDraft d, CsvRecord rec, int line) {
        if (scopeCols.isEmpty()) {
            return Scope.EMPTY;
        }
        StringBuilder key = new StringBuilder();
        for (int col : scopeCols) {
            key.append(cell(rec, col)).append('\u0000');
        }
        String k = key.toString();
        Scope cached = scopes.get(k);
        if (cached != null) {
            return cached;
        }
        Map<String, String> entries = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < scopeCols.size(); i++) {
            int col = scopeCols.get(i);
            String v = cell(rec, col);
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
        remember(scopes, k, scope);
        return scope;
    }

    private static <V> void remember(Map<String, V> cache, String key, V value) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, value);
    }
}
