package dev.attain.cli;

import dev.attain.eval.Thresholds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The converters of the options the commands share, each with a message that says what is expected. */
final class Converters {

    private Converters() {
    }

    /** An ISO date such as 2023-06-30. */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date such as 2023-06-30");
            }
        }
    }

    /** {@code zh} or {@code en}. */
    static final class Lang implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            switch (value) {
                case "zh":
                    return Locale.CHINESE;
                case "en":
                    return Locale.ENGLISH;
                default:
                    throw new TypeConversionException("'" + value + "' is not a language here: use zh or en");
            }
        }
    }

    /** {@code default}, {@code eurostat} or {@code traffic-light}. */
    static final class Bands implements ITypeConverter<Thresholds> {
        @Override
        public Thresholds convert(String value) {
            switch (value) {
                case "default":
                    return Thresholds.DEFAULT;
                case "eurostat":
                    return Thresholds.EUROSTAT;
                case "traffic-light":
                    return Thresholds.TRAFFIC_LIGHT;
                default:
                    throw new TypeConversionException("'" + value + "' is not a set of thresholds: use default,"
                            + " eurostat or traffic-light");
            }
        }
    }

    /** Fails with exit status {@link Attain#IO} if the path does not exist. */
    static Path existing(Path path) {
        if (!Files.exists(path)) {
            throw new Failure(Attain.IO, "no such file or folder: " + path);
        }
        return path;
    }
}
