package dev.attain.bench;

import dev.attain.io.Datasets;
import dev.attain.io.OutcomeTables;
import dev.attain.model.Dataset;
import dev.attain.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing {@value #ROWS} outcomes into a store, in one call ({@link Store#put}: checked, one
 * transaction), into an empty H2 file or an empty PostgreSQL schema (COPY); and, for
 * comparison, reading the same rows from their CSV table ({@code csv}: {@link Datasets#read}
 * of the folder, as {@link CsvLoadBenchmark} does). The rows are {@link CsvLoadBenchmark}'s
 * seeded table. The score is the time per row; rows per second is its inverse.
 *
 * <p>Run (PostgreSQL needs the server {@code .ci/postgres} starts):
 * {@code source .ci/postgres; mvn -Pjmh test-compile exec:exec -Djmh.args="StoreImport"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class StoreImportBenchmark {

    /** Rows written. */
    public static final int ROWS = 1_000_000;

    /** Where the rows go: {@code h2}, {@code postgresql}, or {@code csv} (read only). */
    @Param({"csv", "h2", "postgresql"})
    public String db;

    private Path dir;
    private Dataset rows;
    private StoreDatabases databases;
    private Store store;

    /**
     * Writes the seeded CSV table and reads it once, for the stores.
     *
     * @throws IOException if the folder cannot be written
     */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("attain-store-import");
        OutcomeTables.generate(dir, ROWS, 20220118L);
        rows = Datasets.read(dir);
        databases = new StoreDatabases(db);
    }

    /** Opens an empty store holding the table's indicators. */
    @Setup(Level.Iteration)
    public void open() {
        if (!db.equals("csv")) {
            store = databases.fresh();
            store.put(Dataset.of(rows.indicators(), rows.targets(), List.of()), "indicators");
        }
    }

    /**
     * Writes the rows (or reads them from CSV).
     *
     * @return the number of rows, so that the work is not optimized away
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int write() {
        if (db.equals("csv")) {
            return Datasets.read(dir).outcomes().size();
        }
        store.put(rows, "benchmark");
        return rows.outcomes().size();
    }

    /** Checks that every row is stored, then removes the database. */
    @TearDown(Level.Iteration)
    public void close() {
        if (store != null) {
            long n = databases.count("attain_outcome");
            if (n != ROWS) {
                throw new IllegalStateException("expected " + ROWS + " rows stored, found " + n);
            }
            store.close();
            databases.remove();
            store = null;
        }
    }
}
