package dev.attain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Status;
import dev.attain.model.Aggregation;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Scope;
import dev.attain.model.Sides;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming path and the forms of issue 15. A two-sided band is judged outcome by outcome
 * through the evaluator and agrees with it on every row. A target whose verdict needs several
 * outcomes together (each of or the sum of several indicators, a relative requirement, an
 * increment that names its total) is judged once, on all its outcomes, when the source is
 * exhausted: one verdict, the evaluator's, never a partial verdict per row.
 */
class PlanFormsStreamTest {

    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
    private static final Indicator EI = Indicator.builder("ei", "电子信息", Unit.CNY).build();
    private static final Indicator EQUIP = Indicator.builder("equip", "装备", Unit.CNY).build();
    private static final Indicator FIRMS = Indicator.builder("firms", "规上企业数", Unit.count("家"))
            .measure(Measure.LEVEL).build();
    private static final Indicator NEW_FIRMS = Indicator.builder("new-firms", "新增规上企业", Unit.count("家"))
            .measure(Measure.INCREMENT).total("firms").build();
    private static final Indicator INCOME = Indicator.builder("income", "居民人均可支配收入增速", Unit.PERCENT)
            .measure(Measure.RATE).build();
    private static final Indicator GROWTH = Indicator.builder("growth", "地区生产总值增速", Unit.PERCENT)
            .measure(Measure.RATE).build();
    private static final List<Indicator> ALL = List.of(EI, EQUIP, FIRMS, NEW_FIRMS, INCOME, GROWTH);

    /** "电子信息和装备工业突破7000亿元", read as each of the two. */
    private static final Target EACH = Target.builder("each").indicators("ei", "equip").of(Aggregation.EACH)
            .period("2022").requirement("突破7000亿元").build();

    private static Outcome outcome(String indicator, String period, String value) {
        return Outcome.of(indicator, Scope.EMPTY, Period.parse(period), Figure.parse(value), LocalDate.of(2023, 2, 1));
    }

    /** The verdicts the stream hands out for targets and outcomes, the outcomes in the order given. */
    private static List<Verdict> stream(List<Target> targets, List<Outcome> outcomes) {
        List<Verdict> verdicts = new ArrayList<>();
        OutcomeStream.of(Dataset.of(ALL, targets, List.of()), AS_OF).forEach(outcomes.iterator(), verdicts::add);
        return verdicts;
    }

    /** The evaluator's evaluation of a target on all the outcomes at once. */
    private static Evaluation evaluator(Target target, List<Outcome> outcomes) {
        return Evaluator.defaults().evaluate(Dataset.of(ALL, List.of(target), outcomes), target.id(), AS_OF);
    }

    /** The stream gives one verdict for the target, with the evaluator's status, attainment and requirement. */
    private static Verdict assertOneVerdictAsTheEvaluator(Target target, List<Outcome> outcomes) {
        Evaluation e = evaluator(target, outcomes);
        Verdict v = assertThat(stream(List.of(target), outcomes)).singleElement().actual();
        assertThat(v.targetId()).isEqualTo(target.id());
        assertThat(v.status()).as("%s on %s", target.id(), outcomes).isEqualTo(e.status());
        assertThat(v.attainmentRange()).isEqualTo(e.attainment());
        assertThat(v.required()).isEqualTo(e.required());
        return v;
    }

