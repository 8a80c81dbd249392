package dev.attain.report;

import static java.util.Objects.requireNonNull;

import dev.attain.eval.Scorecard;
import dev.attain.io.Datasets;

/**
 * Renders a {@link Scorecard} as JSON through the io module's serializer
 * ({@link Datasets#toJson(Scorecard)}), so that a service can return it and a client can read
 * it with {@code Datasets.jsonMapper()}:
 *
 * <pre>{@code
 * {
 *   "asOf": "2023-03-01",
 *   "counts": { "ACHIEVED": 2, "MISSED": 1, … every status },
 *   "evaluations": [ {
 *       "target": "jx-2022-ei-equip", "indicators": [ "ei", "equip" ], "unit": "CNY",
 *       "status": "ACHIEVED", "required": "700000000000",
 *       "actual": { "lower": "1030000000000", "lowerInclusive": true, "upper": null, "upperInclusive": false },
 *       "attainment": { … }, "gap": { … }, "pace": { … }, "projection": { … },
 *       "outcomes": [ { "indicator": "ei", "period": "2022", "value": "1.03万亿元", … } ],
 *       "reasons": [ "…" ] } ]
 * }
 * }</pre>
 *
 * <p>Evaluations are in the scorecard's order, shortfalls first. Numbers are plain decimal
 * strings ("1030000000000", "1.471428571428571"), never {@code 1.03E+12}; an unbounded end of
 * an interval is {@code null}. Labels are not localised: JSON is for programs.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class JsonReport implements ScorecardRenderer {

    private static final JsonReport INSTANCE = new JsonReport();

    private JsonReport() {
    }

    /**
     * Returns the JSON renderer.
     *
     * @return the renderer, never null
     */
    public static JsonReport of() {
        return INSTANCE;
    }

    /**
     * Renders the scorecard as one JSON object, indented, ending with a line break.
     *
     * @param scorecard  the scorecard, not null
     * @return the JSON text, never null
     */
    @Override
    public String render(Scorecard scorecard) {
        return Datasets.toJson(requireNonNull(scorecard, "scorecard"));
    }

    /**
     * Returns a short description.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "JsonReport";
    }
}
