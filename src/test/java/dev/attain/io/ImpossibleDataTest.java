package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Data no plan or bulletin can hold is refused, each with its file, line, column, record and
 * field (issue 15, point 8): in a strict read an error lists every problem; in a lenient read
 * the record is left out and reported, nothing dropped silently.
 *
 * <p>Each test starts from {@link #BASE}, a valid dataset with a money, a rank and a growth-rate
 * indicator, and replaces one line.
 */
class ImpossibleDataTest {

    static final List<String> BASE = List.of(
            "{",
            "  \"indicators\": [",
            "    {\"id\": \"ei\", \"name\": \"电子信息产业营业收入\", \"unit\": \"CNY\"},",
            "    {\"id\": \"rank\", \"name\": \"全国排名\", \"unit\": \"rank\", \"measure\": \"RANK\","
                    + " \"polarity\": \"LOWER_IS_BETTER\"},",
            "    {\"id\": \"growth\", \"name\": \"规上工业增加值增速\", \"unit\": \"%\", \"measure\": \"RATE\"}",
            "  ],",
            "  \"targets\": [",
            "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\", \"requirement\": \"突破7000亿元\"}",
            "  ],",
            "  \"outcomes\": [",
            "    {\"indicator\": \"ei\", \"period\": \"2022\", \"value\": \"1.03万亿元\", \"published\": \"2023-02-01\"},",
            "    {\"indicator\": \"growth\", \"period\": \"2022\", \"value\": \"7.1%\", \"published\": \"2023-02-01\"}",
            "  ]",
            "}");

    static final int TARGET_LINE = 8;
    static final int OUTCOME_LINE = 11;
    static final int SECOND_OUTCOME_LINE = 12;

    @TempDir
    Path dir;

    private Path write(String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> with(int line, String text) {
        List<String> lines = new ArrayList<>(BASE);
        lines.set(line - 1, text);
        return lines;
    }

    /** The position prefix of a problem at {@code fragment} in line {@code line} of {@code text}. */
    private static String at(Path file, int line, String text, String fragment) {
        int column = text.indexOf(fragment) + 1;
        assertThat(column).as("fragment %s in %s", fragment, text).isPositive();
        return file + ":" + line + ":" + column + ": ";
    }

    /**
     * Writes {@link #BASE} with line {@code number} replaced, reads it strictly and asserts that
     * the error names the position of {@code fragment}, then {@code expected} (record, field and
     * the start of the message); reads it leniently and asserts that exactly that record is left
     * out and reported.
     */
    private DatasetException assertRefused(int number, String line, String fragment, String expected)
            throws IOException {
        Path file = write("plan.json", with(number, line));
        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.read(file));
        assertThat(e.getMessage()).contains(at(file, number, line, fragment) + expected);
        LoadReport lenient = Datasets.readLenient(file);
        assertThat(lenient.rejected()).hasSize(1);
        assertThat(lenient.rejected().get(0).line()).isEqualTo(number);
        assertThat(lenient.read()).isEqualTo(lenient.accepted() + lenient.rejectedCount());
        return e;
    }

    private static String outcome(String indicator, String period, String value, String published, String status) {
        return "    {\"indicator\": \"" + indicator + "\", \"period\": \"" + period + "\", \"value\": \"" + value
                + "\", \"published\": \"" + published + "\"" + (status.isEmpty() ? "" : ", \"status\": \"" + status
                + "\"") + "},";
    }

    private static String target(String rest) {
        return "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\", " + rest + "}";
    }

    // ---------------------------------------------------------------- conflicting figures

    @Test
    void test_read_twoFiguresForTheSameIndicatorScopePeriodDateAndStatus_bothRefusedEachNamingTheOther()
            throws IOException {
        List<String> lines = with(SECOND_OUTCOME_LINE, outcome("ei", "2022", "9000亿元", "2023-02-01", "FINAL")
                .replaceAll(",$", ""));
        Path file = write("plan.json", lines);
        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.read(file));
        String first = lines.get(OUTCOME_LINE - 1);
        String second = lines.get(SECOND_OUTCOME_LINE - 1);
        assertThat(e.getMessage())
                .contains(at(file, SECOND_OUTCOME_LINE, second, "\"9000亿元\"") + "outcomes[1] (ei 2022): field 'value':"
                        + " gives 9000亿元, but outcomes[0] (ei 2022) (" + file + ":" + OUTCOME_LINE + ":"
                        + (first.indexOf("\"1.03万亿元\"") + 1) + ") gives 1.03万亿元 for the same indicator, scope,"
                        + " period, publication date (2023-02-01) and status (FINAL): neither is kept")
                .contains(at(file, OUTCOME_LINE, first, "\"1.03万亿元\"") + "outcomes[0] (ei 2022): field 'value':"
                        + " gives 1.03万亿元, but outcomes[1] (ei 2022) (");
        LoadReport lenient = Datasets.readLenient(file);
        assertThat(lenient.dataset().outcomes()).isEmpty(); // neither wins: nothing says which is right
        assertThat(lenient.rejected()).extracting(Rejection::line).containsExactly(OUTCOME_LINE, SECOND_OUTCOME_LINE);
        assertThat(lenient.read()).isEqualTo(lenient.accepted() + lenient.rejectedCount());
    }

    @Test
    void test_read_sameFigureRepeated_orOtherStatusOrDate_isNoConflict() throws IOException {
        List<String> lines = new ArrayList<>(BASE);
        lines.set(SECOND_OUTCOME_LINE - 1, outcome("ei", "2022", "10300亿元", "2023-02-01", ""));
        lines.add(SECOND_OUTCOME_LINE, outcome("ei", "2022", "1.02万亿元", "2023-02-01", "PRELIMINARY"));
        lines.add(SECOND_OUTCOME_LINE + 1, outcome("ei", "2022", "1.04万亿元", "2023-06-01", "REVISED")
                .replaceAll(",$", ""));
        Dataset d = Datasets.read(write("plan.json", lines));
        assertThat(d.outcomes()).hasSize(4);
    }

    @Test
    void test_read_conflictInACsvTable_namesTheRows() throws IOException {
        write("plan.json", BASE);
        Path csv = write("outcomes.csv", List.of(
                "indicator,scope.region,period,value,published,status",
                "ei,江西,2021,8000亿元,2022-02-01,FINAL",
                "ei,湖南,2021,7000亿元,2022-02-01,FINAL",
                "ei,江西,2021,8100亿元,2022-02-01,FINAL"));
        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.read(dir));
        assertThat(e.getMessage())
                .contains(csv + ":4:4: row 3 (ei 2021): field 'value': gives 8100亿元, but row 1 (ei 2021) (" + csv
                        + ":2:4) gives 8000亿元")
                .contains(csv + ":2:4: row 1 (ei 2021): field 'value': gives 8000亿元, but row 3 (ei 2021)");
        assertThat(e.problems()).hasSize(2); // 湖南 is another scope
    }

    // ---------------------------------------------------------------- negative amounts

    @Test
    void test_read_negativeMoneyOutcome_isRefused() throws IOException {
        String line = outcome("ei", "2022", "-5亿元", "2023-02-01", "");
        assertRefused(OUTCOME_LINE, line, "\"-5亿元\"", "outcomes[0] (ei 2022): field 'value': '-5亿元' is below zero,"
                + " but indicator 'ei' (money in 'CNY') cannot be negative");
    }

    @Test
    void test_read_negativeGrowthRate_orNegativeMoneyWhereTheIndicatorSaysItCanBe_isRead() throws IOException {
        List<String> lines = with(SECOND_OUTCOME_LINE, outcome("growth", "2022", "下降5%", "2023-02-01", "")
                .replaceAll(",$", ""));
        lines.set(2, "    {\"id\": \"ei\", \"name\": \"利润总额\", \"unit\": \"CNY\", \"nonNegative\": false},");
        lines.set(OUTCOME_LINE - 1, outcome("ei", "2022", "-5亿元", "2023-02-01", ""));
        assertThat(Datasets.read(write("plan.json", lines)).outcomes()).hasSize(2);
    }

    @Test
    void test_read_negativeRequirementOnMoney_isRefused_notCalledZero() throws IOException {
        String line = target("\"requirement\": \"-5亿元\"");
        DatasetException e = assertRefused(TARGET_LINE, line, "\"-5亿元\"", "targets[0] (t1): field 'requirement':"
                + " '-5亿元' is below zero, but indicator 'ei' (money in 'CNY') cannot be negative");
        assertThat(e.getMessage()).doesNotContain("zero requirement");
    }

    @Test
    void test_read_negativeBaselineOnMoney_isRefused() throws IOException {
        String line = target("\"requirement\": \"7000亿元\", \"baseline\": {\"period\": \"2021\", \"value\": \"约-3亿元\"}");
        assertRefused(TARGET_LINE, line, "\"约-3亿元\"", "targets[0] (t1): field 'baseline.value': '约-3亿元' is below"
                + " zero");
    }

    // ---------------------------------------------------------------- ranks

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "第0位   | a rank is a place counted from 1, found 0",
        "第-3位  | a rank is a place counted from 1, found -3",
        "第2.5位 | a rank is a whole place, found 2.5",
        "前0     | a rank is a place counted from 1, found 0: 前N names the first N places",
        "1nd     | is not an ordinal: 1 is written 1st",
        "第3-0位 | a rank is a place counted from 1, found 0",
        "第0-3位 | a rank is a place counted from 1, found 0"})
    void test_read_impossibleRank_isRefused(String rank, String expected) throws IOException {
        String line = outcome("rank", "2022", rank, "2023-02-01", "");
        assertRefused(OUTCOME_LINE, line, "\"" + rank + "\"", "outcomes[0] (rank 2022): field 'value': Figure '" + rank
                + "' cannot be parsed at index ");
        Path file = dir.resolve("plan.json");
        assertThat(assertThrows(DatasetException.class, () -> Datasets.read(file)).getMessage()).contains(expected);
    }

    @Test
    void test_read_possibleRanks_areRead() throws IOException {
        for (String rank : List.of("第1位", "前10", "1st", "2nd", "3rd", "11th", "12th", "21st", "102nd", "第3-5位")) {
            Path file = write("plan.json", with(OUTCOME_LINE, outcome("rank", "2022", rank, "2023-02-01", "")));
            assertThat(Datasets.read(file).outcomes()).as(rank).hasSize(2);
        }
    }

    // ---------------------------------------------------------------- quotas

    private static final String SCHEDULE = "\"requirement\": \"7000亿元\", \"schedule\": ";

    @Test
    void test_read_quotaOutsideTheTargetsPeriod_isRefused() throws IOException {
        String line = target(SCHEDULE + "[{\"period\": \"2022-H1\", \"share\": 40}, {\"period\": \"2023-H1\","
                + " \"share\": 60}]");
        assertRefused(TARGET_LINE, line, "\"2023-H1\"", "targets[0] (t1): field 'schedule[1].period': quota period"
                + " 2023-H1 is not within the target's period 2022");
    }

    @Test
    void test_read_overlappingQuotas_areRefused() throws IOException {
        String line = target(SCHEDULE + "[{\"period\": \"2022-H1\", \"share\": 40}, {\"period\": \"2022-Q2\","
                + " \"share\": 10}, {\"period\": \"2022-H2\", \"share\": 50}]");
        assertRefused(TARGET_LINE, line, "\"2022-Q2\"", "targets[0] (t1): field 'schedule[1].period': quota period"
                + " 2022-Q2 overlaps 2022-H1 of schedule[0]");
    }

    @Test
    void test_read_quotaThatIsNotFinite_isRefused() throws IOException {
        String line = target(SCHEDULE + "[{\"period\": \"2022-H1\", \"share\": 1e400}, {\"period\": \"2022-H2\","
                + " \"share\": 60}]");
        assertRefused(TARGET_LINE, line, "1e400", "targets[0] (t1): field 'schedule[0].share': share '1e400' is not"
                + " a share of the requirement: expected a percent from 0 to 100");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "100 | 100 | 100 | the shares sum to 300%, more than the whole requirement: they must sum to 100%",
        "20  | 20  | 10  | the shares sum to 50%, not 100%: correct them, or say"})
    void test_read_quotasNotSummingToTheWhole_areRefused(String h1, String q3, String q4, String expected)
            throws IOException {
        String line = target(SCHEDULE + "[{\"period\": \"2022-H1\", \"share\": " + h1 + "}, {\"period\": \"2022-Q3\","
                + " \"share\": " + q3 + "}, {\"period\": \"2022-Q4\", \"share\": " + q4 + "}]");
        assertRefused(TARGET_LINE, line, "[{", "targets[0] (t1): field 'schedule': " + expected);
    }

    @Test
    void test_read_partialSchedule_isRead_andWrittenBack() throws IOException {
        String line = target(SCHEDULE + "[{\"period\": \"2022-H1\", \"share\": 40}], \"schedulePartial\": true");
        Dataset d = Datasets.read(write("plan.json", with(TARGET_LINE, line)));
        assertThat(d.targets().get(0).schedulePartial()).isTrue();
        assertThat(DatasetReader.defaults().read(new StringReader(Datasets.toJson(d)), DatasetFormat.JSON, "back.json"))
                .isEqualTo(d);
        String over = target(SCHEDULE + "[{\"period\": \"2022-H1\", \"share\": 70}, {\"period\": \"2022-Q3\","
                + " \"share\": 70}], \"schedulePartial\": true");
        assertRefused(TARGET_LINE, over, "[{", "targets[0] (t1): field 'schedule': the shares sum to 140%, more than");
    }

    // ---------------------------------------------------------------- publication dates

    @Test
    void test_read_finalFigurePublishedBeforeItsPeriodEnded_isRefused() throws IOException {
        String line = outcome("ei", "2022", "1.03万亿元", "2022-03-01", "FINAL");
        assertRefused(OUTCOME_LINE, line, "\"2022-03-01\"", "outcomes[0] (ei 2022): field 'published': a FINAL figure"
                + " for 2022 published on 2022-03-01, before the period ended on 2022-12-31");
    }

    @Test
    void test_read_preliminaryFigureWhileThePeriodRuns_isRead() throws IOException {
        String line = outcome("ei", "2022", "5000亿元", "2022-07-20", "PRELIMINARY");
        assertThat(Datasets.read(write("plan.json", with(OUTCOME_LINE, line))).outcomes()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"1899-12-31", "2201-01-01", "9999-01-01"})
    void test_read_publicationDateOutsideTheYearsFiguresArePublishedIn_isRefused(String date) throws IOException {
        String line = outcome("ei", "2022", "1.03万亿元", date, "PRELIMINARY");
        assertRefused(OUTCOME_LINE, line, "\"" + date + "\"", "outcomes[0] (ei 2022): field 'published': publication"
                + " date " + date + " is outside 1900-01-01..2200-12-31");
    }

    // ---------------------------------------------------------------- months

    @ParameterizedTest
    @CsvSource({"2022-13, 13", "2022-00, 00", "2022-01..2022-13, 13"})
    void test_read_monthThatIsNoMonth_saysSoInWords(String period, String month) throws IOException {
        String line = outcome("ei", period, "1.03万亿元", "2023-02-01", "");
        DatasetException e = assertRefused(OUTCOME_LINE, line, "\"" + period + "\"", "outcomes[0] (ei " + period
                + "): field 'period': Period '" + period + "' cannot be parsed: month " + month);
        assertThat(e.getMessage()).contains("expected 01 to 12").doesNotContain("TemporalAccessor");
    }

    // ---------------------------------------------------------------- other readers

    @Test
    void test_readOutcomes_asTheStoreAppends_refusesTheSame() {
        Indicator ei = Indicator.builder("ei", "电子信息产业营业收入", Unit.CNY).build();
        String csv = "indicator,period,value,published,status\n"
                + "ei,2022,-5亿元,2023-02-01,FINAL\n"
                + "ei,2022,1.03万亿元,2022-06-01,FINAL\n";
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetReader.defaults()
                .readOutcomes(new StringReader(csv), DatasetFormat.CSV, "batch.csv", List.of(ei)));
        assertThat(e.getMessage())
                .contains("batch.csv:2:3: row 1 (ei 2022): field 'value': '-5亿元' is below zero")
                .contains("batch.csv:3:4: row 2 (ei 2022): field 'published': a FINAL figure for 2022 published on"
                        + " 2022-06-01, before the period ended");
    }

    @Test
    void test_read_workbook_refusesTheSame() {
        Indicator ei = Indicator.builder("ei", "电子信息产业营业收入", Unit.CNY).build();
        Outcome negative = Outcome.of("ei", Scope.EMPTY, Period.ofYear(2022), Figure.parse("-5亿元"),
                LocalDate.of(2023, 2, 1));
        Dataset d = new Dataset(ImmutableList.of(ei), ImmutableList.of(), ImmutableList.of(negative), Optional.empty());
        Path xlsx = dir.resolve("plan.xlsx");
        Datasets.write(d, xlsx);
        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.read(xlsx));
        assertThat(e.getMessage()).contains(xlsx + "[outcomes]:").contains("outcomes[0] (ei 2022): field 'value':"
                + " '-5亿元' is below zero");
    }
}
