package dev.attain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming path and the evaluator agree on every row of a generated table of a million
 * rows: status, attainment and band row by row, and the counts per status and per band and the
 * exact sum of the attainments over the whole table, read in file order and in parallel byte
 * ranges. The rows are {@link RandomRows}' with its edge cases (amounts beyond a long, more than
 * 18 decimals, zero and negative amounts, rows on the 100% and 90% bounds).
 *
 * <p>The table is written a part at a time and the evaluator judges each part as it is written,
 * so the test holds the evaluator's verdict on each row, not a million targets at once. Every
 * message names the seed; {@code -Dattain.seed=N} reruns with another one.
 */
class MillionRowAgreementTest {

    private static final int ROWS = 1_000_000;
    private static final int PART = 50_000;
    private static final int LISTED = 10;

    @TempDir
    Path dir;

    /**
     * The evaluator's verdict on each row, by row index: status, band and attainment (null
     * without one), with its totals.
     */
    private static final class Expected {
        final String[] ids = new String[ROWS];
        final byte[] statuses = new byte[ROWS];
        final byte[] bands = new byte[ROWS];
        final BigDecimal[] attainments = new BigDecimal[ROWS];
        final Map<Status, Long> statusCounts = zeros();
        final Map<Status, Long> bandCounts = zeros();
        BigDecimal attainmentSum = BigDecimal.ZERO;

        /** Records the evaluator's verdicts on a part of the rows, the first of index first. */
        void add(long first, List<RandomRows.Row> rows) {
            Map<String, Evaluation> evaluations = EvaluatorEqualityTest.evaluate(EvaluatorEqualityTest.dataset(rows),
                    Evaluator.defaults());
            for (int j = 0; j < rows.size(); j++) {
                int i = (int) first + j;
                Evaluation e = evaluations.get(rows.get(j).id());
                Status band = EvaluatorEqualityTest.band(e, Thresholds.DEFAULT);
                ids[i] = rows.get(j).id();
                statuses[i] = (byte) e.status().ordinal();
                bands[i] = (byte) band.ordinal();
                statusCounts.merge(e.status(), 1L, Long::sum);
                bandCounts.merge(band, 1L, Long::sum);
                if (e.attainment().isPresent()) {
                    BigDecimal a = e.attainment().get().lowerEndpoint();
                    assertThat(e.attainment().get().upperEndpoint()).isEqualByComparingTo(a);
                    attainments[i] = a;
                    attainmentSum = attainmentSum.add(a);
                }
            }
        }

        private static Map<Status, Long> zeros() {
            Map<Status, Long> m = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                m.put(s, 0L);
            }
            return m;
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20_261_203L})
    void test_table_agreesWithTheEvaluator_onEveryRowOfAMillion(long defaultSeed) throws IOException {
        long seed = Long.getLong("attain.seed", defaultSeed);
        String context = "seed " + seed + " (rerun with -Dattain.seed=" + seed + ")";
        Path file = dir.resolve("million.csv");
        Expected expected = new Expected();
        writeAndEvaluate(file, seed, expected);

        List<String> disagreements = new ArrayList<>();
        long[] disagreeing = {0};
        long[] verdicts = {0};
        Tally inOrder = TargetTable.of(file).forEach(v -> {
            int i = (int) verdicts[0]++;
            String difference = difference(v, i, expected);
            if (difference != null && disagreeing[0]++ < LISTED) {
                disagreements.add("line " + (i + 2) + " (" + expected.ids[i] + "): " + difference);
            }
        });

        assertThat(verdicts[0]).as(context).isEqualTo(ROWS);
        assertThat(disagreements).as(context + ": rows where the stream and the evaluator disagree, of "
                + disagreeing[0]).isEmpty();
        assertThat(inOrder.counts()).as(context).isEqualTo(expected.statusCounts);
        assertThat(inOrder.bandCounts()).as(context).isEqualTo(expected.bandCounts);
        assertThat(inOrder.attainmentSum()).as(context).isEqualByComparingTo(expected.attainmentSum);
        assertThat(inOrder.rejected()).as(context).isZero();

        Tally parallel = TargetTable.of(file).withThreads(4).fold();
        assertThat(parallel).as(context + ": four byte ranges").isEqualTo(inOrder);
        assertThat(parallel.attainmentSum()).as(context).isEqualByComparingTo(expected.attainmentSum);
        assertThat(expected.statusCounts.get(Status.ACHIEVED)).as(context).isPositive();
        assertThat(expected.statusCounts.get(Status.MISSED)).as(context).isPositive();
        assertThat(expected.statusCounts.get(Status.NO_DATA)).as(context).isPositive();
    }

    /** Writes the table from the seeded source, a part at a time, and has the evaluator judge each part. */
    private static void writeAndEvaluate(Path file, long seed, Expected expected) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(RandomRows.HEADER);
            w.write('\n');
            for (long first = 0; first < ROWS; first += PART) {
                List<RandomRows.Row> rows = RandomRows.generate(random, first, (int) Math.min(PART, ROWS - first), true);
                for (RandomRows.Row r : rows) {
                    w.write(RandomRows.line(r));
                    w.write('\n');
                }
                expected.add(first, rows);
            }
        }
    }

    /** How the verdict on row i differs from the evaluator's, or null when it does not. */
    private static String difference(Verdict v, int i, Expected expected) {
        if (v.line() != i + 2 || !v.targetId().equals(expected.ids[i])) {
            return "the verdict is for line " + v.line() + " (" + v.targetId() + ")";
        }
        if (v.status().ordinal() != expected.statuses[i]) {
            return "status " + v.status() + ", the evaluator's " + Status.values()[expected.statuses[i]];
        }
        if (v.band().ordinal() != expected.bands[i]) {
            return "band " + v.band() + ", the evaluator's " + Status.values()[expected.bands[i]];
        }
        BigDecimal attainment = expected.attainments[i];
        BigDecimal streamed = v.attainment().orElse(null);
        if (attainment == null ? streamed != null : streamed == null || streamed.compareTo(attainment) != 0) {
            return "attainment " + streamed + ", the evaluator's " + attainment;
        }
        return null;
    }
}
