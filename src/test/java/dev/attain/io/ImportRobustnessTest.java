package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports that never choke or lose a row (issue 18, point 3): bounded rejections, invalid
 * UTF-8 at its true line with the rows before it read, lone surrogates refused, and an
 * unclosed quote reported where it opened.
 */
class ImportRobustnessTest {

    @TempDir
    Path dir;

    @BeforeEach
    void indicators() throws IOException {
        Files.writeString(dir.resolve("indicators.json"), LenientCsvTest.INDICATORS, StandardCharsets.UTF_8);
    }

    private static String header() {
        return "indicator,period,value,published\n";
    }

    @Test
    void test_readLenient_manyBadRows_keepsTheFirstAndCountsTheRest() throws IOException {
        StringBuilder sb = new StringBuilder(header());
        for (int i = 0; i < 10; i++) {
            sb.append("ei,2022,很多,2023-02-01\n");
        }
        sb.append("ei,2022,1.03万亿元,2023-02-01\n");
        Files.writeString(dir.resolve("outcomes.csv"), sb.toString(), StandardCharsets.UTF_8);
        DatasetReader reader = DatasetReader.builder().maxRejectionsKept(3).build();

        LoadReport r = reader.readLenient(dir);

        assertThat(r.rejected()).extracting(Rejection::line).containsExactly(2, 3, 4);
        assertThat(r.notKept()).isEqualTo(7);
        assertThat(r.rejectedCount()).isEqualTo(10);
        assertThat(r.dataset().outcomes()).hasSize(1);
        assertThat(r.read()).isEqualTo(2 + 11).isEqualTo(r.accepted() + r.rejectedCount());
        assertThat(r.toString()).contains("rejected 10 (7 not kept)");
        assertThatExceptionOfType(DatasetException.class).isThrownBy(() -> reader.read(dir))
                .satisfies(e -> assertThat(e.notKept()).isEqualTo(7))
                .satisfies(e -> assertThat(e.problems()).hasSize(3))
                .withMessageContaining("has at least 3 problems")
                .withMessageContaining("… and 7 more rejected records, counted but not kept");
    }

    @Test
    void test_defaults_keepAThousandRejections() {
        assertThat(DatasetReader.DEFAULT_MAX_REJECTIONS_KEPT).isEqualTo(1000);
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> DatasetReader.builder().maxRejectionsKept(0))
                .withMessage("maxRejectionsKept (0) must be > 0");
    }

    @Test
    void test_readLenient_invalidUtf8AfterManyRows_isReportedAtItsLineWithEveryRowBeforeItRead() throws IOException {
        int valid = 100_000;
        Path csv = dir.resolve("outcomes.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            buf.write(header().getBytes(StandardCharsets.UTF_8));
            byte[] row = "ei,2022,1.03万亿元,2023-02-01\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < valid - 1; i++) {
                buf.write(row);
            }
            buf.write("ei,2022,1.03万亿元,2023-02-0".getBytes(StandardCharsets.UTF_8));
            buf.write(new byte[] {(byte) 0xFF, '\n'});
            buf.write(row);
            buf.writeTo(out);
        }

        LoadReport r = Datasets.readLenient(dir);

        // line 1 the header, lines 2..100,000 valid, line 100,001 holds the bad byte
        assertThat(r.dataset().outcomes()).hasSize(valid - 1);
        assertThat(r.rejected()).singleElement().satisfies(rej -> {
            assertThat(rej.line()).isEqualTo(valid + 1);
            assertThat(rej.reason()).contains("not UTF-8 text at line 100001: the bytes 0xFF are not a UTF-8 character")
                    .contains("the rows before it were read, rows from line 100001 on were not");
        });
    }

    @Test
    void test_readLenient_invalidUtf8InJson_isReportedAtItsLine() throws IOException {
        Path json = dir.resolve("targets.json");
        try (OutputStream out = Files.newOutputStream(json)) {
            out.write("{\"targets\": [\n\n\n  {\"id\": \"".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xC3, '"', '}', ']', '}'});
        }
        LoadReport r = Datasets.readLenient(dir);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(json.toString());
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("not UTF-8 text at line 4: the bytes 0xC3");
        });
    }

    @Test
    void test_readLenient_loneSurrogateInAName_isRefusedWithTheFieldNamed() throws IOException {
        Files.writeString(dir.resolve("more.json"), """
                {"indicators": [
                  {"id": "va", "name": "工业增加值\\ud800", "unit": "CNY"},
                  {"id": "va2", "name": "工业增加值", "unit": "CNY", "tags": ["ok", "\\udc00bad"]}
                ]}
                """, StandardCharsets.UTF_8);
        LoadReport r = Datasets.readLenient(dir);
        assertThat(r.dataset().indicators()).extracting(i -> i.id()).containsExactly("ei", "firms");
        assertThat(r.rejected()).hasSize(2);
        assertThat(r.rejected().get(0).problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).contains("name");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("the text holds a lone surrogate (U+D800 at character 6), which is not"
                    + " a Unicode character: write the character whole or leave it out");
        });
        assertThat(r.rejected().get(1).problems()).singleElement().satisfies(p ->
                assertThat(p.field()).contains("tags[1]"));
    }

    @Test
    void test_readLenient_loneSurrogateInYaml_isRefused() throws IOException {
        Files.writeString(dir.resolve("more.yaml"), """
                outcomes:
                  - indicator: ei
                    period: "2022"
                    value: 1.03万亿元
                    published: 2023-02-01
                    source: {document: "bulletin\\uD83D.txt"}
                """, StandardCharsets.UTF_8);
        LoadReport r = Datasets.readLenient(dir);
        assertThat(r.dataset().outcomes()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.field()).contains("source.document"));
    }

    @Test
    void test_readLenient_unclosedQuote_isReportedWhereItOpened() throws IOException {
        Files.writeString(dir.resolve("outcomes.csv"), header()
                + "ei,2022,1.03万亿元,2023-02-01\n"
                + "ei,\"2022,1000亿元,2023-02-01\n"
                + "ei,2021,9000亿元,2022-02-01\n"
                + "ei,2020,8000亿元,2021-02-01\n", StandardCharsets.UTF_8);
        LoadReport r = Datasets.readLenient(dir);
        assertThat(r.dataset().outcomes()).hasSize(1);
        assertThat(r.rejected()).singleElement().satisfies(rej -> {
            assertThat(rej.line()).isEqualTo(3);
            assertThat(rej.reason()).contains("the quote that opens column 2 in line 3 is not closed on its line:"
                    + " it runs on to line 6, taking in the lines between as one row");
        });
    }

    @Test
    void test_readLenient_quoteClosedOnALaterLine_isReportedWhereItOpened() throws IOException {
        Files.writeString(dir.resolve("outcomes.csv"), header()
                + "ei,\"2022,1000亿元,2023-02-01\n"
                + "ei,2021\",9000亿元,2022-02-01\n"
                + "ei,2020,8000亿元,2021-02-01\n", StandardCharsets.UTF_8);
        LoadReport r = Datasets.readLenient(dir);
        assertThat(r.dataset().outcomes()).hasSize(1);
        assertThat(r.rejected()).singleElement().satisfies(rej ->
                assertThat(rej.reason()).contains("the quote that opens column 2 in line 2 is not closed on its line:"
                        + " it runs on to line 3").doesNotContain("fields"));
    }

    static void writeAllBad(Path csv, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(header());
            for (int i = 0; i < rows; i++) {
                w.write("ei,2022,not a figure ");
                w.write(Integer.toString(i));
                w.write(",2023-02-01\n");
            }
        }
    }
}
