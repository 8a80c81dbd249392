package dev.attain.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The same answer (counts per status and the sum of attainment ratios) from the same generated
 * CSV table by each engine: Attain end to end ({@code dev.attain.stream}), DuckDB SQL over the
 * CSV, H2 with DECIMAL columns (load and query; and the query alone), a hand-written double
 * loop, and two single-threaded references (split the lines only; split and BigDecimal). One
 * operation reads the whole file; the score is seconds per operation.
 *
 * <p>Before the first iteration, the setup checks the engine's answer against Attain's:
 * exactly for H2 and the BigDecimal loop, to 1e-9 relative for the double engines (their
 * misplaced rows are counted by {@link Comparison}, which also prints the full table).
 *
 * <p>Run: {@code mvn -Pjmh test-compile exec:exec -Djmh.args="TableBenchmark"}; for ten million
 * rows add {@code -p rows=10000000}; one engine: {@code -Djmh.args="TableBenchmark.attain"}.
 * The tables are written to {@code target/bench/}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class TableBenchmark {

    /** The number of rows of the table. */
    @Param({"1000000"})
    public long rows;

    private Path file;
    private Connection duck;
    private Connection h2;

    /**
     * Writes (or reuses) the table, opens what the benchmark needs and checks its answer.
     *
     * @param params  the benchmark being run
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        file = TableGenerator.ensure(Path.of("target", "bench").toAbsolutePath(), rows);
        String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        Answer attain = Engines.attain(file);
        Answer other = switch (name) {
            case "duckdb" -> {
                duck = Engines.duckdb(Runtime.getRuntime().availableProcessors());
                yield Engines.duckdb(duck, file);
            }
            case "h2", "h2QueryOnly" -> {
                h2 = Engines.h2("jmh");
                Engines.h2Load(h2, file);
                yield Engines.h2Query(h2);
            }
            case "doubles" -> Engines.doubles(file, Runtime.getRuntime().availableProcessors());
            case "bigDecimal" -> Engines.bigDecimal(file);
            default -> attain;
        };
        String verdict = Checks.agree(attain, other);
        if (verdict.startsWith("FAIL")) {
            throw new IllegalStateException(name + " disagrees with Attain: " + verdict);
        }
        System.out.println("\ncheck " + name + " against Attain: " + verdict);
    }

    /**
     * Closes the connections.
     *
     * @throws SQLException if closing fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        if (duck != null) {
            duck.close();
        }
        if (h2 != null) {
            h2.close();
        }
    }

    /**
     * (a) Attain end to end: {@code TargetTable.of(file).fold()}.
     *
     * @return the answer
     */
    @Benchmark
    public Answer attain() {
        return Engines.attain(file);
    }

    /**
     * (b) DuckDB SQL over the CSV (read_csv, detected types: DOUBLE amounts).
     *
     * @return the answer
     */
    @Benchmark
    public Answer duckdb() {
        return Engines.duckdb(duck, file);
    }

    /**
     * (c) H2 in memory, DECIMAL(17, 2) columns: load the CSV and query, ratios rounded as Attain's.
     *
     * @return the answer
     */
    @Benchmark
    public Answer h2() {
        try (Connection c = Engines.h2("jmhrun")) {
            Engines.h2Load(c, file);
            return Engines.h2Query(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * (c') H2: the query alone, on the table loaded in the setup.
     *
     * @return the answer
     */
    @Benchmark
    public Answer h2QueryOnly() {
        return Engines.h2Query(h2);
    }

    /**
     * (d) The practical limit: a hand-written loop over doubles, byte-level, on all processors.
     *
     * @return the answer
     */
    @Benchmark
    public Answer doubles() {
        return Engines.doubles(file, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Reference: read the lines and split them into String cells, one thread.
     *
     * @return the rows, in an answer without counts
     */
    @Benchmark
    public Answer splitOnly() {
        return Engines.splitOnly(file);
    }

    /**
     * Reference: split lines, BigDecimal amounts and ratios, one thread.
     *
     * @return the answer
     */
    @Benchmark
    public Answer bigDecimal() {
        return Engines.bigDecimal(file);
    }
}
