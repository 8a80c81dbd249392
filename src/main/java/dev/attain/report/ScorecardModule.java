package dev.attain.report;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Pace;
import dev.attain.eval.Projection;
import dev.attain.eval.Scorecard;
import dev.attain.json.ModelJson;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module that writes the results of evaluation in the JSON shape of
 * {@link JsonReport}: {@link Scorecard}, {@link Evaluation}, {@link Pace} and {@link Projection}
 * (writing only). Register it in a service's own mapper, next to {@code dev.attain.io.AttainModule}
 * for the model: {@code JsonMapper.builder().addModule(new ScorecardModule()).build()}.
 *
 * <p>Every interval is {@code {"lower": "700000000000", "lowerInclusive": false, "upper": null,
 * "upperInclusive": false}} (plain decimal strings, null for an unbounded end); numbers are never
 * in exponent notation. The module adds no polymorphic typing.
 */
public final class ScorecardModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public ScorecardModule() {
        super("attain-report");
        addSerializer(Scorecard.class, ModelJson.serializer(Scorecard.class, ScorecardJson::scorecard));
        addSerializer(Evaluation.class, ModelJson.serializer(Evaluation.class, ScorecardJson::evaluation));
        addSerializer(Pace.class, ModelJson.serializer(Pace.class, ScorecardJson::pace));
        addSerializer(Projection.class, ModelJson.serializer(Projection.class, ScorecardJson::projection));
    }
}
