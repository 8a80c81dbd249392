package dev.attain.eval;

import static dev.attain.eval.Fixtures.EI;
import static dev.attain.eval.Fixtures.EQUIP;
import static dev.attain.eval.Fixtures.FIRMS;
import static dev.attain.eval.Fixtures.GROWTH;
import static dev.attain.eval.Fixtures.NEW_IND;
import static dev.attain.eval.Fixtures.d;
import static dev.attain.eval.Fixtures.dataset;
import static dev.attain.eval.Fixtures.evaluate;
import static dev.attain.eval.Fixtures.outcome;
import static dev.attain.eval.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import dev.attain.model.Aggregation;
import dev.attain.model.Sides;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Golden tests for the forms real plans set (issue 15): one test per rule, each with the
 * numbers worked out by hand in its comment before the code was run.
 */
class PlanFormsGoldenTest {

    private static Range<BigDecimal> point(String v) {
        return Range.singleton(d(v));
    }

    // ---- sides ------------------------------------------------------------------------------

    /**
     * "3%左右" with both sides mattering (a CPI): the band is 3 ± 5% of 3 = [2.85, 3.15].
     * 3.4% lies above it: MISSED; from the nearer edge, 3.15 − 3.4 = −0.25 pp; the gap is 0.25.
     * 3.0% lies inside: ACHIEVED; min(3.0 − 2.85, 3.15 − 3.0) = 0.15 pp from leaving the band.
     */
    @Test
    void test_bothSides_bandMetOnlyInside_differenceFromTheNearerEdge() {
        var above = evaluate(dataset(target("cpi", "2022", "3%左右", GROWTH.id()).sides(Sides.BOTH).build(),
                outcome(GROWTH.id(), "2022", "3.4%", "2023-01-20")), "2023-02-01");
        assertThat(above.status()).isEqualTo(Status.MISSED);
        assertThat(above.difference()).contains(point("-0.25"));
        assertThat(above.gap()).contains(point("0.25"));
        assertThat(above.attainment()).isEmpty();
        assertThat(String.join(" ", above.reasons())).contains("within [2.85%, 3.15%]");

        var inside = evaluate(dataset(target("cpi", "2022", "3%左右", GROWTH.id()).sides(Sides.BOTH).build(),
                outcome(GROWTH.id(), "2022", "3.0%", "2023-01-20")), "2023-02-01");
        assertThat(inside.status()).isEqualTo(Status.ACHIEVED);
        assertThat(inside.difference()).contains(point("0.15"));
        assertThat(inside.gap()).contains(point("0"));
    }

    /**
     * The same "3%左右" one-sided (the default, higher is better): met from the band's far
     * edge 2.85 upwards, so 3.4% is ACHIEVED, 0.4 pp ahead of 3.
     */
    @Test
    void test_oneSided_bandMetBeyondOnTheGoodSide() {
        var e = evaluate(dataset(target("growth", "2022", "3%左右", GROWTH.id()).build(),
                outcome(GROWTH.id(), "2022", "3.4%", "2023-01-20")), "2023-02-01");
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        assertThat(e.difference()).contains(point("0.4"));
    }

    /**
     * "6.5%左右" one-sided: met from 6.5 × 0.95 = 6.175 upwards. 6.3% meets it, 0.2 pp under 6.5:
     * the reason says it is within the tolerance of 左右 (±5%), not that it is behind.
     */
    @Test
    void test_aboutOneSided_metWithinTheTolerance_saysSoInsteadOfBehind() {
        var e = evaluate(dataset(target("growth", "2022", "6.5%左右", GROWTH.id()).build(),
                outcome(GROWTH.id(), "2022", "6.3%", "2023-01-20")), "2023-02-01");
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        assertThat(String.join(" ", e.reasons())).contains("within the tolerance of 左右 (±5%)").doesNotContain("behind");
        assertThat(String.join(" ", e.reasonsZh())).contains("在左右的容差（±5%）之内").doesNotContain("落后");
    }

