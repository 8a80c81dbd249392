package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per validation rule of the dataset format: each asserts the file, line, column,
 * record and field of the problem in the exception's message.
 *
 * <p>Each test starts from {@link #BASE}, a valid dataset, and replaces one line with a faulty
 * one, so that the expected line is the replaced line's number and the expected column is found
 * in the line's text.
 */
class DatasetValidationTest {

    /** A valid dataset, one record a line. */
    static final List<String> BASE = List.of(
            "{",
            "  \"indicators\": [",
            "    {\"id\": \"ei\", \"name\": \"电子信息产业营业收入\", \"unit\": \"CNY\"},",
            "    {\"id\": \"firms\", \"name\": \"规上企业数\", \"unit\": \"家\", \"measure\": \"LEVEL\"}",
            "  ],",
            "  \"targets\": [",
            "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\", \"requirement\": \"突破7000亿元\"}",
            "  ],",
            "  \"outcomes\": [",
            "    {\"indicator\": \"ei\", \"period\": \"2022\", \"value\": \"1.03万亿元\", \"published\": \"2023-02-01\"}",
            "  ]",
            "}");

    static final int INDICATOR_LINE = 3;
    static final int SECOND_INDICATOR_LINE = 4;
    static final int TARGET_LINE = 7;
    static final int OUTCOME_LINE = 10;

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
    private String at(Path file, int line, String text, String fragment) {
        int column = text.indexOf(fragment) + 1;
        assertThat(column).as("fragment %s in %s", fragment, text).isPositive();
        return file + ":" + line + ":" + column + ": ";
    }

    private DatasetException failure(Path file) {
        return org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class, () -> Datasets.read(file));
    }

    /**
     * Writes {@link #BASE} with line {@code number} replaced by {@code line}, reads it, and
     * asserts that the failure's message holds the position of {@code fragment} in the line
     * followed by {@code expected}.
     */
    private DatasetException assertReported(int number, String line, String fragment, String expected)
            throws IOException {
        Path file = write("plan.json", with(number, line));
        DatasetException e = failure(file);
        assertThat(e.getMessage()).contains(at(file, number, line, fragment) + expected);
        return e;
    }

    @Test
    void test_read_base_isValid() throws IOException {
        Path file = write("plan.json", BASE);
        assertThat(Datasets.read(file).targets()).hasSize(1);
    }

    // ---- the forms of issue 15: each of several, sides, relative requirements, totals --------------

    @Test
    void test_read_eachOfOneIndicator_isRefused() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"of\": \"EACH\", \"period\": \"2022\","
                + " \"requirement\": \"突破7000亿元\"}";
        assertReported(TARGET_LINE, line, "{", "targets[0] (t1): target t1: \"of\": \"EACH\" needs several"
                + " indicators, it names 1");
    }

    @Test
    void test_read_bothSidesOfAOneSidedRequirement_isRefused() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"sides\": \"BOTH\", \"period\": \"2022\","
                + " \"requirement\": \"突破7000亿元\"}";
        assertReported(TARGET_LINE, line, "{", "targets[0] (t1): target t1: requirement '突破7000亿元' says its own"
                + " direction (MORE_THAN), so it has no two sides");
    }

    @Test
    void test_read_changeInAUnitThatCannotMeasureIt_namesTheField() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"change\": \"PREVIOUS\", \"period\": \"2022\","
                + " \"requirement\": \"1000家\"}";
        assertReported(TARGET_LINE, line, "\"1000家\"", "targets[0] (t1): field 'requirement': unit '家' (COUNT)"
                + " cannot measure a change of indicator 'ei' (in 'CNY'): expected a multiple (a plain number, 翻一番),"
                + " a growth in % or a difference in 'CNY'");
    }

    @Test
    void test_read_relativeRequirements_inTheirUnits_areRead() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"change\": \"2020\", \"period\": \"2021..2025\","
                + " \"requirement\": \"翻一番\"}, {\"id\": \"t2\", \"indicator\": \"ei\", \"change\": \"PREVIOUS\","
                + " \"period\": \"2022\", \"requirement\": \"保持正增长\"}, {\"id\": \"t3\", \"indicator\": \"firms\","
                + " \"change\": \"PREVIOUS\", \"period\": \"2022\", \"requirement\": \"净增1000家\"}";
        Path file = write("plan.json", with(TARGET_LINE, line));
        assertThat(Datasets.read(file).targets()).extracting(t -> t.relation().orElseThrow().earlierThan(t.period())
                .toString()).containsExactly("2020", "2021", "2021");
    }

    @Test
    void test_read_changeSinceALaterPeriod_isRefused() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"change\": \"2022\", \"period\": \"2022\","
                + " \"requirement\": \"增长10%\"}";
        assertReported(TARGET_LINE, line, "{", "targets[0] (t1): target t1: the change is measured since 2022, which"
                + " must end before the target's period 2022 starts");
    }

    @Test
    void test_read_comparedWithAnUnknownIndicator_namesTheField() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"comparedWith\": \"gdp\", \"period\": \"2022\","
                + " \"requirement\": \"0亿元\"}";
        assertReported(TARGET_LINE, line, "\"gdp\"", "targets[0] (t1): field 'comparedWith': unknown indicator 'gdp'");
    }

    @Test
    void test_read_comparedWithAnIndicatorOfAnotherDimension_namesTheField() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"comparedWith\": \"firms\", \"period\": \"2022\","
                + " \"requirement\": \"0亿元\"}";
        assertReported(TARGET_LINE, line, "\"firms\"", "targets[0] (t1): field 'comparedWith': indicator 'firms' is"
                + " in '家', which cannot be compared with 'ei' in 'CNY'");
    }

    @Test
    void test_read_totalThatIsNotALevel_namesTheField() throws IOException {
        String line = "    {\"id\": \"firms\", \"name\": \"新增规上企业数\", \"unit\": \"家\", \"measure\": \"INCREMENT\","
                + " \"total\": \"ei\"}";
        assertReported(SECOND_INDICATOR_LINE, line, "{", "indicators[1] (firms): field 'total': the total 'ei' must be"
                + " a LEVEL indicator, not FLOW");
    }

    @Test
    void test_read_unknownField_namesFileLineRecordAndField_andSuggests() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\", \"requirment\": \"突破7000亿元\"}";
        DatasetException e = assertReported(TARGET_LINE, line, "\"requirment\"",
                "targets[0] (t1): field 'requirment': unknown field. Did you mean 'requirement'?");
        assertThat(e.problems()).extracting(p -> p.field().orElseThrow()).containsExactly("requirement", "requirment");
    }

    @Test
    void test_read_missingRequiredField_pointsAtTheRecord() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\"}";
        DatasetException e = assertReported(TARGET_LINE, line, "{",
                "targets[0] (t1): field 'requirement': required field is missing");
        assertThat(e.problems()).hasSize(1);
    }

    @Test
    void test_read_wrongJsonType_saysWhatWasExpectedAndFound() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": 2022, \"requirement\": \"突破7000亿元\","
                + " \"weight\": \"2\"}";
        Path file = write("plan.json", with(TARGET_LINE, line));
        DatasetException e = failure(file);
        assertThat(e.getMessage())
                .contains(at(file, TARGET_LINE, line, "2022,") + "targets[0] (t1): field 'period': expected a string,"
                        + " found a number (2022)")
                .contains(at(file, TARGET_LINE, line, "\"2\"") + "targets[0] (t1): field 'weight': expected a number,"
                        + " found a string (2)");
    }

    @Test
    void test_read_recordThatIsNotAnObject_isReported() throws IOException {
        String line = "    \"t1\"";
        assertReported(TARGET_LINE, line, "\"t1\"",
                "targets[0]: expected an object, found a string");
    }

    @Test
    void test_read_duplicateIndicatorId_namesBothPlaces() throws IOException {
        String line = "    {\"id\": \"ei\", \"name\": \"规上企业数\", \"unit\": \"家\"}";
        assertReported(SECOND_INDICATOR_LINE, line, "\"ei\"",
                "indicators[1] (ei): field 'id': duplicate id 'ei'; first defined at " + dir.resolve("plan.json")
                + ":" + INDICATOR_LINE + ":5");
    }

    @Test
    void test_read_duplicateTargetId_isReported() throws IOException {
        List<String> lines = new ArrayList<>(BASE);
        String second = "    {\"id\": \"t1\", \"indicator\": \"firms\", \"period\": \"2022\", \"requirement\": \"100家以上\"}";
        lines.set(TARGET_LINE - 1, BASE.get(TARGET_LINE - 1) + ",");
        lines.add(TARGET_LINE, second);
        Path file = write("plan.json", lines);
        DatasetException e = failure(file);
        assertThat(e.getMessage()).contains(at(file, TARGET_LINE + 1, second, "\"t1\"")
                + "targets[1] (t1): field 'id': duplicate id 't1'; first defined at " + file + ":" + TARGET_LINE + ":5");
    }

    @Test
    void test_read_unknownIndicator_isReportedWithSuggestion() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicators\": [\"ei\", \"firm\"], \"period\": \"2022\","
                + " \"requirement\": \"突破7000亿元\"}";
        assertReported(TARGET_LINE, line, "\"firm\"",
                "targets[0] (t1): field 'indicators[1]': unknown indicator 'firm'. Did you mean 'firms'?");
    }

    @Test
    void test_read_unknownIndicatorOfOutcome_isReported() throws IOException {
        String line = "    {\"indicator\": \"equip\", \"period\": \"2022\", \"value\": \"1.03万亿元\","
                + " \"published\": \"2023-02-01\"}";
        assertReported(OUTCOME_LINE, line, "\"equip\"",
                "outcomes[0] (equip 2022): field 'indicator': unknown indicator 'equip'");
    }

    @Test
    void test_read_figureThatDoesNotParse_quotesThePhraseAndIndex() throws IOException {
        String line = "    {\"indicator\": \"ei\", \"period\": \"2022\", \"value\": \"很多亿元\", \"published\": \"2023-02-01\"}";
        assertReported(OUTCOME_LINE, line, "\"很多亿元\"",
                "outcomes[0] (ei 2022): field 'value': Figure '很多亿元' cannot be parsed at index 0");
    }

    @Test
    void test_read_unitOfAnotherDimension_isReported() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\", \"requirement\": \"500家\"}";
        assertReported(TARGET_LINE, line, "\"500家\"",
                "targets[0] (t1): field 'requirement': unit '家' (COUNT) does not measure what indicator 'ei'"
                + " measures, in 'CNY' (MONEY)");
    }

    @Test
    void test_read_unitOfSameDimension_isKept() throws IOException {
        String line = "    {\"indicator\": \"ei\", \"period\": \"2022\", \"value\": \"1500亿美元\", \"published\": \"2023-02-01\"}";
        Path file = write("plan.json", with(OUTCOME_LINE, line));
        assertThat(Datasets.read(file).outcomes()).hasSize(1);
    }

    @Test
    void test_read_periodThatDoesNotParse_isReported() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022-Q5\", \"requirement\": \"突破7000亿元\"}";
        assertReported(TARGET_LINE, line, "\"2022-Q5\"",
                "targets[0] (t1): field 'period': Period '2022-Q5' cannot be parsed");
    }

    @Test
    void test_read_baselineAfterTheTargetsPeriod_isReported() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\", \"requirement\": \"突破7000亿元\","
                + " \"baseline\": {\"period\": \"2023\", \"value\": \"6000亿元\"}}";
        assertReported(TARGET_LINE, line, "\"2023\"",
                "targets[0] (t1): field 'baseline.period': baseline period 2023 starts after the target's period"
                + " 2022 ends");
    }

    @Test
    void test_read_unknownEnumValue_listsTheAllowedOnes() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\", \"requirement\": \"突破7000亿元\","
                + " \"commitment\": \"STRECH\"}";
        assertReported(TARGET_LINE, line, "\"STRECH\"",
                "targets[0] (t1): field 'commitment': unknown value 'STRECH'; expected one of BINDING, EXPECTED,"
                + " STRETCH");
    }

    @Test
    void test_read_badDate_isReported() throws IOException {
        String line = "    {\"indicator\": \"ei\", \"period\": \"2022\", \"value\": \"1.03万亿元\", \"published\": \"2023-02-30\"}";
        assertReported(OUTCOME_LINE, line, "\"2023-02-30\"",
                "outcomes[0] (ei 2022): field 'published': date '2023-02-30' is not an ISO date");
    }

    @Test
    void test_read_sourceSpan_endBeforeStart_isReported() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\", \"requirement\": \"突破7000亿元\","
                + " \"source\": {\"document\": \"a.txt\", \"start\": 40, \"end\": 12}}";
        assertReported(TARGET_LINE, line, "12}",
                "targets[0] (t1): field 'source.end': end (12) must not be before start (40)");
    }

    @Test
    void test_read_sourceSpan_startAlone_isReported() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\", \"requirement\": \"突破7000亿元\","
                + " \"source\": {\"document\": \"a.txt\", \"start\": 40}}";
        assertReported(TARGET_LINE, line, "40}",
                "targets[0] (t1): field 'source.start': 'start' and 'end' go together");
    }

    @Test
    void test_read_sourceSpan_fractionalOffset_isReported() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\", \"requirement\": \"突破7000亿元\","
                + " \"source\": {\"document\": \"a.txt\", \"start\": 4.5, \"end\": 12}}";
        assertReported(TARGET_LINE, line, "4.5",
                "targets[0] (t1): field 'source.start': '4.5' is not a character offset");
    }

    @Test
    void test_read_nestedUnknownField_namesThePath() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\", \"requirement\": \"突破7000亿元\","
                + " \"source\": {\"document\": \"a.txt\", \"dat\": \"2022-01-18\"}}";
        assertReported(TARGET_LINE, line, "\"dat\"",
                "targets[0] (t1): field 'source.dat': unknown field. Did you mean 'date'?");
    }

    @Test
    void test_read_fieldGivenTwice_isReported() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\", \"requirement\": \"突破7000亿元\","
                + " \"period\": \"2023\"}";
        assertReported(TARGET_LINE, line, "\"period\": \"2023\"",
                "targets[0] (t1): field 'period': field given twice");
    }

    @Test
    void test_read_indicatorAndIndicators_isReported() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"indicators\": [\"ei\"], \"period\": \"2022\","
                + " \"requirement\": \"突破7000亿元\"}";
        assertReported(TARGET_LINE, line, "[\"ei\"]",
                "targets[0] (t1): field 'indicators': give either 'indicator'");
    }

    @Test
    void test_read_scheduleWithoutSchedulePace_isReported() throws IOException {
        String line = "    {\"id\": \"t1\", \"indicator\": \"ei\", \"period\": \"2022\", \"requirement\": \"突破7000亿元\","
                + " \"pace\": \"LINEAR\", \"schedule\": [{\"period\": \"2022-H1\", \"share\": \"40%\"}]}";
        assertReported(TARGET_LINE, line, "[{",
                "targets[0] (t1): field 'schedule': a schedule is given only with pace SCHEDULE");
    }

    @Test
    void test_read_moneyUnitWrittenAsYuan_isReportedWithTheCode() throws IOException {
        String line = "    {\"id\": \"ei\", \"name\": \"电子信息产业营业收入\", \"unit\": \"亿元\"},";
        assertReported(INDICATOR_LINE, line, "\"亿元\"",
                "indicators[0] (ei): field 'unit': unit code '亿元' is not a unit: money is written as a"
                + " currency code, 'CNY' for 元");
    }

    @Test
    void test_read_unknownTopLevelField_isReported() throws IOException {
        List<String> lines = new ArrayList<>(BASE);
        lines.set(1, "  \"indicator\": [");
        Path file = write("plan.json", lines);
        DatasetException e = failure(file);
        assertThat(e.getMessage()).contains(file + ":2:3: field 'indicator': unknown field. Did you mean 'indicators'?");
    }

    @Test
    void test_read_emptyFile_isReported() throws IOException {
        Path file = write("plan.json", List.of("   "));
        DatasetException e = failure(file);
        assertThat(e.getMessage()).contains(file + ":1:1: file is empty; expected a JSON object with the fields"
                + " indicators, targets and outcomes");
    }

    @Test
    void test_read_notJsonAtAll_isReported() throws IOException {
        Path file = write("plan.json", List.of("indicators:", "  - id: ei"));
        DatasetException e = failure(file);
        assertThat(e.getMessage()).contains(file + ":1:1: not valid JSON: Unrecognized token 'indicators'");
    }

    @Test
    void test_read_brokenJson_givesTheLineOfTheBreak() throws IOException {
        List<String> lines = new ArrayList<>(BASE);
        lines.set(TARGET_LINE - 1, "    {\"id\": \"t1\", \"indicator\": \"ei\" \"period\": \"2022\"}");
        Path file = write("plan.json", lines);
        DatasetException e = failure(file);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(TARGET_LINE);
            assertThat(p.record()).isEmpty();
            assertThat(p.message()).startsWith("not valid JSON: Unexpected character");
        });
    }

    @Test
    void test_read_jsonArrayInsteadOfObject_isReported() throws IOException {
        Path file = write("plan.json", List.of("[1, 2]"));
        DatasetException e = failure(file);
        assertThat(e.getMessage()).contains(file + ":1:1: expected an object with the fields indicators, targets and"
                + " outcomes, found an array");
    }

    @Test
    void test_read_notYamlAtAll_isReported() throws IOException {
        Path file = write("plan.yaml", List.of("indicators: [1, 2", "targets: x"));
        DatasetException e = failure(file);
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("not valid YAML"));
    }

    @Test
    void test_read_yamlProblems_haveYamlLines() throws IOException {
        Path file = write("plan.yaml", List.of(
                "indicators:",
                "  - id: ei",
                "    name: 电子信息产业营业收入",
                "    unit: CNY",
                "targets:",
                "  - id: t1",
                "    indicator: ei",
                "    period: 2022",
                "    requirment: 突破7000亿元"));
        DatasetException e = failure(file);
        assertThat(e.getMessage())
                .contains(file + ":6:5: targets[0] (t1): field 'requirement': required field is missing")
                .contains(file + ":9:5: targets[0] (t1): field 'requirment': unknown field.");
    }

    @Test
    void test_read_yamlAlias_isRefusedNotReadAsItsName() throws IOException {
        Path file = write("plan.yaml", List.of(
                "indicators:",
                "  - id: ei",
                "    name: &n 电子信息产业营业收入",
                "    nameEn: *n",
                "    unit: CNY"));
        DatasetException e = failure(file);
        assertThat(e.getMessage()).contains(file + ":4:13: not valid YAML: YAML aliases (*n) are not supported");
    }

    @Test
    void test_read_fromReader_leavesTheReaderOpen() throws IOException {
        for (DatasetFormat format : DatasetFormat.values()) {
            if (format == DatasetFormat.XLSX) {
                assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> DatasetReader.defaults()
                        .readLenient(new java.io.StringReader(""), DatasetFormat.XLSX, "x.xlsx"))
                        .withMessage("x.xlsx: an .xlsx workbook is binary: read it from its file");
                continue;
            }
            java.io.StringReader reader = new java.io.StringReader(format == DatasetFormat.CSV
                    ? "indicator,period,value,published\n" : String.join("\n", BASE));
            DatasetReader.defaults().readLenient(reader, format, "x");
            assertThat(reader.ready()).as("%s reader still open", format).isTrue();
        }
    }

    @Test
    void test_read_csvNotUtf8_isReported() throws IOException {
        write("plan.json", BASE);
        Files.write(dir.resolve("outcomes.csv"), new byte[] {'i', 'n', 'd', 'i', 'c', 'a', 't', 'o', 'r', ',', 'p',
            'e', 'r', 'i', 'o', 'd', ',', 'v', 'a', 'l', 'u', 'e', ',', 'p', 'u', 'b', 'l', 'i', 's', 'h', 'e', 'd', '\n',
            (byte) 0xC3, (byte) 0x28, '\n'});
        DatasetException e = failure(dir);
        assertThat(e.getMessage()).contains("outcomes.csv:2:1: not UTF-8 text at line 2");
    }

    @Test
    void test_read_notADatasetFile_isReported() throws IOException {
        Path file = write("plan.txt", BASE);
        DatasetException e = failure(file);
        assertThat(e.getMessage()).contains("not a dataset file");
    }

    @Test
    void test_read_missingFile_isAnIoFailure() {
        assertThatExceptionOfType(java.io.UncheckedIOException.class)
                .isThrownBy(() -> Datasets.read(dir.resolve("nowhere.json")));
    }
}
