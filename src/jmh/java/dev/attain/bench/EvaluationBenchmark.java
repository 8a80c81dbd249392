package dev.attain.bench;

import dev.attain.Tracker;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.model.Baseline;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Polarity;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluates 1,000,000 generated targets in memory, single-threaded; the score is targets per
 * second (one operation = one target).
 *
 * <p>Three benchmarks, from the least a job asks of an evaluation to the most:
 * <ul>
 *   <li>{@code evaluate}: {@code Tracker.evaluate}, the scorecard with every target's status,
 *       the figures it was judged on and the counts; the measures and explanations are left to
 *       be worked out when asked (see {@link dev.attain.eval.Evaluation});
 *   <li>{@code evaluateAndMeasure}: the same, then every target's attainment, difference,
 *       gap and progress read, as a job exporting every number does;
 *   <li>{@code evaluateAndExplainShortfalls}: the same as {@code evaluate}, then the Chinese
 *       reasons of every shortfall read, as a report of what went wrong does.
 * </ul>
 *
 * <p>The dataset is generated from a fixed seed: 1,000 indicators (money, counts, percentages,
 * ranks; a tenth lower-is-better) in 1,000 regions, one target per indicator and region, and
 * about 1.5 outcomes per target. Half the targets are on 2022 with a final figure (exact, "突破",
 * "约" or missing, one in ten revised), a quarter on 2023 with a 1—6月 cumulative figure, a tenth
 * on a 2025 multi-year path from a 2021 baseline (linear or compound), a few on the sum of two
 * indicators; the rest have nothing published. Evaluated as of 2023-08-01.
 *
 * <p>The fork runs with a fixed 6 GB heap whose pages are touched at start
 * ({@code -XX:+AlwaysPreTouch}): without it, an iteration that first grows the young
 * generation into untouched memory spends most of its time in page faults, and scores swing
 * fourfold between iterations for no reason of the code's. Five warm-up iterations: the
 * compiled code settles after about four.
 *
 * <p>Run with {@code mvn -Pjmh test-compile exec:exec -Djmh.args="EvaluationBenchmark"}.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms6g", "-XX:+AlwaysPreTouch"})
public class EvaluationBenchmark {

    /** The number of targets evaluated per operation. */
    public static final int TARGETS = 1_000_000;

    private static final int INDICATORS = 1_000;
    private static final LocalDate AS_OF = LocalDate.of(2023, 8, 1);

    private Tracker tracker;

    /** Generates the dataset. */
    @Setup(Level.Trial)
    public void setUp() {
        tracker = Tracker.of(generate(42L, TARGETS));
    }

