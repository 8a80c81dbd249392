package dev.attain.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.Tracker;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Scorecard;
import dev.attain.model.Dataset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On Spark, in local mode, the evaluations equal the in-memory evaluator's row by row, field by
 * field (status, unit, attainment, difference and gap to the last digit, the reasons in both
 * languages, tags, scope), and the roll-up counts equal the scorecard's: for the flagship
 * dataset and for 100,000 generated targets of every kind the evaluator supports.
 */
class SparkEqualityTest {

    private final SparkSession spark = LocalSpark.session();

    @ParameterizedTest
    @ValueSource(strings = {"2022-12-31", "2023-06-30"})
    void flagshipDatasetAsInMemory(String date) {
        Tracker tracker = Tracker.load(Path.of("examples/data/jiangxi/jiangxi.json"));
        check(tracker.dataset(), LocalDate.parse(date), "the flagship dataset as of " + date);
    }

    @ParameterizedTest
    @ValueSource(longs = {19L})
    void hundredThousandGeneratedTargetsAsInMemory(long seed) {
        Dataset dataset = RandomDatasets.generate(seed, 100_000);
        check(dataset, RandomDatasets.AS_OF, "100,000 targets generated from seed " + seed);
    }

    private void check(Dataset dataset, LocalDate asOf, String what) {
        Scorecard card = Evaluator.defaults().evaluate(dataset, asOf);
        SparkEvaluations result = SparkTracker.of(SparkRows.indicators(spark, dataset))
                .evaluate(SparkRows.targets(spark, dataset), SparkRows.outcomes(spark, dataset), asOf);
        SparkEvaluations kept = result.persist(StorageLevel.DISK_ONLY());
        try {
            List<String> differences = SameAsInMemory.rows(card, kept.evaluations().toLocalIterator());
            assertThat(differences).as(what + ": rows that differ from the in-memory evaluator").isEmpty();
            assertThat(SameAsInMemory.counts(kept.counts().collectAsList()))
                    .as(what + ": roll-up counts").isEqualTo(SameAsInMemory.counts(card));
        } finally {
            kept.unpersist();
        }
    }
}
