package dev.attain.eval;

import static dev.attain.eval.Fixtures.dataset;
import static dev.attain.eval.Fixtures.outcome;
import static dev.attain.eval.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Baseline;
import dev.attain.model.Dataset;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.quantity.Figure;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Readable numbers in the reasons (issue 15, point 9): amounts rounded for display by the one
 * rule of {@link dev.attain.quantity.FigureFormat#forReading()}, English unit words, and the
 * wording where no attainment can be given; the exact values stay in the evaluation.
 */
class ReadableNumbersTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.attain.eval.GoldenTableTest#cases")
    void test_everyGoldenCase_noLongNumbers_noMeasureWordsInEnglish(GoldenTableTest.Case k) {
        Evaluation e = Fixtures.evaluate(k.evaluator(), k.dataset(), k.asOf());
        for (String r : e.reasons()) {
            // no raw digits such as "70914000000 USD": five or more digits run only with separators
            assertThat(r).doesNotContainPattern("(?<![\\d.,-])\\d{5,}(?![\\d-])");
            // no Chinese measure word after a number ("950000 吨", "1,000 家")
            assertThat(r).doesNotContainPattern("\\d \\p{IsHan}");
            // no more than four significant digits after a decimal point ("1.067789972372441")
            assertThat(r).doesNotContainPattern("\\d\\.\\d{5,}");
        }
        for (String r : e.reasons(Locale.CHINESE)) {
            assertThat(r).doesNotContainPattern("\\d\\.\\d{5,}");
        }
    }

    @Test
    void test_pathValue_roundedToFourDigits_exactInThePace() {
        // 1万亿 (2021) to 1.3万亿 (2025), compound: by 2022 the path expects 1万亿 × 1.3^(1/4)
        // = 1.067789972372441…万亿 (1.3^0.25 = 1.06778997…); the reason writes 1.068万亿元
        Dataset running = dataset(target("va-2025", "2025", "1.3万亿元", "va")
                .baseline(Baseline.of(Period.ofYear(2021), Figure.parse("1万亿元"))).pace(PaceModel.COMPOUND).build(),
                outcome("va", "2022", "1.05万亿元", "2023-02-01"));
        Evaluation e = Fixtures.evaluate(running, "2023-03-01");
        BigDecimal expected = e.pace().orElseThrow().expected();
        assertThat(expected.precision()).isGreaterThan(10);
        assertThat(expected.toPlainString()).startsWith("10677899723");
        assertThat(String.join("\n", e.reasons(Locale.CHINESE))).contains("应达1.068万亿元")
                .doesNotContain("1.0677");
        assertThat(e.reasonsText()).contains("expected CNY 1.068 trillion");
    }

    @Test
    void test_english_unitWords() {
        // 1,000 firms, not "1000 家"; 950,000 t, not "950000 吨"
        Evaluation firms = Fixtures.evaluate(dataset(target("firms-2022", "2022", "1000家以上", "new-firms").build(),
                outcome("new-firms", "2022", "1141家", "2023-02-01")), "2023-03-01");
        assertThat(firms.reasonsText()).contains("reported 1,141 firms for 2022").contains("≥ 1,000 firms");
        Evaluation energy = Fixtures.evaluate(dataset(target("energy-2022", "2022", "不超过100万吨", "energy-flow").build(),
                outcome("energy-flow", "2022", "95万吨", "2023-02-01")), "2023-03-01");
        assertThat(energy.reasonsText()).contains("reported 950,000 t for 2022").contains("≤ 1 million t");
        assertThat(energy.reasonsText(Locale.CHINESE)).contains("95万吨");
    }

    @Test
    void test_ceilingWithAReportedZero_neverSaysTheRequirementIsZero() {
        // a ceiling (lower is better) of 100万吨 with 0吨 reported: met, but required ÷ reported
        // has no value; the reason says the reported value is zero, not the requirement
        Evaluation e = Fixtures.evaluate(dataset(target("energy-2022", "2022", "不超过100万吨", "energy-flow").build(),
                outcome("energy-flow", "2022", "0吨", "2023-02-01")), "2023-03-01");
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        assertThat(e.attainment()).isEmpty();
        assertThat(e.reasonsText()).doesNotContain("requirement is zero").contains("the reported value is or may be zero");
        assertThat(e.reasonsText(Locale.CHINESE)).doesNotContain("要求值为零").contains("实际值为零");
    }
}
