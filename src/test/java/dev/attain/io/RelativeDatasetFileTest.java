package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.model.Dataset;
import dev.attain.report.ConsoleReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relative requirements of the dataset format (dataset-format.md, "Relative requirements"),
 * read from a file as a user writes them and judged: one target per row of its table.
 */
class RelativeDatasetFileTest {

    private static final String JSON = """
            {
              "indicators": [
                {"id": "va", "name": "规上工业增加值", "nameEn": "Industrial value added", "unit": "CNY"},
                {"id": "firms", "name": "规上企业数", "nameEn": "Enterprises", "unit": "家", "measure": "LEVEL"},
                {"id": "income", "name": "居民收入增速", "nameEn": "Income growth", "unit": "%", "measure": "RATE"},
                {"id": "gdp-growth", "name": "经济增速", "nameEn": "GDP growth", "unit": "%", "measure": "RATE"}
              ],
              "targets": [
                {"id": "double", "indicator": "va", "period": "2025", "requirement": "翻一番", "change": "2020"},
                {"id": "grow", "indicator": "va", "period": "2025", "requirement": "保持正增长", "change": "PREVIOUS"},
                {"id": "net", "indicator": "firms", "period": "2025", "requirement": "净增1000家", "change": "PREVIOUS"},
                {"id": "in-step", "indicator": "income", "period": "2025", "requirement": "0个百分点",
                 "comparedWith": "gdp-growth"}
              ],
              "outcomes": [
                {"indicator": "va", "period": "2020", "value": "5000亿元", "published": "2021-02-01"},
                {"indicator": "va", "period": "2024", "value": "1.1万亿元", "published": "2025-02-01"},
                {"indicator": "va", "period": "2025", "value": "1.05万亿元", "published": "2026-02-01"},
                {"indicator": "firms", "period": "2025", "value": "4579家", "published": "2026-01-20"},
                {"indicator": "income", "period": "2025", "value": "5.3%", "published": "2026-01-20"},
                {"indicator": "gdp-growth", "period": "2025", "value": "4.7%", "published": "2026-01-20"}
              ]
            }
            """;

    /**
     * 1.05万亿 ÷ 5000亿 = 2.1 ≥ 2: ACHIEVED. 1.05万亿 ÷ 1.1万亿 − 1 = −4.5454…%, not above 0:
     * MISSED. Firms in 2024 unreported: NO_DATA, naming it. 5.3 − 4.7 = 0.6 pp ≥ 0: ACHIEVED.
     */
    @Test
    void test_relativeTargetsReadFromAFile_areJudged(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, JSON, StandardCharsets.UTF_8);
        Dataset dataset = Datasets.read(file);
        Scorecard card = Evaluator.defaults().evaluate(dataset, LocalDate.of(2026, 3, 1));

        assertThat(card.evaluation("double").map(Evaluation::status)).contains(Status.ACHIEVED);
        Evaluation grow = card.evaluation("grow").orElseThrow();
        assertThat(grow.status()).isEqualTo(Status.MISSED);
        assertThat(grow.actual().orElseThrow().lowerEndpoint()).isEqualByComparingTo("-4.545454545454545");
        Evaluation net = card.evaluation("net").orElseThrow();
        assertThat(net.status()).isEqualTo(Status.NO_DATA);
        assertThat(net.decisiveReason(Locale.ENGLISH)).hasValueSatisfying(
                r -> assertThat(r).contains("Enterprises (firms) had not been reported for 2024"));
        assertThat(card.evaluation("in-step").map(Evaluation::status)).contains(Status.ACHIEVED);

        // every figure is asked for: va 2020 and 2024 and GDP growth are what the requirements are
        // measured against, so "what was reported" lists none of them as matching no target
        String console = ConsoleReport.of(Locale.ENGLISH).withDataset(dataset).render(card);
        assertThat(console).contains("Every reported figure matches a target.");
    }
}
