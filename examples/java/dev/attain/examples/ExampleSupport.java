package dev.attain.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.attain.Tracker;
import dev.attain.quantity.FigureFormat;
import dev.attain.quantity.Quantity;
import dev.attain.quantity.Unit;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the example programs share: where the bundled data is, how a date argument is read, and
 * how numbers and intervals are written for people.
 *
 * <p>The examples read their data relative to the working directory, as a user's own program
 * would: they are run from the repository root (the folder holding {@code pom.xml}), where
 * {@value #DATASET_TEXT} is.
 */
final class ExampleSupport {

    /** The Jiangxi dataset, relative to the repository root. */
    static final Path DATASET = Path.of("examples", "data", "jiangxi", "jiangxi.json");

    /**
     * The flagship's dataset, relative to the repository root: the folder holding
     * {@value #DATASET_TEXT} (the five documents' records and the title) and {@code public.json}
     * (the public press reports' records).
     */
    static final Path FLAGSHIP = Path.of("examples", "data", "jiangxi");

    static final String FLAGSHIP_TEXT = "examples/data/jiangxi/";

    /** The source documents the dataset cites, relative to the repository root. */
    static final Path SOURCES = Path.of("examples", "data", "sources");

    static final String DATASET_TEXT = "examples/data/jiangxi/jiangxi.json";

    /** Exit code for a bad command line (a date that is not a date, a missing argument). */
    static final int EXIT_USAGE = 2;

    /** Exit code when the data cannot be found or read. */
    static final int EXIT_NO_DATA = 3;

    private ExampleSupport() {
    }

    /**
     * Returns the dataset file, checking that it is there.
     *
     * @return the path, relative to the working directory
     * @throws MissingDataException if the working directory is not the repository root
     */
    static Path dataset() {
        if (!Files.isRegularFile(DATASET)) {
            throw new MissingDataException("cannot find " + DATASET_TEXT + " in the working directory "
                    + Path.of("").toAbsolutePath() + ". Run the examples from the repository root (the folder"
                    + " that holds pom.xml and examples/), for example:\n  cd /path/to/attain && mvn -q test-compile"
                    + " exec:java -Dexec.mainClass=dev.attain.examples.Jiangxi2022Scorecard");
        }
        return DATASET;
    }

    /**
     * Loads the Jiangxi dataset strictly (any problem in it fails) and returns a tracker of it.
     *
     * @return the tracker, never null
     * @throws MissingDataException if the working directory is not the repository root
     * @throws dev.attain.io.DatasetException if the dataset has problems, all listed
     */
    static Tracker tracker() {
        return Tracker.load(dataset());
    }

    /**
     * Loads the flagship's dataset folder ({@value #FLAGSHIP_TEXT}: the five documents' records
     * and the public press reports' records) strictly and returns a tracker of it.
     *
     * @return the tracker, never null
     * @throws MissingDataException if the working directory is not the repository root
     * @throws dev.attain.io.DatasetException if the dataset has problems, all listed
     */
    static Tracker flagship() {
        dataset();
        return Tracker.load(FLAGSHIP);
    }

    /**
     * Reads a date argument.
     *
     * @param text  the argument, not null
     * @param what  what the argument is, for the message, such as "the as-of date"
     * @return the date, never null
     * @throws UsageException if the text is not an ISO date
     */
    static LocalDate date(String text, String what) {
        requireNonNull(text, "text");
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("'" + text + "' is not a valid date for " + what
                    + ": expected an ISO date YYYY-MM-DD, such as 2023-06-30");
        }
    }

    /** A program that writes its text about the Jiangxi dataset as of one date. */
    @FunctionalInterface
    interface AsOfProgram {
        /**
         * Writes the text.
         *
         * @param tracker  the tracker of the Jiangxi dataset, not null
         * @param asOf  the as-of date, not null
         * @param out  where to write, not null
         */
        void write(Tracker tracker, LocalDate asOf, PrintStream out);
    }

    /**
     * Runs a program whose one optional argument is the as-of date: reads the date (or takes
     * the default), loads the dataset and writes the program's text.
     *
     * @param name  the program's name, for the usage line
     * @param args  the command line: at most the as-of date
     * @param defaultAsOf  the as-of date when none is given
     * @param program  what writes the text
     * @param out  where the text goes, not null
     * @param err  where errors go, not null
     * @return the exit code: 0, {@value #EXIT_USAGE} for a bad argument, {@value #EXIT_NO_DATA}
     *     when the data is not found
     */
    static int runAsOf(String name, String[] args, LocalDate defaultAsOf, AsOfProgram program, PrintStream out,
            PrintStream err) {
        return runAsOf(name, args, defaultAsOf, ExampleSupport::tracker, program, out, err);
    }

    /**
     * Runs a program whose one optional argument is the as-of date on the data a loader gives
     * (such as {@link #flagship()}): reads the date (or takes the default), loads the data and
     * writes the program's text.
     *
     * @param name  the program's name, for the usage line
     * @param args  the command line: at most the as-of date
     * @param defaultAsOf  the as-of date when none is given
     * @param data  what loads the data, not null
     * @param program  what writes the text
     * @param out  where the text goes, not null
     * @param err  where errors go, not null
     * @return the exit code: 0, {@value #EXIT_USAGE} for a bad argument, {@value #EXIT_NO_DATA}
     *     when the data is not found
     */
    static int runAsOf(String name, String[] args, LocalDate defaultAsOf, Supplier<Tracker> data, AsOfProgram program,
            PrintStream out, PrintStream err) {
        try {
            if (args.length > 1) {
                throw new UsageException("at most one argument, the as-of date, expected; got " + args.length);
            }
            LocalDate asOf = args.length == 0 ? defaultAsOf : date(args[0], "the as-of date");
            program.write(data.get(), asOf, out);
            return 0;
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("usage: " + name + " [as-of date, default " + defaultAsOf + "]");
            return EXIT_USAGE;
        } catch (MissingDataException e) {
            err.println(e.getMessage());
            return EXIT_NO_DATA;
        }
    }

    /**
     * Returns standard output writing UTF-8, whatever the platform's default, so that the Chinese
     * of the data reaches the terminal intact.
     *
     * @return the stream, never null
     */
    static PrintStream stdout() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    /**
     * Returns standard error writing UTF-8.
     *
     * @return the stream, never null
     */
    static PrintStream stderr() {
        return new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    }

    // ---- writing numbers ----------------------------------------------------------------

    private static final BigDecimal YI = new BigDecimal("1E8");
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    /**
     * Writes an amount of yuan in 亿元 to at most two decimals (half-even), such as "10677.9亿元".
     *
     * @param yuan  the amount in 元
     * @return the text
     */
    static String yi(BigDecimal yuan) {
        return yiNumber(yuan, RoundingMode.HALF_EVEN) + "亿元";
    }

    /**
     * Writes an amount of yuan exactly, as plans write it: "1.03万亿元", "7000亿元".
     *
     * @param yuan  the amount in 元
     * @return the text
     */
    static String cny(BigDecimal yuan) {
        return FigureFormat.chinese().format(Quantity.of(yuan, Unit.CNY));
    }

    /**
     * Writes an interval of yuan exactly: "[1.03万亿元, +∞)", "(7000亿元, +∞)".
     *
     * @param r  the interval
     * @return the text
     */
    static String cnyInterval(Range<BigDecimal> r) {
        return interval(r, ExampleSupport::cny, ExampleSupport::cny);
    }

    /** The number of 亿 in an amount of yuan, to at most two decimals. */
    static String yiNumber(BigDecimal yuan, RoundingMode rounding) {
        return plain(yuan.divide(YI).setScale(2, rounding));
    }

    /** A number without exponent and without trailing zeros. */
    static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /**
     * Writes a ratio or rate as a percentage to one decimal, rounded as asked: 0.716666… with
     * CEILING is "71.7%".
     *
     * @param ratio  the ratio, 1 being 100%
     * @param rounding  how to round to 0.1%
     * @return the text
     */
    static String percent(BigDecimal ratio, RoundingMode rounding) {
        String s = plain(ratio.multiply(HUNDRED).setScale(1, rounding));
        return (s.startsWith("-") ? "−" + s.substring(1) : s) + "%";
    }

    /**
     * Writes an interval of ratios as percentages, each end rounded outward to 0.1% (a lower end
     * down, an upper end up) so that the interval written contains the exact one: "(47.1%, 71.7%)",
     * "[3%, 71.7%)", "(−100%, +∞)".
     *
     * @param r  the interval
     * @return the text
     */
    static String percentInterval(Range<BigDecimal> r) {
        return interval(r, v -> percent(v, RoundingMode.FLOOR), v -> percent(v, RoundingMode.CEILING));
    }

    /**
     * Writes an interval of 元 in 亿 with its ends rounded outward: "(4000, +∞)", "[10300]".
     *
     * @param r  the interval
     * @return the text
     */
    static String yiInterval(Range<BigDecimal> r) {
        return interval(r, v -> yiNumber(v, RoundingMode.FLOOR), v -> yiNumber(v, RoundingMode.CEILING));
    }

    /**
     * Writes an interval in the usual notation: a square bracket for a closed end, a round one
     * for an open end, −∞ and +∞ for a missing end, and a single value in square brackets.
     */
    static String interval(Range<BigDecimal> r, Function<BigDecimal, String> lower,
            Function<BigDecimal, String> upper) {
        if (r.hasLowerBound() && r.hasUpperBound() && r.lowerEndpoint().compareTo(r.upperEndpoint()) == 0) {
            return "[" + lower.apply(r.lowerEndpoint()) + "]";
        }
        String lo = r.hasLowerBound()
                ? (r.lowerBoundType() == BoundType.CLOSED ? "[" : "(") + lower.apply(r.lowerEndpoint())
                : "(−∞";
        String hi = r.hasUpperBound()
                ? upper.apply(r.upperEndpoint()) + (r.upperBoundType() == BoundType.CLOSED ? "]" : ")")
                : "+∞)";
        return lo + ", " + hi;
    }

    /**
     * Writes an interval of ratios as the words a reader wants: "≥ 147.1%", "< 71.7%",
     * "> 27.2% and < 37.1%", "93.3%" (a single value, rounded half-even), ends rounded outward.
     *
     * @param r  the interval
     * @return the text
     */
    static String percentWords(Range<BigDecimal> r) {
        if (r.hasLowerBound() && r.hasUpperBound() && r.lowerEndpoint().compareTo(r.upperEndpoint()) == 0) {
            return percent(r.lowerEndpoint(), RoundingMode.HALF_EVEN);
        }
        String lo = r.hasLowerBound()
                ? (r.lowerBoundType() == BoundType.CLOSED ? "≥ " : "> ") + percent(r.lowerEndpoint(), RoundingMode.FLOOR)
                : "";
        String hi = r.hasUpperBound()
                ? (r.upperBoundType() == BoundType.CLOSED ? "≤ " : "< ") + percent(r.upperEndpoint(), RoundingMode.CEILING)
                : "";
        if (lo.isEmpty()) {
            return hi.isEmpty() ? "any value" : hi;
        }
        return hi.isEmpty() ? lo : lo + " and " + hi;
    }

    /**
     * Pads a text on the right to a width in terminal columns, counting East Asian wide and
     * full-width characters (Chinese, full-width punctuation) as two columns.
     *
     * @param text  the text, not null
     * @param columns  the width
     * @return the text, padded with spaces (unchanged when already as wide)
     */
    static String pad(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - columns(text)));
    }

    /**
     * Returns the number of terminal columns a text takes: two for an East Asian wide or
     * full-width character, one for any other.
     *
     * @param text  the text, not null
     * @return the width
     */
    static int columns(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
    }

    /** Thrown when a program is run with arguments it cannot use; main prints it and exits with 2. */
    static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Thrown when the bundled data is not where the examples look for it. */
    static final class MissingDataException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MissingDataException(String message) {
            super(message);
        }
    }
}
