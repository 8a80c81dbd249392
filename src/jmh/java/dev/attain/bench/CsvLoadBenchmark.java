package dev.attain.bench;

import dev.attain.io.DatasetReader;
import dev.attain.io.OutcomeTables;
import dev.attain.io.LoadReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rows per second loading a CSV table of outcomes: a seeded table of {@value #ROWS} rows
 * (money and count figures, five regions, twelve months, 50 source documents), read with
 * {@link DatasetReader#readLenient(Path)} from a folder holding it and its indicators. Each
 * row is parsed (period, figure phrase, date, status, scope, source), checked against its
 * indicator and kept. The score is in rows per second ({@code ops/s}, one op a row).
 *
 * <p>Run: {@code mvn -Pjmh test-compile exec:exec -Djmh.args="CsvLoad -f 1 -wi 1 -i 3"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class CsvLoadBenchmark {

    /** Rows in the generated table. */
    public static final int ROWS = 1_000_000;

    private static final long SEED = 20220118L;

    private Path dir;
    private final DatasetReader reader = DatasetReader.defaults();

    /**
     * Writes the seeded table and its indicators to a temporary folder.
     *
     * @throws IOException if the folder cannot be written
     */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("attain-csv-bench");
        OutcomeTables.generate(dir, ROWS, SEED);
    }

    /**
     * Loads the table.
     *
     * @return the report, so that the work is not optimized away
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public LoadReport load() {
        LoadReport report = reader.readLenient(dir);
        if (report.dataset().outcomes().size() != ROWS) {
            throw new IllegalStateException("expected " + ROWS + " outcomes: " + report);
        }
        return report;
    }

    /**
     * Deletes the temporary folder.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
