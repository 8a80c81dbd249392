package dev.attain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * {@link SparkScorecard} on a small generated table in local mode: its key lines, every target
 * counted once under "all" with a status of the evaluator's, none rejected, the statuses of a
 * running year among them.
 */
class SparkScorecardTest {

    @Test
    void printsTheCountsOfEveryTarget() {
        SparkSession spark = SparkSession.builder().master("local[2]").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SparkScorecard.run(spark, 4_000, LocalDate.of(2023, 6, 30), null,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).startsWith("4,000 targets evaluated as of 2023-06-30 on local[2] (2 cores) in ")
                .contains("\n0 outcome rows matched no target\n")
                .contains("dimension  group        status              targets");
        List<String> lines = Arrays.asList(out.split("\n"));
        long all = 0;
        Pattern row = Pattern.compile("all\\s+all\\s+(\\w+)\\s+([\\d,]+)");
        for (String line : lines) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                assertThat(m.group(1)).isIn("ACHIEVED", "MISSED", "INDETERMINATE", "ON_TRACK", "AT_RISK", "OFF_TRACK",
                        "NO_DATA");
                all += Long.parseLong(m.group(2).replace(",", ""));
            }
        }
        assertThat(all).isEqualTo(4_000);
        assertThat(out).doesNotContain("REJECTED").contains(" ON_TRACK ").contains(" OFF_TRACK ")
                .contains("tag        industry").contains("tag        digital").contains("tag        energy");
    }
}
