package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.Tracker;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Thresholds;
import dev.attain.io.Datasets;
import dev.attain.report.ConsoleReport;
import dev.attain.report.CsvReport;
import dev.attain.report.JsonReport;
import dev.attain.report.MarkdownReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code attain} command run in this process: outputs, one-line errors and exit statuses. */
class AttainTest {

    static final String FLAGSHIP = "examples/data/jiangxi/jiangxi.json";
    static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Attain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Scorecard flagship(Thresholds thresholds) {
        return Tracker.of(Datasets.read(Path.of(FLAGSHIP)), Evaluator.defaults().withThresholds(thresholds))
                .evaluate(AS_OF);
    }

    @Test
    void test_evaluate_console_printsWhatTheLibraryRenders() {
        Run r = run("evaluate", FLAGSHIP, "--as-of", "2023-06-30");
        assertThat(r.code()).isEqualTo(Attain.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(ConsoleReport.of(Locale.CHINESE).withDataset(Datasets.read(Path.of(FLAGSHIP)))
                .render(flagship(Thresholds.DEFAULT)));
        assertThat(r.out()).startsWith("江西省工业规划目标与实际完成情况（2020—2025年）\n").contains("实际报告的数值（无对应目标）");
        assertThat(r.out()).contains("电子信息产业营业收入+装").contains("已完成");
    }

    @Test
    void test_evaluate_eachTextFormat_isTheLibrarysRendering() {
        Scorecard card = flagship(Thresholds.TRAFFIC_LIGHT);
        assertThat(run("evaluate", FLAGSHIP, "--as-of", "2023-06-30", "--format", "markdown", "--lang", "en",
                "--thresholds", "traffic-light").out()).isEqualTo(MarkdownReport.of(Locale.ENGLISH)
                .withDataset(Datasets.read(Path.of(FLAGSHIP))).render(card));
        assertThat(run("evaluate", FLAGSHIP, "--as-of", "2023-06-30", "--format", "csv", "--thresholds",
                "traffic-light").out()).isEqualTo(CsvReport.of(Locale.CHINESE).render(card));
        assertThat(run("evaluate", FLAGSHIP, "--as-of", "2023-06-30", "--format", "json", "--thresholds",
                "traffic-light").out()).isEqualTo(JsonReport.of().render(card));
    }

    @Test
    void test_evaluate_htmlToAFile_writesThePageAndSaysWhere() throws IOException {
        Path out = dir.resolve("sub/card.html");
        Run r = run("evaluate", FLAGSHIP, "--as-of", "2023-06-30", "--format", "html", "--out", out.toString());
        assertThat(r.code()).isEqualTo(Attain.OK);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("attain evaluate: wrote the html scorecard of 54 targets to " + out + "\n");
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("jx-2022-ei-equip");
    }

    @Test
    void test_evaluate_xlsx_needsAFile_andReadsAWorkbookDataset() throws IOException {
        Path plan = dir.resolve("plan.xlsx");
        Datasets.write(Datasets.read(Path.of(FLAGSHIP)), plan);
        assertThat(run("check", plan.toString()).out()).isEqualTo(plan + ": valid: 212 records read; kept 95"
                + " indicators, 54 targets, 63 outcomes; 0 rejected\n");
        Run noFile = run("evaluate", plan.toString(), "--as-of", "2023-06-30", "--format", "xlsx");
        assertThat(noFile.code()).isEqualTo(Attain.USAGE);
        assertThat(noFile.err()).startsWith("attain evaluate: --format xlsx writes a workbook: give the file with"
                + " --out FILE.xlsx");
        Path card = dir.resolve("card.xlsx");
        Run r = run("evaluate", plan.toString(), "--as-of", "2023-06-30", "--format", "xlsx", "--out", card.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Attain.OK);
        assertThat(Files.size(card)).isPositive();
        assertThat(run("evaluate", plan.toString(), "--as-of", "2023-06-30").out())
                .isEqualTo(run("evaluate", FLAGSHIP, "--as-of", "2023-06-30").out());
    }

    @Test
    void test_importThenEvaluateFromTheStore_givesTheFilesScorecard() {
        String db = "jdbc:h2:file:" + dir.resolve("attain").toAbsolutePath();
        Run imported = run("import", FLAGSHIP, "--db", db);
        assertThat(imported.code()).as(imported.err()).isEqualTo(Attain.OK);
        assertThat(imported.out()).isEqualTo(FLAGSHIP + ": imported 95 indicators, 54 targets, 63 outcomes into " + db
                + "\n");
        Run fromDb = run("evaluate", "--db", db, "--as-of", "2023-06-30", "--format", "json");
        assertThat(fromDb.code()).as(fromDb.err()).isEqualTo(Attain.OK);
        assertThat(fromDb.out()).isEqualTo(run("evaluate", FLAGSHIP, "--as-of", "2023-06-30", "--format", "json").out());
        Run both = run("evaluate", FLAGSHIP, "--db", db, "--as-of", "2023-06-30");
        assertThat(both.code()).isEqualTo(Attain.USAGE);
        assertThat(both.err()).startsWith("attain evaluate: give either a DATASET file or folder, or --db JDBC-URL");
        Run notJdbc = run("import", FLAGSHIP, "--db", "attain.db");
        assertThat(notJdbc.code()).isEqualTo(Attain.USAGE);
        assertThat(notJdbc.err()).startsWith("attain import: --db takes a JDBC URL");
        Run unreachable = run("evaluate", "--db", "jdbc:postgresql://127.0.0.1:1/none", "--as-of", "2023-06-30");
        assertThat(unreachable.code()).isEqualTo(Attain.IO);
        assertThat(unreachable.err().lines()).singleElement().asString().startsWith("attain evaluate: cannot open the"
                + " store");
    }

    @Test
    void test_extract_writesTheLibrarysDraft_andSaysWhatItFound() throws IOException {
        String doc = "examples/data/sources/001_a4206e351c277bd7.txt";
        Path out = dir.resolve("draft.json");
        Run r = run("extract", doc, "--published", "2022-01-18", "--against", FLAGSHIP, "--scope", "region=江西省",
                "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Attain.OK);
        dev.attain.extract.Extraction x = dev.attain.extract.Extractor.defaults()
                .extract(Files.readString(Path.of(doc)), LocalDate.of(2022, 1, 18));
        dev.attain.model.Dataset expected = x.draft("001_a4206e351c277bd7.txt").idPrefix("x-")
                .against(Datasets.read(Path.of(FLAGSHIP))).scope(dev.attain.model.Scope.of("region", "江西省")).build();
        assertThat(Datasets.read(out)).isEqualTo(expected);
        assertThat(r.out()).startsWith(doc + ": " + expected.targets().size() + " targets and "
                + expected.outcomes().size() + " outcomes on " + expected.indicators().size() + " indicators")
                .contains(x.unresolved().size() + " figures unresolved");
        assertThat(run("extract", doc, "--published", "2022-01-18", "--out", dir.resolve("d.csv").toString()).code())
                .isEqualTo(Attain.USAGE);
        assertThat(run("extract", doc, "--out", out.toString()).err())
                .startsWith("attain extract: Missing required option: '--published=DATE'");
    }

    @Test
    void test_evaluate_datasetWithProblems_isOneLineAndStatus1() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"indicators": [{"id": "ei", "name": "电子信息", "unit": "CNY"}],
                 "targets": [{"id": "t", "indicator": "ei", "period": "2022", "requirement": "很多"},
                             {"id": "u", "indicator": "eq", "period": "2022", "requirement": "7000亿元"}]}
                """);
        Run r = run("evaluate", bad.toString(), "--as-of", "2023-06-30");
        assertThat(r.code()).isEqualTo(Attain.PROBLEMS);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("attain evaluate: " + bad + ":2:78: targets[0] (t): field 'requirement': Figure '很多'")
                .endsWith("(and 1 more; 'attain check' lists them all)"));
    }

    @Test
    void test_check_listsEveryProblemLocated_andSaysWhichDatasetsAreValid() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"indicators": [{"id": "ei", "name": "电子信息", "unit": "CNY"}],
                 "targets": [{"id": "t", "indicator": "ei", "period": "2022", "requirement": "很多"},
                             {"id": "u", "indicator": "eq", "period": "2022", "requirement": "7000亿元"}]}
                """);
        Run r = run("check", FLAGSHIP, bad.toString());
        assertThat(r.code()).isEqualTo(Attain.PROBLEMS);
        assertThat(r.out().lines()).containsExactly(
                FLAGSHIP + ": valid: 212 records read; kept 95 indicators, 54 targets, 63 outcomes; 0 rejected",
                bad + ":2:78: targets[0] (t): field 'requirement': Figure '很多' cannot be parsed at index 0:"
                        + " expected a number, found '很' (a number is digits such as 7000 or 1.03, or Chinese"
                        + " numerals such as 一千)",
                bad + ":3:39: targets[1] (u): field 'indicator': unknown indicator 'eq'. Did you mean 'ei'?",
                bad + ": PROBLEMS: 3 records read; kept 1 indicators, 0 targets, 0 outcomes; 2 rejected");
        assertThat(run("check", FLAGSHIP).code()).isEqualTo(Attain.OK);
    }

    @Test
    void test_check_boundsTheListing() throws IOException {
        StringBuilder sb = new StringBuilder("{\"targets\": [");
        for (int i = 0; i < 5; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\": \"t").append(i).append("\"}");
        }
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, sb.append("]}").toString());
        Run r = run("check", "--max-problems", "2", bad.toString());
        assertThat(r.code()).isEqualTo(Attain.PROBLEMS);
        assertThat(r.out()).contains(bad + ": … and 3 more rejected records, not listed (raise --max-problems to"
                + " list them)").contains("5 rejected");
    }

    @Test
    void test_usageErrors_areOneLineAndStatus2() {
        Run date = run("evaluate", FLAGSHIP, "--as-of", "2023-13-01");
        assertThat(date.code()).isEqualTo(Attain.USAGE);
        assertThat(date.err()).isEqualTo("attain evaluate: Invalid value for option '--as-of': '2023-13-01' is not"
                + " a date such as 2023-06-30\nTry 'attain evaluate --help' for more.\n");
        Run bands = run("evaluate", FLAGSHIP, "--as-of", "2023-06-30", "--thresholds", "rainbow");
        assertThat(bands.code()).isEqualTo(Attain.USAGE);
        assertThat(bands.err()).contains("'rainbow' is not a set of thresholds: use default, eurostat or"
                + " traffic-light");
        assertThat(run("evaluate", FLAGSHIP).err()).startsWith("attain evaluate: Missing required option:"
                + " '--as-of=DATE'");
        assertThat(run("evaluate", FLAGSHIP, "--as-of", "2023-06-30", "--format", "pdf").code())
                .isEqualTo(Attain.USAGE);
        assertThat(run("frobnicate").err()).startsWith("attain: Unmatched argument at index 0: 'frobnicate'");
        assertThat(run().err()).startsWith("attain: name a command: check, evaluate, stream, import or extract");
    }

    @Test
    void test_missingFile_isStatus3_andVerboseAddsTheStackTrace() {
        Run r = run("evaluate", dir.resolve("nope.json").toString(), "--as-of", "2023-06-30");
        assertThat(r.code()).isEqualTo(Attain.IO);
        assertThat(r.err()).isEqualTo("attain evaluate: no such file or folder: " + dir.resolve("nope.json") + "\n");
        Run v = run("--verbose", "check", dir.resolve("nope.json").toString());
        assertThat(v.code()).isEqualTo(Attain.IO);
        assertThat(v.err()).startsWith("attain check: no such file or folder: ").contains("\tat dev.attain.cli.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "evaluate", "stream", "import", "extract"})
    void test_help_eachCommand_hasUsageAndExitStatuses(String command) {
        Run r = run(command, "--help");
        assertThat(r.code()).isEqualTo(Attain.OK);
        assertThat(r.out()).startsWith("Usage: attain " + command).contains("Exit status:");
        assertThat(run("help", command).out()).isEqualTo(r.out());
    }

    private Path table(String text) throws IOException {
        Path f = dir.resolve("targets.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void test_stream_printsTheTally_withoutAProgressBarWhenNotATerminal() throws IOException {
        Path f = table("id,region,polarity,target,actual\na,江西,higher,100,120\nb,江西,higher,100,95\n"
                + "c,赣州,lower,50,40\nd,赣州,higher,10,\n");
        Run r = run("stream", f.toString(), "--group-by", "region");
        assertThat(r.code()).isEqualTo(Attain.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(f + " (thresholds: default)\n"
                + "  rows judged                   4\n"
                + "  rows rejected                 0\n"
                + "  status          ACHIEVED 2 · MISSED 1 · NO_DATA 1\n"
                + "  band            ON_TRACK 2 · AT_RISK 1 · NO_DATA 1\n"
                + "  mean attainment 1.133333333333333 (of 3 rows with one)\n"
                + "by region:\n"
                + "  江西                              2 rows  worst MISSED     mean 1.075000000000000\n"
                + "  赣州                              2 rows  worst NO_DATA    mean 1.250000000000000\n");
    }

    @Test
    void test_stream_badRows_areListedWithTheirLines_status1() throws IOException {
        Path f = table("id,polarity,target,actual\na,higher,100,n/a\nb,higher,100,95\n,higher,1,1\n");
        Run r = run("stream", f.toString(), "--listed", "1");
        assertThat(r.code()).isEqualTo(Attain.PROBLEMS);
        assertThat(r.out()).contains("  rows rejected                 2\n").contains("rejected rows (the first 1 of 2):\n"
                + "  " + f + ":2: field 'actual': expected a decimal number such as 1234.56, found 'n/a'\n");
    }

    @Test
    void test_stream_progressAlways_drawsRowsPerSecondOnStandardError() throws IOException {
        StringBuilder sb = new StringBuilder("id,target,actual\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append('r').append(i).append(",100,").append(i % 120).append('\n');
        }
        Path f = table(sb.toString());
        Run r = run("stream", f.toString(), "--progress", "always");
        assertThat(r.code()).isEqualTo(Attain.OK);
        assertThat(r.out()).contains("rows judged              20,000");
        assertThat(r.err()).startsWith("\r[").contains("100% 20,000 rows").contains("rows/s").contains("done in")
                .endsWith("\n");
        assertThat(run("stream", f.toString(), "--progress", "never").err()).isEmpty();
    }

    @Test
    void test_stream_datasetAgainstOutcomes_isTheOutcomeStreamsTally() throws IOException {
        Path csv = dir.resolve("outcomes.csv");
        Files.writeString(csv, "indicator,scope.region,period,value,published\n"
                + "ei-revenue,江西省,2022,1.03万亿元,2023-02-01\nequip-revenue,江西省,2022,9000亿元,2023-02-01\n");
        Run r = run("stream", FLAGSHIP, csv.toString(), "--as-of", "2023-06-30");
        assertThat(r.code()).as(r.err()).isEqualTo(Attain.OK);
        // both parts of "电子信息和装备工业突破7000亿元" (each of the two) are met: one ACHIEVED verdict for the
        // target, as the evaluator gives it, not one partial verdict per part; every other target has no data.
        // Its attainment is the part furthest from 7000亿: equipment's 9000 ÷ 7000 = 1.285714285714286
        dev.attain.model.Dataset plan = Datasets.read(Path.of(FLAGSHIP));
        java.util.List<dev.attain.model.Outcome> outcomes = dev.attain.io.DatasetReader.defaults().readOutcomes(
                new java.io.StringReader(Files.readString(csv)), dev.attain.io.DatasetFormat.CSV, "o", plan.indicators());
        assertThat(Evaluator.defaults().evaluate(dev.attain.model.Dataset.of(plan.indicators(), plan.targets(), outcomes),
                "jx-2022-ei-equip", AS_OF).status()).isEqualTo(dev.attain.eval.Status.ACHIEVED);
        int targets = plan.targets().size();
        assertThat(r.out()).contains(String.format(Locale.ROOT, "  verdicts        %,15d", targets))
                .contains("  status          ACHIEVED 1 · NO_DATA " + (targets - 1) + "\n")
                .contains("  mean attainment 1.285714285714286 (of 1 rows with one)");
        assertThat(run("stream", FLAGSHIP, csv.toString()).err())
                .startsWith("attain stream: with OUTCOMES.csv, give the date to judge as of: --as-of DATE");
    }

    @Test
    void test_stream_badHeader_isOneLine() throws IOException {
        Path f = table("id,goal,actual\na,1,1\n");
        Run r = run("stream", f.toString());
        assertThat(r.code()).isEqualTo(Attain.PROBLEMS);
        assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("attain stream: ")
                .contains("no column 'target'"));
    }
}
