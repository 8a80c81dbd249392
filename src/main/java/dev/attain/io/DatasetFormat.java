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
    CSV;

    /**
     * Returns the format a file's name says it is in.
     *
     * @param path  the file, not null
     * @return the format, or empty if the extension is none of .json, .yaml, .yml, .csv
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
        return Optional.empty();
    }
}
