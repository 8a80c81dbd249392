package dev.attain.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.eval.Evaluator;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.io.DatasetFormat;
import dev.attain.io.DatasetReader;
import dev.attain.io.Datasets;
import dev.attain.model.Dataset;
import dev.attain.model.Outcome;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scorecard → JSON, written by report (io knows nothing of evaluations): counts per status, each
 * evaluation, intervals as plain decimal strings, outcomes readable as the dataset format's.
 */
class ScorecardJsonTest {

    static final String DATASET = """
            {
              "indicators": [
                {"id": "ei", "name": "电子信息产业营业收入", "unit": "CNY"},
                {"id": "equip", "name": "装备制造产业营业收入", "unit": "CNY"},
                {"id": "va", "name": "工业增加值", "unit": "CNY"},
                {"id": "share", "name": "数字经济占GDP比重", "unit": "%", "measure": "SHARE"}
              ],
              "targets": [
                {"id": "jx-2022-ei-equip", "indicators": ["ei", "equip"], "period": "2022",
                 "requirement": "突破7000亿元", "commitment": "STRETCH"},
                {"id": "jx-2025-va", "indicator": "va", "period": "2025", "requirement": "达到1.3万亿元",
                 "baseline": {"period": "2021", "value": "1万亿元"}, "pace": "COMPOUND"},
                {"id": "share-2022", "indicator": "share", "period": "2022", "requirement": "45%以上"},
                {"id": "ei-2023", "indicator": "ei", "period": "2023", "requirement": "1.2万亿元"}
              ],
              "outcomes": [
                {"indicator": "ei", "period": "2022", "value": "1.03万亿元", "published": "2023-02-01"},
                {"indicator": "va", "period": "2022", "value": "1.05万亿元", "published": "2023-02-01"},
                {"indicator": "va", "period": "2023", "value": "1.1万亿元", "published": "2024-02-01"},
                {"indicator": "share", "period": "2022", "value": "43.9%", "published": "2023-02-01"}
              ]
            }
            """;

    private static Scorecard scorecard() {
        Dataset d = DatasetReader.defaults().read(new StringReader(DATASET), DatasetFormat.JSON, "s.json");
        return Evaluator.defaults().evaluate(d, LocalDate.of(2024, 3, 1));
    }

    @Test
    void test_scorecardJson_hasPlainDecimalsOnly() {
        String json = JsonReport.of().render(scorecard());
        assertThat(json).doesNotContainPattern(Pattern.compile("\\d[eE][+-]?\\d"));
        JsonNode tree = Datasets.jsonMapper().readTree(json);
        tree.findValues("lower").forEach(v -> assertThat(v.isNull() || v.isString()).isTrue());
        tree.findValues("upper").forEach(v -> assertThat(v.isNull() || v.isString()).isTrue());
        tree.findValues("lower").stream().filter(JsonNode::isString)
                .forEach(v -> assertThat(v.asString()).matches("-?\\d+(\\.\\d+)?"));
        assertThat(json).contains("\"required\": \"700000000000\"");
    }

    @Test
    void test_scorecardJson_hasAsOfCountsAndEachEvaluation() {
        Scorecard s = scorecard();
        JsonNode tree = Datasets.jsonMapper().readTree(JsonReport.of().render(s));
        assertThat(tree.get("asOf").asString()).isEqualTo("2024-03-01");
        for (Status status : Status.values()) {
            assertThat(tree.get("counts").get(status.name()).asInt()).isEqualTo(s.count(status));
        }
        assertThat(tree.get("evaluations")).hasSize(4);
        JsonNode sum = null;
        for (JsonNode e : tree.get("evaluations")) {
            assertThat(e.get("target").isString()).isTrue();
            assertThat(e.get("status").isString()).isTrue();
            assertThat(e.get("reasons").isArray()).isTrue();
            if (e.get("target").asString().equals("jx-2022-ei-equip")) {
                sum = e;
            }
        }
        assertThat(sum).isNotNull();
        // 1.03万亿 against 突破7000亿元 with the equipment share unreported: attainment ≥ 147.1%.
        JsonNode actual = sum.get("actual");
        assertThat(actual.get("lower").asString()).isEqualTo("1030000000000");
        assertThat(actual.get("lowerInclusive").asBoolean()).isTrue();
        assertThat(actual.get("upper").isNull()).isTrue();
        assertThat(actual.get("upperInclusive").asBoolean()).isFalse();
        assertThat(sum.get("attainment").get("lower").asString()).startsWith("1.471");
        assertThat(sum.get("indicators")).hasSize(2);
    }

    @Test
    void test_evaluationJson_forAPeriodStillRunning_hasPaceAndProjection() {
        Scorecard s = scorecard();
        String json = JsonReport.of().render(s.evaluation("jx-2025-va").orElseThrow());
        JsonNode e = Datasets.jsonMapper().readTree(json);
        assertThat(e.get("status").asString()).isIn("ON_TRACK", "AT_RISK", "OFF_TRACK");
        assertThat(e.get("pace").get("model").asString()).isEqualTo("COMPOUND");
        assertThat(e.get("pace").get("ratio").get("lower").isString()).isTrue();
        assertThat(e.has("projection")).isTrue();
        assertThat(e.get("projection").get("linear").get("meets").isString()).isTrue();
        assertThat(json).doesNotContainPattern(Pattern.compile("\\d[eE][+-]?\\d"));
    }

    @Test
    void test_scorecardModule_inACallersMapper_writesTheSameJson() {
        Scorecard s = scorecard();
        JsonMapper own = JsonMapper.builder().addModule(new ScorecardModule()).build();
        assertThat(own.readTree(own.writeValueAsString(s)))
                .isEqualTo(Datasets.jsonMapper().readTree(JsonReport.of().render(s)));
    }

    @Test
    void test_evaluationJson_outcomesReadBackAsTheDatasetsOutcomes() {
        Scorecard s = scorecard();
        var e = s.evaluation("jx-2022-ei-equip").orElseThrow();
        JsonNode outcomes = Datasets.jsonMapper().readTree(JsonReport.of().render(e)).get("outcomes");
        assertThat(outcomes).hasSize(e.outcomes().size());
        for (int i = 0; i < outcomes.size(); i++) {
            assertThat(Datasets.jsonMapper().treeToValue(outcomes.get(i), Outcome.class)).isEqualTo(e.outcomes().get(i));
        }
    }
}
