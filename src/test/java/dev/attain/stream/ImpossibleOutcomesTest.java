package dev.attain.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.attain.eval.Status;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An {@link OutcomeStream} does not judge what the dataset readers refuse on its own: a money
 * figure below zero, a final figure published before its period ended (issue 15, point 8).
 * Ranks below 1 and months such as 2022-13 cannot be made into an outcome at all.
 */
class ImpossibleOutcomesTest {

    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
    private static final Indicator EI = Indicator.builder("ei", "电子信息产业营业收入", Unit.CNY).build();
    private static final Indicator GROWTH = Indicator.builder("growth", "增速", Unit.PERCENT)
            .measure(dev.attain.model.Measure.RATE).build();
    private static final Dataset PLAN = Dataset.of(List.of(EI, GROWTH), List.of(
            Target.builder("t1").indicators(List.of("ei")).period(Period.ofYear(2022))
                    .requirement(Figure.parse("突破7000亿元")).build(),
            Target.builder("t2").indicators(List.of("growth")).period(Period.ofYear(2022))
                    .requirement(Figure.parse("5%")).build()), List.of());

    private static Outcome outcome(String indicator, String value, LocalDate published, OutcomeStatus status) {
        return new Outcome(indicator, Scope.EMPTY, Period.ofYear(2022), Figure.parse(value), published, status,
                Optional.empty());
    }

    @Test
    void test_fold_negativeMoney_failsNamingPositionAndField() {
        List<Outcome> outcomes = List.of(outcome("ei", "1.03万亿元", LocalDate.of(2023, 2, 1), OutcomeStatus.FINAL),
                outcome("ei", "-5亿元", LocalDate.of(2023, 2, 1), OutcomeStatus.FINAL));
        assertThatExceptionOfType(RowException.class)
                .isThrownBy(() -> OutcomeStream.of(PLAN, AS_OF).fold(outcomes.iterator()))
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo("value");
                })
                .withMessageContaining("line 2, field 'value': outcome of ei for 2022: '-5亿元' is below zero, but"
                        + " indicator 'ei' (money in 'CNY') cannot be negative");
    }

    @Test
    void test_fold_collecting_countsTheImpossibleAsRejected_andJudgesTheRest() {
        List<Outcome> outcomes = List.of(
                outcome("ei", "-5亿元", LocalDate.of(2023, 2, 1), OutcomeStatus.FINAL),
                outcome("ei", "1.03万亿元", LocalDate.of(2022, 3, 1), OutcomeStatus.FINAL),
                outcome("growth", "下降2%", LocalDate.of(2023, 2, 1), OutcomeStatus.FINAL));
        Tally t = OutcomeStream.of(PLAN, AS_OF).collectingRejections(10).fold(outcomes.iterator());
        assertThat(t.rejected()).isEqualTo(2);
        assertThat(t.rejections()).extracting(RejectedRow::line, RejectedRow::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "value"),
                        org.assertj.core.groups.Tuple.tuple(2L, "published"));
        assertThat(t.rejections().get(1).reason()).contains("a FINAL figure for 2022 published on 2022-03-01, before"
                + " the period ended on 2022-12-31");
        assertThat(t.count(Status.MISSED)).isEqualTo(1); // the growth rate may be negative: judged, -2% < 5%
        assertThat(t.count(Status.NO_DATA)).isEqualTo(1); // nothing possible was reported for t1
    }
}
