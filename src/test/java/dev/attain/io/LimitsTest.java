package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.StreamReadConstraints;

/** Size limits on untrusted input: a file over a limit is refused with the limit named. */
class LimitsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static final String SMALL = """
            {"indicators": [{"id": "ei", "name": "电子信息产业营业收入", "unit": "CNY"}],
             "targets": [{"id": "t1", "indicator": "ei", "period": "2022", "requirement": "突破7000亿元",
                          "weight": 2}]}
            """;

    @Test
    void test_defaults_areTheDocumentedConstants() {
        DatasetReader r = DatasetReader.defaults();
        StreamReadConstraints c = r.streamReadConstraints();
        assertThat(c.getMaxDocumentLength()).isEqualTo(DatasetReader.DEFAULT_MAX_DOCUMENT_LENGTH).isEqualTo(16L << 20);
        assertThat(c.getMaxNestingDepth()).isEqualTo(DatasetReader.DEFAULT_MAX_NESTING_DEPTH);
        assertThat(c.getMaxStringLength()).isEqualTo(DatasetReader.DEFAULT_MAX_STRING_LENGTH);
        assertThat(c.getMaxNumberLength()).isEqualTo(DatasetReader.DEFAULT_MAX_NUMBER_LENGTH);
        assertThat(c.getMaxNameLength()).isEqualTo(DatasetReader.DEFAULT_MAX_NAME_LENGTH);
        assertThat(r.maxCsvRecordLength()).isEqualTo(DatasetReader.DEFAULT_MAX_CSV_RECORD_LENGTH);
        assertThat(Datasets.jsonMapper().tokenStreamFactory().streamReadConstraints().getMaxDocumentLength())
                .isEqualTo(DatasetReader.DEFAULT_MAX_DOCUMENT_LENGTH);
    }

    @Test
    void test_builder_nonPositiveLimit_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> DatasetReader.builder().maxDocumentLength(0))
                .withMessage("maxDocumentLength (0) must be > 0");
    }

    @Test
    void test_read_smallFileWithinLimits_isRead() throws IOException {
        Path file = write("plan.json", SMALL);
        assertThat(DatasetReader.builder().maxDocumentLength(SMALL.length()).build().read(file).targets()).hasSize(1);
    }

    @Test
    void test_read_documentOverTheLimit_isRefusedNamingTheLimit() throws IOException {
        Path file = write("plan.json", SMALL);
        DatasetReader reader = DatasetReader.builder().maxDocumentLength(100).build();
        assertThatExceptionOfType(DatasetException.class).isThrownBy(() -> reader.read(file))
                .withMessageContaining("refused: over the limit maxDocumentLength (100 characters)")
                .withMessageContaining("raise it with DatasetReader.builder().maxDocumentLength(…)")
                .satisfies(e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.file()).isEqualTo(file.toString())));
    }

    @Test
    void test_read_yamlOverTheLimit_isRefusedNamingTheLimit() throws IOException {
        Path file = write("plan.yaml", "indicators:\n  - id: ei\n    name: 电子信息产业营业收入\n    unit: CNY\n");
        DatasetReader reader = DatasetReader.builder().maxDocumentLength(20).build();
        assertThatExceptionOfType(DatasetException.class).isThrownBy(() -> reader.read(file))
                .withMessageContaining("refused: over the limit maxDocumentLength (20 characters)");
    }

    @Test
    void test_read_largeFile_isRefusedAtTheLimitWithoutReadingItAll() throws IOException {
        // Reading stops where the limit is crossed: the rest of the file is never read.
        Path file = dir.resolve("huge.json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"outcomes\": [");
            String row = "{\"indicator\": \"ei\", \"period\": \"2022\", \"value\": \"1.03万亿元\","
                    + " \"published\": \"2023-02-01\", \"source\": {\"quote\": \"" + "很".repeat(300) + "\"}},\n";
            for (int i = 0; i < 30_000; i++) {
                w.write(row);
            }
            w.write("{}]}");
        }
        assertThat(Files.size(file)).isGreaterThan(30_000_000L);
        DatasetReader reader = DatasetReader.builder().maxDocumentLength(1_000_000).build();
        assertThatExceptionOfType(DatasetException.class).isThrownBy(() -> reader.read(file))
                .withMessageContaining("maxDocumentLength (1,000,000 characters)");
    }

    @Test
    void test_read_nestingOverTheLimit_isRefused() throws IOException {
        Path file = write("plan.json", SMALL);
        assertThatExceptionOfType(DatasetException.class)
                .isThrownBy(() -> DatasetReader.builder().maxNestingDepth(2).build().read(file))
                .withMessageContaining(file + ":1:18: refused: over the limit maxNestingDepth (2 levels)");
    }

    @Test
    void test_read_stringOverTheLimit_isRefused() throws IOException {
        Path file = write("plan.json", SMALL);
        assertThatExceptionOfType(DatasetException.class)
                .isThrownBy(() -> DatasetReader.builder().maxStringLength(8).build().read(file))
                .withMessageContaining("refused: over the limit maxStringLength (8 characters)");
    }

    @Test
    void test_read_numberOverTheLimit_isRefused() throws IOException {
        Path file = write("plan.json", SMALL.replace("\"weight\": 2", "\"weight\": 12345678901234567890"));
        assertThatExceptionOfType(DatasetException.class)
                .isThrownBy(() -> DatasetReader.builder().maxNumberLength(10).build().read(file))
                .withMessageContaining("refused: over the limit maxNumberLength (10 characters)");
    }

    @Test
    void test_read_nameOverTheLimit_isRefused() throws IOException {
        Path file = write("plan.json", SMALL.replace("\"weight\"", "\"" + "w".repeat(50) + "\""));
        assertThatExceptionOfType(DatasetException.class)
                .isThrownBy(() -> DatasetReader.builder().maxNameLength(20).build().read(file))
                .withMessageContaining("refused: over the limit maxNameLength (20 characters)");
    }

    @Test
    void test_readLenient_csvRowOverTheLimit_stopsTheFileThereNamingTheLimit() throws IOException {
        write("indicators.json", SMALL);
        write("outcomes.csv", "indicator,period,value,published,source\n"
                + "ei,2022,1.03万亿元,2023-02-01,a.txt\n"
                + "ei,2022,1.03万亿元,2023-02-01," + "x".repeat(20_000) + "\n"
                + "ei,2023,1.1万亿元,2024-02-01,b.txt\n");
        LoadReport r = DatasetReader.builder().maxCsvRecordLength(10_000).build().readLenient(dir);
        assertThat(r.dataset().outcomes()).hasSize(1);
        assertThat(r.rejected()).singleElement().satisfies(rej -> {
            assertThat(rej.line()).isEqualTo(3);
            assertThat(rej.reason()).contains("refused: over the limit maxCsvRecordLength (10,000 characters)")
                    .contains("rows from line 3 on were not read");
        });
    }

    @Test
    void test_read_notUtf8_isReported() throws IOException {
        Path file = dir.resolve("plan.json");
        Files.write(file, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        assertThatExceptionOfType(DatasetException.class).isThrownBy(() -> Datasets.read(file))
                .withMessageContaining("not UTF-8 text");
    }
}
