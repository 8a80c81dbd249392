package dev.attain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Standard output and error of an example, captured in memory as UTF-8. */
final class Console {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** An example's {@code run(args, out, err)}, returning the exit code. */
    @FunctionalInterface
    interface Program {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    /**
     * Runs an example, asserts that it exits with 0 and writes nothing to standard error, and
     * returns what it wrote to standard output.
     */
    static String succeed(Program program, String... args) {
        Console c = new Console();
        assertThat(program.run(args, c.out, c.err)).isZero();
        assertThat(c.err()).isEmpty();
        return c.out();
    }

    /** The first line of a text that starts with {@code start}; fails when there is none. */
    static String line(String text, String start) {
        return Arrays.stream(text.split("\n")).filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + start + "' in:\n" + text));
    }
}
