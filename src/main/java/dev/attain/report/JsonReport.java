package dev.attain.report;

import static java.util.Objects.requireNonNull;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;

/**
 * Renders a {@link Scorecard} as JSON, the one JSON shape of Attain's results (also written by
 * {@link ScorecardModule} in a caller's own Jackson mapper), so that a service can return it and
 * a client can read it with any JSON reader; an evaluation's outcomes are written as the dataset
 * format writes outcomes, so {@code dev.attain.io.Datasets.jsonMapper()} reads them back:
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
        return ScorecardJson.text(requireNonNull(scorecard, "scorecard"));
    }

    /**
     * Renders one evaluation as a JSON object, as it appears in a scorecard's
     * {@code "evaluations"}, indented, ending with a line break.
     *
     * @param evaluation  the evaluation, not null
     * @return the JSON text, never null
     */
    public String render(Evaluation evaluation) {
        return ScorecardJson.text(requireNonNull(evaluation, "evaluation"));
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
