package dev.attain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.io.Datasets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON: written by the io module's serializer and read back through its mapper. */
class JsonReportTest {

    private static final JsonMapper MAPPER = Datasets.jsonMapper();

    @Test
    void test_render_roundTripsThroughTheIoMapper() {
        Scorecard card = Fixtures.scorecard();
        JsonNode tree = MAPPER.readTree(JsonReport.of().render(card));
        assertEquals(card.asOf().toString(), tree.get("asOf").asString());
        for (Status s : Status.values()) {
            assertEquals(card.count(s), tree.get("counts").get(s.name()).asInt(), s.name());
        }
        List<String> statuses = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode e : tree.get("evaluations")) {
            statuses.add(e.get("status").asString());
            ids.add(e.get("target").asString());
        }
        assertEquals(card.evaluations().stream().map(e -> e.status().name()).toList(), statuses);
        assertEquals(card.evaluations().stream().map(e -> e.target().id()).toList(), ids);
        JsonNode sum = tree.get("evaluations").get(2);
        assertEquals("1030000000000", sum.get("actual").get("lower").asString());
        assertTrue(sum.get("actual").get("upper").isNull());
        assertEquals("1.03万亿元", sum.get("outcomes").get(0).get("value").asString());
    }

    @Test
    void test_render_hostileStrings_escapedAndReadBack() {
        Evaluation e = Fixtures.hostile();
        String json = JsonReport.of().render(Scorecard.of(Fixtures.AS_OF, List.of(e)));
        assertFalse(json.contains("\u001b"), "control characters are escaped");
        JsonNode tree = MAPPER.readTree(json);
        assertEquals(e.reasons().get(0), tree.get("evaluations").get(0).get("reasons").get(0).asString());
        assertEquals(e.target().id(), tree.get("evaluations").get(0).get("target").asString());
    }

    @Test
    void test_render_plainDecimals() {
        String json = JsonReport.of().render(Fixtures.scorecard());
        assertFalse(json.matches("(?s).*\"-?[0-9.]+[eE][+-]?[0-9]+\".*"), "no number in exponent notation");
        assertTrue(json.contains("\"required\": \"1300000000000\""), json);
    }
}
