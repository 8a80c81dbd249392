package dev.attain.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Tables as a user has them, in the flat CSV form, with bad rows among good ones: every bad row
 * comes back REJECTED with its id and the record and field at fault, the others are judged, and
 * nothing fails the job. Amounts beyond what Spark's decimals hold, and quotients Spark would
 * round to 6 places, come back exact.
 */
class SparkBadRowsTest {

    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    private final SparkSession spark = LocalSpark.session();

    private Dataset<Row> table(String... columnsThenRows) {
        String[] names = columnsThenRows[0].split("\\|", -1);
        StructType schema = new StructType();
        for (String n : names) {
            schema = schema.add(n, DataTypes.StringType);
        }
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 1; i < columnsThenRows.length; i++) {
            Object[] cells = columnsThenRows[i].split("\\|", -1);
            for (int c = 0; c < cells.length; c++) {
                cells[c] = ((String) cells[c]).isEmpty() ? null : cells[c];
            }
            rows.add(org.apache.spark.sql.RowFactory.create(cells));
        }
        return spark.createDataFrame(rows, schema);
    }

    private Dataset<Row> indicators() {
        return table("id|name|nameEn|unit|measure|polarity|tags",
                "ei|电子信息产业营业收入|Electronics revenue|CNY|FLOW||2+6+N",
                "equip|装备制造产业营业收入|Equipment revenue|CNY|||2+6+N",
                "huge|巨额|Huge|CNY|||",
                "broken|坏指标||元|||");
    }

    private Map<String, Row> byId(SparkEvaluations result) {
        Map<String, Row> out = new TreeMap<>();
        for (Row r : result.evaluations().collectAsList()) {
            out.put(r.getAs("id"), r);
        }
        return out;
    }

    @Test
    void badRowsAreReportedWithTheirIdsAndTheOthersJudged() {
        Dataset<Row> targets = table("id|indicators|scope.region|period|requirement|tags",
                "good|ei,equip|江西省|2022|突破7000亿元|plan",
                "bad-figure|ei|江西省|2022|很多亿元|",
                "bad-period|ei|江西省|2022-Q5|7000亿元|",
                "unknown|steel|江西省|2022|7000亿元|",
                "rejected-indicator|broken|江西省|2022|7000亿元|",
                "bad-outcome|equip|湖南省|2022|100亿元|",
                "|ei|江西省|2022|7000亿元|");
        Dataset<Row> outcomes = table("indicator|scope.region|period|value|published|status",
                "ei|江西省|2022|1.03万亿元|2023-02-01|FINAL",
                "equip|湖南省|2022|一百亿元|2023-02-30|",
                "ei|上海市|2022|500亿元|2023-02-01|FINAL",
                "equip|江西省|2030|1亿元|2031-02-01|FINAL");
        SparkEvaluations result = SparkTracker.of(indicators()).evaluate(targets, outcomes, AS_OF);
        Map<String, Row> rows = byId(result);

        assertThat(rows).hasSize(7);
        assertThat(rows.get("good").<String>getAs("status")).isEqualTo("ACHIEVED");
        assertThat(rows.get("good").<String>getAs("problem")).isNull();
        assertThat(problem(rows, "bad-figure")).startsWith("target (bad-figure): field 'requirement': Figure '很多亿元'");
        assertThat(problem(rows, "bad-period")).startsWith("target (bad-period): field 'period': Period '2022-Q5'");
        assertThat(problem(rows, "unknown")).isEqualTo("target (unknown): field 'indicators': unknown indicator 'steel'");
        assertThat(problem(rows, "rejected-indicator"))
                .startsWith("target (rejected-indicator): field 'indicators': indicator 'broken' was rejected: "
                        + "field 'unit': ");
        assertThat(problem(rows, "bad-outcome")).isEqualTo("target (bad-outcome): outcome (equip, region=湖南省, 2022, "
                + "published 2023-02-30): field 'published': Text '2023-02-30' could not be parsed: "
                + "Invalid date 'FEBRUARY 30'");
        assertThat(problem(rows, "")).isEqualTo("target (without id): field 'id': required field is missing");
        assertThat(result.rejected().count()).isEqualTo(6);
        // an outcome of no target's indicator and scope is reported, not dropped; one of a later period is not unmatched
        List<Row> unmatched = result.unmatched().collectAsList();
        assertThat(unmatched).hasSize(1);
        assertThat(unmatched.get(0).<String>getAs("scope.region")).isEqualTo("上海市");
        assertThat(unmatched.get(0).<String>getAs("value")).isEqualTo("500亿元");
        assertThat(SameAsInMemory.counts(result.counts().collectAsList()))
                .containsEntry("all | all | ACHIEVED", 1L).containsEntry("all | all | REJECTED", 6L)
                .containsEntry("tag | 2+6+N | ACHIEVED", 1L).containsEntry("tag | plan | ACHIEVED", 1L)
                .containsEntry("scope.region | 江西省 | REJECTED", 5L).containsEntry("scope.region | 湖南省 | REJECTED", 1L);
    }

    @Test
    void eachOfSeveralIndicatorsIsJudgedAsInMemory_andARelativeRequirementIsRejectedWithItsId() {
        Dataset<Row> targets = table("id|indicators|scope.region|period|requirement|of|sides|change",
                "each|ei,equip|江西省|2022|突破7000亿元|EACH||",
                "sum|ei,equip|江西省|2022|突破7000亿元|SUM|ONE|",
                "relative|ei|江西省|2022|增长10%||ONE|PREVIOUS",
                "bad-of|ei,equip|江西省|2022|突破7000亿元|EVERY||");
        Dataset<Row> outcomes = table("indicator|scope.region|period|value|published|status",
                "ei|江西省|2022|1.03万亿元|2023-02-01|FINAL");
        Map<String, Row> rows = byId(SparkTracker.of(indicators()).evaluate(targets, outcomes, AS_OF));

        // each of the two must reach 7000亿: equipment's revenue is not reported, so it waits for it;
        // their sum is judged on what is reported
        assertThat(rows.get("each").<String>getAs("status")).isEqualTo("INDETERMINATE");
        assertThat(rows.get("sum").<String>getAs("status")).isEqualTo("ACHIEVED");
        assertThat(problem(rows, "relative")).startsWith("target (relative): field 'change': relative requirements");
        assertThat(problem(rows, "bad-of")).startsWith("target (bad-of): field 'of': ");
    }

    private static String problem(Map<String, Row> rows, String id) {
        Row r = rows.get(id);
        assertThat(r.<String>getAs("status")).as(id).isEqualTo("REJECTED");
        return r.getAs("problem");
    }

    @Test
    void quotientsAndAmountsBeyondSparkDecimalsStayExact() {
        Dataset<Row> targets = table("id|indicator|period|requirement",
                "ei|ei|2022|7000亿元",
                "huge|huge|2022|1000000000000000000000000元");
        Dataset<Row> outcomes = table("indicator|period|value|published",
                "ei|2022|1.03万亿元|2023-02-01",
                "huge|2022|300000000000000000000000元|2023-02-01");
        Map<String, Row> rows = byId(SparkTracker.of(indicators()).evaluate(targets, outcomes, AS_OF));

        Row ei = rows.get("ei");
        // Spark's own decimal division, 1030000000000 / 700000000000, gives 1.471429
        assertThat(ei.<String>getAs("attainment")).isEqualTo("[1.471428571428571..1.471428571428571]");
        assertThat(ei.<BigDecimal>getAs("attainment_min_decimal")).isEqualByComparingTo("1.471428571428571");
        assertThat(ei.<String>getAs("gap")).isEqualTo("[0..0]");
        assertThat(ei.<String>getAs("difference")).as("a difference is for percentages and ranks").isNull();

        Row huge = rows.get("huge");
        assertThat(huge.<String>getAs("status")).as(huge.<String>getAs("problem")).isEqualTo("MISSED");
        // 10^24 元 has 25 integer digits: beyond decimal(38,18), exact as text
        assertThat(huge.<String>getAs("gap_min")).isEqualTo("700000000000000000000000");
        assertThat(huge.<BigDecimal>getAs("gap_min_decimal")).isNull();
        assertThat(huge.<String>getAs("attainment_min")).isEqualTo("0.3");
        assertThat(huge.<BigDecimal>getAs("attainment_min_decimal")).isEqualByComparingTo("0.3");
    }

    @Test
    void aTableWithoutARequiredColumnIsRefusedByName() {
        Dataset<Row> targets = table("id|indicator|requirement", "t|ei|7000亿元");
        Dataset<Row> outcomes = table("indicator|period|value|published", "ei|2022|1亿元|2023-02-01");
        assertThatThrownBy(() -> SparkTracker.of(indicators()).evaluate(targets, outcomes, AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the targets table has no column period; its columns are [id, indicator, requirement]");
    }
}
