package dev.attain.examples;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.when;

import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Polarity;
import dev.attain.quantity.Unit;
import dev.attain.spark.SparkEvaluations;
import dev.attain.spark.SparkRows;
import dev.attain.spark.SparkTracker;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * A county-level scorecard on Apache Spark: a generated table of targets (a few million: four
 * indicators in every county of a country, for 2022 and the running year 2023) and a table of
 * what was reported, evaluated exactly by {@link SparkTracker} as of a date; prints the counts per
 * status and per tag, the throughput, and how many outcome rows matched no target.
 *
 * <p>Run it from the repository root, in local mode on every core:
 * <pre>{@code
 * mvn -q -Pspark test-compile exec:exec -Dspark.args="2000000 2023-06-30"
 * }</pre>
 * Arguments: the number of targets (default 2,000,000), the as-of date (default 2023-06-30),
 * and optionally {@code --master local[1]} (default {@code local[*]}; under spark-submit the
 * master given there is kept) and {@code --table FILE}: instead of the generated tables, the
 * streaming benchmark's CSV ({@code id,polarity,target,actual}, see
 * {@code dev.attain.bench.TableGenerator}), one target and its actual a row.
 */
public final class SparkScorecard {

    private static final String[] INDICATORS = {"revenue", "firms", "digital", "cost"};

    private SparkScorecard() {
    }

