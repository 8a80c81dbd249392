package dev.attain.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

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
}
