package dev.attain.bench;

import dev.attain.extract.Extraction;
import dev.attain.extract.Extractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bytes of text per second read by {@link Extractor#extract}: the five seed documents of
 * {@code examples/data/sources/} (57,803 bytes of UTF-8, 21,084 characters, together: a plan, a
 * news report, a scraped bulletin with noise glyphs, a meeting report, a chronicle), each read
 * whole with its date. The score is in bytes of UTF-8 per second ({@code ops/s}, one op a byte) on
 * one thread; divide by 2.74 for characters.
 *
 * <p>Run from the repository root: {@code mvn -Pjmh test-compile exec:exec -Djmh.args="Extraction"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g"})
public class ExtractionBenchmark {

    /** The UTF-8 bytes of the five documents together, the operations of one call. */
    public static final int BYTES = 57_803;

    private static final LocalDate[] DATES = {
        LocalDate.of(2022, 1, 31), LocalDate.of(2022, 1, 18), LocalDate.of(2023, 2, 1), LocalDate.of(2020, 4, 7),
        LocalDate.of(2021, 7, 26)};

    private String[] texts;
    private final Extractor extractor = Extractor.defaults();

    /**
     * Reads the five documents, in the order of their file names, and checks their length.
     *
     * @throws IOException if a document cannot be read
     */
    @Setup
    public void read() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples", "data", "sources"))) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toArray(String[]::new);
        }
        int total = 0;
        for (String t : texts) {
            total += t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        if (texts.length != DATES.length || total != BYTES) {
            throw new IllegalStateException("expected 5 documents of " + BYTES + " bytes, found "
                    + texts.length + " of " + total);
        }
    }

    /**
     * Reads the five documents.
     *
     * @return the number of targets and outcomes found, so that the work is not optimised away
     */
    @Benchmark
    @OperationsPerInvocation(BYTES)
    public int seeds() {
        int n = 0;
        for (int i = 0; i < texts.length; i++) {
            Extraction x = extractor.extract(texts[i], DATES[i]);
            n += x.targets().size() + x.outcomes().size();
        }
        return n;
    }
}
