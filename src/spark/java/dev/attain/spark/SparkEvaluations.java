package dev.attain.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * What {@link SparkTracker#evaluate} gives: one row per target, and the roll-up counts per
 * status, tag and scope. Both are Spark tables, computed when an action reads them.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class SparkEvaluations {

    private final Dataset<Row> evaluations;

    SparkEvaluations(Dataset<Row> evaluations) {
        this.evaluations = evaluations;
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
        return new SparkEvaluations(evaluations.persist(level));
    }

    /** Releases evaluations kept by {@link #persist}; does nothing to evaluations not kept. */
    public void unpersist() {
        evaluations.unpersist();
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
        Dataset<Row> all = evaluations.groupBy("status").count()
                .select(lit("all").as("dimension"), lit("all").as("group"), col("status"), col("count").as("targets"));
        Dataset<Row> tags = evaluations.select(explode(col("tags")).as("group"), col("status"))
                .groupBy("group", "status").count()
                .select(lit("tag").as("dimension"), col("group"), col("status"), col("count").as("targets"));
        Dataset<Row> scopes = evaluations.select(explode(col("scope")).as(new String[] {"key", "group"}), col("status"))
                .groupBy("key", "group", "status").count()
                .select(concat(lit("scope."), col("key")).as("dimension"), col("group"), col("status"),
                        col("count").as("targets"));
        return all.unionByName(tags).unionByName(scopes);
    }

    @Override
    public String toString() {
        return "SparkEvaluations[" + evaluations + "]";
    }
}
