package dev.attain.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Polarity;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counts, order and roll-ups of a scorecard. Five targets as of 2023-03-01, worked out by hand:
 * <pre>
 * t1  va 2022  100亿, reported 120亿   ACHIEVED  attainment 1.2   weight 1  tag A  region X
 * t2  ei 2022  200亿, reported 150亿   MISSED    attainment 0.75  weight 3  tag A  region Y
 * t3  eq 2022  50亿, nothing           NO_DATA                              tag B  region X
 * t4  rank     前10, reported 第12位   MISSED    (no attainment)            tag A  region Y
 * t5  firms 2023 10家, 1—2月 2家       ON_TRACK  attainment 0.2             tag B  region X
 * </pre>
 * The indicator va also carries the tag 2+6+N.
 */
class ScorecardTest {

    private static final Scope X = Scope.of("region", "X");
    private static final Scope Y = Scope.of("region", "Y");
    private static final LocalDate AS_OF = LocalDate.of(2023, 3, 1);

    private static final Indicator VA = Indicator.builder("va", "增加值", Unit.CNY).tags("2+6+N").build();
    private static final Indicator EI = Indicator.builder("ei", "电子信息", Unit.CNY).build();
    private static final Indicator EQ = Indicator.builder("eq", "装备", Unit.CNY).build();
    private static final Indicator RANK = Indicator.builder("rank", "位次", Unit.RANK).measure(Measure.RANK)
            .polarity(Polarity.LOWER_IS_BETTER).build();
    private static final Indicator FIRMS = Indicator.builder("firms", "新增企业", Unit.count("家"))
            .measure(Measure.INCREMENT).build();

    private static Target t(String id, String indicator, Scope scope, String period, String requirement, String tag,
            String weight) {
        return Target.builder(id).indicators(indicator).scope(scope).period(period).requirement(requirement)
                .tags(List.of(tag)).weight(new BigDecimal(weight)).build();
    }

    private static Outcome o(String indicator, Scope scope, String period, String value) {
        return Outcome.of(indicator, scope, Period.parse(period), Figure.parse(value), LocalDate.of(2023, 2, 1));
    }

    private static Dataset dataset() {
        return Dataset.of(List.of(VA, EI, EQ, RANK, FIRMS),
                List.of(t("t1", "va", X, "2022", "100亿元", "A", "1"),
                        t("t2", "ei", Y, "2022", "200亿元", "A", "3"),
                        t("t3", "eq", X, "2022", "50亿元", "B", "1"),
                        t("t4", "rank", Y, "2022", "前10", "A", "1"),
                        t("t5", "firms", X, "2023", "10家", "B", "1")),
                List.of(o("va", X, "2022", "120亿元"), o("ei", Y, "2022", "150亿元"), o("rank", Y, "2022", "第12位"),
                        o("firms", X, "2023-01..2023-02", "2家")));
    }

    private static Scorecard card() {
        return Evaluator.defaults().evaluate(dataset(), AS_OF);
    }

    private static List<String> ids(List<Evaluation> evaluations) {
        return evaluations.stream().map(e -> e.target().id()).toList();
    }

    @Test
    void test_evaluations_shortfallsFirstWorstFirst_thenTheRestInDatasetOrder() {
        assertThat(ids(card().evaluations())).containsExactly("t2", "t4", "t1", "t3", "t5");
        assertThat(ids(card().shortfalls())).containsExactly("t2", "t4");
        assertThat(card().asOf()).isEqualTo(AS_OF);
    }

