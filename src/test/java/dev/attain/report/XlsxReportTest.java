package dev.attain.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.Tracker;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorecard as a workbook, read back: the CSV report's columns, exact values as text, roll-ups. */
class XlsxReportTest {

    @TempDir
    Path dir;

    private static List<List<String>> read(Sheet sheet, List<CellType> types) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Row r : sheet.read()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < r.getCellCount(); c++) {
                Cell cell = r.getCell(c);
                cells.add(cell == null || cell.getType() == CellType.EMPTY ? "" : cell.getText());
                if (cell != null && cell.getType() != CellType.EMPTY) {
                    types.add(cell.getType());
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void test_flagshipScorecard_readsBackAsTheCsvReportsCells() throws IOException {
        Scorecard card = Tracker.load(Path.of("examples/data/jiangxi/jiangxi.json")).evaluate(LocalDate.of(2023, 6, 30));
        Path xlsx = dir.resolve("card.xlsx");
        XlsxReport.of(Locale.ENGLISH).write(card, xlsx);

        List<CellType> types = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new File(xlsx.toString()))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("evaluations", "roll-ups");
            List<List<String>> rows = read(sheets.get(0), types);
            assertThat(rows).hasSize(card.evaluations().size() + 1);
            assertThat(rows.get(0)).isEqualTo(CsvReport.headings(Labels.of(Locale.ENGLISH)));
            Cells cells = new Cells(Labels.of(Locale.ENGLISH));
            for (int i = 0; i < card.evaluations().size(); i++) {
                List<String> expected = CsvReport.row(card, card.evaluations().get(i), cells, false);
                List<String> actual = new ArrayList<>(rows.get(i + 1));
                while (actual.size() < expected.size()) {
                    actual.add("");
                }
                assertThat(actual).as("row %d", i + 2).isEqualTo(expected);
            }
            List<String> ei = rows.stream().filter(r -> r.get(1).equals("jx-2022-ei-equip")).findFirst().orElseThrow();
            // on each of two industries, the electronics part passed and equipment was not reported
            assertThat(ei.get(10)).isEqualTo("INDETERMINATE");
            assertThat(ei.get(16)).isEmpty();
            assertThat(String.join(" ", ei)).contains("equip-revenue");

            List<List<String>> rollUps = read(sheets.get(1), types);
            assertThat(rollUps.get(0).subList(0, 3)).containsExactly("grouped_by", "group", "targets");
            List<String> all = rollUps.get(1);
            assertThat(all.subList(0, 3)).containsExactly("all", "", "54");
            int noData = rollUps.get(0).indexOf("NO_DATA");
            assertThat(all.get(noData)).isEqualTo(String.valueOf(card.count(Status.NO_DATA)));
            assertThat(rollUps).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("scope.region"));
        }
        assertThat(types).as("every value is text, never a floating-point number").containsOnly(CellType.STRING);
    }
}
