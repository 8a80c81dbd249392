package dev.attain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Evaluator;
import dev.attain.eval.ExchangeRates;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import dev.attain.model.Baseline;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The facade: a dataset and an evaluator, evaluated as of dates, from many threads. */
class TrackerTest {

    private static final Scope JX = Scope.of("region", "江西省");

    private static Dataset jiangxi() {
        Indicator ei = Indicator.builder("ei", "电子信息产业营业收入", Unit.CNY).nameEn("Electronics industry revenue").build();
        Indicator equip = Indicator.builder("equip", "装备工业营业收入", Unit.CNY).nameEn("Equipment industry revenue").build();
        Target sum = Target.builder("jx-2022-ei-equip").indicators("ei", "equip").scope(JX).period("2022")
                .requirement("突破7000亿元").build();
        Outcome reported = Outcome.of("ei", JX, Period.ofYear(2022), Figure.parse("1.03万亿元"), LocalDate.of(2023, 2, 1));
        return Dataset.of(List.of(ei, equip), List.of(sum), List.of(reported));
    }

    @Test
    void test_of_evaluate_theSumTargetOfDesignMd() {
        Tracker tracker = Tracker.of(jiangxi());
        Scorecard card = tracker.evaluate(LocalDate.of(2023, 3, 1));
        Evaluation e = card.evaluation("jx-2022-ei-equip").orElseThrow();
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        assertThat(e.attainment().orElseThrow().lowerEndpoint()).isEqualByComparingTo("1.471428571428571");
        assertThat(e.attainment().orElseThrow().hasUpperBound()).isFalse();
        assertThat(tracker.evaluate(LocalDate.of(2023, 1, 1)).count(Status.NO_DATA)).isEqualTo(1);
    }

    @Test
    void test_of_withEvaluator_usesItsPolicy() {
        Evaluator usd = Evaluator.of(Thresholds.TRAFFIC_LIGHT, ExchangeRates.of(Unit.USD, Unit.CNY, BigDecimal.TEN));
        Tracker tracker = Tracker.of(jiangxi(), usd);
        assertThat(tracker.evaluator()).isSameAs(usd);
        assertThat(tracker.dataset()).isEqualTo(jiangxi());
        assertThat(Tracker.of(jiangxi()).evaluator()).isSameAs(Evaluator.defaults());
    }

    @Test
    void test_nulls_areRejectedByName() {
        assertThatNullPointerException().isThrownBy(() -> Tracker.of(null)).withMessage("dataset");
        assertThatNullPointerException().isThrownBy(() -> Tracker.of(jiangxi(), null)).withMessage("evaluator");
        assertThatNullPointerException().isThrownBy(() -> Tracker.of(jiangxi()).evaluate(null)).withMessage("asOf");
    }

    @Test
    void test_evaluate_isAPureFunctionOfTheDate() {
        Tracker tracker = Tracker.of(generated(300));
        LocalDate d = LocalDate.of(2023, 8, 1);
        Scorecard first = tracker.evaluate(d);
        tracker.evaluate(LocalDate.of(2022, 1, 1));
        assertThat(tracker.evaluate(d)).isEqualTo(first);
        assertThat(Evaluator.defaults().evaluate(tracker.dataset(), d)).isEqualTo(first);
    }

