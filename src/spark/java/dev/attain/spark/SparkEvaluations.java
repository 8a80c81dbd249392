package dev.attain.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.map_entries;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * What {@link SparkTracker#evaluate} gives: one row per target, the roll-up counts per status,
 * tag and scope, and the outcome rows that matched no target. Both are Spark tables, computed when an action reads them.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class SparkEvaluations {

    private final Dataset<Row> evaluations;
    private final Dataset<Row> unmatched;

    SparkEvaluations(Dataset<Row> evaluations, Dataset<Row> unmatched) {
        this.evaluations = evaluations;
        this.unmatched = unmatched;
    }

    /**
     * Returns one row per target, in the columns of {@link SparkRows#EVALUATIONS}: its status,
     * attainment, difference and gap as exact text (and as {@code decimal(38,18)} where they
     * fit), its reasons in English and Chinese; or status {@code REJECTED} and the problem
     * that stopped it, naming the record and field.
     *
     * @return the evaluations, never null
     */
    public Dataset<Row> evaluations() {
        return evaluations;
    }

    /**
     * Returns evaluations kept at the given storage level once computed, so that several
     * actions (the rows, the counts) evaluate the targets once. Release them with
     * {@link #unpersist()}.
     *
     * @param level  the storage level, such as {@code StorageLevel.DISK_ONLY()}, not null
     * @return the evaluations, kept, never null
     */
    public SparkEvaluations persist(StorageLevel level) {
        return new SparkEvaluations(evaluations.persist(level), unmatched);
    }

    /** Releases evaluations kept by {@link #persist}; does nothing to evaluations not kept. */
    public void unpersist() {
        evaluations.unpersist();
    }

    /**
     * Returns the outcome rows whose indicator and scope no target names, in the outcome table's
     * own columns: what was reported without a target, which no evaluation used (as
     * {@code dev.attain.stream.Tally#unmatched()} counts them). Computed by its own pass over the
     * tables when an action reads it, such as {@code unmatched().count()}.
     *
     * @return the unmatched outcome rows, never null
     */
    public Dataset<Row> unmatched() {
        return unmatched;
    }

    /**
     * Returns the targets that could not be evaluated, each with its id and problem: the
     * evaluations whose status is {@code REJECTED}.
     *
     * @return the rejected rows, never null
     */
    public Dataset<Row> rejected() {
        return evaluations.filter(col("status").equalTo(GroupEvaluator.REJECTED));
    }

    /**
     * Returns the number of targets per status: over all targets (dimension {@code all}), per
     * tag (a target counts under each of its own and its indicators' tags) and per value of each
     * scope key (dimension {@code scope.<key>}), in the columns of {@link SparkRows#COUNTS}. As
     * {@code Scorecard.counts()}, {@code byTag()} and {@code byScope(key)} count; rejected
     * targets count under {@code REJECTED}.
     *
     * @return the counts, never null
     */
    public Dataset<Row> counts() {
        // one pass over the evaluations: each target gives one (dimension, group) pair for all, each tag and each scope key
        Column pairs = concat(array(struct(lit("all").as("dimension"), lit("all").as("group"))),
                transform(col("tags"), tag -> struct(lit("tag").as("dimension"), tag.as("group"))),
                transform(map_entries(col("scope")), e -> struct(concat(lit("scope."), e.getField("key")).as("dimension"),
                        e.getField("value").as("group"))));
        return evaluations.select(explode(pairs).as("p"), col("status"))
                .groupBy(col("p.dimension").as("dimension"), col("p.group").as("group"), col("status")).count()
                .select(col("dimension"), col("group"), col("status"), col("count").as("targets"));
    }

    @Override
    public String toString() {
        return "SparkEvaluations[" + evaluations + "]";
    }
}
