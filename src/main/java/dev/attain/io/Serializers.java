package dev.attain.io;

import dev.attain.model.Baseline;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Quota;
import dev.attain.model.Scope;
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
 * Writes the model in the dataset format: figures as phrases, periods and units as text,
 * defaults left out. Each writer is also a static method, so that records write their parts
 * without a serializer look-up.
 */
final class Serializers {

    private Serializers() {
    }

    static void figure(JsonGenerator g, Figure f) {
        g.writeString(FigureFormat.chinese().format(f));
    }

    /** Writes a decimal as a JSON number in plain notation: 1030000000000, never 1.03E+12. */
    static void plain(JsonGenerator g, BigDecimal value) {
        g.writeNumber(value.toPlainString());
    }

    static void scope(JsonGenerator g, Scope s) {
        g.writeStartObject();
        for (Map.Entry<String, String> e : s.entries().entrySet()) {
            g.writeStringProperty(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    static void source(JsonGenerator g, Source s) {
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

    static void baseline(JsonGenerator g, Baseline b) {
        g.writeStartObject();
        g.writeStringProperty("period", b.period().toString());
        g.writeName("value");
        figure(g, b.value());
        g.writeEndObject();
    }

    static void quota(JsonGenerator g, Quota q) {
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

    static void indicator(JsonGenerator g, Indicator i) {
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
        g.writeEndObject();
    }

    static void target(JsonGenerator g, Target t) {
        g.writeStartObject();
        g.writeStringProperty("id", t.id());
        if (t.isSum()) {
            strings(g, "indicators", t.indicators());
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

    static void outcome(JsonGenerator g, Outcome o) {
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

    static void dataset(JsonGenerator g, Dataset d) {
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

    /** A serializer that delegates to one of the static writers. */
    static final class Of<T> extends StdSerializer<T> {
        private final Writer<T> writer;

        Of(Class<T> type, Writer<T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
            writer.write(g, value);
        }
    }

    /** Writes one value. */
    @FunctionalInterface
    interface Writer<T> {
        void write(JsonGenerator g, T value);
    }

    static <T> ValueSerializer<T> of(Class<T> type, Writer<T> writer) {
        return new Of<>(type, writer);
    }

    static final Writer<Period> PERIOD = (g, p) -> g.writeString(p.toString());
    static final Writer<Unit> UNIT = (g, u) -> g.writeString(u.code());
}
