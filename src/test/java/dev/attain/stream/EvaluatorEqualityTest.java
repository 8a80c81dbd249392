package dev.attain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import dev.attain.model.Baseline;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Polarity;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming verdicts are the evaluator's: status, attainment (to the last digit) and the
 * thresholds' band of the attainment, for every row of a few thousand seeded random rows,
 * including rows exactly on the 100% and 90% bounds, lower-is-better rows, missing actuals and
 * (in the edge rows) amounts the long fast path cannot hold.
 */
class EvaluatorEqualityTest {

    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 1);
    // the random rows hold amounts below zero, as a table's rows may: a balance that can be negative
    private static final Indicator UP = Indicator.builder("up", "收入", Unit.CNY).nonNegative(false).build();
    private static final Indicator DOWN = Indicator.builder("down", "能耗", Unit.CNY)
            .polarity(Polarity.LOWER_IS_BETTER).nonNegative(false).build();

    @TempDir
    Path dir;

    /** The dataset of the rows: one target and at most one final outcome per row. */
    static Dataset dataset(List<RandomRows.Row> rows) {
        List<Target> targets = new ArrayList<>(rows.size());
        List<Outcome> outcomes = new ArrayList<>(rows.size());
        for (RandomRows.Row r : rows) {
            Indicator ind = r.lower() ? DOWN : UP;
            Scope scope = Scope.of("row", r.id());
            targets.add(Target.builder(r.id()).indicators(ind.id()).scope(scope).period("2022")
                    .requirement(Figure.of(Qualifier.EXACT, r.target(), Unit.CNY)).build());
            if (r.actual() != null) {
                outcomes.add(Outcome.of(ind.id(), scope, Period.ofYear(2022),
                        Figure.of(Qualifier.EXACT, r.actual(), Unit.CNY), LocalDate.of(2023, 2, 1)));
            }
        }
        return Dataset.of(List.of(UP, DOWN), targets, outcomes);
    }

    static Map<String, Evaluation> evaluate(Dataset d, Evaluator evaluator) {
        Scorecard card = evaluator.evaluate(d, AS_OF);
        Map<String, Evaluation> byId = new HashMap<>();
        for (Evaluation e : card.evaluations()) {
            byId.put(e.target().id(), e);
        }
        return byId;
    }

    static Status band(Evaluation e, Thresholds thresholds) {
        if (e.attainment().isPresent()) {
            return thresholds.classify(e.attainment().get());
        }
        return e.status() == Status.NO_DATA || e.status() == Status.NOT_COMPARABLE ? e.status()
                : Status.INDETERMINATE;
    }

    private static void assertSame(Verdict v, Evaluation e, Thresholds thresholds) {
        String where = "line " + v.line() + " (" + v.targetId() + ")";
        assertThat(v.status()).as(where).isEqualTo(e.status());
        assertThat(v.attainmentRange().isPresent()).as(where).isEqualTo(e.attainment().isPresent());
        if (e.attainment().isPresent()) {
            Range<BigDecimal> expected = e.attainment().get();
            assertThat(expected.lowerEndpoint()).isEqualByComparingTo(expected.upperEndpoint());
            assertThat(v.attainment()).as(where).isPresent();
            assertThat(v.attainment().get()).as(where).isEqualByComparingTo(expected.lowerEndpoint());
        }
        assertThat(v.band()).as(where).isEqualTo(band(e, thresholds));
    }

    private static Map<Status, Long> counts(Iterable<Evaluation> es, boolean bands, Thresholds thresholds) {
        Map<Status, Long> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            m.put(s, 0L);
        }
        for (Evaluation e : es) {
            m.merge(bands ? band(e, thresholds) : e.status(), 1L, Long::sum);
        }
        return m;
    }

    private static BigDecimal sum(Iterable<Evaluation> es) {
        BigDecimal s = BigDecimal.ZERO;
        for (Evaluation e : es) {
            if (e.attainment().isPresent()) {
                s = s.add(e.attainment().get().lowerEndpoint());
            }
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void test_table_verdicts_equalTheEvaluators_onEveryRow(boolean edges) {
        List<RandomRows.Row> rows = RandomRows.generate(edges ? 11L : 7L, 4_000, edges);
        Path file = RandomRows.write(dir.resolve("rows.csv"), rows, "\n", true);
        Map<String, Evaluation> expected = evaluate(dataset(rows), Evaluator.defaults());

        List<Verdict> verdicts = new ArrayList<>();
        Tally tally = TargetTable.of(file).forEach(v -> verdicts.add(v.copy()));

        assertThat(verdicts).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Verdict v = verdicts.get(i);
            assertThat(v.line()).isEqualTo(i + 2);
            assertThat(v.targetId()).isEqualTo(rows.get(i).id());
            assertSame(v, expected.get(v.targetId()), Thresholds.DEFAULT);
        }
        assertThat(tally.counts()).isEqualTo(counts(expected.values(), false, Thresholds.DEFAULT));
        assertThat(tally.bandCounts()).isEqualTo(counts(expected.values(), true, Thresholds.DEFAULT));
        assertThat(tally.attainmentSum()).isEqualByComparingTo(sum(expected.values()));
    }

    @Test
    void test_table_boundaryRows_areCountedAndExact() {
        List<RandomRows.Row> rows = RandomRows.generate(3L, 4_000, false);
        long onBound = rows.stream().filter(r -> r.actual() != null).filter(r -> {
            BigDecimal ratio = r.lower() ? r.target().divide(r.actual(), Evaluator.MATH_CONTEXT)
                    : r.actual().divide(r.target(), Evaluator.MATH_CONTEXT);
            return ratio.compareTo(BigDecimal.ONE) == 0 || ratio.compareTo(new BigDecimal("0.9")) == 0;
        }).count();
        long lower = rows.stream().filter(RandomRows.Row::lower).count();
        long missing = rows.stream().filter(r -> r.actual() == null).count();
        assertThat(onBound).as("rows exactly on a bound").isGreaterThan(100);
        assertThat(lower).as("lower-is-better rows").isGreaterThan(500);
        assertThat(missing).as("rows without an actual").isGreaterThan(200);
    }

    @Test
    void test_table_parallelFold_equalsTheEvaluatorsTotals() {
        List<RandomRows.Row> rows = RandomRows.generate(5L, 6_000, true);
        Path file = RandomRows.write(dir.resolve("rows.csv"), rows, "\r\n", false);
        Map<String, Evaluation> expected = evaluate(dataset(rows), Evaluator.defaults());

        Tally one = TargetTable.of(file).withThreads(1).fold();
        Tally many = TargetTable.of(file).withThreads(7).withMinRange(1_000).fold();

        assertThat(many).isEqualTo(one);
        assertThat(many.counts()).isEqualTo(counts(expected.values(), false, Thresholds.DEFAULT));
        assertThat(many.bandCounts()).isEqualTo(counts(expected.values(), true, Thresholds.DEFAULT));
        assertThat(many.attainmentSum()).isEqualByComparingTo(sum(expected.values()));
        assertThat(many.meanAttainment().get()).isEqualByComparingTo(
                sum(expected.values()).divide(BigDecimal.valueOf(many.attained()), Evaluator.MATH_CONTEXT));
        assertThat(many.verdicts()).isEqualTo(rows.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "eurostat", "traffic", "exclusive", "equal"})
    void test_table_bands_followOtherThresholds(String name) {
        Thresholds t = switch (name) {
            case "eurostat" -> Thresholds.EUROSTAT;
            case "traffic" -> Thresholds.TRAFFIC_LIGHT;
            case "exclusive" -> Thresholds.of("1.0", "0.9").withInclusive(false, false);
            case "equal" -> Thresholds.of("0.95", "0.95").withInclusive(false, true);
            default -> Thresholds.DEFAULT;
        };
        List<RandomRows.Row> rows = RandomRows.generate(13L, 2_000, true);
        Path file = RandomRows.write(dir.resolve("rows.csv"), rows, "\n", true);
        Map<String, Evaluation> expected = evaluate(dataset(rows), Evaluator.of(t));
        TargetTable.of(file).withThresholds(t).forEach(v -> assertSame(v, expected.get(v.targetId()), t));
    }

    @Test
    void test_outcomeStream_verdicts_equalTheEvaluators() {
        List<RandomRows.Row> rows = RandomRows.generate(17L, 3_000, true);
        Dataset d = dataset(rows);
        Map<String, Evaluation> expected = evaluate(d, Evaluator.defaults());

        List<Verdict> verdicts = new ArrayList<>();
        Tally tally = OutcomeStream.of(d, AS_OF).forEach(d.outcomes().iterator(), verdicts::add);

        assertThat(verdicts).hasSize(rows.size());
        for (Verdict v : verdicts) {
            assertSame(v, expected.get(v.targetId()), Thresholds.DEFAULT);
        }
        assertThat(tally.counts()).isEqualTo(counts(expected.values(), false, Thresholds.DEFAULT));
        assertThat(tally.attainmentSum()).isEqualByComparingTo(sum(expected.values()));
        assertThat(OutcomeStream.of(d, AS_OF).fold(d.outcomes().stream())).isEqualTo(tally);
        assertThat(OutcomeStream.of(d, AS_OF).collectingRejections(3).fold(d.outcomes().iterator()))
                .isEqualTo(tally);
    }

    /**
     * Targets the direct path does not take (bands, sums, percentages, paces, other units,
     * late publications) go through the evaluator: still the same verdicts.
     */
    @Test
    void test_outcomeStream_otherTargets_equalTheEvaluators() {
        SplittableRandom random = new SplittableRandom(23L);
        Indicator flow = Indicator.builder("flow", "产值", Unit.CNY).measure(Measure.FLOW).build();
        Indicator flow2 = Indicator.builder("flow2", "产值2", Unit.CNY).measure(Measure.FLOW).build();
        Indicator level = Indicator.builder("level", "存量", Unit.count("家")).measure(Measure.LEVEL).build();
        Indicator rate = Indicator.builder("rate", "增速", Unit.PERCENT).measure(Measure.RATE).build();
        List<Target> targets = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        Qualifier[] qualifiers = {Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.AT_MOST,
            Qualifier.LESS_THAN, Qualifier.ABOUT, Qualifier.NEARLY};
        for (int i = 0; i < 1_500; i++) {
            Scope scope = Scope.of("region", "r" + (i % 13));
            String id = "x" + i;
            BigDecimal req = BigDecimal.valueOf(1_000 + random.nextInt(100_000));
            BigDecimal act = req.multiply(BigDecimal.valueOf(70 + random.nextInt(60))).movePointLeft(2);
            Qualifier q = qualifiers[random.nextInt(qualifiers.length)];
            Qualifier oq = random.nextInt(4) == 0 ? Qualifier.ABOUT : Qualifier.EXACT;
            LocalDate published = random.nextInt(10) == 0 ? LocalDate.of(2023, 9, 1) : LocalDate.of(2023, 2, 1);
            switch (random.nextInt(6)) {
                case 0 -> { // a final figure, perhaps imprecise or late
                    targets.add(Target.builder(id).indicators("flow").scope(scope).period("2022")
                            .requirement(Figure.of(q, req, Unit.CNY)).build());
                    outcomes.add(new Outcome("flow", scope, Period.ofYear(2022), Figure.of(oq, act, Unit.CNY),
                            published, dev.attain.model.OutcomeStatus.FINAL, Optional.empty()));
                }
                case 1 -> { // a cumulative figure within the period: pace
                    targets.add(Target.builder(id).indicators("flow").scope(scope).period("2023")
                            .requirement(Figure.of(q, req, Unit.CNY)).build());
                    outcomes.add(Outcome.of("flow", scope, Period.ofMonths(YearMonth.of(2023, 1), YearMonth.of(2023, 4)),
                            Figure.of(Qualifier.EXACT, act.movePointLeft(1).multiply(BigDecimal.valueOf(4)),
                                    Unit.CNY), LocalDate.of(2023, 5, 20)));
                }
                case 2 -> { // a sum of two indicators, one reported
                    targets.add(Target.builder(id).indicators("flow", "flow2").scope(scope).period("2022")
                            .requirement(Figure.of(q, req, Unit.CNY)).build());
                    outcomes.add(Outcome.of("flow", scope, Period.ofYear(2022), Figure.of(oq, act, Unit.CNY),
                            published));
                }
                case 3 -> { // a level with a baseline, a figure on the way
                    targets.add(Target.builder(id).indicators("level").scope(scope).period("2025")
                            .requirement(Figure.of(q, req, Unit.count("家")))
                            .baseline(Baseline.of(Period.ofYear(2021),
                                    Figure.of(Qualifier.EXACT, req.multiply(new BigDecimal("0.8")), Unit.count("家"))))
                            .build());
                    Period year = Period.ofYear(2022 + random.nextInt(4));
                    outcomes.add(Outcome.of("level", scope, year, Figure.of(oq, act, Unit.count("家")), published)
                            .withStatus(published.isAfter(year.end()) ? dev.attain.model.OutcomeStatus.FINAL
                                    : dev.attain.model.OutcomeStatus.PRELIMINARY)); // a year not over: preliminary
                }
                case 4 -> { // percentages: a difference, no attainment
                    targets.add(Target.builder(id).indicators("rate").scope(scope).period("2022")
                            .requirement(Figure.of(Qualifier.EXACT, BigDecimal.valueOf(random.nextInt(10)),
                                    Unit.PERCENT)).build());
                    outcomes.add(Outcome.of("rate", scope, Period.ofYear(2022),
                            Figure.of(Qualifier.EXACT, BigDecimal.valueOf(random.nextInt(100), 1), Unit.PERCENT),
                            published));
                }
                default -> { // another currency: not comparable without a rate
                    targets.add(Target.builder(id).indicators("flow").scope(scope).period("2022")
                            .requirement(Figure.of(q, req, Unit.CNY)).build());
                    outcomes.add(Outcome.of("flow", scope, Period.ofYear(2022), Figure.of(oq, act, Unit.USD),
                            published));
                }
            }
        }
        // each target alone with its one outcome, as the stream judges it
        Map<String, Evaluation> expected = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            List<Indicator> inds = new ArrayList<>();
            for (String ind : t.indicators()) {
                inds.add(List.of(flow, flow2, level, rate).stream().filter(x -> x.id().equals(ind)).findFirst()
                        .orElseThrow());
            }
            expected.put(t.id(), Evaluator.defaults().evaluate(Dataset.of(inds, List.of(t), List.of(outcomes.get(i))),
                    t.id(), AS_OF));
        }
        // one scope per target, so that each outcome meets its own target only
        List<Target> own = new ArrayList<>();
        List<Outcome> ownOutcomes = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            Scope s = Scope.of(Map.of("region", t.scope().entries().get("region"), "target", t.id()));
            own.add(new Target(t.id(), t.indicators(), s, t.period(), t.requirement(), t.floor(), t.stretch(),
                    t.baseline(), t.commitment(), t.pace(), t.schedule(), t.schedulePartial(), t.weight(), t.tags(),
                    t.source(), t.of(), t.sides(), t.relation()));
            Outcome o = outcomes.get(i);
            ownOutcomes.add(new Outcome(o.indicator(), s, o.period(), o.value(), o.published(), o.status(),
                    o.source()));
        }
        Dataset d = Dataset.of(List.of(flow, flow2, level, rate), own, List.of());
        List<Verdict> verdicts = new ArrayList<>();
        Tally tally = OutcomeStream.of(d, AS_OF).groupedBy("region").forEach(ownOutcomes.iterator(), verdicts::add);

        assertThat(verdicts).hasSize(targets.size());
        for (Verdict v : verdicts) {
            Evaluation e = expected.get(v.targetId());
            assertThat(v.status()).as(v.targetId()).isEqualTo(e.status());
            assertThat(v.attainmentRange()).as(v.targetId()).isEqualTo(e.attainment());
            assertThat(v.band()).as(v.targetId()).isEqualTo(band(e, Thresholds.DEFAULT));
        }
        assertThat(OutcomeStream.of(d, AS_OF).groupedBy("region").fold(ownOutcomes.iterator())).isEqualTo(tally);
        assertThat(tally.groups()).hasSize(13);
        assertThat(tally.groups().values().stream().mapToLong(Tally::verdicts).sum()).isEqualTo(targets.size());
        assertThat(tally.count(Status.NOT_COMPARABLE)).isPositive();
        assertThat(tally.intervalAttainments()).isPositive();
    }

    @Test
    void test_outcomeStream_unmatchedOutcomes_areCounted_andUnreportedTargets_areNoData() {
        Target t = Target.builder("t").indicators("up").period("2022")
                .requirement(Figure.of(Qualifier.EXACT, BigDecimal.TEN, Unit.CNY)).build();
        Dataset d = Dataset.of(List.of(UP, DOWN), List.of(t), List.of());
        Outcome other = Outcome.of("down", Scope.EMPTY, Period.ofYear(2022),
                Figure.of(Qualifier.EXACT, BigDecimal.ONE, Unit.CNY), LocalDate.of(2023, 1, 1));
        List<Verdict> verdicts = new ArrayList<>();
        Tally tally = OutcomeStream.of(d, AS_OF).forEach(List.of(other).iterator(), verdicts::add);
        assertThat(tally.unmatched()).isEqualTo(1);
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.NO_DATA);
            assertThat(v.band()).isEqualTo(Status.NO_DATA);
            assertThat(v.line()).isZero();
        });
    }
}
