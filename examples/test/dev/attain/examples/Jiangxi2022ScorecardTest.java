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

    /** The rows of targets: lines that start with two spaces and a status sign. */
    private static List<String> rows(String out) {
        return Arrays.stream(out.split("\n")).filter(l -> l.matches("  [-✓✗!?~+] \\S.*") && !l.matches("  - \\d.*|  - 其余.*")).toList();
    }

    @Test
    void test_defaultDate_titleCountsAndResultsOnTheFirstScreen() {
        String out = Console.succeed(Jiangxi2022Scorecard::run);
        assertThat(out).startsWith("江西省工业规划目标与实际完成情况（2020—2025年）\n截至2023-06-30的目标完成情况（共58项目标）\n"
                + "有实际值11项：✗ 未完成 1、? 无法判定 1、✓ 已完成 9；暂无实际值47项\n");
        assertThat(out).endsWith("  数据：examples/data/jiangxi/（98个指标，58项目标，88条实际值；来源见该目录的 README.md）\n");
        // a terminal of 100 columns and 30 lines: the results, and no row without data
        List<String> screen = Arrays.asList(out.split("\n")).subList(0, 30);
        assertThat(screen).filteredOn(l -> l.startsWith("  ✓ 已完成")).hasSizeGreaterThanOrEqualTo(7);
        assertThat(screen).filteredOn(l -> l.startsWith("  ? 无法判定")).singleElement().asString()
                .contains("电子信息产业营业收入+装").contains("突破7000亿元");
        assertThat(screen).filteredOn(l -> l.startsWith("  ✗ 未完成")).singleElement().asString()
                .contains("虚拟现实（VR）产业营业").contains("突破200亿元").contains("200亿元").contains("100.0%");
        assertThat(screen).noneMatch(l -> l.contains("- 暂无数据"));
        assertThat(screen).allMatch(l -> ExampleSupport.columns(l) <= 100);
        List<String> lines = Arrays.asList(out.split("\n"));
        int each = lines.indexOf(rows(out).stream().filter(l -> l.contains("电子信息产业营业收入+装")).findFirst().orElseThrow());
        assertThat(lines.get(each + 1)).startsWith("              ↳ 还需装备制造产业营业收入（equip-revenue）的数据");
    }

    @Test
    void test_chineseColumnsLineUp() {
        Console c = new Console();
        Jiangxi2022Scorecard.run(new String[] {"2023-06-30"}, c.out, c.err);
        // the required, reported and attainment columns end at the same terminal column on every
        // row, whatever the Chinese names before them
        Pattern attainment = Pattern.compile("([≥>]?\\d+\\.\\d%)$");
        List<Integer> ends = rows(c.out()).stream().filter(l -> attainment.matcher(l).find())
                .map(ExampleSupport::columns).distinct().toList();
        assertThat(ends).hasSize(1);
        assertThat(rows(c.out())).hasSize(11);
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
        assertThat(Pattern.compile("<svg class=\"bullet\"").matcher(html).results().count()).isEqualTo(58);
        assertThat(html).contains("jx-2022-ei-equip").contains("还需装备制造产业营业收入");
    }

    @Test
    void test_theCommandLine_printsWhatTheFlagshipPrints() throws Exception {
        // `attain evaluate examples/data/jiangxi --as-of DATE` gives the flagship's report (the
        // title, the groups, what was reported, the summary) without the flagship's closing line
        // naming the data; its HTML page is the flagship's page
        for (String lang : List.of("zh", "en")) {
            String flagship = Console.succeed(Jiangxi2022Scorecard::run, "2023-06-30", "--lang", lang);
            String cli = Console.succeed(dev.attain.cli.Attain::run, "evaluate", "examples/data/jiangxi", "--as-of",
                    "2023-06-30", "--lang", lang);
            assertThat(cli).startsWith("江西省工业规划目标与实际完成情况（2020—2025年）\n")
                    .contains(lang.equals("zh") ? "实际报告的数值" : "What was reported");
            assertThat(flagship).startsWith(cli);
            assertThat(flagship.substring(cli.length()).split("\n")).hasSize(1);
        }
        Path fromExample = folder.resolve("example.html");
        Path fromCli = folder.resolve("cli.html");
        Console.succeed(Jiangxi2022Scorecard::run, "2023-06-30", "--html", fromExample.toString());
        Console c = new Console();
        assertThat(dev.attain.cli.Attain.run(new String[] {"evaluate", "examples/data/jiangxi", "--as-of",
            "2023-06-30", "--format", "html", "--out", fromCli.toString()}, c.out, c.err)).isZero();
        assertThat(Files.readString(fromCli)).isEqualTo(Files.readString(fromExample));
    }

    @Test
    void test_listNoData_everyTargetWithoutData_onALineOfItsOwn() {
        Console c = new Console();
        assertThat(Jiangxi2022Scorecard.run(new String[] {"--list-no-data"}, c.out, c.err)).isZero();
        assertThat(c.out().lines().filter(l -> l.startsWith("  - 暂无数据  "))).hasSize(47);
        assertThat(c.out()).doesNotContain("项目标暂无实际值：");
        Console bad = new Console();
        assertThat(Jiangxi2022Scorecard.run(new String[] {"--list"}, bad.out, bad.err)).isEqualTo(2);
        assertThat(bad.err()).contains("unknown option '--list'").contains("[--list-no-data]");
    }

    @Test
    void test_english() {
        Console c = new Console();
        assertThat(Jiangxi2022Scorecard.run(new String[] {"--lang", "en"}, c.out, c.err)).isZero();
        // the summary is wrapped at 100 columns with a hanging indent: joined again, it reads as one sentence
        assertThat(c.out().replace("\n    ", " ")).contains("Scorecard as of 2023-06-30 (58 targets)")
                .contains("As of 2023-06-30, 11 of 58 targets have a reported figure (✗ missed 1, ? indeterminate 1,"
                        + " ✓ achieved 9);"
                        + " 47 have none. Missed, off track or at risk: Virtual reality (VR) industry revenue (2020).");
        assertThat(rows(c.out())).filteredOn(l -> l.matches(".*more than CNY 700 billion +- +-$"))
                .singleElement().asString().startsWith("  ? indeterminate");
    }

    @Test
    void test_beforeAnyResult_noData() {
        Console c = new Console();
        assertThat(Jiangxi2022Scorecard.run(new String[] {"2020-06-30"}, c.out, c.err)).isZero();
        assertThat(c.out()).contains("有实际值0项；暂无实际值58项\n")
                .contains("截至2020-06-30，58项目标中0项有实际值；58项暂无实际值。没有未完成、滞后或有风险的目标。");
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
