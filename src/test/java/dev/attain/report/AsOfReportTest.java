package dev.attain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.attain.eval.Evaluator;
import dev.attain.eval.Scorecard;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The as-of report on the fixture dataset: counts at each date, changes with their reason, bad input refused. */
class AsOfReportTest {

    @Test
    void test_render_countsAndChanges() {
        Evaluator evaluator = Evaluator.defaults();
        Scorecard before = evaluator.evaluate(Fixtures.dataset(), LocalDate.of(2022, 12, 31));
        Scorecard after = evaluator.evaluate(Fixtures.dataset(), LocalDate.of(2023, 3, 1));
        String text = AsOfReport.of(Locale.ENGLISH).render(List.of(before, after));
        assertThat(text).startsWith("The scorecard at each date\n\nAs of ");
        assertThat(text).contains("\n2022-12-31 → 2023-03-01: ");
        assertThat(text).contains("Electronics industry revenue + Equipment manufacturing revenue 2022: - no data → ✓ achieved"
                + " (the requirement > CNY 700 billion is met; attainment ≥ 147.1%)\n");
        for (String line : text.split("\n")) {
            assertThat(line).doesNotEndWith(" ");
        }
    }

    @Test
    void test_render_needsTwoScorecardsInOrder() {
        Scorecard a = Evaluator.defaults().evaluate(Fixtures.dataset(), LocalDate.of(2023, 3, 1));
        Scorecard b = Evaluator.defaults().evaluate(Fixtures.dataset(), LocalDate.of(2022, 3, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> AsOfReport.of(Locale.ENGLISH).render(List.of(a)))
                .withMessage("two or more scorecards are needed to tell what changed; got 1");
        assertThatIllegalArgumentException().isThrownBy(() -> AsOfReport.of(Locale.ENGLISH).render(List.of(a, b)))
                .withMessage("scorecards[1] is as of 2022-03-01, not after scorecards[0] (2023-03-01)");
    }
}
