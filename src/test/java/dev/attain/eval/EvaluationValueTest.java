package dev.attain.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.testing.EqualsTester;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An evaluation is a plain value: its equality, hash code and text are its verdict's and never
 * evaluate anything; its explanation is an object of its own, worked out when asked for.
 */
class EvaluationValueTest {

    private static final LocalDate AS_OF = LocalDate.of(2023, 3, 1);
    private static final Indicator VA = Indicator.builder("va", "增加值", Unit.CNY).build();
    private static final Dataset DATASET = Dataset.of(List.of(VA),
            List.of(Target.builder("t1").indicators("va").period("2022").requirement("100亿元").build()),
            List.of(Outcome.of("va", Scope.EMPTY, Period.ofYear(2022), Figure.parse("120亿元"), AS_OF.minusDays(10))));

    @Test
    void test_equalsHashCodeToString_neverWorkOutTheExplanation() {
        Evaluation e = Evaluator.defaults().evaluate(DATASET, AS_OF).evaluations().get(0);
        Evaluation real = Evaluator.defaults().evaluate(DATASET, AS_OF).evaluations().get(0);
        assertThat(e).isEqualTo(real).hasSameHashCodeAs(real);
        assertThat(e.toString()).contains("t1").contains("ACHIEVED");
        assertThat(e.explanation().workedOut()).isFalse();
        assertThat(real.explanation().workedOut()).isFalse();
        // only asking for a part of the explanation works it out
        assertThat(e.reasons()).isNotEmpty();
        assertThat(e.explanation().workedOut()).isTrue();
    }

    @Test
    void test_equalsAndHashCode_areTheVerdicts() {
        Scorecard card = Evaluator.defaults().evaluate(DATASET, AS_OF);
        Scorecard later = Evaluator.defaults().evaluate(DATASET, AS_OF.plusYears(1));
        Scorecard before = Evaluator.defaults().evaluate(DATASET, LocalDate.of(2022, 6, 1));
        new EqualsTester()
                .addEqualityGroup(card.evaluations().get(0), later.evaluations().get(0))
                .addEqualityGroup(before.evaluations().get(0))
                .testEquals();
        assertThat(card.evaluations().get(0).explanation()).isEqualTo(later.evaluations().get(0).explanation());
    }

    @Test
    void test_outcomes_anImmutableList() {
        Evaluation e = Evaluator.defaults().evaluate(DATASET, AS_OF).evaluations().get(0);
        assertThat(e.outcomes()).containsExactly(DATASET.outcomes().get(0));
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> e.outcomes().clear());
    }
}
