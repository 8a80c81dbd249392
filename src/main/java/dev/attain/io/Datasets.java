package dev.attain.io;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Target;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes datasets: JSON (the reference form), YAML, and CSV tables of outcomes.
 *
 * <pre>{@code
 * Dataset plan = Datasets.read(Path.of("data/jiangxi"));          // a file or a folder; all problems at once
 * LoadReport report = Datasets.readLenient(Path.of("data/jiangxi")); // the valid records, and the rest
 * Datasets.write(plan, Path.of("out/plan.yaml"));                  // JSON or YAML by extension
 * }</pre>
 *
 * <p>Reading uses {@link DatasetReader#defaults()}; for other limits or another tolerance,
 * build a {@link DatasetReader}. The format is described field by field in the project's
 * {@code dataset-format.md}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe; its mappers are immutable.
 */
public final class Datasets {

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(DatasetReader.defaults().streamReadConstraints())
                    .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build())
            .addModule(new AttainModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(prettyPrinter())
            .build();

    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .streamReadConstraints(DatasetReader.defaults().streamReadConstraints())
                    .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                    .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                    .build())
            .addModule(new AttainModule())
            .build();

    private Datasets() {
    }

    /** Two-space indents, line feeds, {@code "name": value}, one array element a line. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /**
     * Reads a dataset file or folder with the default limits, failing on any problem.
     *
     * @param path  a {@code .json}, {@code .yaml} or {@code .yml} file, or a folder of such files
     *     and {@code .csv} outcome tables, not null
     * @return the dataset, never null
     * @throws DatasetException listing every problem, by file, line, column, record and field
     * @throws UncheckedIOException if the path cannot be read
     * @see DatasetReader#read(Path)
     */
    public static Dataset read(Path path) {
        return DatasetReader.defaults().read(path);
    }

    /**
     * Reads a dataset file or folder with the default limits, keeping the valid records and
     * reporting the others with file, line and reasons.
     *
     * @param path  the file or folder, not null
     * @return the report, never null
     * @throws UncheckedIOException if the path cannot be read
     * @see DatasetReader#readLenient(Path)
     */
    public static LoadReport readLenient(Path path) {
        return DatasetReader.defaults().readLenient(path);
    }

    /**
     * Writes a dataset to a file, as JSON, YAML or an Excel workbook by the file's extension.
     * Figures are written as Chinese phrases, which read back to equal figures; in a workbook
     * every cell is text, a sheet each for indicators, targets and outcomes (and the title).
     *
     * @param dataset  the dataset, not null
     * @param path  a {@code .json}, {@code .yaml}, {@code .yml} or {@code .xlsx} file, not null;
     *     replaced if it exists
     * @throws IllegalArgumentException if the extension is not .json, .yaml, .yml or .xlsx
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Dataset dataset, Path path) {
        requireNonNull(dataset, "dataset");
        requireNonNull(path, "path");
        DatasetFormat format = DatasetFormat.of(path).filter(f -> f != DatasetFormat.CSV).orElseThrow(() ->
                new IllegalArgumentException("cannot write a dataset to '" + path + "': the name must end in .json,"
                        + " .yaml, .yml or .xlsx (a CSV table holds outcomes only: see writeOutcomes)"));
        if (format == DatasetFormat.XLSX) {
            try (OutputStream out = Files.newOutputStream(path)) {
                Workbooks.write(dataset, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            write(dataset, w, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a dataset to a writer, which is flushed and left open.
     *
     * @param dataset  the dataset, not null
     * @param writer  the writer, not null
     * @param format  JSON or YAML, not null
     * @throws IllegalArgumentException if the format is CSV
     * @throws UncheckedIOException if the writer fails
     */
    public static void write(Dataset dataset, Writer writer, DatasetFormat format) {
        requireNonNull(dataset, "dataset");
        requireNonNull(writer, "writer");
        ObjectMapper mapper = mapper(format);
        try {
            mapper.writeValue(writer, dataset);
            if (format == DatasetFormat.JSON) {
                writer.write('\n');
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a dataset to a stream in UTF-8; the stream is flushed and left open.
     *
     * @param dataset  the dataset, not null
     * @param out  the stream, not null
     * @param format  JSON or YAML, not null
     * @throws IllegalArgumentException if the format is CSV
     * @throws UncheckedIOException if the stream fails
     */
    public static void write(Dataset dataset, OutputStream out, DatasetFormat format) {
        requireNonNull(out, "out");
        write(dataset, new OutputStreamWriter(out, StandardCharsets.UTF_8), format);
    }

    /**
     * Returns a dataset as JSON text.
     *
     * @param dataset  the dataset, not null
     * @return the JSON, ending with a line break, never null
     */
    public static String toJson(Dataset dataset) {
        StringWriter w = new StringWriter();
        write(dataset, w, DatasetFormat.JSON);
        return w.toString();
    }

    /**
     * Returns one indicator as a JSON record of the dataset format, on one line: what a
     * dataset's {@code indicators} array holds, and what {@link DatasetReader} reads back to an
     * equal indicator.
     *
     * @param indicator  the indicator, not null
     * @return the JSON object, without a line break, never null
     */
    public static String toJson(Indicator indicator) {
        return JSON.writer().without(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(requireNonNull(indicator, "indicator"));
    }

    /**
     * Returns one target as a JSON record of the dataset format, on one line, as
     * {@link #toJson(Indicator)} does for an indicator.
     *
     * @param target  the target, not null
     * @return the JSON object, without a line break, never null
     */
    public static String toJson(Target target) {
        return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(requireNonNull(target, "target"));
    }

    /**
     * Returns a dataset as YAML text.
     *
     * @param dataset  the dataset, not null
     * @return the YAML, never null
     */
    public static String toYaml(Dataset dataset) {
        StringWriter w = new StringWriter();
        write(dataset, w, DatasetFormat.YAML);
        return w.toString();
    }

    /**
     * Writes outcomes as a CSV table that {@link #read(Path)} reads back (in a folder with
     * the indicators): the columns are {@code indicator}, one {@code scope.<key>} for each
     * scope key used (in order of first use), {@code period}, {@code value}, {@code published},
     * {@code status}, {@code source} (the source's document; its date, quote and address are not
     * written).
     *
     * @param outcomes  the outcomes, not null
     * @param writer  the writer, not null; flushed and left open
     * @throws UncheckedIOException if the writer fails
     */
    public static void writeOutcomes(List<Outcome> outcomes, Writer writer) {
        requireNonNull(outcomes, "outcomes");
        requireNonNull(writer, "writer");
        Set<String> keys = new LinkedHashSet<>();
        for (Outcome o : outcomes) {
            keys.addAll(o.scope().entries().keySet());
        }
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
        List<String> header = new ArrayList<>();
        header.add("indicator");
        keys.forEach(k -> header.add("scope." + k));
        header.addAll(List.of("period", "value", "published", "status", "source"));
        csv.writeRecord(header);
        List<String> row = new ArrayList<>(header.size());
        for (Outcome o : outcomes) {
            row.clear();
            row.add(o.indicator());
            for (String k : keys) {
                row.add(o.scope().entries().getOrDefault(k, ""));
            }
            row.add(o.period().toString());
            row.add(o.value().toString());
            row.add(o.published().toString());
            row.add(o.status().name());
            row.add(o.source().map(s -> s.document()).orElse(""));
            csv.writeRecord(row);
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the JSON mapper that {@link #write} uses: the {@link AttainModule}, the default
     * {@link DatasetReader} limits as stream read constraints, indented output, decimals in plain
     * notation, no polymorphic typing. Targets of writes are not closed.
     *
     * @return the mapper, immutable, never null
     */
    public static JsonMapper jsonMapper() {
        return JSON;
    }

    /**
     * Returns the YAML mapper that {@link #write} uses, configured as {@link #jsonMapper()} is.
     *
     * @return the mapper, immutable, never null
     */
    public static YAMLMapper yamlMapper() {
        return YAML;
    }

    private static ObjectMapper mapper(DatasetFormat format) {
        switch (requireNonNull(format, "format")) {
            case JSON:
                return JSON;
            case YAML:
                return YAML;
            default:
                throw new IllegalArgumentException("a dataset is written as JSON or YAML; a CSV table holds"
                        + " outcomes only: see writeOutcomes");
        }
    }
}
