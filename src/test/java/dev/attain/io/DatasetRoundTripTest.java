package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.attain.model.Aggregation;
import dev.attain.model.Baseline;
import dev.attain.model.Commitment;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Polarity;
import dev.attain.model.Quota;
import dev.attain.model.Relation;
import dev.attain.model.Scope;
import dev.attain.model.Sides;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dataset → JSON / YAML / CSV → dataset gives an equal dataset, with every field used. */
class DatasetRoundTripTest {

    @TempDir
    Path dir;

    /** A dataset that uses every field of the format, and every default left out. */
    static Dataset everything() {
        Map<String, String> scope = new LinkedHashMap<>();
        scope.put("region", "江西省");
        scope.put("sector", "电子信息");
        Scope jiangxi = Scope.of("region", "江西省");
        List<Indicator> indicators = List.of(
                Indicator.builder("ei", "电子信息产业营业收入", Unit.CNY).nameEn("Electronics industry revenue")
                        .tags("2+6+N", "电子信息").build(),
                Indicator.builder("equip", "装备制造产业营业收入", Unit.CNY).build(),
                Indicator.builder("firms", "规上企业数", Unit.of("家")).measure(Measure.LEVEL).build(),
                Indicator.builder("energy", "单位GDP能耗下降", Unit.PERCENT).measure(Measure.RATE)
                        .polarity(Polarity.LOWER_IS_BETTER).build(),
                Indicator.builder("profit", "利润总额", Unit.CNY).nonNegative(false).build(),
                Indicator.builder("rank", "全国排名", Unit.RANK).measure(Measure.RANK)
                        .polarity(Polarity.LOWER_IS_BETTER).build(),
                Indicator.builder("share", "数字经济占GDP比重", Unit.PERCENT).measure(Measure.SHARE).build(),
                Indicator.builder("bare", "指数", Unit.NONE).measure(Measure.LEVEL).build(),
                Indicator.builder("new-firms", "新增规上企业数", Unit.of("家")).measure(Measure.INCREMENT).total("firms")
                        .build(),
                Indicator.builder("gdp-growth", "地区生产总值增速", Unit.PERCENT).measure(Measure.RATE).build(),
                Indicator.builder("income-growth", "居民人均可支配收入增速", Unit.PERCENT).measure(Measure.RATE).build());
        List<Target> targets = List.of(
                Target.builder("jx-2022-ei-equip").indicators("ei", "equip").scope(jiangxi).period("2022")
                        .requirement("突破7000亿元").commitment(Commitment.STRETCH)
                        .source(Source.of("001_a4206e351c277bd7.txt", LocalDate.of(2022, 1, 18),
                                "力争电子信息和装备工业突破7000亿元").withAddress("https://example.org/plan"))
                        .build(),
                Target.builder("jx-2025-ei").indicators("ei").scope(Scope.of(scope)).period("2021..2025")
                        .requirement("达到1.3万亿元").floor(Figure.parse("1.2万亿元")).stretch(Figure.parse("突破1.5万亿元"))
                        .baseline(Baseline.of(Period.parse("2020"), Figure.parse("约8000亿元")))
                        .commitment(Commitment.BINDING).pace(PaceModel.COMPOUND).weight(new BigDecimal("2.5"))
                        .tags(List.of("十四五", "产业")).build(),
                Target.builder("jx-2022-firms").indicators("firms").period("2022-Q3").requirement("1000家以上")
                        .schedule(List.of(new Quota(Period.parse("2022-07"), new BigDecimal("30")),
                                new Quota(Period.parse("2022-08"), new BigDecimal("33.30")),
                                new Quota(Period.parse("2022-09"), new BigDecimal("36.7"))))
                        .build(),
                Target.builder("energy-2022").indicators("energy").period("2022").requirement("不超过3%").build(),
                Target.builder("rank-2022").indicators("rank").period("2022-01..2022-06").requirement("前10").build(),
                Target.builder("bare-2022").indicators("bare").period("2022-H2").requirement("2-3").build(),
                // the forms of issue 15: each of several, both sides of a band, relative requirements
                Target.builder("each-2022").indicators("ei", "equip").of(Aggregation.EACH).period("2022")
                        .requirement("突破7000亿元").build(),
                Target.builder("cpi-2022").indicators("gdp-growth").period("2022").requirement("3%左右")
                        .sides(Sides.BOTH).build(),
                Target.builder("share-up-2022").indicators("share").period("2022").requirement("提高2个百分点")
                        .relation(Relation.sincePrevious()).build(),
                Target.builder("ei-double").indicators("ei").period("2021..2025").requirement("翻一番")
                        .relation(Relation.since(Period.parse("2020"))).build(),
                Target.builder("income-sync").indicators("income-growth").period("2022").requirement("0个百分点")
                        .relation(Relation.comparedWith("gdp-growth")).build(),
                Target.builder("new-firms-2022").indicators("new-firms").period("2022").requirement("1000家").build());
        List<Outcome> outcomes = List.of(
                new Outcome("ei", jiangxi, Period.parse("2022"), Figure.parse("1.03万亿元"), LocalDate.of(2023, 2, 1),
                        OutcomeStatus.FINAL, Optional.of(Source.of("002_957c925e5307aa20.txt", LocalDate.of(2023, 2, 1),
                                "2022年首次突破万亿元,达1.03万亿元").withSpan(1570, 1578))),
                new Outcome("ei", jiangxi, Period.parse("2022-01..2022-06"), Figure.parse("近5000亿元"),
                        LocalDate.of(2022, 7, 20), OutcomeStatus.PRELIMINARY, Optional.empty()),
                new Outcome("equip", jiangxi, Period.parse("2022"), Figure.parse("1500亿美元"), LocalDate.of(2023, 3, 1),
                        OutcomeStatus.REVISED, Optional.empty()),
                Outcome.of("firms", Scope.of(scope), Period.parse("2022-Q3"), Figure.parse("1141家"),
                        LocalDate.of(2022, 10, 15)),
                Outcome.of("energy", Scope.EMPTY, Period.parse("2022"), Figure.parse("下降2.9%"), LocalDate.of(2023, 1, 30)),
                Outcome.of("profit", Scope.EMPTY, Period.parse("2022"), Figure.parse("-12亿元"), LocalDate.of(2023, 1, 30)),
                Outcome.of("rank", Scope.EMPTY, Period.parse("2022-01..2022-06"), Figure.parse("第13位"),
                        LocalDate.of(2022, 8, 1)),
                Outcome.of("share", Scope.EMPTY, Period.parse("2022"), Figure.parse("43.9%"), LocalDate.of(2023, 2, 1)));
        return Dataset.of(indicators, targets, outcomes).withTitle("江西省工业规划目标与实际完成情况");
    }

