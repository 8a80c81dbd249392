package dev.attain.spark;

import com.google.common.base.Splitter;
import dev.attain.model.Aggregation;
import dev.attain.model.Baseline;
import dev.attain.model.Commitment;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Polarity;
import dev.attain.model.Quota;
import dev.attain.model.Scope;
import dev.attain.model.Sides;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import scala.Option;

/**
 * Reads Attain's records from Spark rows in the dataset format's columns, field by field, so
 * that a bad cell is reported with its record and field as the dataset reader reports it:
 * {@code field 'requirement': Figure '很多亿元' cannot be parsed at index 0: …}. The one place
 * that knows the columns' forms: a scope as a map (normalised beforehand, {@link Columns}); a
 * list (indicators, tags) as an array or as text separated by commas; a baseline as a struct
 * {@code baseline} or the two columns {@code baseline.period} and {@code baseline.value}; a
 * schedule as an array of structs {@code (period, share)} or as text
 * {@code "2022-H1=40, 2022-H2=60%"}; any scalar as its text.
 */
final class RowReader {

    private static final Splitter COMMAS = Splitter.on(',').trimResults().omitEmptyStrings();

    private RowReader() {
    }

    /** A cell that could not be read: the field and what is wrong with it. */
    static final class BadCell extends Exception {
        private static final long serialVersionUID = 1L;

        BadCell(String field, String message) {
            super("field '" + field + "': " + message);
        }
    }

