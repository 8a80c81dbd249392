package dev.attain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.Tracker;
import dev.attain.eval.Scorecard;
import dev.attain.report.ConsoleReport;
import dev.attain.report.HtmlReport;
import dev.attain.report.MarkdownReport;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console and Markdown reports over the flagship dataset (the Jiangxi folder) as of
 * 2023-06-30: grouped by plan and period with shortfalls first, targets without data collapsed
 * into one line per group, the roll-ups with their numbers, what was reported without a target,
 * and a closing summary computed from the data.
 */
class FlagshipReportsTest {

    private static Tracker tracker;
    private static Scorecard card;

    @BeforeAll
    static void evaluate() {
        tracker = Tracker.load(ExampleSupport.FLAGSHIP);
        card = tracker.evaluate(LocalDate.of(2023, 6, 30));
    }

    private static String console() {
        return ConsoleReport.of(Locale.CHINESE).withDataset(tracker.dataset()).render(card);
    }

    private static String markdown() {
        return MarkdownReport.of(Locale.CHINESE).withDataset(tracker.dataset()).render(card);
    }

    @Test
    void test_console_groupsByPlanAndPeriod_shortfallsFirst_thenAchieved_thenTheCollapsedLine() {
        List<String> lines = Arrays.asList(console().split("\n"));
        List<String> groups = lines.stream().filter(l -> l.startsWith("■ ")).toList();
        assertThat(groups).hasSize(6);
        assertThat(groups.get(0)).isEqualTo("■ 2020年工作要点 · 003_e4ac14dd2e8239c0.txt（2020-04-07） · 2020（共42项目标：✗1 ✓7 -34）");
        assertThat(groups.get(1)).isEqualTo("■ 2022年工信工作会议 · 001_a4206e351c277bd7.txt（2022-01-18） · 2022（共10项目标：?1 ✓1 -8）");
        assertThat(groups.get(5)).startsWith("■ 工业强省意见 · 002_957c925e5307aa20.txt（2023-02-01） · 2025");
        int first = lines.indexOf(groups.get(0));
        assertThat(lines.get(first + 1)).startsWith("  ✗ 未完成    虚拟现实（VR）产业营业…");
        assertThat(lines.get(first + 2)).isEqualTo("              ↳ 要求突破200亿元，未完成：实际值200亿元恰在界限上，未超过；完成度100.0%");
        assertThat(lines.get(first + 3)).startsWith("  ✓ 已完成    有色金属产业营业收入");
        assertThat(lines.get(first + 17)).startsWith("  - 34项目标暂无实际值：建材产业营业收入、石化产业营业收入、").endsWith("…");
        assertThat(lines.get(first + 18)).isEmpty();
        // the 2022 plan: the goal on each of two industries is undecided (electronics passed,
        // equipment not reported), before the achieved one, and its reason says what it waits for
        int second = lines.indexOf(groups.get(1));
        assertThat(lines.get(second + 1)).startsWith("  ? 无法判定  电子信息产业营业收入+装…   突破7000亿元             -        -");
        assertThat(lines.get(second + 2)).startsWith("              ↳ 还需装备制造产业营业收入（equip-revenue）的数据");
        assertThat(lines.get(second + 3)).startsWith("  ✓ 已完成    新建5G基站数");
        assertThat(console()).doesNotContain("- 暂无数据  ");
    }

    @Test
    void test_console_listsEveryTargetWithoutData_whenAsked() {
        String all = ConsoleReport.of(Locale.CHINESE).withDataset(tracker.dataset()).withNoDataListed(true).render(card);
        assertThat(all.lines().filter(l -> l.startsWith("  - 暂无数据  "))).hasSize(47);
        assertThat(all).doesNotContain("项目标暂无实际值：");
    }