    /**
     * "10家左右" of firms: 5% of 10 is 0.5 firm, widened to a whole firm, so the band is [9, 11]
     * and the requirement (one-sided) is at least 9 firms, never 9.5. 9 firms: ACHIEVED; 8: MISSED.
     */
    @Test
    void test_countsHaveWholeNumberTolerances() {
        var nine = evaluate(dataset(target("firms", "2022", "10家左右", FIRMS.id()).build(),
                outcome(FIRMS.id(), "2022", "9家", "2023-01-20")), "2023-02-01");
        assertThat(nine.status()).isEqualTo(Status.ACHIEVED);
        assertThat(String.join(" ", nine.reasons())).doesNotContain("9.5");
        var eight = evaluate(dataset(target("firms", "2022", "10家左右", FIRMS.id()).build(),
                outcome(FIRMS.id(), "2022", "8家", "2023-01-20")), "2023-02-01");
        assertThat(eight.status()).isEqualTo(Status.MISSED);
    }

    /**
     * "3-5个" with both sides: 6 lies above the band [3, 5], MISSED, 1 place from its nearer
     * edge (5 − 6 = −1); one-sided, 6 is beyond it on the good side, ACHIEVED.
     */
    @Test
    void test_betweenWithBothSides_missedAboveTheBand() {
        var both = evaluate(dataset(target("firms", "2022", "3-5家", FIRMS.id()).sides(Sides.BOTH).build(),
                outcome(FIRMS.id(), "2022", "6家", "2023-01-20")), "2023-02-01");
        assertThat(both.status()).isEqualTo(Status.MISSED);
        assertThat(both.gap()).contains(point("1"));
        var one = evaluate(dataset(target("firms", "2022", "3-5家", FIRMS.id()).build(),
                outcome(FIRMS.id(), "2022", "6家", "2023-01-20")), "2023-02-01");
        assertThat(one.status()).isEqualTo(Status.ACHIEVED);
    }

    // ---- each of several indicators --------------------------------------------------------

    /**
     * "电子信息和装备工业突破7000亿元" read as each: electronics 1.03万亿 passes 7000亿 (attainment
     * 10300 ÷ 7000 = 147.1%), equipment 6500亿 does not (6500 ÷ 7000 = 92.86%): the target is
     * MISSED, the worst of the two, with equipment's figures; read as a sum, 1.68万亿 passes.
     * Roll-ups count the target once.
     */
    @Test
    void test_each_oneVerdictPerIndicator_statusTheWorst_countedOnce() {
        var each = target("ei-equip", "2022", "突破7000亿元", EI.id(), EQUIP.id()).of(Aggregation.EACH).build();
        var sum = target("ei-equip-sum", "2022", "突破7000亿元", EI.id(), EQUIP.id()).build();
        var outcomes = List.of(outcome(EI.id(), "2022", "1.03万亿元", "2023-02-01"),
                outcome(EQUIP.id(), "2022", "6500亿元", "2023-02-01"));
        Scorecard card = Evaluator.defaults().evaluate(Fixtures.dataset(List.of(each, sum), outcomes),
                Fixtures.day("2023-03-01"));
        Evaluation e = card.evaluations().get(0);
        assertThat(e.status()).isEqualTo(Status.MISSED);
        assertThat(e.parts()).extracting(Evaluation::status).containsExactly(Status.ACHIEVED, Status.MISSED);
        assertThat(e.parts().get(0).attainment()).contains(point("1.471428571428571"));
        assertThat(e.parts().get(1).attainment()).contains(point("0.9285714285714286"));
        assertThat(e.actual()).contains(point("650000000000"));
        assertThat(e.reasons().get(0)).contains("each of").contains("(achieved)").contains("(missed)");
        assertThat(e.reasonsZh().get(0)).contains("分别适用");
        assertThat(card.evaluations().get(1).status()).isEqualTo(Status.ACHIEVED);
        assertThat(card.evaluations()).hasSize(2);
        assertThat(card.count(Status.MISSED)).isEqualTo(1);
        assertThat(card.count(Status.ACHIEVED)).isEqualTo(1);
        assertThat(card.total().orElseThrow().evaluations()).hasSize(2);
    }