    static Stream<Arguments> eachCases() {
        // electronics 1.03万亿元 >= 7000亿元 is met; equipment 5460亿元 < 7000亿元 is missed (78%)
        return Stream.of(
                Arguments.of("both parts met", List.of(outcome("ei", "2022", "1.03万亿元"),
                        outcome("equip", "2022", "9000亿元")), Status.ACHIEVED),
                Arguments.of("one part missed", List.of(outcome("ei", "2022", "1.03万亿元"),
                        outcome("equip", "2022", "5460亿元")), Status.MISSED),
                Arguments.of("one part unreported", List.of(outcome("ei", "2022", "1.03万亿元")), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachCases")
    void test_eachOf_oneVerdict_theEvaluators(String name, List<Outcome> outcomes, Status expected) {
        Verdict v = assertOneVerdictAsTheEvaluator(EACH, outcomes);
        if (expected != null) {
            assertThat(v.status()).isEqualTo(expected);
        } else {
            // an unreported part: never ACHIEVED, and never a partial verdict on the reported part alone
            assertThat(v.status()).isNotEqualTo(Status.ACHIEVED);
        }
        assertThat(v.line()).isEqualTo(outcomes.size());
    }

    @Test
    void test_eachOf_partsInterleavedWithOtherRows_stillOneVerdict_andOtherTargetsPerRow() {
        // "3-5家" with both sides: 6 firms is above the band (MISSED), where a one-sided band would be met
        Target band = Target.builder("band").indicators("firms").period("2022").requirement("3-5家")
                .sides(Sides.BOTH).build();
        List<Outcome> outcomes = List.of(outcome("ei", "2022", "1.03万亿元"), outcome("firms", "2022", "6家"),
                outcome("equip", "2022", "9000亿元"));
        List<Verdict> verdicts = stream(List.of(EACH, band), outcomes);
        assertThat(verdicts).extracting(Verdict::targetId).containsExactly("band", "each");
        Verdict perRow = verdicts.get(0);
        assertThat(perRow.line()).isEqualTo(2);
        assertThat(perRow.status()).isEqualTo(Status.MISSED)
                .isEqualTo(evaluator(band, List.of(outcomes.get(1))).status());
        assertThat(verdicts.get(1).status()).isEqualTo(Status.ACHIEVED).isEqualTo(evaluator(EACH, outcomes).status());
        assertThat(verdicts.get(1).line()).isEqualTo(3);
    }

    @Test
    void test_sumOfTwo_oneVerdict_theEvaluators() {
        Target sum = Target.builder("sum").indicators("ei", "equip").period("2022").requirement("突破1.2万亿元").build();
        // 5000 + 6000 = 11000亿元 < 12000亿元: MISSED; each row alone would be a partial sum
        Verdict v = assertOneVerdictAsTheEvaluator(sum, List.of(outcome("ei", "2022", "5000亿元"),
                outcome("equip", "2022", "6000亿元")));
        assertThat(v.status()).isEqualTo(Status.MISSED);
    }

    @Test
    void test_relativeChange_judgedOnBothYears_notOnTheLevel() {
        // "净增1000家": 4579 − 3800 = 779 < 1000, MISSED; the level 4579 alone would read as met
        Target net = Target.builder("net").indicators("firms").period("2022").requirement("净增1000家")
                .relation(Relation.sincePrevious()).build();
        Verdict v = assertOneVerdictAsTheEvaluator(net, List.of(outcome("firms", "2021", "3800家"),
                outcome("firms", "2022", "4579家")));
        assertThat(v.status()).isEqualTo(Status.MISSED);
        // 4579 − 3400 = 1179 >= 1000, ACHIEVED
        assertThat(assertOneVerdictAsTheEvaluator(net, List.of(outcome("firms", "2022", "4579家"),
                outcome("firms", "2021", "3400家"))).status()).isEqualTo(Status.ACHIEVED);
        // last year's level unreported: the evaluator's NO_DATA, not a verdict on the level
        assertThat(assertOneVerdictAsTheEvaluator(net, List.of(outcome("firms", "2022", "4579家"))).status())
                .isEqualTo(Status.NO_DATA);
    }

    @Test
    void test_comparisonWithAnotherIndicator_readsThatIndicatorsOutcomes() {
        // income 5.3% − growth 4.7% = 0.6 points >= 0: ACHIEVED ("与经济增长保持同步")
        Target inStep = Target.builder("inc").indicators("income").period("2022").requirement("0个百分点")
                .relation(Relation.comparedWith("growth")).build();
        Verdict v = assertOneVerdictAsTheEvaluator(inStep, List.of(outcome("growth", "2022", "4.7%"),
                outcome("income", "2022", "5.3%")));
        assertThat(v.status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void test_incrementThatNamesItsTotal_derivedFromTheTotals_asTheEvaluator() {
        // no increment reported: 4579 − 3400 = 1179 new firms >= 1000, from the totals at both ends
        Target t = Target.builder("new").indicators("new-firms").period("2022").requirement("1000家").build();
        List<Outcome> outcomes = List.of(outcome("firms", "2021", "3400家"), outcome("firms", "2022", "4579家"));
        Verdict v = assertOneVerdictAsTheEvaluator(t, outcomes);
        assertThat(v.status()).isEqualTo(evaluator(t, outcomes).status());
    }
}
