package dev.attain.io;

import static java.util.Objects.requireNonNull;

import dev.attain.json.ModelJson;
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
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for Attain's model, in the dataset format that {@link Datasets} reads
 * and writes: register it with {@code JsonMapper.builder().addModule(new AttainModule())}, or
 * use the mappers {@link Datasets#jsonMapper()} and {@link Datasets#yamlMapper()} that have it.
 *
 * <p>Serializers and deserializers for {@link Figure} (a phrase: {@code "突破7000亿元"}),
 * {@link Period} ({@code "2022-Q3"}), {@link Unit} ({@code "CNY"}), {@link Scope} (an object of
 * key → value), {@link Source}, {@link Indicator}, {@link Target}, {@link Outcome} and
 * {@link Dataset}. The results of evaluation are not datasets: their JSON is written by
 * {@code dev.attain.report.JsonReport} and {@code dev.attain.report.ScorecardModule}. Records are read with the same checks as {@link DatasetReader}, every
 * problem of a record at once: a failure is a {@link tools.jackson.databind.DatabindException}
 * whose cause is a {@link DatasetException} listing the problems with line and column. A
 * target or outcome read on its own is not checked against its indicators; a dataset is.
 *
 * <p>The module adds no polymorphic typing and needs none. Numbers are written in plain
 * notation, never {@code 1.03E+12}.
 */
public final class AttainModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module; ABOUT and NEARLY figures are read with the default tolerance. */
    public AttainModule() {
        this(Tolerance.DEFAULT);
    }

    /**
     * Creates the module.
     *
     * @param tolerance  the tolerance with which ABOUT (约) and NEARLY (近) figures are read, not null
     */
    public AttainModule(Tolerance tolerance) {
        super("attain");
        requireNonNull(tolerance, "tolerance");
        addSerializer(Figure.class, ModelJson.serializer(Figure.class, ModelJson::figure));
        addSerializer(Period.class, ModelJson.serializer(Period.class, ModelJson.PERIOD));
        addSerializer(Unit.class, ModelJson.serializer(Unit.class, ModelJson.UNIT));
        addSerializer(Scope.class, ModelJson.serializer(Scope.class, ModelJson::scope));
        addSerializer(Source.class, ModelJson.serializer(Source.class, ModelJson::source));
        addSerializer(Indicator.class, ModelJson.serializer(Indicator.class, ModelJson::indicator));
        addSerializer(Target.class, ModelJson.serializer(Target.class, ModelJson::target));
        addSerializer(Outcome.class, ModelJson.serializer(Outcome.class, ModelJson::outcome));
        addSerializer(Dataset.class, ModelJson.serializer(Dataset.class, ModelJson::dataset));
        addDeserializer(Figure.class, Deserializers.figure(tolerance));
        addDeserializer(Period.class, Deserializers.period());
        addDeserializer(Unit.class, Deserializers.unit());
        addDeserializer(Scope.class, Deserializers.scope(tolerance));
        addDeserializer(Source.class, Deserializers.source(tolerance));
        addDeserializer(Indicator.class, Deserializers.indicator(tolerance));
        addDeserializer(Target.class, Deserializers.target(tolerance));
        addDeserializer(Outcome.class, Deserializers.outcome(tolerance));
        addDeserializer(Dataset.class, Deserializers.dataset(tolerance));
    }
}
