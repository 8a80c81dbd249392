package dev.attain.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The core's fast path on scaled longs gives the same numbers as BigDecimal: the quotient as
 * {@code BigDecimal.divide(…, MATH_CONTEXT)} rounds it, the band as {@link Thresholds#classify}
 * gives it, and it declines (for the exact fallback) what a long cannot hold.
 */
class ScaledDecimalsTest {

    private static void assertQuotient(long n, long d) {
        long[] qk = new long[2];
        BigDecimal expected = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), Evaluator.MATH_CONTEXT);
        if (ScaledDecimals.quotient(n, d, qk)) {
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
                fast += ScaledDecimals.quotient(c, m, qk) ? 0 : 1;
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
        assertThat(ScaledDecimals.quotient(0, 5, qk)).isFalse();
        assertThat(ScaledDecimals.quotient(5, 0, qk)).isFalse();
        assertThat(ScaledDecimals.quotient(-5, 3, qk)).isFalse();
        assertThat(ScaledDecimals.quotient(Long.MAX_VALUE, 3, qk)).isFalse();
        assertThat(ScaledDecimals.quotient(3, 1L << 60, qk)).isFalse();
        assertThat(ScaledDecimals.quotient(1, 1_000_000_000_000L, qk)).isFalse(); // 10^-12 needs 27 places
    }

    @Test
    void test_scaled_takesWhatALongHolds_andNothingElse() {
        long[] out = new long[2];
        String[][] fits = {{"1E+6", "1000000", "0"}, {"123.450", "123450", "3"}, {"0.000000000000000001", "1", "18"},
            {"999999999999999999", "999999999999999999", "0"}, {"-12.5", "-125", "1"}, {"9.99999999999999999", "999999999999999999", "17"}};
        for (String[] f : fits) {
            assertThat(ScaledDecimals.unscaled(new BigDecimal(f[0]), out)).as(f[0]).isTrue();
            assertThat(out[0]).as(f[0]).isEqualTo(Long.parseLong(f[1]));
            assertThat(out[1]).as(f[0]).isEqualTo(Long.parseLong(f[2]));
        }
        for (String no : List.of("1E+18", "1000000000000000000", "0.0000000000000000001", "123456789012345.678901234567890",
                "12345678901234567.89")) {
            assertThat(ScaledDecimals.unscaled(new BigDecimal(no), out)).as(no).isFalse();
        }
    }

    @Test
    void test_digits() {
        long p = 1;
        for (int i = 1; i <= 18; i++) {
            assertThat(ScaledDecimals.digits(p)).isEqualTo(i);
            assertThat(ScaledDecimals.digits(p * 10 - 1)).isEqualTo(i);
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
            Judgement j = Judgement.with(t);
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
                    assertThat(Status.values()[band]).as("%s: %d e-%d", t, q, k).isEqualTo(expected);
                }
            }
        }
    }

    /** A seeded random long of up to 18 digits, sometimes zero or negative, sometimes beyond 2^62. */
    private static long anyUnscaled(SplittableRandom random) {
        switch (random.nextInt(8)) {
            case 0:
                return 0;
            case 1:
                return -1 - random.nextLong(1_000_000);
            case 2:
                return Long.MAX_VALUE - random.nextInt(1000);
            default:
                return 1 + (long) Math.pow(10, 17 * random.nextDouble());
        }
    }

    @Test
    void test_judgement_scaledEntry_equalsExactEntry_includingItsFallbacks() {
        long seed = 4L;
        SplittableRandom random = new SplittableRandom(seed);
        for (Thresholds t : List.of(Thresholds.DEFAULT, Thresholds.EUROSTAT, Thresholds.of("1.00000000000000001", "0.9"))) {
            Judgement scaled = Judgement.with(t);
            Judgement exact = Judgement.with(t);
            for (int i = 0; i < 50_000; i++) {
                boolean up = random.nextBoolean();
                boolean inclusive = random.nextBoolean();
                long tu = anyUnscaled(random);
                int ts = random.nextInt(19);
                long ru = random.nextBoolean() ? tu : anyUnscaled(random);
                int rs = random.nextBoolean() ? ts : random.nextInt(19);
                long au = anyUnscaled(random);
                int as = random.nextInt(19);
                scaled.judge(up, inclusive, tu, ts, ru, rs, au, as);
                exact.judge(up, inclusive, BigDecimal.valueOf(tu, ts), BigDecimal.valueOf(ru, rs), BigDecimal.valueOf(au, as));
                String what = String.format("seed %d, case %d: up %s, inclusive %s, %de-%d, %de-%d, %de-%d", seed, i, up,
                        inclusive, tu, ts, ru, rs, au, as);
                assertThat(scaled.status()).as(what).isEqualTo(exact.status());
                assertThat(scaled.band()).as(what).isEqualTo(exact.band());
                assertThat(scaled.attainment()).as(what).isEqualTo(exact.attainment());
            }
        }
    }
}
