package dev.attain.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.eval.Evaluator;
import dev.attain.eval.Scorecard;
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

/**
 * "What was reported" lists the figures no target used: the totals an increment was derived
 * from were used by its verdict, so they are not listed as matching no target; a total of a
 * year no target needs still is.
 */
class ReportedTotalsTest {

    @Test
    void test_totalsUsedByADerivedIncrement_areNotListedAsUnmatched() {
        Scope jx = Scope.of("region", "江西省");
        Indicator firms = Indicator.builder("firms", "规上企业数", Unit.count("家")).nameEn("Enterprises")
                .measure(Measure.LEVEL).build();
        Indicator added = Indicator.builder("new-firms", "新增规上企业", Unit.count("家")).nameEn("New enterprises")
                .measure(Measure.INCREMENT).total("firms").build();
        Target t = Target.builder("new").indicators("new-firms").scope(jx).period("2022").requirement("300家").build();
        List<Outcome> outcomes = List.of(
                Outcome.of("firms", jx, Period.ofYear(2020), Figure.parse("4000家"), LocalDate.of(2021, 1, 25)),
                Outcome.of("firms", jx, Period.ofYear(2021), Figure.parse("4200家"), LocalDate.of(2022, 1, 25)),
                Outcome.of("firms", jx, Period.ofYear(2022), Figure.parse("4579家"), LocalDate.of(2023, 1, 20)));
        Dataset d = Dataset.of(List.of(firms, added), List.of(t), outcomes);
        Scorecard card = Evaluator.defaults().evaluate(d, LocalDate.of(2023, 6, 30));
        List<Overview.Reported> reported = Overview.of(card, d).reported();
        // the 2021 and 2022 totals were used; of the rest, the 2020 total is the latest
        assertThat(reported).singleElement().satisfies(r -> {
            assertThat(r.indicator().id()).isEqualTo("firms");
            assertThat(r.latest().period()).isEqualTo(Period.ofYear(2020));
            assertThat(r.points()).isEqualTo(1);
        });
    }
}
