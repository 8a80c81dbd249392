package dev.attain.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Pace;
import dev.attain.eval.Projection;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Scope;
import dev.attain.model.Source;
import dev.attain.quantity.FigureFormat;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a {@link Scorecard} as JSON, in the shape the io module's Jackson serializer for
 * {@code Scorecard} writes ({@code dev.attain.io.AttainModule}), so that a service can return
 * it and a client can read it with {@code Datasets.jsonMapper()}:
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
 * strings without trailing zeros ("1030000000000", "1.471428571428571"), never
 * {@code 1.03E+12}; an unbounded end of an interval is {@code null}; absent parts are left out.
 * Figures are phrases in the dataset format ("突破7000亿元"). Labels are not localised: JSON is
 * for programs.
 *
 * <p>Why not the mapper itself: the io module exposes its serializer only through
 * {@code Datasets.jsonMapper()}, a Jackson type, and only {@code dev.attain.io} and the facade
 * may depend on Jackson. Until io offers a Jackson-free entry point (such as
 * {@code Datasets.toJson(Scorecard)}), this class writes the same shape itself, and a test
 * checks that both give the same JSON tree.
 *
 * <p>Strings escape {@code < > &} as {@code \}{@code u003c}…, so the JSON can be embedded in
 * HTML. Lines end with "\n".
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
        requireNonNull(scorecard, "scorecard");
        JsonText g = new JsonText();
        g.startObject();
        g.field("asOf", scorecard.asOf().toString());
        g.name("counts").startObject();
        for (Status status : Status.values()) {
            g.field(status.name(), scorecard.count(status));
        }
        g.endObject();
        g.name("evaluations").startArray();
        for (Evaluation e : scorecard.evaluations()) {
            evaluation(g, e);
        }
        g.endArray();
        g.endObject();
        return g + "\n";
    }

    private static void evaluation(JsonText g, Evaluation e) {
        g.startObject();
        g.field("target", e.target().id());
        g.name("indicators").startArray();
        for (Indicator i : e.indicators()) {
            g.value(i.id());
        }
        g.endArray();
        g.field("unit", e.unit().code());
        g.field("status", e.status().name());
        e.required().ifPresent(r -> g.field("required", decimal(r)));
        interval(g, "actual", e.actual());
        interval(g, "attainment", e.attainment());
        interval(g, "difference", e.difference());
        interval(g, "gap", e.gap());
        interval(g, "progress", e.progress());
        e.tier().ifPresent(t -> g.field("tier", t.name()));
        e.pace().ifPresent(p -> pace(g.name("pace"), p));
        e.projection().ifPresent(p -> projection(g.name("projection"), p));
        if (!e.outcomes().isEmpty()) {
            g.name("outcomes").startArray();
            for (Outcome o : e.outcomes()) {
                outcome(g, o);
            }
            g.endArray();
        }
        g.name("reasons").startArray();
        for (String r : e.reasons()) {
            g.value(r);
        }
        g.endArray();
        g.endObject();
    }

    private static void pace(JsonText g, Pace p) {
        g.startObject();
        g.field("model", p.model().name());
        g.field("linearFallback", p.linearFallback());
        g.field("from", p.from().toString());
        g.field("observed", p.observed().toString());
        g.field("deadline", p.deadline().toString());
        g.field("elapsed", decimal(p.elapsed()));
        g.field("expectedProgress", decimal(p.expectedProgress()));
        g.field("expected", decimal(p.expected()));
        interval(g, "ratio", p.ratio());
        interval(g, "growthRatio", p.growthRatio());
        interval(g, "requiredLinear", p.requiredLinear());
        interval(g, "requiredCompound", p.requiredCompound());
        g.endObject();
    }

    private static void projection(JsonText g, Projection p) {
        g.startObject();
        g.field("deadline", p.deadline().toString());
        g.field("points", p.points());
        estimate(g.name("linear"), p.linear());
        p.compound().ifPresent(c -> estimate(g.name("compound"), c));
        g.endObject();
    }

    private static void estimate(JsonText g, Projection.Estimate e) {
        g.startObject();
        interval(g.name("value"), e.value());
        g.field("meets", e.meets().name());
        g.endObject();
    }

    private static void outcome(JsonText g, Outcome o) {
        g.startObject();
        g.field("indicator", o.indicator());
        if (!o.scope().isEmpty()) {
            scope(g.name("scope"), o.scope());
        }
        g.field("period", o.period().toString());
        g.field("value", FigureFormat.chinese().format(o.value()));
        g.field("published", o.published().toString());
        g.field("status", o.status().name());
        o.source().ifPresent(s -> source(g.name("source"), s));
        g.endObject();
    }

    private static void scope(JsonText g, Scope s) {
        g.startObject();
        for (Map.Entry<String, String> e : s.entries().entrySet()) {
            g.field(e.getKey(), e.getValue());
        }
        g.endObject();
    }

    private static void source(JsonText g, Source s) {
        g.startObject();
        g.field("document", s.document());
        s.date().ifPresent(d -> g.field("date", d.toString()));
        s.quote().ifPresent(q -> g.field("quote", q));
        s.address().ifPresent(a -> g.field("address", a));
        g.endObject();
    }

    private static void interval(JsonText g, String name, Optional<Range<BigDecimal>> r) {
        r.ifPresent(range -> interval(g.name(name), range));
    }

    private static void interval(JsonText g, Range<BigDecimal> r) {
        g.startObject();
        g.name("lower");
        if (r.hasLowerBound()) {
            g.value(decimal(r.lowerEndpoint()));
        } else {
            g.nullValue();
        }
        g.field("lowerInclusive", r.hasLowerBound() && r.lowerBoundType() == BoundType.CLOSED);
        g.name("upper");
        if (r.hasUpperBound()) {
            g.value(decimal(r.upperEndpoint()));
        } else {
            g.nullValue();
        }
        g.field("upperInclusive", r.hasUpperBound() && r.upperBoundType() == BoundType.CLOSED);
        g.endObject();
    }

    /** A decimal in plain notation without trailing zeros: "1030000000000", "1.471". */
    static String decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /**
     * Returns the name of this renderer.
     *
     * @return "JsonReport", never null
     */
    @Override
    public String toString() {
        return "JsonReport";
    }
}
