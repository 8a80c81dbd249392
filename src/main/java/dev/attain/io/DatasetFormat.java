package dev.attain.io;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats of a dataset. */
public enum DatasetFormat {
    /** JSON, the reference form: {@code .json}. */
    JSON,
    /** YAML, mapped onto the same records as JSON: {@code .yaml} or {@code .yml}. */
    YAML,
    /** A CSV table of outcomes, one a row, with a header: {@code .csv}. Outcomes only. */
    CSV,
    /**
     * An Excel workbook, {@code .xlsx}: sheets of indicators, targets and outcomes with the
     * JSON format's fields as columns. Binary: read from a file, not from a {@link java.io.Reader}.
     */
    XLSX;

    /**
     * Returns the format a file's name says it is in.
     *
     * @param path  the file, not null
     * @return the format, or empty if the extension is none of .json, .yaml, .yml, .csv, .xlsx
     */
    public static Optional<DatasetFormat> of(Path path) {
        requireNonNull(path, "path");
        Path name = path.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String s = name.toString().toLowerCase(Locale.ROOT);
        if (s.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (s.endsWith(".yaml") || s.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (s.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (s.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }
}
