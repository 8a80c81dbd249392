package dev.attain.eval;

import static dev.attain.eval.Fixtures.dataset;
import static dev.attain.eval.Fixtures.outcome;
import static dev.attain.eval.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.attain.model.Baseline;
import dev.attain.model.Dataset;
import dev.attain.model.Period;
import dev.attain.quantity.Figure;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The decisive reason, the one a report read at a glance shows: the reason the Narrator wrote
 * as the verdict, found by the evaluation's structure, never by its words.
 */
class DecisiveReasonTest {

    /**
     * The words by which the verdicts are written today, per status: an oracle kept here only,
     * to check on every golden case that the reason marked as the verdict is the one that says it.
     */
    private static List<String> wordsToday(Status s) {
        switch (s) {
            case ACHIEVED:
                return List.of("已完成", "提前实现");
            case MISSED:
                return List.of("未完成", "无法完成");
            case INDETERMINATE:
                return List.of("无法判定", "可能完成也可能未完成");
            case NOT_COMPARABLE:
                return List.of("无法比较");
            case NO_DATA:
                return List.of("尚无");
            default:
                return List.of(Narrator.wordZh(s));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.attain.eval.GoldenTableTest#cases")
    void test_decisiveReason_isTheVerdict_everyGoldenCase(GoldenTableTest.Case k) {
        Evaluation e = Fixtures.evaluate(k.evaluator(), k.dataset(), k.asOf());
        ImmutableList<String> zh = e.reasons(Locale.CHINESE);
        String decisive = e.decisiveReason(Locale.CHINESE).orElseThrow();
        assertThat(zh).as("%s: %s", k.rule(), zh).contains(decisive);
        assertThat(wordsToday(e.status())).as("%s: %s", decisive, zh).anyMatch(decisive::contains);
        // the same reason in English: same place in the list
        assertThat(e.reasons().indexOf(e.decisiveReason(Locale.ENGLISH).orElseThrow()))
                .isEqualTo(zh.indexOf(decisive));
    }

    @Test
    void test_decisiveReason_sum_isTheVerdict_notTheLastPart() {
        Dataset sum = dataset(target("jx-2022-ei-equip", "2022", "突破7000亿元", "ei", "equip").build(),
                outcome("ei", "2022", "1.03万亿元", "2023-02-01"));
        Evaluation e = Fixtures.evaluate(sum, "2023-03-01");
        assertThat(e.decisiveReason(Locale.CHINESE)).contains("要求突破7000亿元，已完成；完成度≥147.1%");
        assertThat(e.decisiveReason(Locale.ENGLISH)).contains(e.reasons().get(2));
    }

    /**
     * "突破200亿元" (more than 200亿) reported as "达到200亿元" (exactly 200亿): 200 is not more than
     * 200, so MISSED, yet the attainment is 200 ÷ 200 = 100.0%; the verdict says why, or a reader
     * sees "未完成" beside "100.0%" and cannot tell. A value inside the region (201亿) says nothing
     * of the bound.
     */
    @Test
    void test_decisiveReason_onTheOpenBound_saysItReachesButDoesNotPass() {
        Evaluation e = Fixtures.evaluate(dataset(target("vr-2020", "2020", "突破200亿元", "ei").build(),
                outcome("ei", "2020", "达到200亿元", "2021-01-21")), "2021-02-01");
        assertThat(e.status()).isEqualTo(Status.MISSED);
        assertThat(e.decisiveReason(Locale.CHINESE))
                .contains("要求突破200亿元，未完成：实际值200亿元恰在界限上，未超过；完成度100.0%");
        assertThat(e.decisiveReason(Locale.ENGLISH).orElseThrow()).contains("reaches the bound but does not pass it");
        Evaluation below = Fixtures.evaluate(dataset(target("vr-2020", "2020", "突破200亿元", "ei").build(),
                outcome("ei", "2020", "199亿元", "2021-01-21")), "2021-02-01");
        assertThat(below.decisiveReason(Locale.CHINESE).orElseThrow()).doesNotContain("界限");
    }

    @Test
    void test_decisiveReason_running_isTheBand_notTheProjectionAfterIt() {
        Dataset running = dataset(target("va-2025", "2025", "1.3万亿元", "va").baseline(Baseline.of(Period.ofYear(2021), Figure.parse("1万亿元"))).build(),
                outcome("va", "2022", "1.05万亿元", "2023-02-01"), outcome("va", "2023", "1.12万亿元", "2024-02-01"));
        Evaluation e = Fixtures.evaluate(running, "2024-03-01");
        ImmutableList<String> zh = e.reasons(Locale.CHINESE);
        String decisive = e.decisiveReason(Locale.CHINESE).orElseThrow();
        assertThat(decisive).contains("进度比").contains(Narrator.wordZh(e.status()));
        // the projection follows the verdict, so the last reason is not the decisive one
        assertThat(zh.get(zh.size() - 1)).contains("数据点");
        assertThat(zh.indexOf(decisive)).isLessThan(zh.size() - 1);
    }

    @Test
    void test_decisiveReason_givenReasons_isTheFirst_andEmptyWithNone() {
        Evaluation e = Fixtures.evaluate(dataset(target("va-2022", "2022", "7000亿元", "va").build(),
                outcome("va", "2022", "7100亿元", "2023-02-01")), "2023-05-01");
        Evaluation given = Evaluation.of(e.target(), e.indicators(), e.status(), e.required(), e.actual(),
                e.attainment(), e.difference(), e.gap(), e.progress(), e.pace(), e.projection(), e.tier(),
                e.outcomes(), ImmutableList.of("first", "last"), ImmutableList.of("一", "二"));
        assertThat(given.decisiveReason(Locale.CHINESE)).contains("一");
        assertThat(given.decisiveReason(Locale.ENGLISH)).contains("first");
        Evaluation none = Evaluation.of(e.target(), e.indicators(), e.status(), e.required(), e.actual(),
                e.attainment(), e.difference(), e.gap(), e.progress(), e.pace(), e.projection(), e.tier(),
                e.outcomes(), ImmutableList.of(), ImmutableList.of());
        assertThat(none.decisiveReason(Locale.CHINESE)).isEqualTo(Optional.empty());
    }
}