    @Test
    void test_roundTrip_json_isEqual() {
        assertReadBackEqual(Datasets::toJson, DatasetFormat.JSON, "rt.json");
    }

    @Test
    void test_roundTrip_yaml_isEqual() {
        assertReadBackEqual(Datasets::toYaml, DatasetFormat.YAML, "rt.yaml");
    }

    /** Writes {@link #everything()} as text, reads it back, and asserts it equal, scopes in order. */
    private static void assertReadBackEqual(Function<Dataset, String> writer, DatasetFormat format, String name) {
        Dataset d = everything();
        String text = writer.apply(d);
        Dataset back = DatasetReader.defaults().read(new StringReader(text), format, name);
        assertThat(back).isEqualTo(d);
        assertScopeOrderKept(back);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan.json", "plan.yaml", "plan.yml"})
    void test_roundTrip_file_isEqual(String name) {
        Dataset d = everything();
        Path file = dir.resolve(name);
        Datasets.write(d, file);
        assertThat(Datasets.read(file)).isEqualTo(d);
    }

    @Test
    void test_roundTrip_throughTheMappers_isEqual() {
        Dataset d = everything();
        assertThat(Datasets.jsonMapper().readValue(Datasets.jsonMapper().writeValueAsString(d), Dataset.class))
                .isEqualTo(d);
        assertThat(Datasets.yamlMapper().readValue(Datasets.yamlMapper().writeValueAsString(d), Dataset.class))
                .isEqualTo(d);
    }

    @Test
    void test_write_outputStream_isUtf8AndLeftOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Datasets.write(everything(), out, DatasetFormat.JSON);
        out.write('x');
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\"requirement\": \"突破7000亿元\"").endsWith("}\nx");
    }

    @Test
    void test_write_json_writesPhrasesAndPlainNumbersAndLeavesDefaultsOut() {
        String json = Datasets.toJson(everything());
        assertThat(json)
                .contains("\"indicators\": [\n        \"ei\",\n        \"equip\"\n      ]")
                .contains("\"value\": \"1.03万亿元\"")
                .contains("\"weight\": 2.5")
                .contains("\"share\": 33.30")
                .contains("\"nonNegative\": false")
                .doesNotContain("E+")
                .doesNotContain("\"weight\": 1,")
                .doesNotContain("\"pace\": \"LINEAR\"")
                .contains("\"of\": \"EACH\"").doesNotContain("\"of\": \"SUM\"")
                .contains("\"sides\": \"BOTH\"").doesNotContain("\"sides\": \"ONE\"")
                .contains("\"change\": \"PREVIOUS\"").contains("\"change\": \"2020\"")
                .contains("\"comparedWith\": \"gdp-growth\"").contains("\"total\": \"firms\"");
    }

    @Test
    void test_write_csvExtension_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Datasets.write(everything(), dir.resolve("plan.csv")))
                .withMessageContaining("writeOutcomes");
    }

    @Test
    void test_roundTrip_folderWithCsvOutcomes_isEqual() throws IOException {
        Dataset d = everything();
        Dataset plans = Dataset.of(d.indicators(), d.targets(), List.of());
        Datasets.write(plans, dir.resolve("plan.json"));
        StringWriter csv = new StringWriter();
        Datasets.writeOutcomes(d.outcomes(), csv);
        Files.writeString(dir.resolve("outcomes.csv"), csv.toString(), StandardCharsets.UTF_8);
        Dataset back = Datasets.read(dir);
        assertThat(back.indicators()).isEqualTo(d.indicators());
        assertThat(back.targets()).isEqualTo(d.targets());
        assertThat(back.outcomes()).hasSameSizeAs(d.outcomes());
        for (int i = 0; i < d.outcomes().size(); i++) {
            Outcome o = d.outcomes().get(i);
            assertThat(back.outcomes().get(i)).isEqualTo(new Outcome(o.indicator(), o.scope(), o.period(), o.value(),
                    o.published(), o.status(), o.source().map(s -> Source.of(s.document()))));
        }
    }

    @Test
    void test_read_folder_readsJsonAndYamlTogether() throws IOException {
        Dataset d = everything();
        Datasets.write(Dataset.of(d.indicators(), List.of(), List.of()), dir.resolve("a-indicators.yaml"));
        String json = Datasets.toJson(d);
        String plans = json.substring(0, json.indexOf("\"indicators\"")) + json.substring(json.indexOf("\"targets\""));
        Files.writeString(dir.resolve("b-plans.json"), plans, StandardCharsets.UTF_8);
        assertThat(Datasets.read(dir)).isEqualTo(d);
    }

    private static void assertScopeOrderKept(Dataset back) {
        assertThat(back.targets().get(1).scope().entries().keySet()).containsExactly("region", "sector");
    }
}
