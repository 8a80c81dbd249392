package dev.attain.report;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Pace;
import dev.attain.eval.Projection;
import dev.attain.eval.Scorecard;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

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
        addSerializer(Scorecard.class, new Of<>(Scorecard.class, ScorecardJson::scorecard));
        addSerializer(Evaluation.class, new Of<>(Evaluation.class, ScorecardJson::evaluation));
        addSerializer(Pace.class, new Of<>(Pace.class, ScorecardJson::pace));
        addSerializer(Projection.class, new Of<>(Projection.class, ScorecardJson::projection));
    }

    /** A serializer that delegates to one of {@link ScorecardJson}'s writers. */
    private static final class Of<T> extends StdSerializer<T> {
        private final ScorecardJson.Writer<T> writer;

        Of(Class<T> type, ScorecardJson.Writer<T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext context) {
            writer.write(g, value);
        }
    }
}
