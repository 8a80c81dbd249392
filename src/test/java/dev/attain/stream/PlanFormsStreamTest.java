package dev.attain.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Evaluator;
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
import org.junit.jupiter.api.Test;

/**
 * The streaming path and the forms of issue 15: targets on each of several indicators and
 * two-sided bands go through the evaluator and agree with it on every row; relative targets and
 * increments that name their total, which need two outcomes for one verdict, are refused by id
 * rather than judged wrongly.
 */
class PlanFormsStreamTest {

    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
    private static final Indicator EI = Indicator.builder("ei", "电子信息", Unit.CNY).build();
    private static final Indicator EQUIP = Indicator.builder("equip", "装备", Unit.CNY).build();
    private static final Indicator FIRMS = Indicator.builder("firms", "规上企业数", Unit.count("家"))
            .measure(Measure.LEVEL).build();
    private static final Indicator NEW_FIRMS = Indicator.builder("new-firms", "新增规上企业", Unit.count("家"))
            .measure(Measure.INCREMENT).total("firms").build();

    private static Outcome outcome(String indicator, String value) {
        return Outcome.of(indicator, Scope.EMPTY, Period.parse("2022"), Figure.parse(value), LocalDate.of(2023, 2, 1));
    }

    @Test
    void test_eachAndBothSides_goThroughTheEvaluator_andAgreeWithItOnEveryRow() {
        // "3-5家" with both sides: 6 firms is above the band (MISSED), where a one-sided band would be met
        List<Target> targets = List.of(
                Target.builder("each").indicators("ei", "equip").of(Aggregation.EACH).period("2022")
                        .requirement("突破7000亿元").build(),
                Target.builder("band").indicators("firms").period("2022").requirement("3-5家").sides(Sides.BOTH).build());
        Dataset plan = Dataset.of(List.of(EI, EQUIP, FIRMS), targets, List.of());
        List<Outcome> outcomes = List.of(outcome("ei", "1.03万亿元"), outcome("equip", "6500亿元"),
                outcome("firms", "6家"));
        List<Verdict> verdicts = new ArrayList<>();
        OutcomeStream.of(plan, AS_OF).forEach(outcomes.iterator(), verdicts::add);
        assertThat(verdicts).hasSize(3);
        for (Verdict v : verdicts) {
            Outcome o = outcomes.get((int) v.line() - 1);
            Target t = targets.stream().filter(x -> x.id().equals(v.targetId())).findFirst().orElseThrow();
            Evaluation e = Evaluator.defaults().evaluate(Dataset.of(plan.indicators(), List.of(t), List.of(o)), t.id(),
                    AS_OF);
            assertThat(v.status()).as("%s on %s", t.id(), o).isEqualTo(e.status());
        }
        assertThat(verdicts).filteredOn(v -> v.targetId().equals("band")).singleElement()
                .extracting(Verdict::status).isEqualTo(dev.attain.eval.Status.MISSED);
    }

    @Test
    void test_relativeTarget_isRefusedByIdRatherThanJudgedOnTheLevel() {
        // "净增1000家" judged on the level of 4579 firms would read as achieved: refused instead
        Target t = Target.builder("net").indicators("firms").period("2022").requirement("净增1000家")
                .relation(Relation.sincePrevious()).build();
        Dataset plan = Dataset.of(List.of(FIRMS), List.of(t), List.of());
        assertThatIllegalArgumentException().isThrownBy(() -> OutcomeStream.of(plan, AS_OF))
                .withMessageContaining("target net is relative (CHANGE)")
                .withMessageContaining("evaluate it with the Evaluator");
    }

    @Test
    void test_incrementThatNamesItsTotal_isRefusedById() {
        Target t = Target.builder("new").indicators("new-firms").period("2022").requirement("1000家").build();
        Dataset plan = Dataset.of(List.of(FIRMS, NEW_FIRMS), List.of(t), List.of());
        assertThatIllegalArgumentException().isThrownBy(() -> OutcomeStream.of(plan, AS_OF))
                .withMessageContaining("target new is on an increment that names its total ('firms')");
    }
}