    /**
     * The evaluator's scorecard keeps what it judged in columns and makes its evaluations on
     * first use, once: it equals the scorecard of the same evaluations given one by one, in
     * dataset order, and gives the same list on every call.
     */
    @Test
    void test_judgedScorecard_equalsScorecardOfItsEvaluations_andMakesThemOnce() {
        Scorecard judged = card();
        List<Evaluation> inDatasetOrder = new java.util.ArrayList<>(card().evaluations());
        inDatasetOrder.sort(java.util.Comparator.comparing(e -> e.target().id()));
        Scorecard given = Scorecard.of(AS_OF, inDatasetOrder);
        assertThat(judged.counts()).isEqualTo(given.counts());
        assertThat(judged).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(ids(judged.evaluations())).isEqualTo(ids(given.evaluations()));
        assertThat(judged.evaluations()).isSameAs(judged.evaluations());
    }

    @Test
    void test_counts_everyStatusIncludingZeros() {
        assertThat(card().counts()).containsExactly(
                java.util.Map.entry(Status.ACHIEVED, 1), java.util.Map.entry(Status.MISSED, 2),
                java.util.Map.entry(Status.ON_TRACK, 1), java.util.Map.entry(Status.AT_RISK, 0),
                java.util.Map.entry(Status.OFF_TRACK, 0), java.util.Map.entry(Status.NO_DATA, 1),
                java.util.Map.entry(Status.INDETERMINATE, 0), java.util.Map.entry(Status.NOT_COMPARABLE, 0));
        assertThat(card().count(Status.MISSED)).isEqualTo(2);
    }

    @Test
    void test_shortfalls_worstFirstAcrossStatuses() {
        // an AT_RISK target listed before a MISSED one in the dataset comes after it
        Dataset d = Dataset.of(List.of(VA),
                List.of(t("risk", "va", X, "2023", "1200亿元", "A", "1"), t("missed", "va", Y, "2022", "100亿元", "A", "1")),
                List.of(Outcome.of("va", X, Period.parse("2023-01..2023-06"), Figure.parse("540亿元"),
                        LocalDate.of(2023, 7, 20)), o("va", Y, "2022", "90亿元")));
        Scorecard s = Evaluator.defaults().evaluate(d, LocalDate.of(2023, 8, 1));
        assertThat(ids(s.shortfalls())).containsExactly("missed", "risk");
    }

