package dev.attain.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Interval arithmetic with open and closed ends, unbounded sides, and division by intervals near zero. */
class IntervalsTest {

    private static final MathContext MC = Evaluator.MATH_CONTEXT;

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Range<BigDecimal> closed(String a, String b) {
        return Range.closed(d(a), d(b));
    }

    // ---- sums and differences ------------------------------------------------------------

    @Test
    void test_plus_endsAddAndAreClosedOnlyWhenBothAre() {
        // [1, 2) + (10, 20] = (11, 22)
        assertThat(Intervals.plus(Range.closedOpen(d("1"), d("2")), Range.openClosed(d("10"), d("20"))))
                .isEqualTo(Range.open(d("11"), d("22")));
        // [1, 2] + [10, 20] = [11, 22]
        assertThat(Intervals.plus(closed("1", "2"), closed("10", "20"))).isEqualTo(closed("11", "22"));
    }

    @Test
    void test_plus_unboundedSideStaysUnbounded() {
        // the sum target: [1.03e12, 1.03e12] + [0, ∞) = [1.03e12, ∞)
        assertThat(Intervals.plus(Range.singleton(d("1030000000000")), Intervals.NON_NEGATIVE))
                .isEqualTo(Range.atLeast(d("1030000000000")));
        // (5, ∞) + (−∞, 3] = (−∞, ∞)
        assertThat(Intervals.plus(Range.greaterThan(d("5")), Range.atMost(d("3")))).isEqualTo(Range.all());
    }

    @Test
    void test_plus_scalarShiftsBothEnds() {
        assertThat(Intervals.plus(Range.openClosed(d("1"), d("2")), d("-1"))).isEqualTo(Range.openClosed(d("0"), d("1")));
    }

    @Test
    void test_negate_swapsEndsAndTheirTypes() {
        assertThat(Intervals.negate(Range.closedOpen(d("1"), d("2")))).isEqualTo(Range.openClosed(d("-2"), d("-1")));
        assertThat(Intervals.negate(Range.greaterThan(d("5")))).isEqualTo(Range.lessThan(d("-5")));
    }

    @Test
    void test_minus_isPlusOfTheNegation() {
        // [10, 20] − [1, 2) = (8, 19]
        assertThat(Intervals.minus(closed("10", "20"), Range.closedOpen(d("1"), d("2"))))
                .isEqualTo(Range.openClosed(d("8"), d("19")));
        // 7 − (5, ∞) = (−∞, 2)
        assertThat(Intervals.minus(d("7"), Range.greaterThan(d("5")))).isEqualTo(Range.lessThan(d("2")));
    }

    @Test
    void test_times_negativeFactorFlipsTheInterval_zeroGivesZero() {
        assertThat(Intervals.times(Range.closedOpen(d("1"), d("2")), d("3"))).isEqualTo(Range.closedOpen(d("3"), d("6")));
        assertThat(Intervals.times(Range.closedOpen(d("1"), d("2")), d("-3")))
                .isEqualTo(Range.openClosed(d("-6"), d("-3")));
        assertThat(Intervals.times(Range.atLeast(d("1")), BigDecimal.ZERO)).isEqualTo(Intervals.ZERO);
    }

    // ---- quotients -----------------------------------------------------------------------

    @Test
    void test_divideByScalar_roundsEachEndByTheMathContext() {
        // 1030000000000 ÷ 700000000000 = 1.4714285714285714…, 16 digits
        assertThat(Intervals.divide(Range.atLeast(d("1030000000000")), d("700000000000"), MC))
                .isEqualTo(Range.atLeast(d("1.471428571428571")));
        assertThat(Intervals.divide(Range.closed(d("1"), d("2")), d("-2"), MC)).isEqualTo(closed("-1", "-0.5"));
    }

