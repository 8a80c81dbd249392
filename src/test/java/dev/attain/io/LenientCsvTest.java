package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lenient (collecting) mode on CSV outcome tables: the valid rows are kept, each bad row is
 * rejected with its line and reasons, and accepted + rejected = rows.
 */
class LenientCsvTest {

    static final String INDICATORS = """
            {"indicators": [
              {"id": "ei", "name": "电子信息产业营业收入", "unit": "CNY"},
              {"id": "firms", "name": "规上企业数", "unit": "家", "measure": "LEVEL"}
            ]}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void indicators() throws IOException {
        Files.writeString(dir.resolve("indicators.json"), INDICATORS, StandardCharsets.UTF_8);
    }

    private void csv(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void test_readLenient_csvWithBadRows_acceptedPlusRejectedIsRows() throws IOException {
        csv("outcomes.csv", """
                indicator,scope.region,scope.city,period,value,published,status,source
                ei,江西省,,2022,1.03万亿元,2023-02-01,FINAL,002.txt
                ei,江西省,南昌市,2022-13,1000亿元,2023-02-01,,
                firms,江西省,,2022,1141家,2023-02-01,PRELIMINARY,
                equip,江西省,,2022,7000亿元,2023-02-01,FINAL,
                firms,江西省,,2022,1141亿元,2023-02-01,FINAL,
                ei,江西省,,2022,很多,2023-02-01,FINAL,
                ei,江西省,,2022-H1,"5,000亿元",2023-02-30,FINALE,
                ei,江西省
                firms,江西省,赣州市,2022-Q3,约2000家,2022-10-15,REVISED,003.txt
                """);
        LoadReport r = Datasets.readLenient(dir);
        long rows = 9;
        assertThat(r.dataset().outcomes()).hasSize(3);
        assertThat(r.rejected()).hasSize(6);
        assertThat(r.read()).isEqualTo(2 + rows);
        assertThat(r.dataset().outcomes().size() + r.rejected().size()).isEqualTo(rows);
        assertThat(r.accepted() + r.rejected().size()).isEqualTo(r.read());
        assertThat(r.rejected()).extracting(Rejection::line).containsExactly(3, 5, 6, 7, 8, 9);
        assertThat(r.rejected()).allSatisfy(rej -> {
            assertThat(rej.file()).isEqualTo(dir.resolve("outcomes.csv").toString());
            assertThat(rej.toString()).startsWith(rej.file() + ":" + rej.line() + ":");
        });
        assertThat(r.rejected().get(0).toString()).contains("row 2 (ei 2022-13) rejected: field 'period' (3:4):"
                + " Period '2022-13' cannot be parsed");
        assertThat(r.rejected().get(1).reason()).contains("field 'indicator' (5:1): unknown indicator 'equip'");
        assertThat(r.rejected().get(2).reason()).contains("field 'value' (6:5): unit 'CNY' (MONEY) does not measure"
                + " what indicator 'firms' measures");
        assertThat(r.rejected().get(3).reason()).contains("field 'value' (7:5): Figure '很多' cannot be parsed");
        assertThat(r.rejected().get(4).problems()).extracting(p -> p.field().orElseThrow())
                .containsExactly("published", "status");
        assertThat(r.rejected().get(5).reason()).contains("row has 2 fields, the header 8");
        Outcome last = r.dataset().outcomes().get(2);
        assertThat(last.scope().entries()).containsExactly(java.util.Map.entry("region", "江西省"),
                java.util.Map.entry("city", "赣州市"));
        assertThat(last.status()).isEqualTo(OutcomeStatus.REVISED);
        assertThat(last.source().orElseThrow().document()).isEqualTo("003.txt");
        assertThat(r.dataset().outcomes().get(0).scope().entries()).containsOnlyKeys("region");
    }

    @Test
    void test_read_csvWithBadRows_failsListingEveryRow() throws IOException {
        csv("outcomes.csv", """
                indicator,period,value,published
                ei,2022,1.03万亿元,2023-02-01
                ei,2022,很多,2023-02-01
                equip,2022,1.03万亿元,2023-02-01
                """);
        assertThatExceptionOfType(DatasetException.class).isThrownBy(() -> Datasets.read(dir))
                .satisfies(e -> assertThat(e.problems()).hasSize(2))
                .withMessageContaining(dir.resolve("outcomes.csv") + ":3:3: row 2 (ei 2022): field 'value': Figure '很多'")
                .withMessageContaining(dir.resolve("outcomes.csv") + ":4:1: row 3 (equip 2022): field 'indicator':"
                        + " unknown indicator 'equip'");
    }

    @Test
    void test_readLenient_headerWithoutRequiredColumn_rejectsTheFile() throws IOException {
        csv("outcomes.csv", """
                indicator,period,valeu,published
                ei,2022,1.03万亿元,2023-02-01
                """);
        LoadReport r = Datasets.readLenient(dir);
        assertThat(r.dataset().outcomes()).isEmpty();
        assertThat(r.rejected()).singleElement().satisfies(rej -> {
            assertThat(rej.record()).isEqualTo("header");
            assertThat(rej.line()).isEqualTo(1);
            assertThat(rej.reason()).contains("required column 'value' is missing").contains("no row was read");
        });
    }

    @Test
    void test_readLenient_unknownColumn_isReportedAndIgnored() throws IOException {
        csv("outcomes.csv", """
                indicator,period,value,published,note
                ei,2022,1.03万亿元,2023-02-01,from the bulletin
                """);
        LoadReport r = Datasets.readLenient(dir);
        assertThat(r.dataset().outcomes()).hasSize(1);
        assertThat(r.rejected()).singleElement().satisfies(rej ->
                assertThat(rej.reason()).contains("unknown column 5 'note', ignored."));
    }

    @Test
    void test_readLenient_emptyCsv_isReported() throws IOException {
        csv("outcomes.csv", "");
        LoadReport r = Datasets.readLenient(dir);
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("file is empty"));
    }

    @Test
    void test_read_csvWithByteOrderMarkAndCrLf_isRead() throws IOException {
        csv("outcomes.csv", "\uFEFFindicator,period,value,published\r\nei,2022,1.03万亿元,2023-02-01\r\n");
        assertThat(Datasets.read(dir).outcomes()).hasSize(1);
    }

    @Test
    void test_readLenient_csvFromReader_hasNoIndicators() {
        LoadReport r = DatasetReader.defaults().readLenient(new StringReader(
                "indicator,period,value,published\nei,2022,1.03万亿元,2023-02-01\n"), DatasetFormat.CSV, "o.csv");
        assertThat(r.rejected()).singleElement().satisfies(rej ->
                assertThat(rej.toString()).isEqualTo("o.csv:2:1: row 1 (ei 2022) rejected: field 'indicator' (2:1):"
                        + " unknown indicator 'ei'"));
    }

    @Test
    void test_readLenient_folder_readsCsvAfterTheIndicatorsWhateverTheNames() throws IOException {
        csv("a-outcomes.csv", "indicator,period,value,published\nfirms,2022,1141家,2023-02-01\n");
        Files.writeString(dir.resolve("notes.md"), "ignored", StandardCharsets.UTF_8);
        LoadReport r = Datasets.readLenient(dir);
        assertThat(r.isClean()).isTrue();
        assertThat(r.dataset().outcomes()).extracting(Outcome::indicator).isEqualTo(List.of("firms"));
    }
}