    /** Reads an indicator row: id, name, nameEn, unit, measure, polarity, nonNegative, tags. */
    static Indicator indicator(Row r) throws BadCell {
        String id = required(r, "id");
        String name = required(r, "name");
        // an empty unit is "", a plain number: a CSV table cannot tell an empty cell from a null one
        String unitCode = text(r, "unit");
        Unit unit = parseText("unit", unitCode == null ? "" : unitCode, Unit::of);
        Indicator.Builder b = Indicator.builder(id, name, unit);
        String nameEn = text(r, "nameEn");
        if (nameEn != null) {
            b.nameEn(nameEn);
        }
        Measure measure = named(r, "measure", Measure.class);
        if (measure != null) {
            b.measure(measure);
        }
        Polarity polarity = named(r, "polarity", Polarity.class);
        if (polarity != null) {
            b.polarity(polarity);
        }
        Boolean nonNegative = bool(r, "nonNegative");
        if (nonNegative != null) {
            b.nonNegative(nonNegative);
        }
        b.tags(list(r, "tags"));
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new BadCell("id", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reads a target row; its scope from the normalised column {@code _scope}. The record's id
     * must have been read first ({@link #id}), as every problem is reported with it.
     */
    static Target target(Row r, String id) throws BadCell {
        Target.Builder b = Target.builder(id);
        List<String> many = list(r, "indicators");
        String one = text(r, "indicator");
        if (one != null && !many.isEmpty()) {
            throw new BadCell("indicators", "give either 'indicator' or 'indicators', not both");
        }
        if (one == null && many.isEmpty()) {
            throw new BadCell("indicator", "required field is missing (or 'indicators', for a sum)");
        }
        b.indicators(one != null ? List.of(one) : many);
        b.scope(scope(r));
        Period period = parse(r, "period", Period::parse);
        b.period(period);
        Figure requirement = parse(r, "requirement", Figure::parse);
        b.requirement(requirement);
        Figure floor = optional(r, "floor", Figure::parse);
        if (floor != null) {
            b.floor(floor);
        }
        Figure stretch = optional(r, "stretch", Figure::parse);
        if (stretch != null) {
            b.stretch(stretch);
        }
        Baseline baseline = baseline(r);
        if (baseline != null) {
            b.baseline(baseline);
        }
        Commitment commitment = named(r, "commitment", Commitment.class);
        if (commitment != null) {
            b.commitment(commitment);
        }
        List<Quota> schedule = schedule(r);
        PaceModel pace = named(r, "pace", PaceModel.class);
        if (pace != null) {
            b.pace(pace);
        } else if (!schedule.isEmpty()) {
            b.pace(PaceModel.SCHEDULE);
        }
        if (!schedule.isEmpty()) {
            b.schedule(schedule);
        }
        if (Boolean.TRUE.equals(bool(r, "schedulePartial"))) {
            if (schedule.isEmpty()) {
                throw new BadCell("schedulePartial", "only a schedule can be partial: give 'schedule'");
            }
            b.schedulePartial(true);
        }
        Aggregation of = named(r, "of", Aggregation.class);
        if (of != null) {
            b.of(of);
        }
        Sides sides = named(r, "sides", Sides.class);
        if (sides != null) {
            b.sides(sides);
        }
        for (String relative : List.of("change", "comparedWith")) {
            if (text(r, relative) != null) {
                // never judged as if absolute, never dropped: the row is rejected with its id
                throw new BadCell(relative, "relative requirements ('change', 'comparedWith') are not evaluated on"
                        + " Spark yet; evaluate such targets with Attain's in-memory Evaluator");
            }
        }
        BigDecimal weight = optional(r, "weight", BigDecimal::new);
        if (weight != null) {
            b.weight(weight);
        }
        b.tags(list(r, "tags"));
        Source source = source(r);
        if (source != null) {
            b.source(source);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new BadCell(fieldOf(e.getMessage()), String.valueOf(e.getMessage()));
        }
    }

    /** The field a model check names in its message: weight, schedule, baseline or the record's. */
    private static String fieldOf(@Nullable String message) {
        String m = String.valueOf(message);
        for (String f : List.of("weight", "schedule", "baseline", "indicator")) {
            if (m.contains(f)) {
                return f.equals("indicator") ? "indicators" : f;
            }
        }
        return "id";
    }

    /** Reads a target's id: the one cell without which nothing can be reported. */
    static String id(Row r) throws BadCell {
        return required(r, "id");
    }

    /** Reads an outcome row; its scope from the normalised column {@code _scope}. */
    static Outcome outcome(Row r) throws BadCell {
        String indicator = required(r, "indicator");
        Scope scope = scope(r);
        Period period = parse(r, "period", Period::parse);
        Figure value = parse(r, "value", Figure::parse);
        LocalDate published = parse(r, "published", LocalDate::parse);
        OutcomeStatus status = named(r, "status", OutcomeStatus.class);
        Source source = source(r);
        return new Outcome(indicator, scope, period, value, published, status == null ? OutcomeStatus.FINAL : status,
                Optional.ofNullable(source));
    }

    /** Names an outcome row in a problem: its indicator, scope, period and publication date as written. */
    static String describeOutcome(Row r) {
        Map<String, String> scope = r.getJavaMap(r.fieldIndex(Columns.SCOPE));
        StringBuilder s = new StringBuilder("outcome (").append(text(r, "indicator"));
        scope.forEach((k, v) -> s.append(", ").append(k).append('=').append(v));
        return s.append(", ").append(text(r, "period")).append(", published ").append(text(r, "published"))
                .append(')').toString();
    }

    private static Scope scope(Row r) throws BadCell {
        Map<String, String> entries = r.getJavaMap(r.fieldIndex(Columns.SCOPE));
        try {
            return Scope.of(new LinkedHashMap<>(entries));
        } catch (IllegalArgumentException e) {
            throw new BadCell("scope", String.valueOf(e.getMessage()));
        }
    }

    private static @Nullable Baseline baseline(Row r) throws BadCell {
        Object nested = get(r, "baseline");
        String period;
        String value;
        if (nested instanceof Row b) {
            period = text(b, "period");
            value = text(b, "value");
        } else {
            period = text(r, "baseline.period");
            value = text(r, "baseline.value");
        }
        if (period == null && value == null) {
            return null;
        }
        if (period == null || value == null) {
            throw new BadCell(period == null ? "baseline.period" : "baseline.value",
                    "required field is missing: a baseline has a period and a value");
        }
        Period p = parseText("baseline.period", period, Period::parse);
        Figure v = parseText("baseline.value", value, Figure::parse);
        return Baseline.of(p, v);
    }

    private static List<Quota> schedule(Row r) throws BadCell {
        Object cell = get(r, "schedule");
        List<Quota> quotas = new ArrayList<>();
        if (cell == null) {
            return quotas;
        }
        List<String[]> pairs = new ArrayList<>();
        if (cell instanceof scala.collection.Seq<?> || cell instanceof List<?>) {
            List<?> items = cell instanceof List<?> l ? l : r.getList(r.fieldIndex("schedule"));
            for (Object o : items) {
                if (!(o instanceof Row q)) {
                    throw new BadCell("schedule", "expected structs (period, share), found " + o);
                }
                pairs.add(new String[] {text(q, "period"), text(q, "share")});
            }
        } else {
            for (String pair : COMMAS.split(cell.toString())) {
                List<String> kv = Splitter.on('=').limit(2).trimResults().splitToList(pair);
                if (kv.size() != 2) {
                    throw new BadCell("schedule", "quota '" + pair + "' has no '='; expected period=share, such as "
                            + "2022-H1=40, 2022-H2=60%");
                }
                pairs.add(kv.toArray(new String[0]));
            }
        }
        for (int i = 0; i < pairs.size(); i++) {
            String[] kv = pairs.get(i);
            String field = "schedule[" + i + "]";
            if (kv[0] == null || kv[1] == null) {
                throw new BadCell(field, "a quota has a period and a share");
            }
            Period p = parseText(field + ".period", kv[0], Period::parse);
            String share = kv[1].endsWith("%") ? kv[1].substring(0, kv[1].length() - 1).trim() : kv[1];
            BigDecimal s = parseText(field + ".share", share, BigDecimal::new);
            try {
                quotas.add(new Quota(p, s));
            } catch (IllegalArgumentException e) {
                throw new BadCell(field + ".share", String.valueOf(e.getMessage()));
            }
        }
        return quotas;
    }

    private static @Nullable Source source(Row r) throws BadCell {
        Object cell = get(r, "source");
        if (cell instanceof Row s) {
            String document = text(s, "document");
            if (document == null) {
                throw new BadCell("source.document", "required field is missing");
            }
            String date = text(s, "date");
            return new Source(document, date == null ? Optional.empty()
                    : Optional.of(parseText("source.date", date, LocalDate::parse)),
                    Optional.ofNullable(text(s, "quote")), Optional.ofNullable(text(s, "address")));
        }
        String document = text(r, "source");
        return document == null ? null : Source.of(document);
    }

    /** A field's value, or null when the row has no such column or the cell is null. */
    static @Nullable Object get(Row r, String name) {
        Option<Object> i = r.schema().getFieldIndex(name);
        return i.isEmpty() ? null : r.get((Integer) i.get());
    }

    /** A true/false field; null for a missing column or an empty cell. */
    private static @Nullable Boolean bool(Row r, String name) throws BadCell {
        String v = text(r, name);
        if (v == null) {
            return null;
        }
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw new BadCell(name, "expected true or false, found '" + v + "'");
        }
        return Boolean.parseBoolean(v.toLowerCase(Locale.ROOT));
    }

    /** A field's text, trimmed; null for a missing column, a null cell or blank text. */
    static @Nullable String text(Row r, String name) {
        Object v = get(r, name);
        if (v == null) {
            return null;
        }
        String s = v instanceof BigDecimal d ? d.toPlainString() : v.toString();
        s = s.trim();
        return s.isEmpty() ? null : s;
    }

    /** A list field: an array column, or text separated by commas; empty when absent. */
    static List<String> list(Row r, String name) throws BadCell {
        Object v = get(r, name);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v instanceof String s) {
            COMMAS.split(s).forEach(out::add);
            return out;
        }
        if (v instanceof scala.collection.Seq<?> || v instanceof List<?>) {
            for (Object o : r.getList(r.fieldIndex(name))) {
                if (o == null || o.toString().isBlank()) {
                    throw new BadCell(name, "holds an empty entry");
                }
                out.add(o.toString().trim());
            }
            return out;
        }
        if (v.getClass().isArray() && v instanceof Object[] a) {
            for (Object o : Arrays.asList(a)) {
                out.add(String.valueOf(o).trim());
            }
            return out;
        }
        throw new BadCell(name, "expected an array of strings or text separated by commas, found " + v);
    }

    private static String required(Row r, String name) throws BadCell {
        String s = text(r, name);
        if (s == null) {
            throw new BadCell(name, "required field is missing");
        }
        return s;
    }

    private static <T> T parse(Row r, String name, Function<String, T> parser) throws BadCell {
        return parseText(name, required(r, name), parser);
    }

    private static <T> @Nullable T optional(Row r, String name, Function<String, T> parser) throws BadCell {
        String s = text(r, name);
        return s == null ? null : parseText(name, s, parser);
    }

    private static <T> T parseText(String name, String text, Function<String, T> parser) throws BadCell {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw new BadCell(name, e instanceof NumberFormatException ? "expected a number, found '" + text + "'"
                    : String.valueOf(e.getMessage()));
        }
    }

    private static <E extends Enum<E>> @Nullable E named(Row r, String name, Class<E> type) throws BadCell {
        String s = text(r, name);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new BadCell(name, "unknown value '" + s + "'; expected one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
