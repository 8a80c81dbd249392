package dev.attain.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;

import dev.attain.eval.Evaluator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Evaluates targets held in Spark tables against outcomes held in Spark tables, exactly, with
 * Attain's own {@link Evaluator}: the entry point of {@code dev.attain.spark}.
 *
 * <pre>{@code
 * SparkTracker tracker = SparkTracker.of(spark.read().parquet("indicators"));
 * SparkEvaluations result = tracker.evaluate(spark.read().parquet("targets"),
 *         spark.read().parquet("outcomes"), LocalDate.of(2023, 6, 30));
 * result.evaluations().write().parquet("evaluations");
 * result.counts().show();
 * }</pre>
 *
 * <p>Spark joins the targets to the outcomes by scope: one shuffle brings each scope's targets
 * and outcomes to one partition, sorted so that the targets come first and the outcomes follow
 * indicator by indicator; no collecting of rows into lists, no second join for targets on a sum
 * of indicators (their indicators share the scope). Inside the partitions each target meets its
 * indicators' outcomes in its scope, only those whose period ends by the end of a target's
 * period (no other can count); the rows are read into Attain's model there and evaluated a few
 * thousand targets at a time. Only rows cross the shuffle; no status, attainment or bound is
 * computed with Spark's decimals, which round quotients to 6 places by default and cannot hold
 * values beyond {@code decimal(38,18)}. The results equal {@link Evaluator#evaluate} on the same
 * records, row by row. Outcome rows whose indicator and scope no target names are not dropped
 * silently: {@link SparkEvaluations#unmatched()} returns them.
 *
 * <p>Outcome rows are taken in the order of their table (the dataset order that breaks ties
 * between figures published on the same day with the same status). Target ids are not checked
 * for uniqueness across the table, which would take a shuffle of its own: a repeated id gives
 * one row per target row.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; it holds the indicator rows (a small table, collected
 * once) and the evaluator's factory.
 */
public final class SparkTracker {

    private final List<Row> indicators;
    private final EvaluatorFactory evaluator;

    private SparkTracker(List<Row> indicators, EvaluatorFactory evaluator) {
        this.indicators = indicators;
        this.evaluator = evaluator;
    }

    /**
     * Returns a tracker of the given indicators, with the default evaluator. The table is
     * collected to the driver: indicators are few (thousands), targets and outcomes many.
     *
     * @param indicators  the indicators, in the columns of {@link SparkRows#INDICATORS}, not null
     * @return the tracker, never null
     * @throws IllegalArgumentException if the table lacks a required column
     */
    public static SparkTracker of(Dataset<Row> indicators) {
        requireNonNull(indicators, "indicators");
        Columns.require(indicators, "indicators", "id", "name", "unit");
        return new SparkTracker(List.copyOf(Arrays.asList((Row[]) indicators.collect())), Evaluator::defaults);
    }

    /**
     * Returns a copy that judges with evaluators from the given factory, such as
     * {@code () -> Evaluator.of(Thresholds.EUROSTAT)}.
     *
     * @param factory  makes the evaluator on each executor, not null
     * @return the copy, never null
     */
    public SparkTracker withEvaluator(EvaluatorFactory factory) {
        return new SparkTracker(indicators, requireNonNull(factory, "factory"));
    }

    /**
     * Evaluates every target as of a date. Lazy, as Spark is: nothing runs until an action
     * on the result. Cache the evaluations when more than one action reads them.
     *
     * @param targets  the targets, in the columns of {@link SparkRows#TARGETS} (nested or flat), not null
     * @param outcomes  the outcomes, in the columns of {@link SparkRows#OUTCOMES} (nested or flat), not null
     * @param asOf  the date: only outcomes published on or before it count, not null
     * @return the evaluations and their roll-up counts, never null
     * @throws IllegalArgumentException if a table lacks a required column
     */
    public SparkEvaluations evaluate(Dataset<Row> targets, Dataset<Row> outcomes, LocalDate asOf) {
        requireNonNull(targets, "targets");
        requireNonNull(outcomes, "outcomes");
        requireNonNull(asOf, "asOf");
        Columns.require(targets, "targets", "id", "period", "requirement");
        Columns.require(outcomes, "outcomes", "indicator", "period", "value", "published");

        Dataset<Row> t = targets.withColumn(Columns.SCOPE, Columns.scope(targets, "targets"))
                .withColumn("_inds", Columns.indicators(targets));
        Dataset<Row> o = outcomes.withColumn(Columns.SCOPE, Columns.scope(outcomes, "outcomes"))
                .withColumn("_ord", monotonically_increasing_id());
        Dataset<Row> evaluations = joined(t, o, struct(all(t)), struct(all(o)))
                .mapPartitions(new GroupEvaluator(indicators, evaluator, asOf), Encoders.row(SparkRows.EVALUATIONS));
        // which outcomes no target names needs only the targets' scopes and indicators
        Column noTarget = lit(null).cast(new StructType().add("id", DataTypes.StringType));
        Dataset<Row> unmatched = joined(t, o, noTarget, struct(all(o)))
                .mapPartitions(new UnmatchedOutcomes(outcomes.columns().length), Encoders.row(outcomes.schema()));
        return new SparkEvaluations(evaluations, unmatched);
    }

    /**
     * The join: targets and outcomes in one table, in the columns {@link ScopeGroups} reads by
     * position ({@code _skey, _kind, _ind, _ord, t, o, _inds}), shuffled once by scope and sorted
     * so that each scope's targets come first, then its outcomes indicator by indicator.
     */
    private static Dataset<Row> joined(Dataset<Row> t, Dataset<Row> o, Column target, Column outcome) {
        DataType targetType = t.select(target).schema().apply(0).dataType();
        DataType outcomeType = o.select(outcome).schema().apply(0).dataType();
        Dataset<Row> targets = t.select(Columns.scopeKey(col(Columns.SCOPE)).as("_skey"), lit(0).as("_kind"),
                lit(null).cast(DataTypes.StringType).as("_ind"), lit(0L).as("_ord"), target.as("t"),
                lit(null).cast(outcomeType).as("o"), col("_inds"));
        Dataset<Row> outcomes = o.select(Columns.scopeKey(col(Columns.SCOPE)).as("_skey"), lit(1).as("_kind"),
                trim(col("indicator").cast(DataTypes.StringType)).as("_ind"), col("_ord"),
                lit(null).cast(targetType).as("t"), outcome.as("o"),
                lit(null).cast(DataTypes.createArrayType(DataTypes.StringType)).as("_inds"));
        return targets.union(outcomes).repartition(col("_skey")).sortWithinPartitions("_skey", "_kind", "_ind", "_ord");
    }

    private static Column[] all(Dataset<Row> table) {
        return Arrays.stream(table.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
    }

    @Override
    public String toString() {
        return "SparkTracker[" + indicators.size() + " indicators]";
    }
}
