package dev.attain.bench;

import dev.attain.Tracker;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import dev.attain.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "The scorecard as of a date" from a store: {@link Store#datasetAsOf} then
 * {@link Tracker#evaluate} of {@value #TARGETS} targets (1,000 indicators × 100 regions, each a
 * 2024 requirement), with two publications a target in the store (a preliminary figure in
 * January 2025, the final one in March): as of 2025-02-01 the store returns the 100,000
 * preliminary figures. The score is the time per target.
 *
 * <p>Run: {@code source .ci/postgres; mvn -Pjmh test-compile exec:exec -Djmh.args="StoreAsOf"}.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class StoreAsOfBenchmark {

    /** Targets evaluated. */
    public static final int TARGETS = 100_000;

    private static final LocalDate AS_OF = LocalDate.of(2025, 2, 1);

    /** The store's database: {@code h2} or {@code postgresql}. */
    @Param({"h2", "postgresql"})
    public String db;

    private StoreDatabases databases;
    private Store store;

    /** Fills a new store with the targets and their outcomes. */
    @Setup(Level.Trial)
    public void fill() {
        databases = new StoreDatabases(db);
        store = databases.fresh();
        store.put(dataset(), "benchmark");
    }

    /** 1,000 indicators × 100 regions, a target each and two publications of its figure. */
    static Dataset dataset() {
        SplittableRandom random = new SplittableRandom(20250201L);
        List<Indicator> indicators = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        Source bulletin = Source.of("bulletin-2024.txt");
        for (int i = 0; i < 1_000; i++) {
            indicators.add(Indicator.builder("ind-" + i, "指标" + i, Unit.CNY).build());
            for (int r = 0; r < 100; r++) {
                dev.attain.model.Scope scope = dev.attain.model.Scope.of("region", "地区" + r);
                int required = 100 + random.nextInt(900);
                targets.add(Target.builder("t-" + i + "-" + r).indicators("ind-" + i).scope(scope).period("2024")
                        .requirement("突破" + required + "亿元").build());
                int reported = required - 50 + random.nextInt(100);
                outcomes.add(new Outcome("ind-" + i, scope, Period.parse("2024"), Figure.parse(reported + "亿元"),
                        LocalDate.of(2025, 1, 20), OutcomeStatus.PRELIMINARY, Optional.of(bulletin)));
                outcomes.add(new Outcome("ind-" + i, scope, Period.parse("2024"), Figure.parse((reported + 3) + "亿元"),
                        LocalDate.of(2025, 3, 1), OutcomeStatus.FINAL, Optional.of(bulletin)));
            }
        }
        return Dataset.of(indicators, targets, outcomes);
    }

    /**
     * Reads what was published by the date and evaluates every target.
     *
     * @return the scorecard
     */
    @Benchmark
    @OperationsPerInvocation(TARGETS)
    public Scorecard asOf() {
        Dataset known = store.datasetAsOf(AS_OF);
        if (known.outcomes().size() != TARGETS) {
            throw new IllegalStateException("expected " + TARGETS + " outcomes as of " + AS_OF + ", got "
                    + known.outcomes().size());
        }
        Scorecard card = Tracker.of(known).evaluate(AS_OF);
        if (card.count(Status.NO_DATA) != 0) {
            throw new IllegalStateException("targets without data: " + card.count(Status.NO_DATA));
        }
        return card;
    }

    /** Removes the store's database. */
    @TearDown(Level.Trial)
    public void remove() {
        store.close();
        databases.remove();
    }
}