    /**
     * Runs the example.
     *
     * @param args  [targets] [as-of date] [--master M] [--table FILE]
     */
    public static void main(String[] args) {
        long n = 2_000_000;
        LocalDate asOf = LocalDate.of(2023, 6, 30);
        String master = null;
        String table = null;
        int positional = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--master" -> master = args[++i];
                case "--table" -> table = args[++i];
                default -> {
                    if (positional++ == 0) {
                        n = Long.parseLong(args[i].replace("_", ""));
                    } else {
                        asOf = LocalDate.parse(args[i]);
                    }
                }
            }
        }
        SparkSession.Builder builder = SparkSession.builder().appName("attain-spark-scorecard")
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false");
        if (master != null || !new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master(master == null ? "local[*]" : master).config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            run(spark, n, asOf, table, System.out);
        } finally {
            spark.stop();
        }
    }

    static void run(SparkSession spark, long n, LocalDate asOf, String table, PrintStream out) {
        Dataset<Row> indicators = spark.createDataFrame(indicators().stream().map(SparkRows::row).toList(),
                SparkRows.INDICATORS);
        Dataset<Row> targets;
        Dataset<Row> outcomes;
        if (table == null) {
            targets = generatedTargets(spark, n);
            outcomes = generatedOutcomes(spark, n);
        } else {
            Dataset<Row> rows = spark.read().option("header", "true").csv(table);
            Column indicator = when(col("polarity").equalTo("lower"), lit("cost")).otherwise(lit("revenue"));
            Column scope = map(lit("id"), col("id"));
            targets = rows.select(col("id"), indicator.as("indicator"), scope.as("scope"), lit("2022").as("period"),
                    concat(col("target"), lit("元")).as("requirement"));
            outcomes = rows.filter(col("actual").isNotNull()).select(indicator.as("indicator"), scope.as("scope"),
                    lit("2022").as("period"), concat(col("actual"), lit("元")).as("value"),
                    lit("2023-02-01").as("published"));
        }
        long start = System.nanoTime();
        // one action evaluates every target (measures and reasons in both languages included) and counts them per
        // status, tag and scope; the counts overall and per tag are shown
        SparkEvaluations result = SparkTracker.of(indicators).evaluate(targets, outcomes, asOf);
        List<Row> counts = result.counts().filter(col("dimension").isin("all", "tag"))
                .orderBy("dimension", "group", "status").collectAsList();
        double seconds = (System.nanoTime() - start) / 1e9;
        long rows = counts.stream().filter(r -> r.getAs("dimension").equals("all"))
                .mapToLong(r -> r.<Long>getAs("targets")).sum();
        long unmatched = result.unmatched().count();

        out.printf(Locale.ROOT, "%,d targets evaluated as of %s on %s (%d cores) in %.1f s: %,.0f targets/s%n", rows,
                asOf, spark.sparkContext().master(), spark.sparkContext().defaultParallelism(), seconds,
                rows / seconds);
        out.printf(Locale.ROOT, "%,d outcome rows matched no target%n", unmatched);
        out.println();
        out.printf("%-10s %-12s %-14s %12s%n", "dimension", "group", "status", "targets");
        for (Row r : counts) {
            out.printf(Locale.ROOT, "%-10s %-12s %-14s %,12d%n", r.getAs("dimension"), r.getAs("group"),
                    r.getAs("status"), r.<Long>getAs("targets"));
        }
    }

    /** Four indicators of a county-level table: revenue, new firms, a share, and an energy cost (lower is better). */
    static List<Indicator> indicators() {
        return List.of(
                Indicator.builder("revenue", "规模以上工业营业收入", Unit.CNY).nameEn("Industrial revenue")
                        .tags("industry").build(),
                Indicator.builder("firms", "新增规上企业", Unit.count("家")).measure(Measure.INCREMENT)
                        .nameEn("New industrial firms").tags("industry").build(),
                Indicator.builder("digital", "数字经济核心产业增加值占比", Unit.PERCENT).measure(Measure.SHARE)
                        .nameEn("Digital economy share").tags("digital").build(),
                Indicator.builder("cost", "工业能源成本", Unit.CNY).polarity(Polarity.LOWER_IS_BETTER)
                        .nameEn("Industrial energy cost").tags("energy").build());
    }

    /**
     * Targets: row i is indicator i % 4 in county i / 4 (so each indicator and county has one
     * target), a third of them for the running year 2023, the rest for 2022, with requirements as
     * plans write them ("突破1234.5亿元", "120家以上", "45.5%以上", "不超过88.2亿元"); in the flat
     * form of a CSV table (one column per scope key).
     */
    private static Dataset<Row> generatedTargets(SparkSession spark, long n) {
        StructType schema = new StructType().add("id", "string").add("indicator", "string")
                .add("scope.region", "string").add("scope.province", "string").add("period", "string")
                .add("requirement", "string");
        return spark.range(n).mapPartitions((MapPartitionsFunction<Long, Row>) ids -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return ids.hasNext();
            }

            @Override
            public Row next() {
                long i = ids.next();
                int k = (int) (i % 4);
                SplittableRandom random = new SplittableRandom(i);
                long tenths = 10 + random.nextInt(100_000); // 1.0 to 10000.9 (亿元, 家, %)
                String a = BigDecimal.valueOf(tenths, 1).toPlainString();
                String requirement = switch (k) {
                    case 0 -> i % 3 == 0 ? "突破" + a + "亿元" : i % 3 == 1 ? a + "亿元以上" : a + "亿元";
                    case 1 -> tenths / 10 + "家以上";
                    case 2 -> BigDecimal.valueOf(tenths % 600, 1).toPlainString() + "%以上";
                    default -> "不超过" + a + "亿元";
                };
                return RowFactory.create("t-" + i, INDICATORS[k], "县" + i / 4, "省" + (i / 4) % 31,
                        i % 3 == 0 ? "2023" : "2022", requirement);
            }
        }, Encoders.row(schema));
    }

    /**
     * Outcomes: for nine targets in ten, the figure as a bulletin writes it, 70% to 130% of the
     * requirement; for 2023, the 1—5月 cumulative figure (about five twelfths of it; for the
     * share, the first quarter's).
     */
    private static Dataset<Row> generatedOutcomes(SparkSession spark, long n) {
        StructType schema = new StructType().add("indicator", "string").add("scope.region", "string")
                .add("scope.province", "string").add("period", "string").add("value", "string")
                .add("published", "string");
        return spark.range(n).mapPartitions((MapPartitionsFunction<Long, Row>) ids -> new Iterator<>() {
            private long next = -1;

            @Override
            public boolean hasNext() {
                while (next < 0 && ids.hasNext()) {
                    long i = ids.next();
                    next = new SplittableRandom(i + n).nextInt(10) == 0 ? -1 : i;
                }
                return next >= 0;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                long i = next;
                next = -1;
                int k = (int) (i % 4);
                SplittableRandom random = new SplittableRandom(i);
                long tenths = 10 + random.nextInt(100_000);
                boolean running = i % 3 == 0;
                BigDecimal share = BigDecimal.valueOf(70 + new SplittableRandom(i + 2 * n).nextInt(61), 2);
                BigDecimal v = BigDecimal.valueOf(k == 2 ? tenths % 600 : tenths, 1).multiply(share)
                        .multiply(running && k != 2 ? new BigDecimal("0.42") : BigDecimal.ONE).setScale(2,
                                java.math.RoundingMode.HALF_EVEN);
                String value = switch (k) {
                    case 1 -> v.setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString() + "家";
                    case 2 -> v.toPlainString() + "%";
                    default -> v.toPlainString() + "亿元";
                };
                String period = running ? (k == 2 ? "2023-Q1" : "2023-01..2023-05") : "2022";
                return RowFactory.create(INDICATORS[k], "县" + i / 4, "省" + (i / 4) % 31, period, value,
                        running ? (k == 2 ? "2023-04-20" : "2023-06-16") : "2023-02-28");
            }
        }, Encoders.row(schema));
    }
}
