package dev.attain.examples;

import static dev.attain.testing.AttainAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.Tracker;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Status;
import dev.attain.io.DatasetFormat;
import dev.attain.io.DatasetReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test a statistician would write for the monthly job: run it on the real dataset into a
 * temporary folder, check the files and the verdicts with Attain's assertions, and check that the
 * job fails when a binding target is missed.
 */
class MonthlyReportJobTest {

    @TempDir
    Path folder;

    @Test
    void test_writesMarkdownAndCsv_andTheVerdictsAreTheExpectedOnes() throws Exception {
        MonthlyReportJob.Result result = MonthlyReportJob.run(ExampleSupport.tracker(), LocalDate.of(2023, 6, 30), folder);

        assertThat(result.exitCode()).isZero();
        assertThat(result.markdown()).isEqualTo(folder.resolve("scorecard-2023-06-30.md")).isRegularFile();
        assertThat(result.csv()).isEqualTo(folder.resolve("scorecard-2023-06-30.csv")).isRegularFile();
        assertThat(Files.readString(result.markdown(), StandardCharsets.UTF_8))
                .contains("| ? 无法判定 | 电子信息产业营业收入+装备制造产业营业收入 | 突破7000亿元 | - | - | 还需装备制造产业营业收入");
        assertThat(Files.readAllLines(result.csv(), StandardCharsets.UTF_8))
                .as("one row per target (a row's reasons may span lines within its cell)")
                .filteredOn(l -> l.startsWith("2023-06-30,")).hasSize(54);
        try (var files = Files.list(folder)) {
            assertThat(files).as("no temporary file left").hasSize(2);
        }

        assertThat(result.scorecard())
                .hasNoShortfalls()
                .hasCount(Status.ACHIEVED, 1)
                .hasCount(Status.INDETERMINATE, 1)
                .hasCount(Status.NO_DATA, 52)
                .hasCount(Status.MISSED, 0);
        assertThat(result.scorecard()).evaluation("jx-2022-ei-equip")
                .isIndeterminate()
                .hasReasonContaining("it waits for Equipment manufacturing industry revenue (equip-revenue)");
        Evaluation each = result.scorecard().evaluation("jx-2022-ei-equip").orElseThrow();
        assertThat(each).isIndeterminate().isNotShortfall();
        assertThat(each.parts().get(0)).isAchieved().hasAttainmentAtLeast("1.47").hasNoGap();
        assertThat(each.parts().get(1)).hasNoData();
        assertThat(result.scorecard()).evaluation("jx-2020-ei").isAchieved();
        assertThat(result.scorecard()).evaluation("jx-2025-va").hasNoData();
        assertThat(result.summary()).contains("BINDING targets MISSED: none");
    }

    @Test
    void test_defaultDate_isTheLastDayOfThePreviousMonth() {
        Clock clock = Clock.fixed(Instant.parse("2023-07-15T02:00:00Z"), MonthlyReportJob.ZONE);
        Console c = new Console();
        int code = MonthlyReportJob.run(new String[] {folder.toString()}, clock, c.out, c.err);

        assertThat(code).isZero();
        assertThat(c.out()).startsWith("Monthly report as of 2023-06-30: 54 targets\n")
                .contains("NO_DATA 52, INDETERMINATE 1, ACHIEVED 1");
        assertThat(folder.resolve("scorecard-2023-06-30.md")).isRegularFile();
        assertThat(MonthlyReportJob.previousMonthEnd(LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(MonthlyReportJob.previousMonthEnd(LocalDate.of(2023, 1, 31))).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void test_bindingTargetMissed_exitCode1() {
        Tracker tracker = Tracker.of(DatasetReader.defaults().read(new StringReader("""
                {
                  "indicators": [
                    {"id": "energy", "name": "单位工业增加值能耗", "unit": "吨", "polarity": "LOWER_IS_BETTER"},
                    {"id": "va", "name": "工业增加值", "unit": "CNY"}
                  ],
                  "targets": [
                    {"id": "energy-cap", "indicator": "energy", "period": "2022", "requirement": "不超过100万吨",
                     "commitment": "BINDING"},
                    {"id": "va-stretch", "indicator": "va", "period": "2022", "requirement": "1.2万亿元",
                     "commitment": "STRETCH"}
                  ],
                  "outcomes": [
                    {"indicator": "energy", "period": "2022", "value": "110万吨", "published": "2023-02-01"},
                    {"indicator": "va", "period": "2022", "value": "1.1万亿元", "published": "2023-02-01"}
                  ]
                }
                """), DatasetFormat.JSON, "binding.json"));

        MonthlyReportJob.Result result = MonthlyReportJob.run(tracker, LocalDate.of(2023, 2, 28), folder);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.bindingMissed()).extracting(e -> e.target().id()).containsExactly("energy-cap");
        assertThat(result.scorecard()).hasCount(Status.MISSED, 2);
        assertThat(result.scorecard()).evaluation("energy-cap").isMissed().hasAttainmentAtMost("0.91");
        assertThat(result.summary()).contains("BINDING targets MISSED: energy-cap MISSED");
    }

    @Test
    void test_badArguments_exitCode2() {
        Console c = new Console();
        Clock clock = Clock.systemUTC();
        assertThat(MonthlyReportJob.run(new String[0], clock, c.out, c.err)).isEqualTo(2);
        assertThat(MonthlyReportJob.run(new String[] {folder.toString(), "2023-02-30"}, clock, c.out, c.err))
                .isEqualTo(2);
        assertThat(c.err()).contains("'2023-02-30' is not a valid date");
    }
}
