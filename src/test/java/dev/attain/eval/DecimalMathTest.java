package dev.attain.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Powers with rational exponents, to the precision of the MathContext. */
class DecimalMathTest {

    private static final MathContext MC = Evaluator.MATH_CONTEXT;

    @Test
    void test_pow_squareRoots() {
        // √2 = 1.41421356237309504…, 16 digits
        assertThat(DecimalMath.pow(new BigDecimal("2"), 1, 2, MC)).isEqualByComparingTo("1.414213562373095");
        // √1.3 = 1.14017542509913797…, 16 digits
        assertThat(DecimalMath.pow(new BigDecimal("1.3"), 24, 48, MC)).isEqualByComparingTo("1.140175425099138");
        assertThat(DecimalMath.pow(new BigDecimal("1.21"), 1, 2, MC)).isEqualByComparingTo("1.1");
    }

    @Test
    void test_pow_otherRoots() {
        assertThat(DecimalMath.pow(new BigDecimal("1.331"), 1, 3, MC)).isEqualByComparingTo("1.1");
        // 2^(1/10) = 1.07177346253629316…
        assertThat(DecimalMath.pow(new BigDecimal("2"), 12, 120, MC)).isEqualByComparingTo("1.071773462536293");
        // 1.3^(1/5) = 1.05387395206178…, 16 digits
        assertThat(DecimalMath.pow(new BigDecimal("1.3"), 12, 60, MC)).isEqualByComparingTo("1.053873952061783");
    }

    @Test
    void test_pow_wholeAndZeroExponents() {
        assertThat(DecimalMath.pow(new BigDecimal("1.12"), 24, 24, MC)).isEqualByComparingTo("1.12");
        assertThat(DecimalMath.pow(new BigDecimal("1.1"), 2, 1, MC)).isEqualByComparingTo("1.21");
        assertThat(DecimalMath.pow(new BigDecimal("7"), 0, 5, MC)).isEqualByComparingTo("1");
    }

    @Test
    void test_pow_largeAndSmallBases() {
        // (10^24)^(1/2) = 10^12; (10^-12)^(1/3) = 10^-4
        assertThat(DecimalMath.pow(new BigDecimal("1E+24"), 1, 2, MC)).isEqualByComparingTo("1E+12");
        assertThat(DecimalMath.pow(new BigDecimal("1E-12"), 1, 3, MC)).isEqualByComparingTo("0.0001");
    }

    @Test
    void test_pow_undefinedForBasesAtOrBelowZero() {
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> DecimalMath.pow(BigDecimal.ZERO, 1, 2, MC));
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> DecimalMath.pow(new BigDecimal("-8"), 1, 3, MC));
    }

    /**
     * Powers whose exact value lies within a guard digit of a rounding tie at 16 digits, found by
     * a search over random bases and exponents: Newton's iterates at 20 digits alternate between
     * two values that round to either side. The result must be the correct rounding, settled with
     * more digits, and not whichever of the two the iteration stopped on.
     */
    @ParameterizedTest
    @CsvSource({
        "0.00008187152258300781, 9, 62",
        "5.833758654127938E-11, 38, 61",
        "5.538511890060280E+22, 77, 114",
        "0.005291823549589926, 12, 52",
        "974280016658452.7, 12, 56",
    })
    void test_pow_nearARoundingTie_isCorrectlyRounded(String x, int p, int q) {
        BigDecimal base = new BigDecimal(x);
        BigDecimal r = DecimalMath.pow(base, p, q, MC);
        assertThat(r.precision()).isLessThanOrEqualTo(MC.getPrecision());
        BigDecimal half = r.ulp().multiply(new BigDecimal("0.5"));
        assertThat(bracket(base, p, q, r.subtract(half), r.add(half)))
                .as("%s^(%d/%d) = %s is the exact power rounded to 16 digits", x, p, q, r)
                .isTrue();
    }

    /**
     * Integer powers, as a half-year's growth annualized (p/q = 12/6) makes them: exact and then
     * rounded once. BigDecimal.pow(n, mc), which rounds each product, gives the other neighbour
     * for each of these.
     */
    @ParameterizedTest
    @CsvSource({
        "0.03840938675568374, 12, 6",
        "130003.4076265971, 12, 6",
        "2905646464104599, 6, 1",
        "9.383300022806096E-10, 12, 3",
        "1.4144966206171369E-12, 4, 1",
        "15640899.446291717, 12, 2",
    })
    void test_pow_integerPowers_areCorrectlyRounded(String x, int p, int q) {
        BigDecimal base = new BigDecimal(x);
        BigDecimal r = DecimalMath.pow(base, p, q, MC);
        assertThat(r).isEqualTo(base.pow(p / q).round(MC));
        assertThat(r).isNotEqualByComparingTo(base.pow(p / q, MC));
    }

    /**
     * Seeded bases and exponents as compound paths use them: within one unit in the last place,
     * the promise of the class (a guard against regressions; the old iteration kept it too).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void test_pow_randomBasesAndExponents_withinOneUlp(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 300; i++) {
            BigDecimal x = new BigDecimal(new BigInteger(54, random).add(BigInteger.ONE), random.nextInt(40) - 10);
            int q = 2 + random.nextInt(119);
            int p = random.nextBoolean() ? 12 : 1 + random.nextInt(q);
            BigDecimal r = DecimalMath.pow(x, p, q, MC);
            assertThat(bracket(x, p, q, r.subtract(r.ulp()), r.add(r.ulp())))
                    .as("seed %d, draw %d: %s^(%d/%d) = %s within one ulp", seed, i, x, p, q, r)
                    .isTrue();
        }
    }

    /** Tells whether lo^q ≤ x^p ≤ hi^q, that is lo ≤ x^(p/q) ≤ hi, in exact arithmetic. */
    private static boolean bracket(BigDecimal x, int p, int q, BigDecimal lo, BigDecimal hi) {
        BigDecimal power = x.pow(p);
        return lo.pow(q).compareTo(power) <= 0 && power.compareTo(hi.pow(q)) <= 0;
    }
}
