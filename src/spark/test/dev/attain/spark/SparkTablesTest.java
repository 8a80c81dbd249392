package dev.attain.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.try_element_at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.eval.Evaluator;
import dev.attain.eval.Scorecard;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables as they live in a cluster: written to Parquet (the nested form) and to CSV (the flat
 * form: one column per scope key, lists and schedules as text), read back by Spark, and
 * evaluated; the evaluations equal the in-memory evaluator's row by row.
 */
class SparkTablesTest {

    private static final long SEED = 1919L;

    private final SparkSession spark = LocalSpark.session();
    private final dev.attain.model.Dataset dataset = RandomDatasets.generate(SEED, 5_000);
    private final Scorecard card = Evaluator.defaults().evaluate(dataset, RandomDatasets.AS_OF);

    @Test
    void parquetTables(@TempDir Path dir) {
        write(SparkRows.indicators(spark, dataset), dir, "indicators", "parquet");
        write(SparkRows.targets(spark, dataset), dir, "targets", "parquet");
        write(SparkRows.outcomes(spark, dataset), dir, "outcomes", "parquet");
        SparkEvaluations result = SparkTracker.of(spark.read().parquet(dir.resolve("indicators").toString()))
                .evaluate(spark.read().parquet(dir.resolve("targets").toString()),
                        spark.read().parquet(dir.resolve("outcomes").toString()), RandomDatasets.AS_OF);
        assertThat(SameAsInMemory.rows(card, result.evaluations().collectAsList().iterator()))
                .as("Parquet, seed " + SEED).isEmpty();
    }

    @Test
    void csvTablesInTheFlatForm(@TempDir Path dir) {
        write(SparkRows.indicators(spark, dataset).withColumn("tags", concat_ws(",", col("tags"))), dir, "indicators",
                "csv");
        Dataset<Row> targets = SparkRows.targets(spark, dataset);
        write(targets.select(col("id"), concat_ws(",", col("indicators")).as("indicators"),
                try_element_at(col("scope"), lit("region")).as("scope.region"),
                try_element_at(col("scope"), lit("city")).as("scope.city"), col("period"), col("requirement"),
                col("floor"), col("stretch"), col("baseline.period").as("baseline.period"),
                col("baseline.value").as("baseline.value"), col("commitment"), col("pace"),
                concat_ws(", ", transform(col("schedule"),
                        q -> concat(q.getField("period"), lit("="), q.getField("share"), lit("%")))).as("schedule"),
                col("weight"), concat_ws(",", col("tags")).as("tags"), col("source.document").as("source")),
                dir, "targets", "csv");
        Dataset<Row> outcomes = SparkRows.outcomes(spark, dataset);
        write(outcomes.select(col("indicator"), try_element_at(col("scope"), lit("region")).as("scope.region"),
                try_element_at(col("scope"), lit("city")).as("scope.city"), col("period"), col("value"),
                col("published"), col("status"), col("source.document").as("source")), dir, "outcomes", "csv");

        SparkEvaluations result = SparkTracker.of(csv(dir, "indicators"))
                .evaluate(csv(dir, "targets"), csv(dir, "outcomes"), RandomDatasets.AS_OF);
        assertThat(SameAsInMemory.rows(card, result.evaluations().collectAsList().iterator()))
                .as("CSV, seed " + SEED).isEmpty();
    }

    /** Writes one file, so that Spark reads the rows back in their order (the order of the outcome table matters). */
    private static void write(Dataset<Row> table, Path dir, String name, String format) {
        table.coalesce(1).write().format(format).option("header", "true").save(dir.resolve(name).toString());
    }

    /** Reads a CSV table as a user would, letting Spark guess the types (a period 2022 becomes an integer). */
    private Dataset<Row> csv(Path dir, String name) {
        return spark.read().option("header", "true").option("inferSchema", "true")
                .csv(dir.resolve(name).toString());
    }
}
