package dev.attain.json;

import dev.attain.model.Baseline;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Quota;
import dev.attain.model.Relation;
import dev.attain.model.Scope;
import dev.attain.model.Sides;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.FigureFormat;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes the model's values as JSON in the dataset format: figures as phrases, periods and units
 * as text, defaults left out. The one writer of each, for {@code dev.attain.io} (datasets and
 * {@code AttainModule}) and {@code dev.attain.report} (the outcomes in a scorecard's JSON). Each
 * writer is a static method, so that records write their parts without a serializer look-up;
 * {@link #serializer} makes a Jackson serializer of one.
 *
 * <p>A caller outside Attain writes the model with {@code dev.attain.io.Datasets} or its
 * {@code AttainModule} rather than with this class.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
public final class ModelJson {

    private ModelJson() {
    }

    /**
     * Writes a figure as its phrase in Chinese: {@code "突破7000亿元"}.
     *
     * @param g  the generator, not null
     * @param f  the figure, not null
     */
    public static void figure(JsonGenerator g, Figure f) {
        g.writeString(FigureFormat.chinese().format(f));
    }

    /**
     * Writes a decimal as a JSON number in plain notation: 1030000000000, never 1.03E+12.
     *
     * @param g  the generator, not null
     * @param value  the decimal, not null
     */
    public static void plain(JsonGenerator g, BigDecimal value) {
        g.writeNumber(value.toPlainString());
    }

    /**
     * Writes a scope as an object of key → value.
     *
     * @param g  the generator, not null
     * @param s  the scope, not null
     */
    public static void scope(JsonGenerator g, Scope s) {
        g.writeStartObject();
        for (Map.Entry<String, String> e : s.entries().entrySet()) {
            g.writeStringProperty(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /**
     * Writes a source: its document, and its date, quote, address and span where known.
     *
     * @param g  the generator, not null
     * @param s  the source, not null
     */
    public static void source(JsonGenerator g, Source s) {
        g.writeStartObject();
        g.writeStringProperty("document", s.document());
        s.date().ifPresent(d -> g.writeStringProperty("date", d.toString()));
        s.quote().ifPresent(q -> g.writeStringProperty("quote", q));
        s.address().ifPresent(a -> g.writeStringProperty("address", a));
        s.span().ifPresent(span -> {
            g.writeNumberProperty("start", span.start());
            g.writeNumberProperty("end", span.end());
        });
        g.writeEndObject();
    }

    /**
     * Writes a baseline: its period and value.
     *
     * @param g  the generator, not null
     * @param b  the baseline, not null
     */
    public static void baseline(JsonGenerator g, Baseline b) {
        g.writeStartObject();
        g.writeStringProperty("period", b.period().toString());
        g.writeName("value");
        figure(g, b.value());
        g.writeEndObject();
    }

    /**
     * Writes a quota of a schedule: its period and share in percent.
     *
     * @param g  the generator, not null
     * @param q  the quota, not null
     */
    public static void quota(JsonGenerator g, Quota q) {
        g.writeStartObject();
        g.writeStringProperty("period", q.period().toString());
        g.writeName("share");
        plain(g, q.sharePercent());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /**
     * Writes an indicator, its defaults left out.
     *
     * @param g  the generator, not null
     * @param i  the indicator, not null
     */
    public static void indicator(JsonGenerator g, Indicator i) {
        g.writeStartObject();
        g.writeStringProperty("id", i.id());
        g.writeStringProperty("name", i.name());
        i.nameEn().ifPresent(n -> g.writeStringProperty("nameEn", n));
        g.writeStringProperty("unit", i.unit().code());
        g.writeStringProperty("measure", i.measure().name());
        g.writeStringProperty("polarity", i.polarity().name());
        boolean byDefault = Indicator.builder(i.id(), i.name(), i.unit()).measure(i.measure())
                .polarity(i.polarity()).build().nonNegative();
        if (i.nonNegative() != byDefault) {
            g.writeBooleanProperty("nonNegative", i.nonNegative());
        }
        strings(g, "tags", i.tags());
        i.total().ifPresent(t -> g.writeStringProperty("total", t));
        g.writeEndObject();
    }

    /**
     * Writes a target, its defaults left out.
     *
     * @param g  the generator, not null
     * @param t  the target, not null
     */
    public static void target(JsonGenerator g, Target t) {
        g.writeStartObject();
        g.writeStringProperty("id", t.id());
        if (t.indicators().size() > 1) {
            strings(g, "indicators", t.indicators());
            if (t.isEach()) {
                g.writeStringProperty("of", t.of().name());
            }
        } else {
            g.writeStringProperty("indicator", t.indicators().get(0));
        }
        if (!t.scope().isEmpty()) {
            g.writeName("scope");
            scope(g, t.scope());
        }
        g.writeStringProperty("period", t.period().toString());
        g.writeName("requirement");
        figure(g, t.requirement());
        if (t.sides() != Sides.ONE) {
            g.writeStringProperty("sides", t.sides().name());
        }
        t.relation().ifPresent(r -> {
            if (r.kind() == Relation.Kind.COMPARISON) {
                g.writeStringProperty("comparedWith", r.other().orElseThrow());
            } else {
                g.writeStringProperty("change", r.since().map(Period::toString).orElse("PREVIOUS"));
            }
        });
        t.floor().ifPresent(f -> {
            g.writeName("floor");
            figure(g, f);
        });
        t.stretch().ifPresent(f -> {
            g.writeName("stretch");
            figure(g, f);
        });
        t.baseline().ifPresent(b -> {
            g.writeName("baseline");
            baseline(g, b);
        });
        g.writeStringProperty("commitment", t.commitment().name());
        if (t.pace() != PaceModel.LINEAR) {
            g.writeStringProperty("pace", t.pace().name());
        }
        if (!t.schedule().isEmpty()) {
            g.writeName("schedule");
            g.writeStartArray();
            for (Quota q : t.schedule()) {
                quota(g, q);
            }
            g.writeEndArray();
            if (t.schedulePartial()) {
                g.writeBooleanProperty("schedulePartial", true);
            }
        }
        if (t.weight().compareTo(BigDecimal.ONE) != 0) {
            g.writeName("weight");
            plain(g, t.weight());
        }
        strings(g, "tags", t.tags());
        t.source().ifPresent(s -> {
            g.writeName("source");
            source(g, s);
        });
        g.writeEndObject();
    }

    /**
     * Writes an outcome, as a dataset file holds it.
     *
     * @param g  the generator, not null
     * @param o  the outcome, not null
     */
    public static void outcome(JsonGenerator g, Outcome o) {
        g.writeStartObject();
        g.writeStringProperty("indicator", o.indicator());
        if (!o.scope().isEmpty()) {
            g.writeName("scope");
            scope(g, o.scope());
        }
        g.writeStringProperty("period", o.period().toString());
        g.writeName("value");
        figure(g, o.value());
        g.writeStringProperty("published", o.published().toString());
        g.writeStringProperty("status", o.status().name());
        o.source().ifPresent(s -> {
            g.writeName("source");
            source(g, s);
        });
        g.writeEndObject();
    }

    /**
     * Writes a dataset: its title, indicators, targets and outcomes.
     *
     * @param g  the generator, not null
     * @param d  the dataset, not null
     */
    public static void dataset(JsonGenerator g, Dataset d) {
        g.writeStartObject();
        d.title().ifPresent(t -> g.writeStringProperty("title", t));
        g.writeName("indicators");
        g.writeStartArray();
        for (Indicator i : d.indicators()) {
            indicator(g, i);
        }
        g.writeEndArray();
        g.writeName("targets");
        g.writeStartArray();
        for (Target t : d.targets()) {
            target(g, t);
        }
        g.writeEndArray();
        g.writeName("outcomes");
        g.writeStartArray();
        for (Outcome o : d.outcomes()) {
            outcome(g, o);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Writes one value to a generator: one of this class's writers, or another package's.
     *
     * @param <T>  the type of the value
     */
    @FunctionalInterface
    public interface Writer<T> {
        /**
         * Writes the value.
         *
         * @param g  the generator, not null
         * @param value  the value, not null
         */
        void write(JsonGenerator g, T value);
    }

    /**
     * Returns a Jackson serializer that writes values of a type with a writer.
     *
     * @param <T>  the type
     * @param type  the type, not null
     * @param writer  the writer, not null
     * @return the serializer, never null
     */
    public static <T> ValueSerializer<T> serializer(Class<T> type, Writer<T> writer) {
        return new Of<>(type, writer);
    }

    /** A period as its text: {@code "2022-Q3"}. */
    public static final Writer<Period> PERIOD = (g, p) -> g.writeString(p.toString());
    /** A unit as its code: {@code "CNY"}. */
    public static final Writer<Unit> UNIT = (g, u) -> g.writeString(u.code());

    /** A serializer that delegates to a writer. */
    private static final class Of<T> extends StdSerializer<T> {
        private final Writer<T> writer;

        Of(Class<T> type, Writer<T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext context) {
            writer.write(g, value);
        }
    }
}
