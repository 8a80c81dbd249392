package dev.attain.bench;

import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Polarity;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Unit;
import dev.attain.stream.OutcomeStream;
import dev.attain.stream.Tally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-memory evaluation of 1,000,000 targets held by an {@link OutcomeStream}, each judged
 * against its one final outcome from an in-memory list, on one thread; the score is targets per
 * second (one operation = one target). The targets are the benchmark table's rows as model
 * objects (1,000 indicators, 20% lower is better, 10% with nothing reported), so every verdict
 * takes the stream's direct path: the evaluator's rules without building an evaluation.
 * {@link EvaluationBenchmark} measures the evaluator itself on richer targets.
 *
 * <p>Run: {@code mvn -Pjmh test-compile exec:exec -Djmh.args="StreamEvaluation -f 1 -wi 2 -i 3"}.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class StreamEvaluationBenchmark {

    /** The number of targets evaluated per operation. */
    public static final int TARGETS = 1_000_000;

    private static final LocalDate AS_OF = LocalDate.of(2023, 8, 1);

    private OutcomeStream stream;
    private List<Outcome> outcomes;

    /** Builds the targets and their outcomes. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(TableGenerator.SEED);
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            indicators.add(Indicator.builder("i" + i, "指标" + i, Unit.CNY)
                    .polarity(i % 5 == 0 ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER).build());
        }
        List<Target> targets = new ArrayList<>(TARGETS);
        outcomes = new ArrayList<>(TARGETS);
        Period year = Period.ofYear(2022);
        LocalDate published = LocalDate.of(2023, 2, 1);
        for (int r = 0; r < TARGETS / 1_000; r++) {
            Scope scope = Scope.of("region", "r" + r);
            for (int i = 0; i < 1_000; i++) {
                long cents = Math.round(Math.pow(10, 8 + 7 * random.nextDouble()));
                targets.add(Target.builder("t" + r + "-" + i).indicators("i" + i).scope(scope).period(year)
                        .requirement(Figure.of(Qualifier.EXACT, BigDecimal.valueOf(cents, 2), Unit.CNY)).build());
                if (random.nextInt(10) != 0) {
                    long actual = Math.round(cents * (0.7 + 0.6 * random.nextDouble()));
                    outcomes.add(Outcome.of("i" + i, scope, year,
                            Figure.of(Qualifier.EXACT, BigDecimal.valueOf(actual, 2), Unit.CNY), published));
                }
            }
        }
        stream = OutcomeStream.of(Dataset.of(indicators, targets, List.of()), AS_OF);
    }

    /**
     * Judges every target against its outcome (or none) and folds the verdicts.
     *
     * @return the tally
     */
    @Benchmark
    @OperationsPerInvocation(TARGETS)
    public Tally evaluateMillionTargets() {
        return stream.fold(outcomes.iterator());
    }
}