    /**
     * Each, achieved only when all are: both 8000亿 → ACHIEVED. One unreported → that part is
     * NO_DATA and the target is INDETERMINATE, not ACHIEVED (8000亿 > 7000亿, 8000 ÷ 7000 = 114.3%, settles only the
     * electronics part) and not NO_DATA (a figure was published, and a report that listed the
     * target among those with "no reported figure" would hide it): the decisive reason names
     * the part it waits for. Neither reported → NO_DATA. A missed part is worse than an unknown
     * one: 8000亿 and 6500亿 (6500 ≤ 7000) with a third part unreported → MISSED.
     */
    @Test
    void test_each_achievedOnlyWhenAllAre_undecidedWhileAPartIsUnreported() {
        var each = target("ei-equip", "2022", "突破7000亿元", EI.id(), EQUIP.id()).of(Aggregation.EACH).build();
        var both = evaluate(dataset(each, outcome(EI.id(), "2022", "8000亿元", "2023-02-01"),
                outcome(EQUIP.id(), "2022", "8000亿元", "2023-02-01")), "2023-03-01");
        assertThat(both.status()).isEqualTo(Status.ACHIEVED);
        var one = evaluate(dataset(each, outcome(EI.id(), "2022", "8000亿元", "2023-02-01")), "2023-03-01");
        assertThat(one.status()).isEqualTo(Status.INDETERMINATE);
        assertThat(one.parts()).extracting(Evaluation::status).containsExactly(Status.ACHIEVED, Status.NO_DATA);
        assertThat(one.actual()).isEmpty();
        assertThat(one.decisiveReason(Locale.CHINESE)).contains("还需装备工业营业收入（equip）的数据"
                + "（要求对电子信息产业营业收入（ei）（已完成：8000亿元，完成度114.3%）、装备工业营业收入（equip）（暂无数据）分别适用）");
        assertThat(one.decisiveReason(Locale.ENGLISH).orElseThrow()).startsWith("it waits for ")
                .contains("(achieved: CNY 800 billion, attainment 114.3%)").contains("(no data)");
        var none = evaluate(dataset(each), "2023-03-01");
        assertThat(none.status()).isEqualTo(Status.NO_DATA);
        var three = target("three", "2022", "突破7000亿元", EI.id(), EQUIP.id(), NEW_IND.id()).of(Aggregation.EACH).build();
        var missed = evaluate(dataset(three, outcome(EI.id(), "2022", "8000亿元", "2023-02-01"),
                outcome(EQUIP.id(), "2022", "6500亿元", "2023-02-01")), "2023-03-01");
        assertThat(missed.status()).isEqualTo(Status.MISSED);
        assertThat(missed.parts()).extracting(Evaluation::status)
                .containsExactly(Status.ACHIEVED, Status.MISSED, Status.NO_DATA);
    }

    /**
     * Each, both achieved: the target takes the part furthest from the requirement, not the
     * first. Electronics 1.03万亿 (10300 ÷ 7000 = 147.1%) and equipment 9000亿 (9000 ÷ 7000 =
     * 1.285714285714286, 128.6%): the target's attainment and value are equipment's.
     */
    @Test
    void test_each_bothAchieved_takesThePartFurthestFromTheRequirement() {
        var each = target("ei-equip", "2022", "突破7000亿元", EI.id(), EQUIP.id()).of(Aggregation.EACH).build();
        var e = evaluate(dataset(each, outcome(EI.id(), "2022", "1.03万亿元", "2023-02-01"),
                outcome(EQUIP.id(), "2022", "9000亿元", "2023-02-01")), "2023-03-01");
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        assertThat(e.attainment()).contains(point("1.285714285714286"));
        assertThat(e.actual()).contains(point("900000000000"));
        var reversed = target("ei-equip", "2022", "突破7000亿元", EQUIP.id(), EI.id()).of(Aggregation.EACH).build();
        var r = evaluate(dataset(reversed, outcome(EI.id(), "2022", "1.03万亿元", "2023-02-01"),
                outcome(EQUIP.id(), "2022", "9000亿元", "2023-02-01")), "2023-03-01");
        assertThat(r.attainment()).contains(point("1.285714285714286"));
    }
}
