package dev.attain.io;

import com.google.common.collect.ImmutableMap;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Source;
import dev.attain.quantity.Figure;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one object of a record, read with every problem reported to the record's
 * draft: unknown and repeated names, missing required fields, wrong types, values that do not
 * parse. Each reader returns null when the field is absent or wrong, after reporting.
 */
final class Fields {

    private static final List<String> SOURCE_FIELDS = List.of("document", "date", "quote", "address", "start", "end");

    private final Draft draft;
    private final Node.Obj obj;
    private final String prefix;
    private final BindContext ctx;
    private final Map<String, Node.Member> first = new LinkedHashMap<>();

    Fields(Draft draft, Node.Obj obj, String prefix, BindContext ctx) {
        this.draft = draft;
        this.obj = obj;
        this.prefix = prefix;
        this.ctx = ctx;
        for (Node.Member m : obj.members()) {
            first.putIfAbsent(m.name(), m);
        }
    }

    /** Reports the names that are repeated or not among the known ones. */
    void checkNames(List<String> known) {
        Map<String, Node.Member> seen = new HashMap<>();
        for (Node.Member m : obj.members()) {
            Node.Member before = seen.putIfAbsent(m.name(), m);
            if (before != null) {
                draft.problem(m.loc(), prefix + m.name(), "field given twice; the first, at " + before.loc()
                        + ", is the one read");
            } else if (!known.contains(m.name())) {
                draft.problem(m.loc(), prefix + m.name(), "unknown field." + MessageText.suggestion(m.name(), known)
                        + " Known fields: " + String.join(", ", known) + ".");
            }
        }
    }

    String field(String name) {
        return prefix + name;
    }

    /** Returns the value of a field, or null if it is absent or written as null. */
    @Nullable Node get(String name) {
        Node.Member m = first.get(name);
        if (m == null || m.value() instanceof Node.Val v && v.isNull()) {
            return null;
        }
        return m.value();
    }

    boolean has(String name) {
        return get(name) != null;
    }

    /** Returns where a field's value is, or where the object starts if the field is absent. */
    Loc at(String name) {
        Node n = get(name);
        return n == null ? obj.loc() : n.loc();
    }

    Loc objectLoc() {
        return obj.loc();
    }

    void missing(String name) {
        draft.problem(obj.loc(), field(name), "required field is missing");
    }

    void wrongType(String name, Node n, String expected) {
        draft.problem(n.loc(), field(name), "expected " + expected + ", found " + n.kind()
                + (n instanceof Node.Val v && !v.isNull() ? " (" + MessageText.quote(v.text()) + ")" : ""));
    }

    /** Reads a non-blank text. In YAML any scalar is text. */
    @Nullable String text(String name, boolean required) {
        Node n = get(name);
        if (n == null) {
            if (required) {
                missing(name);
            }
            return null;
        }
        if (n instanceof Node.Val v && (v.isString() || ctx.yaml() && (v.isNumber() || v.isBoolean()))) {
            if (v.text().isBlank()) {
                draft.problem(v.loc(), field(name), "must not be blank");
                return null;
            }
            return v.text();
        }
        wrongType(name, n, "a string");
        return null;
    }

    /** Reads a text that may be empty, such as a unit code. */
    @Nullable String rawText(String name, boolean required) {
        Node n = get(name);
        if (n == null) {
            if (required) {
                missing(name);
            }
            return null;
        }
        if (n instanceof Node.Val v && (v.isString() || ctx.yaml() && (v.isNumber() || v.isBoolean()))) {
            return v.text();
        }
        wrongType(name, n, "a string");
        return null;
    }

    @Nullable Boolean bool(String name) {
        Node n = get(name);
        if (n == null) {
            return null;
        }
        if (n instanceof Node.Val v) {
            if (v.isBoolean()) {
                return v.text().equals("true");
            }
            if (ctx.yaml() && v.isString() && (v.text().equals("true") || v.text().equals("false"))) {
                return v.text().equals("true");
            }
        }
        wrongType(name, n, "true or false");
        return null;
    }

    /** Reads a number, exactly as written. In YAML a numeric string is a number too. */
    @Nullable BigDecimal number(String name) {
        Node n = get(name);
        if (n == null) {
            return null;
        }
        if (n instanceof Node.Val v && (v.isNumber() || ctx.yaml() && v.isString())) {
            try {
                return new BigDecimal(v.text().trim());
            } catch (NumberFormatException e) {
                draft.problem(v.loc(), field(name), "'" + MessageText.quote(v.text()) + "' is not a number");
                return null;
            }
        }
        wrongType(name, n, "a number");
        return null;
    }

