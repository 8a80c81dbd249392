package dev.attain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scaled-long fast path gives the same numbers as BigDecimal, and values that do not fit a
 * long fall back to BigDecimal with the same verdicts.
 */
class FastPathTest {

    @TempDir
    Path dir;

    private static void assertQuotient(long n, long d) {
        long[] qk = new long[2];
        BigDecimal expected = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), Evaluator.MATH_CONTEXT);
        if (Judge.quotient(n, d, qk)) {
            assertThat(BigDecimal.valueOf(qk[0], (int) qk[1])).as("%d / %d", n, d).isEqualByComparingTo(expected);
            assertThat(qk[0]).isLessThanOrEqualTo(10_000_000_000_000_000L).isGreaterThanOrEqualTo(1_000_000_000_000_000L
                    / 1000);
        }
    }

    @Test
    void test_quotient_equalsBigDecimalDivide_onRandomOperands() {
        SplittableRandom random = new SplittableRandom(1L);
        long[] qk = new long[2];
        int fast = 0;
        for (int i = 0; i < 300_000; i++) {
            long n = 1 + (long) Math.pow(10, 2 + 15 * random.nextDouble());
            long d = 1 + (long) Math.pow(10, 2 + 15 * random.nextDouble());
            assertQuotient(n, d);
            // amounts up to 10^15 cents within two orders of magnitude of each other, divisors below 2^56:
            // the fast path takes them all
            long c = 1 + (long) Math.pow(10, 2 + 13 * random.nextDouble());
            long m = (long) (c * Math.pow(10, 4 * random.nextDouble() - 2));
            if (m > 0 && m < 1L << 56) {
                assertQuotient(c, m);
                fast += Judge.quotient(c, m, qk) ? 0 : 1;
            }
        }
        assertThat(fast).as("operands declined by the fast path").isZero();
    }

    @Test
    void test_quotient_tiesAndNearTies_roundHalfToEven() {
        // n/d with exactly 17 significant digits ending in 5: a tie at the 16th digit
        assertQuotient(12_345_678_901_234_565L, 10);
        assertQuotient(12_345_678_901_234_575L, 10);
        assertQuotient(1, 3);
        assertQuotient(2, 3);
        assertQuotient(9, 10);
        assertQuotient(10, 9);
        assertQuotient(99_999_999_999_999_995L / 10, 1_000_000_000);
        assertQuotient(99_999_999_999_999_999L / 10, 1_000_000_000);
        assertQuotient(1, 1);
        assertQuotient(10, 1);
        assertQuotient(1, 10);
        assertQuotient(9_999_999_999_999_999L, 9_999_999_999_999_998L / 100);
        SplittableRandom random = new SplittableRandom(2L);
        for (int i = 0; i < 100_000; i++) {
            long d = 1L << random.nextInt(40);
            long n = (long) (d * (0.5 + random.nextDouble())) * 5 + random.nextInt(3);
            assertQuotient(n, d);
            assertQuotient(d, Math.max(1, n));
        }
    }

    @Test
    void test_quotient_declinesWhatItCannotHold() {
        long[] qk = new long[2];
        assertThat(Judge.quotient(0, 5, qk)).isFalse();
        assertThat(Judge.quotient(5, 0, qk)).isFalse();
        assertThat(Judge.quotient(-5, 3, qk)).isFalse();
        assertThat(Judge.quotient(Long.MAX_VALUE, 3, qk)).isFalse();
        assertThat(Judge.quotient(3, 1L << 60, qk)).isFalse();
        assertThat(Judge.quotient(1, 1_000_000_000_000L, qk)).isFalse(); // 10^-12 needs 27 places
    }

    @Test
    void test_scaled_takesWhatALongHolds_andNothingElse() {
        long[] out = new long[2];
        String[][] fits = {{"1E+6", "1000000", "0"}, {"123.450", "123450", "3"}, {"0.000000000000000001", "1", "18"},
            {"999999999999999999", "999999999999999999", "0"}, {"-12.5", "-125", "1"}, {"9.99999999999999999", "999999999999999999", "17"}};
        for (String[] f : fits) {
            assertThat(OutcomeStream.scaled(new BigDecimal(f[0]), out)).as(f[0]).isTrue();
            assertThat(out[0]).as(f[0]).isEqualTo(Long.parseLong(f[1]));
            assertThat(out[1]).as(f[0]).isEqualTo(Long.parseLong(f[2]));
        }
        for (String no : List.of("1E+18", "1000000000000000000", "0.0000000000000000001", "123456789012345.678901234567890",
                "12345678901234567.89")) {
            assertThat(OutcomeStream.scaled(new BigDecimal(no), out)).as(no).isFalse();
        }
    }

    @Test
    void test_digits() {
        long p = 1;
        for (int i = 1; i <= 18; i++) {
            assertThat(Judge.digits(p)).isEqualTo(i);
            assertThat(Judge.digits(p * 10 - 1)).isEqualTo(i);
            p *= 10;
        }
    }

    @Test
    void test_band_onLongs_equalsThresholdsClassify() {
        List<Thresholds> all = List.of(Thresholds.DEFAULT, Thresholds.EUROSTAT, Thresholds.TRAFFIC_LIGHT,
                Thresholds.of("1", "0.9").withInclusive(false, false), Thresholds.of("0.95", "0.95"),
                Thresholds.of("0.95", "0.95").withInclusive(false, true),
                Thresholds.of("0.95", "0.95").withInclusive(false, false),
                Thresholds.of("1.00000000000000001", "0.9"));
        SplittableRandom random = new SplittableRandom(3L);
        for (Thresholds t : all) {
            Judge j = new Judge(t);
            for (int i = 0; i < 20_000; i++) {
                int k = random.nextInt(19);
                long q;
                switch (random.nextInt(4)) {
                    case 0 -> q = t.onTrack().movePointRight(k).setScale(0, java.math.RoundingMode.DOWN).longValue();
                    case 1 -> q = t.atRisk().movePointRight(k).setScale(0, java.math.RoundingMode.DOWN).longValue();
                    default -> q = (long) (random.nextDouble() * Math.pow(10, Math.min(k + 1, 16)));
                }
                q += random.nextInt(3) - 1;
                if (q < 0) {
                    q = 0;
                }
                int band = j.band(q, k);
                if (band >= 0) {
                    Status expected = t.classify(Range.singleton(BigDecimal.valueOf(q, k)));
                    assertThat(Judge.STATUSES[band]).as("%s: %d e-%d", t, q, k).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void test_table_valuesBeyondALong_fallBackToBigDecimal_withTheSameVerdicts() throws IOException {
        // the same ratios written with few digits (long path) and with many (BigDecimal path)
        List<String> lines = new ArrayList<>(List.of("id,polarity,target,actual"));
        String[][] pairs = {{"100", "90"}, {"100", "89.99"}, {"100", "100"}, {"7", "3"}, {"3", "7"}};
        for (String[] p : pairs) {
            String pad = "0".repeat(17);
            lines.add("short,higher," + p[0] + "," + p[1]);
            lines.add("long,higher," + p[0] + pad + "," + new BigDecimal(p[1]).movePointRight(17).toPlainString());
            lines.add("scaled,higher," + new BigDecimal(p[0]).setScale(19).toPlainString() + ","
                    + new BigDecimal(p[1]).setScale(20).toPlainString());
            lines.add("shortLower,lower," + p[1] + "," + p[0]);
            lines.add("longLower,lower," + new BigDecimal(p[1]).movePointRight(17).toPlainString() + "," + p[0] + pad);
        }
        Path f = dir.resolve("big.csv");
        Files.write(f, lines);
        List<Verdict> v = new ArrayList<>();
        TargetTable.of(f).forEach(x -> v.add(x.copy()));
        assertThat(v).hasSize(pairs.length * 5);
        for (int i = 0; i < pairs.length; i++) {
            Verdict base = v.get(i * 5);
            for (int j = 1; j < 5; j++) {
                Verdict other = v.get(i * 5 + j);
                assertThat(other.status()).as(other.targetId() + " " + i).isEqualTo(base.status());
                assertThat(other.band()).as(other.targetId() + " " + i).isEqualTo(base.band());
                assertThat(other.attainment().get()).as(other.targetId() + " " + i)
                        .isEqualByComparingTo(base.attainment().get());
            }
        }
        assertThat(v.get(0).attainment()).hasValue(new BigDecimal("0.9"));
        assertThat(v.get(5).band()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void test_table_attainment_hasTheScaleBigDecimalDivideGives() throws IOException {
        Path f = dir.resolve("s.csv");
        Files.write(f, List.of("id,target,actual", "a,100.00,100.00", "b,100,25.0", "c,3,1", "d,0.5,100"));
        List<BigDecimal> got = new ArrayList<>();
        TargetTable.of(f).forEach(x -> got.add(x.attainment().get()));
        assertThat(got).containsExactly(new BigDecimal("100.00").divide(new BigDecimal("100.00"), Evaluator.MATH_CONTEXT),
                new BigDecimal("25.0").divide(new BigDecimal("100"), Evaluator.MATH_CONTEXT),
                BigDecimal.ONE.divide(new BigDecimal("3"), Evaluator.MATH_CONTEXT),
                new BigDecimal("100").divide(new BigDecimal("0.5"), Evaluator.MATH_CONTEXT));
    }
}