    @Test
    void test_evaluation_byTargetId() {
        assertThat(card().evaluation("t3")).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(Status.NO_DATA));
        assertThat(card().evaluation("nope")).isEmpty();
    }

    @Test
    void test_byTag_targetTagsAndIndicatorTags_inOrderFirstMet() {
        assertThat(card().byTag()).containsOnlyKeys("A", "2+6+N", "B");
        assertThat(card().byTag().keySet()).containsExactly("A", "2+6+N", "B");
        assertThat(ids(card().byTag().get("2+6+N").evaluations())).containsExactly("t1");
    }

    @Test
    void test_byTag_rules() {
        RollUp a = card().byTag().get("A");
        assertThat(ids(a.evaluations())).containsExactly("t2", "t4", "t1");
        // worst status wins
        assertThat(a.worst()).isEqualTo(Status.MISSED);
        assertThat(a.count(Status.MISSED)).isEqualTo(2);
        assertThat(a.count(Status.ACHIEVED)).isEqualTo(1);
        // size-weighted: (150 + 120) ÷ (200 + 100) = 0.9; t4 (a rank) has no attainment
        assertThat(a.sizeWeighted()).contains(Range.singleton(new BigDecimal("0.9")));
        // weighted mean: (3 × 0.75 + 1 × 1.2) ÷ 4 = 0.8625
        assertThat(a.meanAttainment()).contains(Range.singleton(new BigDecimal("0.8625")));

        RollUp b = card().byTag().get("B");
        // NO_DATA is worse than ON_TRACK: nothing can be vouched for
        assertThat(b.worst()).isEqualTo(Status.NO_DATA);
        // only t5 has an attainment: 2 ÷ 10
        assertThat(b.sizeWeighted()).contains(Range.singleton(new BigDecimal("0.2")));
        assertThat(b.meanAttainment()).contains(Range.singleton(new BigDecimal("0.2")));
    }

    @Test
    void test_byScope_rules_sizeWeightedOnlyWhereUnitsAgree() {
        assertThat(card().byScope("region").keySet()).containsExactly("Y", "X");
        RollUp x = card().byScope("region").get("X");
        assertThat(ids(x.evaluations())).containsExactly("t1", "t3", "t5");
        // CNY and 家 do not add up
        assertThat(x.sizeWeighted()).isEmpty();
        // (1.2 + 0.2) ÷ 2 = 0.7
        assertThat(x.meanAttainment()).contains(Range.singleton(new BigDecimal("0.7")));
        assertThat(x.worst()).isEqualTo(Status.NO_DATA);
        RollUp y = card().byScope("region").get("Y");
        // 150 ÷ 200
        assertThat(y.sizeWeighted()).contains(Range.singleton(new BigDecimal("0.75")));
        assertThat(y.worst()).isEqualTo(Status.MISSED);
        assertThat(card().byScope("sector")).isEmpty();
    }

    @Test
    void test_total() {
        RollUp all = card().total().orElseThrow();
        assertThat(all.key()).isEqualTo("all");
        assertThat(all.worst()).isEqualTo(Status.MISSED);
        // (3 × 0.75 + 1.2 + 0.2) ÷ 5 = 0.73
        assertThat(all.meanAttainment()).contains(Range.singleton(new BigDecimal("0.73")));
        assertThat(all.sizeWeighted()).isEmpty();
    }

    @Test
    void test_rollUp_sizeWeighted_keepsIntervals_andInvertsForLowerIsBetter() {
        // the sum target's [1.03e12, ∞) of 7e11 with another 100亿 of 100亿:
        // [1.03e12 + 1e10, ∞) ÷ (7e11 + 1e10) = [1.04e12 ÷ 7.1e11, ∞) = [1.4647887323943662…, ∞), 16 digits
        Dataset d = Dataset.of(List.of(VA, EI, EQ),
                List.of(Target.builder("sum").indicators("ei", "eq").scope(X).period("2022").requirement("突破7000亿元")
                                .build(), t("va", "va", X, "2022", "100亿元", "A", "1")),
                List.of(o("ei", X, "2022", "1.03万亿元"), o("va", X, "2022", "100亿元")));
        RollUp all = Evaluator.defaults().evaluate(d, AS_OF).total().orElseThrow();
        assertThat(all.sizeWeighted()).contains(Range.atLeast(new BigDecimal("1.464788732394366")));
        // lower is better: Σ required ÷ Σ reported = (1000 + 500) ÷ (1100 + 400) = 1
        Indicator energy = Indicator.builder("energy", "能耗", Unit.physical("吨")).polarity(Polarity.LOWER_IS_BETTER)
                .build();
        Dataset low = Dataset.of(List.of(energy),
                List.of(t("e1", "energy", X, "2022", "1000吨", "A", "1"), t("e2", "energy", Y, "2022", "500吨", "A", "1")),
                List.of(o("energy", X, "2022", "1100吨"), o("energy", Y, "2022", "400吨")));
        assertThat(Evaluator.defaults().evaluate(low, AS_OF).total().orElseThrow().sizeWeighted())
                .contains(Range.singleton(BigDecimal.ONE));
    }

    @Test
    void test_equals_and_hashCode() {
        new EqualsTester()
                .addEqualityGroup(card(), card())
                .addEqualityGroup(Evaluator.defaults().evaluate(dataset(), AS_OF.plusDays(1)))
                .testEquals();
    }

    @Test
    void test_emptyDataset() {
        Scorecard s = Evaluator.defaults().evaluate(Dataset.of(List.of(VA), List.of(), List.of()), AS_OF);
        assertThat(s.evaluations()).isEmpty();
        assertThat(s.total()).isEmpty();
        assertThat(s.counts()).hasSize(Status.values().length).allSatisfy((k, v) -> assertThat(v).isZero());
    }
}