    <E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type) {
        String s = text(name, false);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        draft.problem(at(name), field(name), "unknown value '" + MessageText.quote(s) + "'; expected one of "
                + MessageText.constants(type));
        return null;
    }

    /** Parses a field's text, given as {@code (draft, text, loc, field)}, adding a problem when it cannot. */
    @FunctionalInterface
    interface Parser<V> {
        @Nullable V parse(Draft draft, String text, Loc loc, String field);
    }

    /** The field's text parsed, or null when it is absent (a problem if required) or does not parse. */
    private <V> @Nullable V parsed(String name, boolean required, Parser<V> parser) {
        String s = text(name, required);
        if (s == null) {
            return null;
        }
        return parser.parse(draft, s, at(name), field(name));
    }

    @Nullable Figure figure(String name, boolean required) {
        return parsed(name, required, (d, s, loc, f) -> parseFigure(s, loc, f));
    }

    @Nullable Figure parseFigure(String s, Loc loc, String fieldName) {
        try {
            return Figure.parse(s, ctx.tolerance());
        } catch (IllegalArgumentException e) {
            draft.problem(loc, fieldName, e.getMessage() == null ? "figure '" + s + "' cannot be parsed" : e.getMessage());
            return null;
        }
    }

    @Nullable Period period(String name, boolean required) {
        return parsed(name, required, Fields::parsePeriod);
    }

    static @Nullable Period parsePeriod(Draft draft, String s, Loc loc, String fieldName) {
        try {
            return Period.parse(s);
        } catch (IllegalArgumentException | DateTimeException e) {
            String m = String.valueOf(e.getMessage());
            draft.problem(loc, fieldName, m.startsWith("Period") ? m : "Period '" + MessageText.quote(s)
                    + "' cannot be parsed: " + m);
            return null;
        }
    }

    @Nullable LocalDate date(String name, boolean required) {
        return parsed(name, required, Fields::parseDate);
    }

    static @Nullable LocalDate parseDate(Draft draft, String s, Loc loc, String fieldName) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            draft.problem(loc, fieldName, "date '" + MessageText.quote(s) + "' is not an ISO date such as 2023-02-01: "
                    + e.getMessage());
            return null;
        }
    }

    /** Reads an array of non-blank strings; absent is empty. Null if any element is wrong. */
    @Nullable List<String> strings(String name) {
        Node n = get(name);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof Node.Arr arr)) {
            wrongType(name, n, "an array of strings");
            return null;
        }
        List<String> out = new ArrayList<>(arr.items().size());
        boolean ok = true;
        for (int i = 0; i < arr.items().size(); i++) {
            Node item = arr.items().get(i);
            String f = field(name) + "[" + i + "]";
            if (item instanceof Node.Val v && (v.isString() || ctx.yaml() && (v.isNumber() || v.isBoolean()))) {
                if (v.text().isBlank()) {
                    draft.problem(v.loc(), f, "must not be blank");
                    ok = false;
                } else {
                    out.add(v.text());
                }
            } else {
                draft.problem(item.loc(), f, "expected a string, found " + item.kind());
                ok = false;
            }
        }
        return ok ? out : null;
    }

    /** Reads an object; null (after reporting) if absent-but-required or not an object. */
    Node.@Nullable Obj object(String name, boolean required) {
        Node n = get(name);
        if (n == null) {
            if (required) {
                missing(name);
            }
            return null;
        }
        if (n instanceof Node.Obj o) {
            return o;
        }
        wrongType(name, n, "an object");
        return null;
    }

    /** Reads a scope: an object of text values, in order; absent is {@link Scope#EMPTY}. */
    @Nullable Scope scope(String name) {
        Node.Obj o = object(name, false);
        if (o == null) {
            return has(name) ? null : Scope.EMPTY;
        }
        Map<String, String> entries = new LinkedHashMap<>();
        boolean ok = true;
        for (Node.Member m : o.members()) {
            String f = field(name) + "." + m.name();
            if (entries.containsKey(m.name())) {
                draft.problem(m.loc(), f, "scope key given twice");
                ok = false;
                continue;
            }
            if (m.name().isBlank() || m.name().contains("=") || m.name().contains(",")) {
                draft.problem(m.loc(), f, "scope key '" + m.name() + "' must not be blank nor hold '=' or ','");
                ok = false;
                continue;
            }
            Node v = m.value();
            if (!(v instanceof Node.Val val && (val.isString() || ctx.yaml() && (val.isNumber() || val.isBoolean())))) {
                draft.problem(v.loc(), f, "expected a string, found " + v.kind());
                ok = false;
                continue;
            }
            if (val.text().isBlank() || val.text().contains(",")) {
                draft.problem(v.loc(), f, "scope value '" + val.text() + "' must not be blank nor hold ','");
                ok = false;
                continue;
            }
            entries.put(m.name(), val.text());
        }
        return ok ? Scope.of(ImmutableMap.copyOf(entries)) : null;
    }

    /** Reads a source object; null if absent or wrong. */
    @Nullable Source source(String name) {
        Node.Obj o = object(name, false);
        if (o == null) {
            return null;
        }
        Fields f = new Fields(draft, o, field(name) + ".", ctx);
        f.checkNames(SOURCE_FIELDS);
        String document = f.text("document", true);
        LocalDate date = f.date("date", false);
        String quote = f.text("quote", false);
        String address = f.text("address", false);
        Source.Span span = f.span();
        if (document == null || f.has("date") && date == null || f.has("quote") && quote == null
                || f.has("address") && address == null || (f.has("start") || f.has("end")) && span == null) {
            return null;
        }
        return new Source(document, Optional.ofNullable(date), Optional.ofNullable(quote), Optional.ofNullable(address),
                Optional.ofNullable(span));
    }

    /** Reads a source's {@code start} and {@code end} character offsets; null if absent or wrong. */
    private Source.@Nullable Span span() {
        if (!has("start") && !has("end")) {
            return null;
        }
        Integer start = offset("start");
        Integer end = offset("end");
        if (start == null || end == null) {
            if (!has("start") || !has("end")) {
                draft.problem(at(has("start") ? "start" : "end"), field(has("start") ? "start" : "end"),
                        "'start' and 'end' go together: give both character offsets or neither");
            }
            return null;
        }
        if (end < start) {
            draft.problem(at("end"), field("end"), "end (" + end + ") must not be before start (" + start + ")");
            return null;
        }
        return new Source.Span(start, end);
    }

    /** Reads a character offset: a whole number from 0 to Integer.MAX_VALUE; null if absent or wrong. */
    private @Nullable Integer offset(String name) {
        BigDecimal n = number(name);
        if (n == null) {
            return null;
        }
        if (n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            draft.problem(at(name), field(name), "'" + n.toPlainString()
                    + "' is not a character offset: expected a whole number from 0 to " + Integer.MAX_VALUE);
            return null;
        }
        return n.intValueExact();
    }
}
