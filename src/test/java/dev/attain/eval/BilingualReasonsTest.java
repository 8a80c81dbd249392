package dev.attain.eval;

import static dev.attain.eval.Fixtures.dataset;
import static dev.attain.eval.Fixtures.outcome;
import static dev.attain.eval.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.collect.ImmutableList;
import dev.attain.model.Dataset;
import dev.attain.model.OutcomeStatus;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reasons in both languages: every case of the golden table has its Chinese reasons, one
 * for each English reason, written in Chinese with the amounts as bulletins write them.
 */
class BilingualReasonsTest {

    /** A run of three or more ASCII words: an English sentence left in a Chinese reason. */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}");

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.attain.eval.GoldenTableTest#cases")
    void test_reasonsZh_everyGoldenCase(GoldenTableTest.Case k) {
        Evaluation e = Fixtures.evaluate(k.evaluator(), k.dataset(), k.asOf());
        ImmutableList<String> en = e.reasons();
        ImmutableList<String> zh = e.reasons(Locale.CHINESE);
        assertThat(zh).as("reasons: %s", en).isNotEmpty().hasSameSizeAs(en);
        for (String r : zh) {
            assertThat(r).as("English reasons: %s", en).isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(ENGLISH_WORDS.matcher(r).find()).as("English words in %s", r).isFalse();
            // amounts by the Chinese figures format (亿, 万亿), never in raw digits with a unit code
            assertThat(r).doesNotContainPattern("(?<![\\d.])\\d{9,}").doesNotContain(" CNY", " pp", "place ");
        }
    }

    @Test
    void test_reasonsZh_sumTarget() {
        Dataset sum = dataset(target("jx-2022-ei-equip", "2022", "突破7000亿元", "ei", "equip").build(),
                outcome("ei", "2022", "1.03万亿元", "2023-02-01"));
        Evaluation e = Fixtures.evaluate(sum, "2023-03-01");
        assertThat(e.reasons(Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "电子信息产业营业收入（ei）2022年为1.03万亿元（2023-02-01发布，终值）",
                "装备工业营业收入（equip）2022年未报告，按≥0计",
                "要求突破7000亿元，已完成；完成度≥147.1%");
        assertThat(e.reasons(Locale.ENGLISH)).isEqualTo(e.reasons());
        assertThat(e.reasonsText(Locale.CHINESE)).isEqualTo(String.join("\n", e.reasons(Locale.CHINESE)));
        assertThat(e.reasonsText(Locale.US)).isEqualTo(e.reasonsText());
    }

    @Test
    void test_reasonsZh_noData() {
        Dataset sum = dataset(target("jx-2022-ei", "2022", "突破7000亿元", "ei").build(),
                outcome("ei", "2022", "1.03万亿元", "2023-02-01"));
        Evaluation e = Fixtures.evaluate(sum, "2023-01-31");
        assertThat(e.reasons(Locale.CHINESE)).containsExactly(
                "截至2023-01-31尚无电子信息产业营业收入（ei）在江西省2022年（或其中部分时期）的数据"
                        + "（首个数据于2023-02-01发布）");
    }

    @Test
    void test_reasonsZh_revision() {
        Dataset revision = dataset(target("va-2022", "2022", "7000亿元", "va").build(),
                outcome("va", "2022", "6900亿元", "2023-01-20", OutcomeStatus.PRELIMINARY),
                outcome("va", "2022", "7100亿元", "2023-04-01", OutcomeStatus.REVISED));
        Evaluation e = Fixtures.evaluate(revision, "2023-05-01");
        assertThat(e.reasons(Locale.CHINESE)).containsExactly(
                "规上工业增加值（va）2022年为7100亿元（2023-04-01发布，修订值）",
                "该数取代2023-01-20发布的初值6900亿元",
                "要求7000亿元以上，已完成；完成度101.4%");
    }

    @Test
    void test_constructor_reasonsOfDifferentSizes() {
        Evaluation e = Fixtures.evaluate(dataset(target("va-2022", "2022", "7000亿元", "va").build()), "2023-05-01");
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Evaluation.of(e.target(),
                e.indicators(), e.status(), e.required(), e.actual(), e.attainment(), e.difference(), e.gap(),
                e.progress(), e.pace(), e.projection(), e.tier(), e.outcomes(), e.reasons(), ImmutableList.of()));
    }

    @Test
    void test_constructor_englishOnly_servesBothLanguages() {
        Evaluation e = Fixtures.evaluate(dataset(target("va-2022", "2022", "7000亿元", "va").build()), "2023-05-01");
        Evaluation en = Evaluation.of(e.target(), e.indicators(), e.status(), e.required(), e.actual(),
                e.attainment(), e.difference(), e.gap(), e.progress(), e.pace(), e.projection(), e.tier(),
                e.outcomes(), e.reasons());
        assertThat(en.reasonsZh()).isEqualTo(e.reasons());
    }
}