    @Test
    void test_concurrency_eightThreadsGiveIdenticalScorecards() throws Exception {
        Dataset dataset = generated(2000);
        List<LocalDate> dates = List.of(LocalDate.of(2021, 8, 1), LocalDate.of(2023, 3, 1), LocalDate.of(2023, 8, 1),
                LocalDate.of(2026, 3, 1));
        // the reference, from a tracker no other thread has touched
        List<Scorecard> expected = new ArrayList<>();
        Tracker reference = Tracker.of(dataset);
        for (LocalDate d : dates) {
            expected.add(reference.evaluate(d));
        }
        Tracker shared = Tracker.of(dataset);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Scorecard>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Scorecard> mine = new ArrayList<>();
                    for (int i = 0; i < dates.size() * 3; i++) {
                        mine.add(shared.evaluate(dates.get((i + offset) % dates.size())));
                    }
                    return mine;
                }));
            }
            start.countDown();
            for (int t = 0; t < 8; t++) {
                List<Scorecard> mine = futures.get(t).get(2, TimeUnit.MINUTES);
                for (int i = 0; i < mine.size(); i++) {
                    Scorecard want = expected.get((i + t) % dates.size());
                    assertThat(mine.get(i)).isEqualTo(want);
                    assertThat(mine.get(i).evaluations().get(0).reasons()).isEqualTo(want.evaluations().get(0).reasons());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.get(2).evaluations()).hasSize(2000);
        assertThat(expected.get(2).counts().values().stream().filter(n -> n > 0).count())
                .as("the generated dataset exercises several statuses").isGreaterThanOrEqualTo(5);
    }

    /** A seeded dataset mixing final figures, revisions, 1—6月 figures, baselines and sums. */
    static Dataset generated(int targets) {
        Random random = new Random(7);
        List<Indicator> indicators = List.of(
                Indicator.builder("m0", "收入", Unit.CNY).tags("money").build(),
                Indicator.builder("m1", "投资", Unit.CNY).tags("money").build(),
                Indicator.builder("c0", "企业", Unit.count("家")).measure(Measure.INCREMENT).build(),
                Indicator.builder("r0", "增速", Unit.PERCENT).measure(Measure.RATE).build(),
                Indicator.builder("l0", "集群", Unit.count("个")).measure(Measure.LEVEL).build());
        List<Target> ts = new ArrayList<>();
        List<Outcome> os = new ArrayList<>();
        for (int i = 0; i < targets; i++) {
            Scope scope = Scope.of("region", "r" + i);
            Indicator ind = indicators.get(i % indicators.size());
            Unit unit = ind.unit();
            BigDecimal req = BigDecimal.valueOf(100 + random.nextInt(900));
            BigDecimal got = req.multiply(BigDecimal.valueOf(80 + random.nextInt(40))).movePointLeft(2);
            Target.Builder t = Target.builder("t" + i).scope(scope).tags(List.of("g" + i % 3))
                    .requirement(Figure.of(random.nextBoolean() ? dev.attain.quantity.Qualifier.EXACT
                            : dev.attain.quantity.Qualifier.MORE_THAN, req, unit));
            int shape = random.nextInt(6);
            if (shape == 5 && ind.id().equals("m0")) {
                t.indicators("m0", "m1").period("2022");
                os.add(Outcome.of("m0", scope, Period.ofYear(2022), Figure.of(dev.attain.quantity.Qualifier.EXACT, got,
                        unit), LocalDate.of(2023, 2, 1)));
            } else if (shape <= 2) {
                t.indicators(ind.id()).period("2022");
                os.add(new Outcome(ind.id(), scope, Period.ofYear(2022), Figure.of(dev.attain.quantity.Qualifier.EXACT,
                        got, unit), LocalDate.of(2023, 2, 1), OutcomeStatus.PRELIMINARY, Optional.empty()));
                if (shape == 2) {
                    os.add(new Outcome(ind.id(), scope, Period.ofYear(2022), Figure.of(
                            dev.attain.quantity.Qualifier.ABOUT, req, unit), LocalDate.of(2023, 5, 1),
                            OutcomeStatus.REVISED, Optional.empty()));
                }
            } else if (shape == 3 && ind.measure().isCumulative()) {
                t.indicators(ind.id()).period("2023");
                os.add(Outcome.of(ind.id(), scope, Period.ofMonths(YearMonth.of(2023, 1), YearMonth.of(2023, 6)),
                        Figure.of(dev.attain.quantity.Qualifier.EXACT, got.movePointLeft(1).multiply(BigDecimal.valueOf(5)),
                                unit), LocalDate.of(2023, 7, 20)));
            } else if (shape == 4 || shape == 3) {
                BigDecimal base = req.multiply(BigDecimal.valueOf(8)).movePointLeft(1);
                t.indicators(ind.id()).period("2025").pace(random.nextBoolean() ? PaceModel.LINEAR : PaceModel.COMPOUND)
                        .baseline(Baseline.of(Period.ofYear(2021), Figure.of(dev.attain.quantity.Qualifier.EXACT, base, unit)));
                os.add(Outcome.of(ind.id(), scope, Period.ofYear(2022), Figure.of(dev.attain.quantity.Qualifier.EXACT,
                        base.add(BigDecimal.valueOf(random.nextInt(60))), unit), LocalDate.of(2023, 2, 1)));
                os.add(Outcome.of(ind.id(), scope, Period.ofYear(2023), Figure.of(dev.attain.quantity.Qualifier.EXACT,
                        base.add(BigDecimal.valueOf(random.nextInt(120))), unit), LocalDate.of(2024, 2, 1)));
            } else {
                t.indicators(ind.id()).period("2022");
            }
            ts.add(t.build());
        }
        return Dataset.of(indicators, ts, os);
    }
}