    /**
     * Evaluates all targets once.
     *
     * @return the scorecard, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(TARGETS)
    public Scorecard evaluate() {
        return tracker.evaluate(AS_OF);
    }

    /**
     * Evaluates all targets once and reads every target's measures.
     *
     * @param bh  the sink for the measures
     * @return the scorecard, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(TARGETS)
    public Scorecard evaluateAndMeasure(Blackhole bh) {
        Scorecard card = tracker.evaluate(AS_OF);
        for (Evaluation e : card.evaluations()) {
            bh.consume(e.attainment());
            bh.consume(e.difference());
            bh.consume(e.gap());
            bh.consume(e.progress());
        }
        return card;
    }

    /**
     * Evaluates all targets once and reads the Chinese reasons of every shortfall.
     *
     * @param bh  the sink for the reasons
     * @return the scorecard, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(TARGETS)
    public Scorecard evaluateAndExplainShortfalls(Blackhole bh) {
        Scorecard card = tracker.evaluate(AS_OF);
        for (Evaluation e : card.shortfalls()) {
            bh.consume(e.reasons(Locale.CHINESE));
        }
        return card;
    }

    /**
     * Generates a dataset of the given number of targets from a seed.
     *
     * @param seed  the random seed
     * @param targets  the number of targets, a multiple of 1,000
     * @return the dataset
     */
    public static Dataset generate(long seed, int targets) {
        Random random = new Random(seed);
        List<Indicator> indicators = new ArrayList<>(INDICATORS);
        for (int i = 0; i < INDICATORS; i++) {
            int kind = i % 10;
            Indicator.Builder b;
            if (kind < 6) {
                b = Indicator.builder("i" + i, "指标" + i, Unit.CNY).measure(kind < 4 ? Measure.FLOW : Measure.LEVEL);
            } else if (kind < 8) {
                b = Indicator.builder("i" + i, "企业数" + i, Unit.count("家")).measure(Measure.INCREMENT);
            } else if (kind == 8) {
                b = Indicator.builder("i" + i, "增速" + i, Unit.PERCENT).measure(Measure.RATE);
            } else {
                b = Indicator.builder("i" + i, "位次" + i, Unit.RANK).measure(Measure.RANK)
                        .polarity(Polarity.LOWER_IS_BETTER);
            }
            if (kind == 5) {
                b.polarity(Polarity.LOWER_IS_BETTER);
            }
            indicators.add(b.tags("t" + (i % 7)).nameEn("indicator " + i).build());
        }
        int regions = targets / INDICATORS;
        List<Scope> scopes = new ArrayList<>(regions);
        for (int r = 0; r < regions; r++) {
            scopes.add(Scope.of("region", "r" + r));
        }
        List<Target> ts = new ArrayList<>(targets);
        List<Outcome> os = new ArrayList<>(targets * 3 / 2);
        for (int r = 0; r < regions; r++) {
            Scope scope = scopes.get(r);
            for (int i = 0; i < INDICATORS; i++) {
                Indicator ind = indicators.get(i);
                Unit unit = ind.unit();
                long base = unit.equals(Unit.CNY) ? 1_000_000_000L * (1 + random.nextInt(1000))
                        : unit.equals(Unit.PERCENT) ? 5 + random.nextInt(5)
                        : unit.equals(Unit.RANK) ? 1 + random.nextInt(30) : 10 + random.nextInt(1000);
                BigDecimal required = BigDecimal.valueOf(base);
                String id = "t" + r + "-" + i;
                Target.Builder t = Target.builder(id).scope(scope).tags(List.of("g" + (r % 10)));
                int shape = random.nextInt(100);
                boolean ratio = ind.unit().isRatioScale();
                if (shape < 50 || !ratio) {
                    t.indicators(ind.id()).period("2022").requirement(requirement(random, required, unit));
                    if (shape < 5 && i + 1 < INDICATORS && indicators.get(i + 1).unit().equals(unit)
                            && i % 10 < 4) {
                        t = Target.builder(id).scope(scope).indicators(ind.id(), indicators.get(i + 1).id())
                                .period("2022").requirement(requirement(random, required, unit));
                    }
                    if (random.nextInt(10) < 9) {
                        Figure v = reported(random, required, unit);
                        Outcome o = Outcome.of(ind.id(), scope, Period.ofYear(2022), v, LocalDate.of(2023, 2, 1));
                        os.add(random.nextInt(10) == 0 ? o.withStatus(OutcomeStatus.PRELIMINARY) : o);
                        if (random.nextInt(10) == 0) {
                            os.add(new Outcome(ind.id(), scope, Period.ofYear(2022), reported(random, required, unit),
                                    LocalDate.of(2023, 4, 1), OutcomeStatus.REVISED, Optional.empty()));
                        }
                    }
                } else if (shape < 75 && ind.measure().isCumulative()) {
                    t.indicators(ind.id()).period("2023").requirement(requirement(random, required, unit));
                    BigDecimal half = required.multiply(BigDecimal.valueOf(35 + random.nextInt(30)))
                            .divide(BigDecimal.valueOf(100));
                    os.add(Outcome.of(ind.id(), scope, Period.ofMonths(YearMonth.of(2023, 1), YearMonth.of(2023, 6)),
                            Figure.of(Qualifier.EXACT, half, unit), LocalDate.of(2023, 7, 20)));
                } else if (shape < 85) {
                    BigDecimal start = required.multiply(BigDecimal.valueOf(70 + random.nextInt(20)))
                            .divide(BigDecimal.valueOf(100));
                    t.indicators(ind.id()).period("2025").requirement(Figure.of(Qualifier.EXACT, required, unit))
                            .baseline(Baseline.of(Period.ofYear(2021), Figure.of(Qualifier.EXACT, start, unit)))
                            .pace(random.nextBoolean() ? PaceModel.LINEAR : PaceModel.COMPOUND);
                    BigDecimal mid = start.multiply(BigDecimal.valueOf(95 + random.nextInt(20)))
                            .divide(BigDecimal.valueOf(100));
                    os.add(Outcome.of(ind.id(), scope, Period.ofYear(2022), Figure.of(Qualifier.EXACT, mid, unit),
                            LocalDate.of(2023, 2, 1)));
                } else {
                    t.indicators(ind.id()).period("2023").requirement(requirement(random, required, unit));
                }
                ts.add(t.build());
            }
        }
        return Dataset.of(indicators, ts, os);
    }

    private static Figure requirement(Random random, BigDecimal n, Unit unit) {
        int q = random.nextInt(10);
        if (unit.equals(Unit.RANK)) {
            return Figure.of(q < 5 ? Qualifier.AT_MOST : Qualifier.EXACT, n, unit);
        }
        return Figure.of(q < 4 ? Qualifier.EXACT : q < 7 ? Qualifier.MORE_THAN : q < 9 ? Qualifier.AT_LEAST
                : Qualifier.ABOUT, n, unit);
    }

    private static Figure reported(Random random, BigDecimal required, Unit unit) {
        BigDecimal v = required.multiply(BigDecimal.valueOf(80 + random.nextInt(40))).divide(BigDecimal.valueOf(100));
        if (unit.equals(Unit.RANK)) {
            v = BigDecimal.valueOf(Math.max(1, required.intValue() + random.nextInt(7) - 3));
        }
        int q = random.nextInt(10);
        return Figure.of(q < 7 ? Qualifier.EXACT : q < 9 ? Qualifier.MORE_THAN : Qualifier.ABOUT, v, unit);
    }
}
