package dev.attain.io;

import dev.attain.io.Draft.IndicatorDraft;
import dev.attain.io.Draft.OutcomeDraft;
import dev.attain.io.Draft.TargetDraft;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Tolerance;
import dev.attain.quantity.Unit;
import java.io.File;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads the model from the dataset format through Jackson. Records are read with the same
 * binder as {@link DatasetReader}, so every problem of a record is reported at once; the
 * exception is a {@link DatabindException} whose cause is a {@link DatasetException} with the
 * problems. A {@link Target} or {@link Outcome} read on its own cannot be checked against its
 * indicators; a {@link Dataset} is checked whole.
 */
final class Deserializers {

    private Deserializers() {
    }

    /** Turns text into a value, throwing IllegalArgumentException or DateTimeException. */
    @FunctionalInterface
    interface TextParser<T> {
        T parse(String text);
    }

    /** Reads a value written as a string: Figure, Period, Unit. */
    static final class FromText<T> extends StdDeserializer<T> {
        private final Class<T> type;
        private final TextParser<T> parser;
        private final String expected;

        FromText(Class<T> type, String expected, TextParser<T> parser) {
            super(type);
            this.type = type;
            this.parser = parser;
            this.expected = expected;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken t = p.currentToken();
            boolean yaml = p instanceof YAMLParser;
            if (t != JsonToken.VALUE_STRING && !(yaml && t != null && t.isScalarValue())) {
                throw ctxt.wrongTokenException(p, type, JsonToken.VALUE_STRING, "expected " + expected);
            }
            String text = p.getString();
            try {
                return parser.parse(text);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw InvalidFormatException.from(p, String.valueOf(e.getMessage()), text, type);
            }
        }
    }

    /** Binds a located tree to a record, or fails with its problems. */
    @FunctionalInterface
    interface TreeBinder<T> {
        /** Returns the value, or a draft holding the problems. */
        Object bind(Node node, BindContext ctx);
    }

    /** Reads a record through the binder. */
    static final class FromTree<T> extends StdDeserializer<T> {
        private final Class<T> type;
        private final Tolerance tolerance;
        private final TreeBinder<T> binder;

        FromTree(Class<T> type, Tolerance tolerance, TreeBinder<T> binder) {
            super(type);
            this.type = type;
            this.tolerance = tolerance;
            this.binder = binder;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            String file = fileOf(p);
            Node node = TreeReader.read(p);
            Object result = binder.bind(node, new BindContext(file, p instanceof YAMLParser, tolerance));
            if (type.isInstance(result)) {
                return type.cast(result);
            }
            List<Problem> problems = result instanceof LoadReport r ? r.problems() : ((Draft) result).problems();
            if (problems.isEmpty()) {
                problems = List.of(new Problem(file, node.loc().line(), node.loc().column(), Optional.empty(),
                        Optional.empty(), "cannot be read as " + type.getSimpleName()));
            }
            problems = new ArrayList<>(problems);
            problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            DatasetException cause = new DatasetException(file, problems);
            throw DatabindException.from(p, cause.getMessage(), cause);
        }
    }

    static String fileOf(JsonParser p) {
        Object source = p.streamReadInputSource();
        if (source instanceof Path path) {
            return path.toString();
        }
        if (source instanceof File f) {
            return f.getPath();
        }
        return "input";
    }

    static FromText<Figure> figure(Tolerance tolerance) {
        return new FromText<>(Figure.class, "a figure phrase such as \"突破7000亿元\"", t -> Figure.parse(t, tolerance));
    }

    static FromText<Period> period() {
        return new FromText<>(Period.class, "a period such as \"2022\" or \"2022-01..2022-06\"", Period::parse);
    }

    static FromText<Unit> unit() {
        return new FromText<>(Unit.class, "a unit code such as \"CNY\", \"家\" or \"%\"", Unit::of);
    }

    /** Wraps a node as the one member of an object, so that {@link Fields} can read it. */
    private static Fields wrapped(Draft d, String name, Node node, BindContext ctx) {
        Node.Obj obj = new Node.Obj(node.loc(), List.of(new Node.Member(name, node.loc(), node)));
        return new Fields(d, obj, "", ctx);
    }

    static FromTree<Scope> scope(Tolerance tolerance) {
        return lone(Scope.class, tolerance, "scope", "of key → value", Fields::scope);
    }

    static FromTree<Source> source(Tolerance tolerance) {
        return lone(Source.class, tolerance, "source", "{document, date, quote, address, start, end}", Fields::source);
    }

    /**
     * A value read on its own from an object, by the {@link Fields} reader of a field of that
     * name: the value, or the draft with its problems.
     */
    private static <T> FromTree<T> lone(Class<T> type, Tolerance tolerance, String name, String shape,
            BiFunction<Fields, String, @Nullable T> read) {
        return new FromTree<>(type, tolerance, (node, ctx) -> {
            Draft d = new Draft.Lone(ctx.file(), node.loc(), name);
            if (!(node instanceof Node.Obj)) {
                d.problem(node.loc(), null, "expected an object " + shape + ", found " + node.kind());
                return d;
            }
            T value = read.apply(wrapped(d, name, node, ctx), name);
            return value == null || d.hasProblems() ? d : value;
        });
    }

    static FromTree<Indicator> indicator(Tolerance tolerance) {
        return new FromTree<>(Indicator.class, tolerance, (node, ctx) -> {
            IndicatorDraft d = new Binder(ctx).indicator(node, -1);
            return d.isAccepted() && d.indicator != null ? d.indicator : d;
        });
    }

    static FromTree<Target> target(Tolerance tolerance) {
        return new FromTree<>(Target.class, tolerance, (node, ctx) -> {
            TargetDraft d = new Binder(ctx).target(node, -1);
            return d.isAccepted() && d.target != null ? d.target : d;
        });
    }

    static FromTree<Outcome> outcome(Tolerance tolerance) {
        return new FromTree<>(Outcome.class, tolerance, (node, ctx) -> {
            OutcomeDraft d = new Binder(ctx).outcome(node, -1);
            return d.isAccepted() && d.outcome != null ? d.outcome : d;
        });
    }

    static FromTree<Dataset> dataset(Tolerance tolerance) {
        return new FromTree<>(Dataset.class, tolerance, (node, ctx) -> {
            Assembler a = new Assembler(ctx.file(), DatasetReader.DEFAULT_MAX_REJECTIONS_KEPT);
            a.file(ctx.file());
            new Binder(ctx).document(node, a);
            LoadReport r = a.finish();
            return r.isClean() ? r.dataset() : r;
        });
    }
}
