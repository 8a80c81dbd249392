package dev.attain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs {@link JiangxiAsOfStory} on the flagship's data and checks the counts at each date and what changed. */
class JiangxiAsOfStoryTest {

    @Test
    void test_defaultDates_countsAtEachDate() {
        String out = Console.succeed(JiangxiAsOfStory::run);
        assertThat(out).startsWith("江西省工业规划目标与实际完成情况（2020—2025年）\n各日期的目标完成情况\n\n");
        assertThat(out).containsPattern("\n2020-12-31 +58 +2 +0 +0 +2 +56\n")
                .containsPattern("\n2021-07-31 +58 +7 +1 +0 +6 +51\n")
                .containsPattern("\n2022-12-31 +58 +10 +1 +0 +9 +48\n")
                .containsPattern("\n2023-06-30 +58 +11 +1 +1 +9 +47\n");
        assertThat(out).contains("\n评估日期    目标数  有数据  ✗ 未完成  ? 无法判定  ✓ 已完成  - 暂无数据\n");
    }

    @Test
    void test_defaultDates_whichTargetsChangedAndWhy() {
        String out = Console.succeed(JiangxiAsOfStory::run);
        assertThat(out).contains("\n2020-12-31 → 2021-07-31：5项目标改变状态\n"
                + "  虚拟现实（VR）产业营业收入 2020：- 暂无数据 → ✗ 未完成（要求突破200亿元，未完成：实际值200亿元恰在界限上，未超过；完成度100.0%）\n");
        assertThat(out).contains("\n2021-07-31 → 2022-12-31：3项目标改变状态\n"
                + "  装备制造产业营业收入 2020：- 暂无数据 → ✓ 已完成（要求4000亿元以上，已完成；完成度110.0%）\n");
        assertThat(out).endsWith("\n2022-12-31 → 2023-06-30：1项目标改变状态\n"
                + "  电子信息产业营业收入+装备制造产业营业收入 2022：- 暂无数据 → ? 无法判定（还需装备制造产业营业收入（equip-revenue）的数据"
                + "（要求对电子信息产业营业收入（ei-revenue）（已完成：1.03万亿元，完成度147.1%）、装备制造产业营业收入（equip-revenue）（暂无数据）分别适用））\n");
    }

    @Test
    void test_laterDate_theVrFigureOf2022_publishedInOctober2023() {
        String out = Console.succeed(JiangxiAsOfStory::run, "2023-06-30", "2023-12-31", "--lang", "en");
        assertThat(out).contains("2023-06-30 → 2023-12-31: 1 target changed status\n"
                + "  Virtual reality (VR) industry revenue 2022: - no data → ✓ achieved");
    }

    @Test
    void test_badArguments_exitCode2() {
        for (String[] args : List.of(new String[] {"2023-06-30"}, new String[] {"2023-06-30", "2022-12-31"},
                new String[] {"2023-02-30", "2023-06-30"}, new String[] {"--lang", "fr"})) {
            Console c = new Console();
            assertThat(JiangxiAsOfStory.run(args, c.out, c.err)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(c.out()).isEmpty();
            assertThat(c.err()).contains("usage: JiangxiAsOfStory");
        }
    }
}
