package dev.attain.spark;

import com.google.common.collect.Range;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Quota;
import dev.attain.model.Relation;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.FigureFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The tables {@link SparkTracker} reads and writes, and Attain's records turned into them.
 *
 * <p>The input tables have the dataset format's fields as columns (see
 * {@code src/site/markdown/dataset-format.md}), figures as their phrases ("突破7000亿元"). The
 * schemas below are the nested form, which Parquet keeps; a CSV table has the flat form: one
 * column {@code scope.<key>} per scope key (an empty cell leaves the key out), lists
 * ({@code indicators}, {@code tags}) as text separated by commas, {@code baseline.period} and
 * {@code baseline.value}, a schedule as {@code "2022-H1=40, 2022-H2=60%"}, a source as the
 * document's name, and an indicator's unit {@code ""} (a plain number) as an empty cell. Columns may come in any order and of any type whose text is the field's
 * (a period read as the integer 2022 is "2022"); a column of the format that is absent is a
 * field left out.
 *
 * <h2>Implementation Requirements</h2>
 * This class only holds constants and static methods; the schemas are immutable.
 */
public final class SparkRows {

    private static final DataType TEXT = DataTypes.StringType;
    private static final DataType TEXTS = DataTypes.createArrayType(DataTypes.StringType, false);
    private static final DataType PAIRS = DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false);
    private static final StructType SOURCE = new StructType().add("document", TEXT).add("date", TEXT)
            .add("quote", TEXT).add("address", TEXT);

    /** {@code decimal(38,18)}: the bounds of the measures where they fit it exactly. */
    public static final DecimalType DECIMAL = DataTypes.createDecimalType(38, 18);

    /** Indicators: id, name, nameEn, unit, measure, polarity, nonNegative, tags. */
    public static final StructType INDICATORS = new StructType().add("id", TEXT, false).add("name", TEXT, false)
            .add("nameEn", TEXT).add("unit", TEXT, false).add("measure", TEXT).add("polarity", TEXT)
            .add("nonNegative", DataTypes.BooleanType).add("tags", TEXTS);

    /**
     * Targets: id, indicators (the ids summed; a table may instead have {@code indicator}, one
     * id), scope, period, requirement, floor, stretch, baseline {@code (period, value)},
     * commitment, pace, schedule {@code [(period, share)]}, weight, tags, source, schedulePartial,
     * of ({@code SUM} or {@code EACH}), sides ({@code ONE} or {@code BOTH}), and a relative
     * requirement's change ({@code PREVIOUS} or an earlier period) or comparedWith (an indicator id).
     */
    public static final StructType TARGETS = new StructType().add("id", TEXT, false).add("indicators", TEXTS, false)
            .add("scope", PAIRS, false).add("period", TEXT, false).add("requirement", TEXT, false)
            .add("floor", TEXT).add("stretch", TEXT)
            .add("baseline", new StructType().add("period", TEXT).add("value", TEXT))
            .add("commitment", TEXT).add("pace", TEXT)
            .add("schedule", DataTypes.createArrayType(new StructType().add("period", TEXT).add("share", TEXT), false))
            .add("weight", TEXT).add("tags", TEXTS).add("source", SOURCE)
            .add("schedulePartial", DataTypes.BooleanType).add("of", TEXT).add("sides", TEXT)
            .add("change", TEXT).add("comparedWith", TEXT);

    /** Outcomes: indicator, scope, period, value, published, status, source. */
    public static final StructType OUTCOMES = new StructType().add("indicator", TEXT, false)
            .add("scope", PAIRS, false).add("period", TEXT, false).add("value", TEXT, false)
            .add("published", TEXT, false).add("status", TEXT).add("source", SOURCE);

    /**
     * Evaluations, one row per target: id; status (a {@code dev.attain.eval.Status} name, or
     * {@code REJECTED}); unit (the code of the unit of difference and gap); for each of
     * attainment, difference and gap five columns: the interval as exact text
     * ({@code "[1.471428571428571..+∞)"}), its lower and upper bound as exact decimal text
     * ({@code _min}, {@code _max}; null where unbounded), and the same as
     * {@code decimal(38,18)} ({@code _min_decimal}, {@code _max_decimal}; null where the bound
     * does not fit it exactly); reasons and reasons_zh, the reasons in English and in Chinese;
     * tags (the target's and its indicators'); scope; problem (why a row is REJECTED, naming
     * the record and field; null otherwise).
     */
    public static final StructType EVALUATIONS;

    static {
        StructType s = new StructType().add("id", TEXT, false).add("status", TEXT, false).add("unit", TEXT);
        for (String m : List.of("attainment", "difference", "gap")) {
            s = s.add(m, TEXT).add(m + "_min", TEXT).add(m + "_max", TEXT).add(m + "_min_decimal", DECIMAL)
                    .add(m + "_max_decimal", DECIMAL);
        }
        EVALUATIONS = s.add("reasons", TEXTS, false).add("reasons_zh", TEXTS, false).add("tags", TEXTS, false)
                .add("scope", PAIRS, false).add("problem", TEXT);
    }

    /**
     * Roll-up counts: dimension ({@code all}, {@code tag} or {@code scope.<key>}), group (the tag
     * or the scope value; {@code all} for all), status, targets (the number of targets).
     */
    public static final StructType COUNTS = new StructType().add("dimension", TEXT, false).add("group", TEXT, false)
            .add("status", TEXT, false).add("targets", DataTypes.LongType, false);

    private SparkRows() {
    }

    /**
     * Turns the indicators of an Attain dataset into a table of {@link #INDICATORS}.
     *
     * @param spark  the session, not null
     * @param dataset  the dataset, not null
     * @return the table, in the dataset's order
     */
    public static Dataset<Row> indicators(SparkSession spark, dev.attain.model.Dataset dataset) {
        return spark.createDataFrame(dataset.indicators().stream().map(SparkRows::row).toList(), INDICATORS);
    }

    /**
     * Turns the targets of an Attain dataset into a table of {@link #TARGETS}.
     *
     * @param spark  the session, not null
     * @param dataset  the dataset, not null
     * @return the table, in the dataset's order
     */
    public static Dataset<Row> targets(SparkSession spark, dev.attain.model.Dataset dataset) {
        return spark.createDataFrame(dataset.targets().stream().map(SparkRows::row).toList(), TARGETS);
    }

    /**
     * Turns the outcomes of an Attain dataset into a table of {@link #OUTCOMES}.
     *
     * @param spark  the session, not null
     * @param dataset  the dataset, not null
     * @return the table, in the dataset's order
     */
    public static Dataset<Row> outcomes(SparkSession spark, dev.attain.model.Dataset dataset) {
        return spark.createDataFrame(dataset.outcomes().stream().map(SparkRows::row).toList(), OUTCOMES);
    }

    /**
     * Returns an indicator as a row of {@link #INDICATORS}.
     *
     * @param i  the indicator, not null
     * @return the row
     */
    public static Row row(Indicator i) {
        return RowFactory.create(i.id(), i.name(), i.nameEn().orElse(null), i.unit().code(), i.measure().name(),
                i.polarity().name(), i.nonNegative(), List.copyOf(i.tags()));
    }

    /**
     * Returns a target as a row of {@link #TARGETS}, its figures as Chinese phrases that read
     * back to equal figures.
     *
     * @param t  the target, not null
     * @return the row
     */
    public static Row row(Target t) {
        List<Row> schedule = new ArrayList<>();
        for (Quota q : t.schedule()) {
            schedule.add(RowFactory.create(q.period().toString(), q.sharePercent().toPlainString()));
        }
        return RowFactory.create(t.id(), List.copyOf(t.indicators()), t.scope().entries(), t.period().toString(),
                phrase(t.requirement()), t.floor().map(SparkRows::phrase).orElse(null),
                t.stretch().map(SparkRows::phrase).orElse(null),
                t.baseline().map(b -> RowFactory.create(b.period().toString(), phrase(b.value()))).orElse(null),
                t.commitment().name(), t.pace().name(), schedule, t.weight().toPlainString(), List.copyOf(t.tags()),
                t.source().map(SparkRows::row).orElse(null), t.schedulePartial(), t.of().name(), t.sides().name(),
                t.relation().filter(r -> r.kind() == Relation.Kind.CHANGE)
                        .map(r -> r.since().map(Period::toString).orElse("PREVIOUS")).orElse(null),
                t.relation().flatMap(Relation::other).orElse(null));
    }

    /**
     * Returns an outcome as a row of {@link #OUTCOMES}, its figure as a Chinese phrase that reads
     * back to an equal figure.
     *
     * @param o  the outcome, not null
     * @return the row
     */
    public static Row row(Outcome o) {
        return RowFactory.create(o.indicator(), o.scope().entries(), o.period().toString(), phrase(o.value()),
                o.published().toString(), o.status().name(), o.source().map(SparkRows::row).orElse(null));
    }

    private static Row row(Source s) {
        return RowFactory.create(s.document(), s.date().map(Object::toString).orElse(null), s.quote().orElse(null),
                s.address().orElse(null));
    }

    private static String phrase(Figure f) {
        return FigureFormat.chinese().format(f);
    }

    /** An interval as exact text, Guava's notation with plain decimals: "[1.47..+∞)", "(-∞..0]". */
    static String intervalText(Range<BigDecimal> r) {
        StringBuilder s = new StringBuilder();
        s.append(r.hasLowerBound() && r.lowerBoundType() == com.google.common.collect.BoundType.CLOSED ? '[' : '(');
        s.append(r.hasLowerBound() ? r.lowerEndpoint().toPlainString() : "-∞").append("..");
        s.append(r.hasUpperBound() ? r.upperEndpoint().toPlainString() : "+∞");
        s.append(r.hasUpperBound() && r.upperBoundType() == com.google.common.collect.BoundType.CLOSED ? ']' : ')');
        return s.toString();
    }

    /** A value as decimal(38,18) when it fits exactly (at most 18 decimals, 20 integer digits); else null. */
    static @Nullable BigDecimal decimal38(@Nullable BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() > 18 || s.precision() - s.scale() > 20) {
            return null;
        }
        return s.setScale(18);
    }
}