    @Test
    void test_divideByScalarZero_throws() {
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> Intervals.divide(closed("1", "2"), BigDecimal.ZERO, MC));
    }

    @Test
    void test_divide_positiveByPositive() {
        // [2, 6] ÷ [1, 2] = [1, 6]
        assertThat(Intervals.divide(closed("2", "6"), closed("1", "2"), MC)).contains(closed("1", "6"));
        // (2, 6] ÷ [1, 2) = (1, 6]: 2 ÷ 2 is not attained on either side
        assertThat(Intervals.divide(Range.openClosed(d("2"), d("6")), Range.closedOpen(d("1"), d("2")), MC))
                .contains(Range.openClosed(d("1"), d("6")));
    }

    @Test
    void test_divide_mixedSignsNumerator() {
        // [−4, 6] ÷ [2, 4] = [−2, 3]
        assertThat(Intervals.divide(closed("-4", "6"), closed("2", "4"), MC)).contains(closed("-2", "3"));
    }

    @Test
    void test_divide_byNegativeInterval() {
        // [2, 6] ÷ [−2, −1] = [−6, −1]
        assertThat(Intervals.divide(closed("2", "6"), closed("-2", "-1"), MC)).contains(closed("-6", "-1"));
    }

    @Test
    void test_divide_byIntervalContainingZero_isUndefined() {
        assertThat(Intervals.divide(closed("1", "2"), closed("-1", "1"), MC)).isEmpty();
        assertThat(Intervals.divide(closed("1", "2"), closed("0", "1"), MC)).isEmpty();
        assertThat(Intervals.divide(closed("1", "2"), Intervals.ZERO, MC)).isEmpty();
        assertThat(Intervals.divide(closed("1", "2"), Intervals.NON_NEGATIVE, MC)).isEmpty();
        assertThat(Intervals.divide(closed("1", "2"), Range.all(), MC)).isEmpty();
    }

    @Test
    void test_divide_byIntervalApproachingZero_isUnboundedOnOneSide() {
        // [1, 2] ÷ (0, 5] = [0.2, ∞)
        assertThat(Intervals.divide(closed("1", "2"), Range.openClosed(d("0"), d("5")), MC))
                .contains(Range.atLeast(d("0.2")));
        // [−2, −1] ÷ (0, 5] = (−∞, −0.2]
        assertThat(Intervals.divide(closed("-2", "-1"), Range.openClosed(d("0"), d("5")), MC))
                .contains(Range.atMost(d("-0.2")));
    }

    @Test
    void test_divide_byUnboundedInterval_approachesZero() {
        // [5, ∞) ÷ (0, ∞) = (0, ∞)
        assertThat(Intervals.divide(Range.atLeast(d("5")), Range.greaterThan(d("0")), MC))
                .contains(Range.greaterThan(d("0")));
        // [0, 5] ÷ [1, ∞) = [0, 5]: zero is attained, the quotients approach 0 from 5
        assertThat(Intervals.divide(closed("0", "5"), Range.atLeast(d("1")), MC)).contains(closed("0", "5"));
        // lower is better with a report of at least 1100: 1000 ÷ [1100, ∞) = (0, 0.909…]
        assertThat(Intervals.divide(d("1000"), Range.atLeast(d("1100")), MC))
                .contains(Range.openClosed(d("0"), d("0.9090909090909091")));
    }

    @Test
    void test_divide_openEndsStayOpen() {
        // (5e11, ∞) ÷ 5e11 = (1, ∞): the open bound of 突破 survives
        assertThat(Intervals.divide(Range.greaterThan(d("500000000000")), d("500000000000"), MC))
                .isEqualTo(Range.greaterThan(d("1")));
    }

    // ---- clamps and maps -----------------------------------------------------------------

    @Test
    void test_atLeast_movesTheIntervalUpToTheFloor() {
        assertThat(Intervals.atLeast(closed("-5", "3"), BigDecimal.ZERO)).isEqualTo(closed("0", "3"));
        assertThat(Intervals.atLeast(Range.lessThan(d("-1")), BigDecimal.ZERO)).isEqualTo(Intervals.ZERO);
        assertThat(Intervals.atLeast(Range.lessThan(d("0")), BigDecimal.ZERO)).isEqualTo(Intervals.ZERO);
        assertThat(Intervals.atLeast(Range.open(d("0"), d("4")), BigDecimal.ZERO)).isEqualTo(Range.open(d("0"), d("4")));
        assertThat(Intervals.atLeast(Range.all(), BigDecimal.ZERO)).isEqualTo(Intervals.NON_NEGATIVE);
    }

    @Test
    void test_upward_keepsTheLowerEnd() {
        assertThat(Intervals.upward(Range.openClosed(d("1"), d("2")))).isEqualTo(Range.greaterThan(d("1")));
        assertThat(Intervals.upward(Range.atMost(d("2")))).isEqualTo(Range.all());
    }

    @Test
    void test_nonNegative_cutsAtZero_orLeavesAContradictionAlone() {
        assertThat(Intervals.nonNegative(Range.lessThan(d("100")))).isEqualTo(Range.closedOpen(d("0"), d("100")));
        assertThat(Intervals.nonNegative(closed("1", "2"))).isEqualTo(closed("1", "2"));
        assertThat(Intervals.nonNegative(Range.lessThan(d("-5")))).isEqualTo(Range.lessThan(d("-5")));
    }

    @Test
    void test_map_monotone_withLimitsAtUnboundedEnds() {
        // x ↦ 1 − x on [1, 3): decreasing, gives (−2, 0]
        assertThat(Intervals.map(Range.closedOpen(d("1"), d("3")), x -> BigDecimal.ONE.subtract(x), false, null, null))
                .isEqualTo(Range.openClosed(d("-2"), d("0")));
        // x ↦ 10 ÷ x on [2, ∞): decreasing, approaching 0: (0, 5]
        assertThat(Intervals.map(Range.atLeast(d("2")), x -> BigDecimal.TEN.divide(x, MC), false, null, BigDecimal.ZERO))
                .isEqualTo(Range.openClosed(d("0"), d("5")));
    }

    // ---- tests against a region ----------------------------------------------------------

    @Test
    void test_test_yesNoUndetermined() {
        Range<BigDecimal> moreThan = Range.greaterThan(d("5"));
        assertThat(Intervals.test(Range.greaterThan(d("5")), moreThan)).isEqualTo(Projection.Meets.YES);
        assertThat(Intervals.test(Range.atLeast(d("5")), moreThan)).isEqualTo(Projection.Meets.UNDETERMINED);
        // (−∞, 5] and (5, ∞) touch but share no value
        assertThat(Intervals.test(Range.atMost(d("5")), moreThan)).isEqualTo(Projection.Meets.NO);
        assertThat(Intervals.test(Range.singleton(d("5")), moreThan)).isEqualTo(Projection.Meets.NO);
        assertThat(Intervals.test(closed("1", "2"), moreThan)).isEqualTo(Projection.Meets.NO);
        assertThat(Intervals.test(closed("4", "6"), moreThan)).isEqualTo(Projection.Meets.UNDETERMINED);
    }

    @Test
    void test_isPositive() {
        assertThat(Intervals.isPositive(Range.greaterThan(d("0.5")))).isTrue();
        // (0, ∞) reaches down to zero: no logarithm, root or growth rate is bounded there
        assertThat(Intervals.isPositive(Range.greaterThan(d("0")))).isFalse();
        assertThat(Intervals.isPositive(Range.atLeast(d("0")))).isFalse();
        assertThat(Intervals.isPositive(Range.atMost(d("5")))).isFalse();
    }

    @Test
    void test_divide_pointByPoint_isOneValue() {
        assertThat(Intervals.divide(Range.singleton(d("1")), Range.singleton(d("3")), MC))
                .isEqualTo(Optional.of(Range.singleton(d("0.3333333333333333"))));
    }

    /**
     * The three-way test agrees with its definition in Guava's terms on random intervals: YES
     * when the region encloses the values, NO when they share no value, UNDETERMINED otherwise.
     */
    @ParameterizedTest
    @ValueSource(longs = {1L, 20261123L, 424242L})
    void test_test_agreesWithGuavaDefinition_onRandomIntervals(long seed) {
        Random r = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            Range<BigDecimal> a = random(r);
            Range<BigDecimal> region = random(r);
            Projection.Meets want = region.encloses(a) ? Projection.Meets.YES
                    : !region.isConnected(a) || region.intersection(a).isEmpty() ? Projection.Meets.NO
                    : Projection.Meets.UNDETERMINED;
            assertThat(Intervals.test(a, region)).as("seed %d: %s in %s", seed, a, region).isEqualTo(want);
        }
    }

    private static Range<BigDecimal> random(Random r) {
        BigDecimal lo = BigDecimal.valueOf(r.nextInt(7) - 3);
        BigDecimal hi = lo.add(BigDecimal.valueOf(r.nextInt(4)));
        BoundType loType = r.nextBoolean() ? BoundType.OPEN : BoundType.CLOSED;
        BoundType hiType = r.nextBoolean() ? BoundType.OPEN : BoundType.CLOSED;
        switch (r.nextInt(4)) {
            case 0:
                return Range.downTo(lo, loType);
            case 1:
                return Range.upTo(hi, hiType);
            default:
                if (lo.compareTo(hi) == 0) {
                    return Range.singleton(lo);
                }
                return Range.range(lo, loType, hi, hiType);
        }
    }
}