    @Test
    void test_console_rollUps_byPlanTagAndCommitment_withTheirNumbers() {
        String text = console();
        assertThat(text).contains("规则：最差状态取组内最严重的状态；规模加权完成度 = 有完成度的目标的实际值之和 ÷ 目标值之和");
        // the 2022 plan: only the 5G target has an attainment (2万 ÷ 1万 = 200.0%); the goal on each
        // of two industries has none, being undecided
        assertThat(text).containsPattern("\n  2020年工作要点 · 2020 +42 +8 +✗1 ✓7 -34 +单位不一 +✗ 未完成\n")
                .containsPattern("\n  2022年工信工作会议（2022-01-18） · 2022 +10 +2 +\\?1 ✓1 -8 +200\\.0% +- 暂无数据\n")
                .containsPattern("\n  江西省通信管理局年度目标 · 2022 +1 +1 +✓1 +111\\.1% +✓ 已完成\n");
        // 2+6+N: the six with an attainment, Σ reported > 7000+5000+1000+200+4400+1200 = 18800亿
        // against Σ required 7000+5000+1000+200+4000+1200 = 18400亿: > 102.17%, written >102.1%;
        // the undecided goal on electronics and equipment counts, has no attainment, and is the
        // worst of the 装备制造 tag (INDETERMINATE is worse than ACHIEVED)
        assertThat(text).containsPattern("\n  2\\+6\\+N +17 +7 +✗1 \\?1 ✓5 -10 +>102\\.1% +✗ 未完成\n")
                .containsPattern("\n  装备制造 +2 +2 +\\?1 ✓1 +110\\.0% +\\? 无法判定\n")
                .containsPattern("\n  - 其余19个标签的目标均暂无实际值：建材、石化、");
        assertThat(text).containsPattern("\n  预期性 +36 +3 +✓3 -33 +单位不一 +- 暂无数据\n")
                .containsPattern("\n  力争 +22 +8 +✗1 \\?1 ✓6 -14 +单位不一 +✗ 未完成\n");
    }

    @Test
    void test_console_whatWasReported_latestPerIndicatorAndScope_andTheClosingSummary() {
        String text = console();
        String section = text.substring(text.indexOf("实际报告的数值（无对应目标）"), text.indexOf("\n结论\n"));
        assertThat(section).containsPattern("\n  电子信息产业营业收入 +2021 +突破6000亿元 +2023-02-01 +2\n")
                .containsPattern("\n  装备制造产业营业收入 +2021 +5460亿元 +2022-02-11 +2\n")
                .containsPattern("\n  规模以上工业增加值增长率 +2022 +7\\.1% +2023-02-01 +3\n")
                .containsPattern("\n  规模以上工业增加值增长率 +战略性新兴产业 +2021-H1 +44\\.2% +2021-07-26 +1\n")
                .containsPattern("\n  制造业增加值 +2022 +1\\.09万亿元 +2023-02-01 +1\n")
                .containsPattern("\n  全部工业增加值 +2021 +1万亿元以上 +2023-02-01 +1\n")
                .containsPattern("\n  5G基站累计开通数 +2022-09 +6\\.2万个 +2022-11-09 +3\n");
        assertThat(section).doesNotContain("有色金属产业营业收入").doesNotContain("812亿元");
        // wrapped at 100 columns (Chinese characters two wide) with a hanging indent
        assertThat(text).contains("\n结论\n  截至2023-06-30，58项目标中11项有实际值（✗ 未完成 1、? 无法判定 1、✓ 已完成 9）；47项暂无实际值。未\n"
                + "    完成、滞后或有风险：虚拟现实（VR）产业营业收入（2020）。另有60组实际值（指标与范围）没有对应目\n"
                + "    标，见“实际报告的数值”。\n");
    }

    @Test
    void test_markdown_sameGroups_collapsedLine_rollUps_andWhatWasReported() {
        String md = markdown();
        assertThat(md).startsWith("## 江西省工业规划目标与实际完成情况（2020—2025年）\n\n**截至2023-06-30的目标完成情况（共58项目标）**\n\n"
                + "有实际值11项：✗ 未完成 1、? 无法判定 1、✓ 已完成 9；暂无实际值47项\n\n"
                + "### 2020年工作要点 · 003\\_e4ac14dd2e8239c0.txt（2020-04-07） · 2020（共42项目标：✗1 ✓7 -34）\n\n"
                + "| 状态 | 指标 | 目标值 | 实际值 | 完成度 | 原因 |\n|---|---|---:|---:|---:|---|\n"
                + "| ✗ 未完成 | 虚拟现实（VR）产业营业收入 | 突破200亿元 | 200亿元 | 100.0% | 要求突破200亿元，未完成：实际值200亿元恰在界限上，未超过；完成度100.0% |\n"
                + "| ✓ 已完成 | 有色金属产业营业收入 |");
        assertThat(md).contains("| ? 无法判定 | 电子信息产业营业收入+装备制造产业营业收入 | 突破7000亿元 | - | - |"
                + " 还需装备制造产业营业收入（equip-revenue）的数据（要求对电子信息产业营业收入（ei-revenue）（已完成：1.03万亿元，完成度147.1%）、"
                + "装备制造产业营业收入（equip-revenue）（暂无数据）分别适用） |\n");
        assertThat(md).contains("\n\n34项目标暂无实际值：建材产业营业收入、石化产业营业收入、");
        assertThat(md).contains("\n| 2+6+N | 17 | 7 | ✗1 ?1 ✓5 -10 | \\>102.1% | ✗ 未完成 |\n")
                .contains("\n| 力争 | 22 | 8 | ✗1 ?1 ✓6 -14 | 单位不一 | ✗ 未完成 |\n")
                .contains("\n| 2020年工作要点 · 2020 | 42 | 8 | ✗1 ✓7 -34 | 单位不一 | ✗ 未完成 |\n");
        assertThat(md).contains("\n### 实际报告的数值（无对应目标）\n\n")
                .contains("\n| 电子信息产业营业收入 |  | 2021 | 突破6000亿元 | 2023-02-01 | 002\\_957c925e5307aa20.txt | 2 |\n")
                .contains("\n| 装备制造产业营业收入 |  | 2021 | 5460亿元 | 2022-02-11 |"
                        + " 大江网（孙以聪）：去年江西装备制造业营收突破五千亿元 提前两年完成目标任务 | 2 |\n");
        assertThat(md).endsWith("### 结论\n\n截至2023-06-30，58项目标中11项有实际值（✗ 未完成 1、? 无法判定 1、✓ 已完成 9）；47项暂无实际值。"
                + "未完成、滞后或有风险：虚拟现实（VR）产业营业收入（2020）。另有60组实际值（指标与范围）没有对应目标，见“实际报告的数值”。\n");
    }

