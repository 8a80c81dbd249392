package dev.attain.report;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Pace;
import dev.attain.eval.Projection;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.json.ModelJson;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON shape of a scorecard and of an evaluation, written field by field: the writers
 * behind {@link JsonReport} and {@link ScorecardModule}. Intervals are
 * {@code {"lower", "lowerInclusive", "upper", "upperInclusive"}} with plain decimal strings and
 * null for an unbounded end; an evaluation's outcomes are written by {@link ModelJson}, as the dataset format writes
 * outcomes (figures as phrases), so a client reads them with {@code dev.attain.io.Datasets}'s mapper.
 */
final class ScorecardJson {

    /** Two-space indents, line feeds, {@code "name": value}: the layout of the dataset files. */
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build())
            .addModule(new ScorecardModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(prettyPrinter())
            .build();

    private ScorecardJson() {
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** A scorecard or an evaluation as indented JSON text, ending with a line break. */
    static String text(Object value) {
        return MAPPER.writeValueAsString(value) + "\n";
    }

    static void scorecard(JsonGenerator g, Scorecard s) {
        g.writeStartObject();
        g.writeStringProperty("asOf", s.asOf().toString());
        g.writeName("counts");
        g.writeStartObject();
        for (Status status : Status.values()) {
            g.writeNumberProperty(status.name(), s.count(status));
        }
        g.writeEndObject();
        g.writeName("evaluations");
        g.writeStartArray();
        for (Evaluation e : s.evaluations()) {
            evaluation(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void evaluation(JsonGenerator g, Evaluation e) {
        g.writeStartObject();
        g.writeStringProperty("target", e.target().id());
        g.writeName("indicators");
        g.writeStartArray();
        for (Indicator i : e.indicators()) {
            g.writeString(i.id());
        }
        g.writeEndArray();
        g.writeStringProperty("unit", e.unit().code());
        g.writeStringProperty("status", e.status().name());
        e.required().ifPresent(r -> g.writeStringProperty("required", decimal(r)));
        interval(g, "actual", e.actual());
        interval(g, "attainment", e.attainment());
        interval(g, "difference", e.difference());
        interval(g, "gap", e.gap());
        interval(g, "progress", e.progress());
        e.tier().ifPresent(t -> g.writeStringProperty("tier", t.name()));
        e.pace().ifPresent(p -> {
            g.writeName("pace");
            pace(g, p);
        });
        e.projection().ifPresent(p -> {
            g.writeName("projection");
            projection(g, p);
        });
        if (!e.outcomes().isEmpty()) {
            g.writeName("outcomes");
            g.writeStartArray();
            for (Outcome o : e.outcomes()) {
                ModelJson.outcome(g, o);
            }
            g.writeEndArray();
        }
        g.writeName("reasons");
        g.writeStartArray();
        for (String r : e.reasons()) {
            g.writeString(r);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void pace(JsonGenerator g, Pace p) {
        g.writeStartObject();
        g.writeStringProperty("model", p.model().name());
        g.writeBooleanProperty("linearFallback", p.linearFallback());
        g.writeStringProperty("from", p.from().toString());
        g.writeStringProperty("observed", p.observed().toString());
        g.writeStringProperty("deadline", p.deadline().toString());
        g.writeStringProperty("elapsed", decimal(p.elapsed()));
        g.writeStringProperty("expectedProgress", decimal(p.expectedProgress()));
        g.writeStringProperty("expected", decimal(p.expected()));
        interval(g, "ratio", p.ratio());
        interval(g, "growthRatio", p.growthRatio());
        interval(g, "requiredLinear", p.requiredLinear());
        interval(g, "requiredCompound", p.requiredCompound());
        g.writeEndObject();
    }

    static void projection(JsonGenerator g, Projection p) {
        g.writeStartObject();
        g.writeStringProperty("deadline", p.deadline().toString());
        g.writeNumberProperty("points", p.points());
        g.writeName("linear");
        estimate(g, p.linear());
        p.compound().ifPresent(c -> {
            g.writeName("compound");
            estimate(g, c);
        });
        g.writeEndObject();
    }

    private static void estimate(JsonGenerator g, Projection.Estimate e) {
        g.writeStartObject();
        g.writeName("value");
        interval(g, e.value());
        g.writeStringProperty("meets", e.meets().name());
        g.writeEndObject();
    }

    /** A decimal as a string in plain notation, without trailing zeros: "1030000000000", "1.471". */
    static String decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static void interval(JsonGenerator g, String name, Optional<Range<BigDecimal>> r) {
        if (r.isPresent()) {
            g.writeName(name);
            interval(g, r.get());
        }
    }

    /** An interval, the ends as plain decimal strings, an unbounded end as null (and not inclusive). */
    static void interval(JsonGenerator g, Range<BigDecimal> r) {
        g.writeStartObject();
        g.writeName("lower");
        if (r.hasLowerBound()) {
            g.writeString(decimal(r.lowerEndpoint()));
        } else {
            g.writeNull();
        }
        g.writeBooleanProperty("lowerInclusive", r.hasLowerBound() && r.lowerBoundType() == BoundType.CLOSED);
        g.writeName("upper");
        if (r.hasUpperBound()) {
            g.writeString(decimal(r.upperEndpoint()));
        } else {
            g.writeNull();
        }
        g.writeBooleanProperty("upperInclusive", r.hasUpperBound() && r.upperBoundType() == BoundType.CLOSED);
        g.writeEndObject();
    }
}
