package dev.attain.testing;

import static dev.attain.testing.AttainAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.attain.Tracker;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.eval.Tier;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assertions pass and fail as they say, and their failures show the reasons. */
class AttainAssertionsTest {

    private static final Scope JX = Scope.of("region", "江西省");
    private static final LocalDate AS_OF = LocalDate.of(2023, 3, 1);

    private static Scorecard card() {
        Indicator ei = Indicator.builder("ei", "电子信息", Unit.CNY).nameEn("Electronics industry revenue").build();
        Indicator equip = Indicator.builder("equip", "装备", Unit.CNY).nameEn("Equipment industry revenue").build();
        Indicator growth = Indicator.builder("growth", "增速", Unit.PERCENT).nameEn("Growth").measure(Measure.RATE).build();
        Indicator share = Indicator.builder("share", "占比", Unit.PERCENT).nameEn("Share").measure(Measure.SHARE).build();
        List<Target> targets = List.of(
                Target.builder("sum").indicators("ei", "equip").scope(JX).period("2022").requirement("突破7000亿元").build(),
                Target.builder("equip").indicators("equip").scope(JX).period("2022").requirement("4000亿元").build(),
                Target.builder("growth").indicators("growth").scope(JX).period("2022").requirement("7%").build(),
                Target.builder("share").indicators("share").scope(JX).period("2022").requirement("40%")
                        .floor(Figure.parse("不低于40%")).stretch(Figure.parse("45%以上")).build());
        List<Outcome> outcomes = List.of(
                Outcome.of("ei", JX, Period.ofYear(2022), Figure.parse("1.03万亿元"), LocalDate.of(2023, 2, 1)),
                Outcome.of("equip", JX, Period.ofYear(2022), Figure.parse("3800亿元"), LocalDate.of(2023, 2, 1)),
                Outcome.of("growth", JX, Period.ofYear(2022), Figure.parse("增长7.1%"), LocalDate.of(2023, 2, 1)),
                Outcome.of("share", JX, Period.ofYear(2022), Figure.parse("42%"), LocalDate.of(2023, 2, 1)));
        return Tracker.of(Dataset.of(List.of(ei, equip, growth, share), targets, outcomes)).evaluate(AS_OF);
    }

    private static Evaluation evaluation(String id) {
        return card().evaluation(id).orElseThrow();
    }

    @Test
    void test_evaluation_passing() {
        // the sum target is evaluated with the equipment part as reported (3800亿): [1.41e12] ÷ 7e11 = 2.014…
        assertThat(evaluation("sum")).isAchieved().isNotShortfall().hasStatus(Status.ACHIEVED)
                .hasAttainmentAtLeast("1.47").hasAttainmentAtMost("2.1").hasNoGap()
                .hasReasonContaining("Equipment industry revenue (equip) reported");
        assertThat(evaluation("equip")).isMissed().isShortfall().hasAttainmentAtMost("0.95");
        assertThat(evaluation("growth")).isAchieved().hasDifference("0.1").hasNoAttainment();
        assertThat(evaluation("share")).isAchieved().hasTier(Tier.FLOOR).hasDifference("2");
    }

    @Test
    void test_evaluation_failureMessage_namesTheTargetAndShowsTheReasons() {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(evaluation("equip")).isAchieved())
                .withMessageContaining("Expected target equip to be ACHIEVED but was MISSED")
                .withMessageContaining("Equipment industry revenue (equip) reported CNY 380 billion for 2022")
                .withMessageContaining("the requirement ≥ CNY 400 billion is missed; attainment 95.0%");
    }

    @Test
    void test_evaluation_attainmentBoundsApplyToEveryValueOfTheInterval() {
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(evaluation("equip")).hasAttainmentAtLeast("0.96"))
                .withMessageContaining("to have an attainment of at least 0.96");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(evaluation("growth")).hasAttainmentAtLeast("1"))
                .withMessageContaining("to have an attainment but it has none")
                .withMessageContaining("0.1 pp ahead");
    }

    @Test
    void test_evaluation_otherFailures() {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(evaluation("sum")).hasNoData())
                .withMessageContaining("to be NO_DATA but was ACHIEVED");
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(evaluation("share")).hasTier(Tier.STRETCH))
                .withMessageContaining("to have reached tier STRETCH but had FLOOR")
                .withMessageContaining("floor ≥ 40% met; stretch ≥ 45% missed");
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(evaluation("equip")).hasNoGap())
                .withMessageContaining("to have no gap");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> assertThat(evaluation("growth")).hasReasonContaining("nothing like this"))
                .withMessageContaining("to have a reason containing \"nothing like this\"");
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat((Evaluation) null).isAchieved());
    }

    @Test
    void test_scorecard_passing() {
        assertThat(card()).hasCount(Status.ACHIEVED, 3).hasCount(Status.MISSED, 1).hasCount(Status.NO_DATA, 0)
                .hasEvaluation("sum");
        assertThat(card()).evaluation("growth").isAchieved();
    }

    @Test
    void test_scorecard_hasNoShortfalls_failureListsThemWithReasons() {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(card()).hasNoShortfalls())
                .withMessageContaining("Expected no shortfalls as of 2023-03-01 but found 1:")
                .withMessageContaining("equip: MISSED")
                .withMessageContaining("the requirement ≥ CNY 400 billion is missed");
    }

    @Test
    void test_scorecard_otherFailures() {
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(card()).hasCount(Status.MISSED, 0))
                .withMessageContaining("Expected 0 target(s) MISSED as of 2023-03-01 but found 1:")
                .withMessageContaining("equip: MISSED");
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(card()).hasEvaluation("nope"))
                .withMessageContaining("Expected an evaluation of target nope as of 2023-03-01 but the scorecard has none");
    }
}
