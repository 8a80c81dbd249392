package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.attain.model.Dataset;
import dev.attain.model.Outcome;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Datasets as .xlsx workbooks: written and read back, and typed by hand as a planner would. */
class WorkbookTest {

    @TempDir
    Path dir;

    @Test
    void test_roundTrip_flagship_givesAnEqualDataset() {
        Dataset flagship = Datasets.read(Path.of("examples/data/jiangxi/jiangxi.json"));
        Path xlsx = dir.resolve("jiangxi.xlsx");
        Datasets.write(flagship, xlsx);
        LoadReport back = Datasets.readLenient(xlsx);
        assertThat(back.problems()).isEmpty();
        assertThat(back.dataset()).isEqualTo(flagship);
        assertThat(back.dataset().title()).isPresent();
        assertThat(back.dataset().targets()).hasSize(54);
    }

    @Test
    void test_roundTrip_everyField_givesAnEqualDataset() {
        // every field of the format, the forms of issue 15 (of, sides, change, comparedWith, total) included;
        // but the quotas, whose 33.30 a number cell gives back as 33.3
        Dataset all = DatasetRoundTripTest.everything();
        Dataset d = Dataset.of(all.indicators(), all.targets().stream().filter(t -> t.schedule().isEmpty()).toList(),
                all.outcomes()).withTitle(all.title().orElseThrow());
        Path xlsx = dir.resolve("everything.xlsx");
        Datasets.write(d, xlsx);
        LoadReport back = Datasets.readLenient(xlsx);
        assertThat(back.problems()).isEmpty();
        assertThat(back.dataset()).isEqualTo(d);
    }

    /**
     * A workbook as a planner types it: a merged title above each header, numbers stored as
     * numbers (years, a 16-digit amount, a percentage), dates as date cells, a total row with a
     * formula, a column without a name, and a sheet of notes.
     */
    private Path handTyped() throws IOException {
        Path xlsx = dir.resolve("plan.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "Microsoft Excel", "16.0");
            Worksheet ind = wb.newWorksheet("Indicators");
            ind.value(0, 0, "江西省工业指标");
            ind.range(0, 0, 0, 3).merge();
            String[] h = {"id", "name", "unit", "measure"};
            for (int c = 0; c < h.length; c++) {
                ind.value(1, c, h[c]);
            }
            ind.value(2, 0, "ei-revenue");
            ind.value(2, 1, "电子信息产业营业收入");
            ind.value(2, 2, "CNY");
            ind.value(3, 0, "va-share");
            ind.value(3, 1, "工业增加值占比");
            ind.value(3, 2, "%");
            ind.value(3, 3, "SHARE");
            ind.value(4, 0, "index");
            ind.value(4, 1, "景气指数");
            ind.value(4, 2, "");

            Worksheet t = wb.newWorksheet("targets");
            t.value(0, 0, "2022年目标");
            t.range(0, 0, 0, 3).merge();
            String[] th = {"id", "indicator", "period", "requirement"};
            for (int c = 0; c < th.length; c++) {
                t.value(1, c, th[c]);
            }
            t.value(2, 0, "t-ei");
            t.value(2, 1, "ei-revenue");
            t.value(2, 2, 2022);
            t.value(2, 3, "突破7000亿元");
            t.value(3, 0, "t-share");
            t.value(3, 1, "va-share");
            t.value(3, 2, 2025);
            t.value(3, 3, new BigDecimal("0.3333"));
            t.style(3, 3).format("0.00%").set();
            t.value(4, 0, "合计");
            t.formula(4, 3, "SUM(D3:D4)");
            t.value(2, 5, "见2022年工作要点");

            Worksheet o = wb.newWorksheet("outcomes");
            String[] oh = {"indicator", "period", "value", "published"};
            for (int c = 0; c < oh.length; c++) {
                o.value(0, c, oh[c]);
            }
            o.value(1, 0, "ei-revenue");
            o.value(1, 1, 2022);
            o.value(1, 2, "1.03万亿元");
            o.value(1, 3, LocalDate.of(2023, 2, 1));
            o.style(1, 3).format("yyyy-mm-dd").set();
            o.value(2, 0, "index");
            o.value(2, 1, 2022);
            o.value(2, 2, new BigDecimal("12345678901234.56"));
            o.value(2, 3, "2023-02-01");
            o.value(3, 0, "ei-revenue");
            o.value(3, 1, 2021);
            o.value(3, 2, 850000000000L);
            o.value(3, 3, "2022-02-01");

            Worksheet notes = wb.newWorksheet("说明");
            notes.value(0, 0, "数据来源：省统计局");
            wb.finish();
        }
        return xlsx;
    }

    @Test
    void test_handTypedWorkbook_readsWhatItCan_withEveryOtherCellLocated() throws IOException {
        Path xlsx = handTyped();
        LoadReport r = Datasets.readLenient(xlsx);
        String f = xlsx.toString();

        assertThat(r.dataset().indicators()).extracting(i -> i.id()).containsExactly("ei-revenue", "va-share",
                "index");
        assertThat(r.dataset().targets()).extracting(Target::id).containsExactly("t-ei", "t-share");
        Target share = r.dataset().targets().get(1);
        assertThat(share.requirement()).isEqualTo(Figure.parse("33.33%"));
        assertThat(share.period().toString()).isEqualTo("2025");
        assertThat(r.dataset().outcomes()).hasSize(2);
        Outcome ei = r.dataset().outcomes().get(0);
        assertThat(ei.published()).isEqualTo(LocalDate.of(2023, 2, 1));
        Outcome index = r.dataset().outcomes().get(1);
        assertThat(index.value().nominal()).isEqualByComparingTo("12345678901234.56");
        assertThat(index.value().nominal().toPlainString()).isEqualTo("12345678901234.56");

        assertThat(r.rejected()).extracting(Rejection::toString).containsExactly(
                f + "[Indicators]:1:1: row 1 rejected: (1:1): row 1 above the header (row 2) is not read: '江西省工业指标';"
                        + " a sheet holds the header row, then one record a row",
                f + "[targets]:1:1: row 1 rejected: (1:1): row 1 above the header (row 2) is not read: '2022年目标';"
                        + " a sheet holds the header row, then one record a row",
                f + "[targets]:3:6: column F rejected: (3:6): column F has no name in the header (row 2; a merged"
                        + " header cell?), so its cells are not read; name it with a field such as id",
                f + "[targets]:5:4: row 5 rejected: (5:4): D5: the cell holds a formula (=SUM(D3:D4)); a dataset"
                        + " holds values: type the value itself (a total row is not a record: roll-ups add up the"
                        + " targets)",
                f + "[说明]:1:1: sheet rejected: (1:1): unknown sheet '说明', not read. The sheets of a dataset are"
                        + " dataset (its title), indicators, targets and outcomes.",
                f + "[outcomes]:4:1: outcomes[2] (ei-revenue 2021) rejected: field 'value' (4:3): unit '' (NUMBER)"
                        + " does not measure what indicator 'ei-revenue' measures, in 'CNY' (MONEY)");
        assertThatExceptionOfType(DatasetException.class).isThrownBy(() -> Datasets.read(xlsx))
                .withMessageContaining(f + "[targets]:5:4: D5: the cell holds a formula");
    }

    @Test
    void test_notAWorkbook_isOneProblem() throws IOException {
        Path xlsx = dir.resolve("plan.xlsx");
        Files.writeString(xlsx, "id,name\n", StandardCharsets.UTF_8);
        LoadReport r = Datasets.readLenient(xlsx);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(xlsx.toString());
            assertThat(p.message()).startsWith("not a readable .xlsx workbook");
        });
    }
}
