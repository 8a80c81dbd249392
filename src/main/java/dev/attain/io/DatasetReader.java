package dev.attain.io;

import static java.util.Objects.requireNonNull;

import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.quantity.Tolerance;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads datasets from JSON, YAML and CSV files, with limits on what it accepts. Configure one
 * with {@link #builder()}, or use {@link #defaults()} (which {@link Datasets} uses).
 *
 * <p>{@link #read(Path)} reads a file, or a folder of files, and fails with a
 * {@link DatasetException} listing every problem; {@link #readLenient(Path)} keeps the valid
 * records and reports the rest. JSON and YAML files are read into a tree that keeps each
 * value's line and column, then bound with every problem collected; CSV outcome tables are
 * streamed row by row, a large one in parts by as many threads as there are processors.
 *
 * <h2>Limits</h2>
 * Input is untrusted. Jackson's {@link StreamReadConstraints} are set from the limits below and
 * a file over one is refused with a {@link DatasetException} naming the limit, before it can
 * exhaust memory. No polymorphic typing is used: the readers know the record types and build
 * only those.
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>applies to</th></tr>
 *   <tr><td>{@link Builder#maxDocumentLength(long) maxDocumentLength}</td>
 *       <td>{@value #DEFAULT_MAX_DOCUMENT_LENGTH} characters (16 Mi)</td><td>each JSON or YAML file</td></tr>
 *   <tr><td>{@link Builder#maxNestingDepth(int) maxNestingDepth}</td>
 *       <td>{@value #DEFAULT_MAX_NESTING_DEPTH}</td><td>objects and arrays within each other</td></tr>
 *   <tr><td>{@link Builder#maxStringLength(int) maxStringLength}</td>
 *       <td>{@value #DEFAULT_MAX_STRING_LENGTH} characters</td><td>one string value</td></tr>
 *   <tr><td>{@link Builder#maxNumberLength(int) maxNumberLength}</td>
 *       <td>{@value #DEFAULT_MAX_NUMBER_LENGTH} characters</td><td>one number</td></tr>
 *   <tr><td>{@link Builder#maxNameLength(int) maxNameLength}</td>
 *       <td>{@value #DEFAULT_MAX_NAME_LENGTH} characters</td><td>one property name</td></tr>
 *   <tr><td>{@link Builder#maxCsvRecordLength(int) maxCsvRecordLength}</td>
 *       <td>{@value #DEFAULT_MAX_CSV_RECORD_LENGTH} characters (1 Mi)</td><td>one CSV row; a CSV
 *       file as a whole has no limit, since it is streamed</td></tr>
 *   <tr><td>{@link Builder#maxRejectionsKept(int) maxRejectionsKept}</td>
 *       <td>{@value #DEFAULT_MAX_REJECTIONS_KEPT}</td><td>rejected records kept in full, each with
 *       every problem; the rest are counted, not kept ({@link LoadReport#notKept()})</td></tr>
 * </table>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class DatasetReader {

    /** Default most characters in one JSON or YAML file: 16 Mi (16,777,216). */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;
    /** Default deepest nesting of objects and arrays: 32 (a dataset needs 5). */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
    /** Default most characters in one string value, such as a source quote: 100,000. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
    /** Default most characters in one number: 100. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** Default most characters in one property name: 1,000. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;
    /** Default most characters in one CSV row: 1 Mi (1,048,576). */
    public static final int DEFAULT_MAX_CSV_RECORD_LENGTH = 1024 * 1024;

    /**
     * Default most rejected records a lenient read keeps in full: 1,000; the rest are counted
     * ({@link LoadReport#notKept()}), so that a file of millions of bad rows loads in bounded memory.
     */
    public static final int DEFAULT_MAX_REJECTIONS_KEPT = 1000;

    private static final DatasetReader DEFAULTS = builder().build();

    private final long maxDocumentLength;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final int maxNameLength;
    private final int maxCsvRecordLength;
    private final int maxRejectionsKept;
    private final Tolerance tolerance;
    private final JsonFactory jsonFactory;
    private final YAMLFactory yamlFactory;

    private DatasetReader(Builder b) {
        this.maxDocumentLength = b.maxDocumentLength;
        this.maxNestingDepth = b.maxNestingDepth;
        this.maxStringLength = b.maxStringLength;
        this.maxNumberLength = b.maxNumberLength;
        this.maxNameLength = b.maxNameLength;
        this.maxCsvRecordLength = b.maxCsvRecordLength;
        this.maxRejectionsKept = b.maxRejectionsKept;
        this.tolerance = b.tolerance;
        StreamReadConstraints constraints = streamReadConstraints();
        this.jsonFactory = JsonFactory.builder().streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
        int codePoints = (int) Math.min(Integer.MAX_VALUE - 1L, maxDocumentLength + 1);
        this.yamlFactory = YAMLFactory.builder().streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .loadSettings(LoadSettings.builder().setCodePointLimit(codePoints).build()).build();
    }

    /**
     * Returns the reader with the default limits and tolerance.
     *
     * @return the reader, never null
     */
    public static DatasetReader defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a reader with the default limits and tolerance.
     *
     * @return the builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns Jackson's stream read constraints for these limits.
     *
     * @return the constraints, never null
     */
    public StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder().maxDocumentLength(maxDocumentLength).maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength).maxNumberLength(maxNumberLength).maxNameLength(maxNameLength)
                .build();
    }

    /**
     * Returns the most characters one JSON or YAML file may hold.
     *
     * @return the limit
     */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /**
     * Returns the deepest nesting of objects and arrays.
     *
     * @return the limit
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * Returns the most characters in one string value.
     *
     * @return the limit
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * Returns the most characters in one number.
     *
     * @return the limit
     */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /**
     * Returns the most characters in one property name.
     *
     * @return the limit
     */
    public int maxNameLength() {
        return maxNameLength;
    }

    /**
     * Returns the most characters in one CSV row.
     *
     * @return the limit
     */
    public int maxCsvRecordLength() {
        return maxCsvRecordLength;
    }

    /**
     * Returns the tolerance with which ABOUT and NEARLY figures are read.
     *
     * @return the tolerance, never null
     */
    public Tolerance tolerance() {
        return tolerance;
    }

    /**
     * Reads a dataset file ({@code .json}, {@code .yaml}, {@code .yml}), or a folder holding
     * several such files and CSV outcome tables ({@code .csv}), failing on any problem.
     *
     * <p>A folder's files are read in the order of their names, JSON and YAML first, then the
     * CSV tables, whose rows may refer to the indicators of any of the JSON and YAML files.
     * Files with other extensions, hidden files and subfolders are left alone.
     *
     * @param path  the file or folder, not null
     * @return the dataset, never null
     * @throws DatasetException listing every problem, by file, line, column, record and field
     * @throws UncheckedIOException if the file or folder cannot be read, or does not exist
     */
    public Dataset read(Path path) {
        return readLenient(path).datasetOrThrow();
    }

    /**
     * Reads a dataset file or folder as {@link #read(Path)} does, keeping the valid records and
     * reporting the others.
     *
     * @param path  the file or folder, not null
     * @return the report: the valid records as a dataset, and every rejection, never null
     * @throws UncheckedIOException if the file or folder cannot be read, or does not exist
     */
    public LoadReport readLenient(Path path) {
        requireNonNull(path, "path");
        Assembler a = new Assembler(path.toString(), maxRejectionsKept);
        List<Path> documents = new ArrayList<>();
        List<Path> tables = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                        .forEach(p -> DatasetFormat.of(p).ifPresent(f -> (f == DatasetFormat.CSV ? tables : documents)
                                .add(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (documents.isEmpty() && tables.isEmpty()) {
                a.unreadable(path.toString(), Loc.START, "file", null,
                        "folder holds no dataset file (.json, .yaml, .yml, .csv or .xlsx)");
            }
        } else if (!Files.exists(path)) {
            throw new UncheckedIOException(new NoSuchFileException(path.toString()));
        } else {
            Optional<DatasetFormat> format = DatasetFormat.of(path);
            if (format.isEmpty()) {
                a.unreadable(path.toString(), Loc.START, "file", null,
                        "not a dataset file: expected a name ending in .json, .yaml, .yml, .csv or .xlsx");
            } else {
                (format.get() == DatasetFormat.CSV ? tables : documents).add(path);
            }
        }
        for (Path doc : documents) {
            DatasetFormat format = DatasetFormat.of(doc).orElseThrow();
            if (format == DatasetFormat.XLSX) {
                Workbooks.read(a, doc, tolerance);
                continue;
            }
            try (Reader r = new Utf8Reader(Files.newInputStream(doc), 1)) {
                readDocument(a, doc.toString(), format, r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        a.resolve();
        for (Path table : tables) {
            new CsvOutcomes(a, table.toString(), tolerance, maxCsvRecordLength).read(table, a, CsvParts.threads());
        }
        return a.finish();
    }

    /**
     * Reads a dataset from a reader, failing on any problem. A CSV table read this way has no
     * indicators to refer to, so read CSV tables from a folder instead.
     *
     * @param reader  the text, not null; not closed
     * @param format  the format of the text, not null
     * @param name  the name by which problems call the text, such as a file name, not null
     * @return the dataset, never null
     * @throws DatasetException listing every problem
     * @throws UncheckedIOException if the reader fails
     */
    public Dataset read(Reader reader, DatasetFormat format, String name) {
        return readLenient(reader, format, name).datasetOrThrow();
    }

    /**
     * Reads a dataset from a reader, keeping the valid records and reporting the others.
     *
     * @param reader  the text, not null; not closed
     * @param format  the format of the text, not null
     * @param name  the name by which problems call the text, not null
     * @return the report, never null
     * @throws UncheckedIOException if the reader fails
     */
    public LoadReport readLenient(Reader reader, DatasetFormat format, String name) {
        requireNonNull(reader, "reader");
        requireNonNull(format, "format");
        requireNonNull(name, "name");
        if (format == DatasetFormat.XLSX) {
            throw new IllegalArgumentException(name + ": an .xlsx workbook is binary: read it from its file");
        }
        Assembler a = new Assembler(name, maxRejectionsKept);
        if (format == DatasetFormat.CSV) {
            a.resolve();
            new CsvOutcomes(a, name, tolerance, maxCsvRecordLength).read(reader);
        } else {
            readDocument(a, name, format, reader);
        }
        return a.finish();
    }

    /**
     * Reads outcomes that refer to indicators kept elsewhere, such as a store's, failing on any
     * problem: the text is a dataset document holding only {@code outcomes} (or, for CSV, an
     * outcome table), checked exactly as a dataset file is, with the given indicators as its
     * own.
     *
     * @param reader  the text, not null; not closed
     * @param format  the format of the text, not null
     * @param name  the name by which problems call the text, not null
     * @param indicators  the indicators the outcomes may refer to, not null
     * @return the outcomes, in order, never null
     * @throws DatasetException listing every problem, by line, column, record and field
     * @throws IllegalArgumentException if the text also holds indicators or targets
     * @throws UncheckedIOException if the reader fails
     */
    public List<Outcome> readOutcomes(Reader reader, DatasetFormat format, String name,
            Collection<Indicator> indicators) {
        requireNonNull(reader, "reader");
        requireNonNull(format, "format");
        requireNonNull(name, "name");
        if (format == DatasetFormat.XLSX) {
            throw new IllegalArgumentException(name + ": an .xlsx workbook is binary: read it from its file");
        }
        Assembler a = new Assembler(name, maxRejectionsKept);
        a.known(requireNonNull(indicators, "indicators"));
        if (format == DatasetFormat.CSV) {
            a.resolve();
            new CsvOutcomes(a, name, tolerance, maxCsvRecordLength).read(reader);
        } else {
            readDocument(a, name, format, reader);
        }
        Dataset read = a.finish().datasetOrThrow();
        if (!read.targets().isEmpty() || read.indicators().size() != indicators.size()) {
            throw new IllegalArgumentException(name + ": holds " + (read.indicators().size() - indicators.size())
                    + " indicator(s) and " + read.targets().size() + " target(s); expected outcomes only");
        }
        return read.outcomes();
    }

    /** Reads one JSON or YAML document into the assembler; problems with the file become rejections. */
    private void readDocument(Assembler a, String file, DatasetFormat format, Reader reader) {
        a.file(file);
        TokenStreamFactory factory = format == DatasetFormat.YAML ? yamlFactory : jsonFactory;
        @Nullable JsonParser p = null;
        try {
            p = factory.createParser(ObjectReadContext.empty(), Readers.skipBom(reader));
            JsonToken first = p.nextToken();
            if (first == null) {
                a.unreadable(file, Loc.START, "file", null, "file is empty; expected " + (format == DatasetFormat.YAML
                        ? "a YAML mapping" : "a JSON object") + " with the fields indicators, targets and outcomes");
                return;
            }
            Node root = TreeReader.read(p);
            JsonToken after = p.nextToken();
            if (after != null) {
                a.unreadable(file, Loc.of(p.currentTokenLocation()), "file", null, "unexpected content after the"
                        + " dataset " + (format == DatasetFormat.YAML ? "document" : "object") + ": one file holds one");
            }
            new Binder(new BindContext(file, format == DatasetFormat.YAML, tolerance)).document(root, a);
        } catch (StreamConstraintsException e) {
            a.unreadable(file, location(e, p), "file", null, limitMessage(MessageText.oneLine(e.getOriginalMessage())));
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof Utf8Reader.NotUtf8Exception bad) {
                a.unreadable(file, new Loc((int) Math.min(Integer.MAX_VALUE, bad.line()), 1), "file", null,
                        bad.getMessage());
            } else if (e.getCause() instanceof CharacterCodingException) {
                a.unreadable(file, location(e, p), "file", null, "not UTF-8 text");
            } else {
                throw new UncheckedIOException(e.getCause());
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                a.unreadable(file, Loc.START, "file", null, e.getCause() instanceof Utf8Reader.NotUtf8Exception
                        ? e.getCause().getMessage() : "not UTF-8 text");
            } else {
                throw e;
            }
        } catch (JacksonException e) {
            String msg = MessageText.oneLine(e.getOriginalMessage());
            if (msg.contains("exceeds the limit") && msg.contains("code points")) {
                a.unreadable(file, location(e, p), "file", null, limitMessage(msg));
            } else {
                a.unreadable(file, location(e, p), "file", null, "not valid " + format + ": " + msg);
            }
        } finally {
            if (p != null) {
                p.close();
            }
        }
    }

    private static Loc location(JacksonException e, @Nullable JsonParser p) {
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return Loc.of(e.getLocation());
        }
        return p == null ? Loc.START : Loc.of(p.currentLocation());
    }

    /** Says which limit a Jackson or SnakeYAML message is about, and how to raise it. */
    private String limitMessage(String detail) {
        if (detail.contains("getMaxNestingDepth") || detail.contains("nesting depth")) {
            return limitText("maxNestingDepth", maxNestingDepth, "levels", detail);
        }
        if (detail.contains("getMaxStringLength") || detail.contains("String value length")) {
            return limitText("maxStringLength", maxStringLength, "characters", detail);
        }
        if (detail.contains("getMaxNumberLength") || detail.contains("Number value length")) {
            return limitText("maxNumberLength", maxNumberLength, "characters", detail);
        }
        if (detail.contains("getMaxNameLength") || detail.contains("Name length")) {
            return limitText("maxNameLength", maxNameLength, "characters", detail);
        }
        return limitText("maxDocumentLength", maxDocumentLength, "characters", detail);
    }

    static String limitText(String limit, long value, String unit, String detail) {
        return "refused: over the limit " + limit + " (" + String.format(Locale.ROOT, "%,d", value) + " "
                + unit + "): " + detail + "; raise it with DatasetReader.builder()." + limit + "(…)";
    }

    /** Builds a {@link DatasetReader}. Not thread-safe. */
    public static final class Builder {
        private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
        private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
        private int maxCsvRecordLength = DEFAULT_MAX_CSV_RECORD_LENGTH;
        private int maxRejectionsKept = DEFAULT_MAX_REJECTIONS_KEPT;
        private Tolerance tolerance = Tolerance.DEFAULT;

        private Builder() {
        }

        /**
         * Sets the most characters one JSON or YAML file may hold.
         *
         * @param value  the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the value is not positive
         */
        public Builder maxDocumentLength(long value) {
            maxDocumentLength = positive("maxDocumentLength", value);
            return this;
        }

        /**
         * Sets the deepest nesting of objects and arrays.
         *
         * @param value  the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the value is not positive
         */
        public Builder maxNestingDepth(int value) {
            maxNestingDepth = (int) positive("maxNestingDepth", value);
            return this;
        }

        /**
         * Sets the most characters in one string value.
         *
         * @param value  the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the value is not positive
         */
        public Builder maxStringLength(int value) {
            maxStringLength = (int) positive("maxStringLength", value);
            return this;
        }

        /**
         * Sets the most characters in one number.
         *
         * @param value  the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the value is not positive
         */
        public Builder maxNumberLength(int value) {
            maxNumberLength = (int) positive("maxNumberLength", value);
            return this;
        }

        /**
         * Sets the most characters in one property name.
         *
         * @param value  the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the value is not positive
         */
        public Builder maxNameLength(int value) {
            maxNameLength = (int) positive("maxNameLength", value);
            return this;
        }

        /**
         * Sets the most characters in one CSV row.
         *
         * @param value  the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the value is not positive
         */
        public Builder maxCsvRecordLength(int value) {
            maxCsvRecordLength = (int) positive("maxCsvRecordLength", value);
            return this;
        }

        /**
         * Sets how many rejected records a read keeps in full, each with every problem; those
         * after them are counted ({@link LoadReport#notKept()}) but not kept, so that memory stays
         * bounded however many records are bad.
         *
         * @param value  the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the value is not positive
         */
        public Builder maxRejectionsKept(int value) {
            maxRejectionsKept = (int) positive("maxRejectionsKept", value);
            return this;
        }

        /**
         * Sets the tolerance with which ABOUT (约, 左右) and NEARLY (近) figures are read.
         *
         * @param value  the tolerance, not null
         * @return this builder
         */
        public Builder tolerance(Tolerance value) {
            tolerance = requireNonNull(value, "tolerance");
            return this;
        }

        private static long positive(String name, long value) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " (" + value + ") must be > 0");
            }
            return value;
        }

        /**
         * Builds the reader.
         *
         * @return the reader, never null
         */
        public DatasetReader build() {
            return new DatasetReader(this);
        }
    }
}