    @Test
    void test_html_sameGroups_foldedNoData_rollUps_andWhatWasReported() {
        String html = HtmlReport.of(Locale.CHINESE).withThresholds(tracker.evaluator().thresholds())
                .withHistory(tracker.dataset()).render(card);
        assertThat(html).contains("<h1>江西省工业规划目标与实际完成情况（2020—2025年）</h1>");
        List<String> plans = Pattern.compile("<details class=\"plan[^\"]*\" id=\"plan-\\d+\"[^>]*>\n<summary>([^<]*)</summary>")
                .matcher(html).results().map(m -> m.group(1)).toList();
        assertThat(plans).hasSize(6);
        assertThat(plans.get(0)).isEqualTo("2020年工作要点 · 003_e4ac14dd2e8239c0.txt（2020-04-07） · 2020（共42项目标：✗1 ✓7 -34）");
        assertThat(html).contains("<details class=\"plan has-shortfall\" id=\"plan-1\" data-worst=\"MISSED\" open>")
                .contains("<details class=\"plan\" id=\"plan-2\" data-worst=\"NO_DATA\">");
        assertThat(html).contains("<details class=\"no-data\">\n<summary>34项目标暂无实际值：建材产业营业收入、石化产业营业收入、");
        // the goal on each of two industries shows each part's verdict and figures on its card
        assertThat(html).contains("<dl class=\"figures part s-ACHIEVED\"><div><dt>电子信息产业营业收入</dt><dd>✓ 已完成</dd></div>"
                + "<div><dt>实际值</dt><dd>1.03万亿元</dd></div><div><dt>完成度</dt><dd>147.1%</dd></div></dl>")
                .contains("<dl class=\"figures part s-NO_DATA\"><div><dt>装备制造产业营业收入</dt><dd>- 暂无数据</dd></div>");
        assertThat(html).contains("<tr class=\"s-MISSED\"><td>2+6+N</td><td class=\"num\">17</td><td class=\"num\">7</td>"
                + "<td>✗1 ?1 ✓5 -10</td><td class=\"num\">&gt;102.1%</td><td class=\"status-label\">✗ 未完成</td></tr>");
        assertThat(html).contains("<tr data-indicator=\"ei-revenue\"><td>电子信息产业营业收入</td><td></td><td>2021</td>"
                + "<td class=\"num\">突破6000亿元</td><td>2023-02-01</td><td>002_957c925e5307aa20.txt</td><td class=\"num\">2</td></tr>");
    }

    @Test
    void test_summary_isComputed_notFixed_atAnEarlierDate() {
        Scorecard early = tracker.evaluate(LocalDate.of(2020, 12, 31));
        String text = ConsoleReport.of(Locale.CHINESE).withDataset(tracker.dataset()).render(early);
        assertThat(text.replace("\n    ", "")).contains("截至2020-12-31，58项目标中2项有实际值（✓ 已完成 2）；56项暂无实际值。没有未完成、滞后或有风险的目标。");
        assertThat(text).doesNotContain("五份文件");
    }
}
