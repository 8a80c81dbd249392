package dev.attain.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.attain.eval.Evaluator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

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
 * <p>Spark joins the targets to the outcomes on indicator, scope and period: the targets on one
 * indicator in one scope meet that indicator's outcomes there in one row, each outcome once;
 * a target on a sum of indicators meets the outcomes of each; only outcomes whose period ends by
 * the end of a target's period come along (no other can count). The rows are then read into
 * Attain's model and evaluated inside the partitions, a few thousand targets at a time. Only rows cross a shuffle; no status, attainment or bound is
 * computed with Spark's decimals, which round quotients to 6 places by default and cannot hold
 * values beyond {@code decimal(38,18)}. The results equal {@link Evaluator#evaluate} on the same
 * records, row by row.
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

        Dataset<Row> t = targets.withColumn(Columns.SCOPE, Columns.scope(targets, "targets"));
        Dataset<Row> keyedTargets = t.select(struct(all(t)).as("t"), Columns.indicators(targets).as("_inds"),
                Columns.scopeKey(col(Columns.SCOPE)).as("_skey"), Columns.lastMonthOf(col("period")).as("_last"));
        Dataset<Row> o = outcomes.withColumn(Columns.SCOPE, Columns.scope(outcomes, "outcomes"))
                .withColumn("_ord", monotonically_increasing_id())
                .withColumn("_last", Columns.lastMonthOf(col("period")));
        Dataset<Row> keyedOutcomes = o.select(struct(all(o)).as("o"), col("_ord").as("o_ord"),
                trim(col("indicator").cast("string")).as("o_ind"), Columns.scopeKey(col(Columns.SCOPE)).as("o_skey"),
                col("_last").as("o_last"));

        // targets on one indicator: all targets and outcomes of an indicator and scope meet in one row, each once
        Dataset<Row> single = keyedTargets.filter(col("_inds").isNull().or(size(col("_inds")).leq(1)))
                .groupBy(coalesce(try_element_at(col("_inds"), lit(1)), lit("")).as("_ind"), col("_skey"))
                .agg(collect_list("t").as("ts"), max("_last").as("_max"));
        Dataset<Row> history = keyedOutcomes.groupBy("o_ind", "o_skey").agg(collect_list("o").as("os"));
        // only the outcomes whose period ends by the end of the latest target's period; an unreadable period
        // (null) is kept, so that the evaluation reports it rather than the join dropping it
        Dataset<Row> singles = single.join(history, col("_ind").equalTo(col("o_ind"))
                .and(col("_skey").equalTo(col("o_skey"))), "left_outer")
                .select(col("ts"), filter(col("os"), x -> x.getField("_last").isNull().or(col("_max").isNull())
                        .or(x.getField("_last").leq(col("_max")))).as("os"));

        // targets on a sum of indicators: each target joined to the outcomes of each of its indicators
        Dataset<Row> parts = keyedTargets.filter(size(col("_inds")).geq(2))
                .withColumn("_row", monotonically_increasing_id())
                .select(col("t"), col("_row"), explode(col("_inds")).as("_ind"), col("_skey"), col("_last"));
        Column on = col("_ind").equalTo(col("o_ind")).and(col("_skey").equalTo(col("o_skey")))
                .and(col("o_last").isNull().or(col("_last").isNull()).or(col("o_last").leq(col("_last"))));
        Dataset<Row> sums = parts.join(keyedOutcomes, on, "left_outer").groupBy("_row")
                .agg(first("t").as("t"), collect_list(when(col("o_ord").isNotNull(), col("o"))).as("os"))
                .select(array(col("t")).as("ts"), col("os"));

        Dataset<Row> groups = singles.unionByName(sums);
        Dataset<Row> evaluations = groups.mapPartitions(new GroupEvaluator(indicators, evaluator, asOf),
                Encoders.row(SparkRows.EVALUATIONS));
        return new SparkEvaluations(evaluations);
    }

    private static Column[] all(Dataset<Row> table) {
        return Arrays.stream(table.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
    }

    @Override
    public String toString() {
        return "SparkTracker[" + indicators.size() + " indicators]";
    }
}
