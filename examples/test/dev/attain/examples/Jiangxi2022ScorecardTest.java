package dev.attain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the flagship {@link Jiangxi2022Scorecard} and checks its key lines, its alignment and its HTML file. */
class Jiangxi2022ScorecardTest {

    @TempDir
    Path folder;

    private static List<String> rows(String out) {
        return Arrays.stream(out.split("\n")).filter(l -> l.startsWith("jx-")).toList();
    }

    @Test
    void test_defaultDate_tableAndCounts() {
        String out = Console.succeed(Jiangxi2022Scorecard::run);
        assertThat(out).startsWith("江西省工业规划目标与实际完成情况 — 数据：examples/data/jiangxi/jiangxi.json"
                + "（95个指标，54项目标，63条实际值）\n");
        assertThat(out).contains("截至2023-06-30的目标完成情况（共54项目标）");
        assertThat(rows(out)).hasSize(54);
        assertThat(rows(out)).filteredOn(l -> l.startsWith("jx-2022-ei-equip ")).singleElement().asString()
                .contains("突破7000亿元").contains("≥1.03万亿元").contains("≥147.1%").contains("✓ 已完成");
        assertThat(rows(out)).filteredOn(l -> l.startsWith("jx-2020-ei ")).singleElement().asString()
                .contains("突破5000亿元").contains("✓ 已完成");
        assertThat(out).containsPattern("\n  - 暂无数据 +52\n").containsPattern("\n  ✓ 已完成 +2\n");
        assertThat(out).contains("无未完成、滞后或有风险的目标。52项目标在五份文件中没有对应的实际值");
    }

    @Test
    void test_chineseColumnsLineUp() {
        Console c = new Console();
        Jiangxi2022Scorecard.run(new String[] {"2023-06-30"}, c.out, c.err);
        // the period column starts at the same terminal column on every row, whatever the
        // Chinese names before it, and so does the status column
        Pattern period = Pattern.compile("  (20\\d\\d)  ");
        Pattern status = Pattern.compile("  ([-✓✗!?~+] \\S+)");
        for (Pattern p : List.of(period, status)) {
            List<Integer> columns = rows(c.out()).stream().map(l -> {
                Matcher m = p.matcher(l);
                assertThat(m.find()).as(l).isTrue();
                return ExampleSupport.columns(l.substring(0, m.start(1)));
            }).distinct().toList();
            assertThat(columns).as("columns of " + p).hasSize(1);
        }
    }

    @Test
    void test_html_writtenWithABulletGraphPerTarget() throws Exception {
        Path file = folder.resolve("reports").resolve("jiangxi.html");
        Console c = new Console();
        int code = Jiangxi2022Scorecard.run(new String[] {"2023-06-30", "--html", file.toString()}, c.out, c.err);

        assertThat(code).isZero();
        assertThat(c.out()).endsWith("HTML报告已写入 " + file.toAbsolutePath() + "\n");
        assertThat(file).isRegularFile();
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(Pattern.compile("<svg class=\"bullet\"").matcher(html).results().count()).isEqualTo(54);
        assertThat(html).contains("jx-2022-ei-equip").contains("≥147.1%").doesNotContain("<script");
    }

    @Test
    void test_english() {
        Console c = new Console();
        assertThat(Jiangxi2022Scorecard.run(new String[] {"--lang", "en"}, c.out, c.err)).isZero();
        assertThat(c.out()).contains("Scorecard as of 2023-06-30 (54 targets)")
                .contains("Shortfalls (missed, off track, at risk): none. 52 targets have no matching outcome");
        assertThat(rows(c.out())).filteredOn(l -> l.startsWith("jx-2022-ei-equip ")).singleElement().asString()
                .contains("≥147.1%");
    }

    @Test
    void test_beforeAnyResult_noData() {
        Console c = new Console();
        assertThat(Jiangxi2022Scorecard.run(new String[] {"2021-01-01"}, c.out, c.err)).isZero();
        assertThat(c.out()).containsPattern("\n  - 暂无数据 +54\n");
    }

    @Test
    void test_badArguments_exitCode2() {
        for (String[] args : List.of(new String[] {"2023-13-45"}, new String[] {"--html"},
                new String[] {"--colour"}, new String[] {"2023-06-30", "2023-07-01"})) {
            Console c = new Console();
            assertThat(Jiangxi2022Scorecard.run(args, c.out, c.err)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(c.out()).isEmpty();
            assertThat(c.err()).contains("usage: Jiangxi2022Scorecard");
        }
        Console c = new Console();
        Jiangxi2022Scorecard.run(new String[] {"2023-13-45"}, c.out, c.err);
        assertThat(c.err()).startsWith("'2023-13-45' is not a valid date for the as-of date: expected an ISO date"
                + " YYYY-MM-DD, such as 2023-06-30\n");
    }
}
