package dev.attain.examples;

import static dev.attain.examples.Console.line;
import static dev.attain.examples.Console.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Runs {@link ElectronicsTrajectory} and checks its intervals, the claim and the 口径 flag. */
class ElectronicsTrajectoryTest {

    @Test
    void test_levelsAsIntervals() {
        String out = succeed(ElectronicsTrajectory::run);
        assertThat(line(out, "   2019  ")).contains("突破4000亿元", "(4000, +∞)", "(4000, 5000]", "(4000, 5000)");
        assertThat(line(out, "   2021  ")).contains("突破6000亿元", "(6000, +∞)", "(6000, 10000]", "(6000, 7000)");
        assertThat(line(out, "   2022  ")).contains("1.03万亿元", "[10300]");
    }

    @Test
    void test_yearOnYearGrowth() {
        String out = succeed(ElectronicsTrajectory::run);
        assertThat(line(out, "   2019→2020 ")).contains("(−100%, +∞)", "(0%, 50%)");
        assertThat(line(out, "   2020→2021 ")).contains("(−100%, +∞)", "(0%, 100%)", "(0%, 40%)");
        assertThat(line(out, "   2021→2022 ")).contains("(−100%, 71.7%)", "[3%, 71.7%)", "(47.1%, 71.7%)");
        assertThat(out).contains("Under every reading 2021→2022 growth is > −100% and < 71.7%");
    }

    @Test
    void test_claimCheckedAgainstTheIntervals() {
        String out = succeed(ElectronicsTrajectory::run);
        assertThat(out).contains("\"以年均25%以上的高速增长态势阔步前行\"");
        assertThat(line(out, "   2019→2022 ")).contains("(−100%, 37.1%)", "[27.2%, 37.1%)", "(27.2%, 37.1%)");
        assertThat(line(out, "   2019→2021 ")).contains("(9.5%, 32.3%)");
        assertThat(out).contains("at face value it is > 27.2% and < 37.1%, and the claim holds")
                .contains("the claim is not established: it rests on the 2022 jump");
    }

    @Test
    void test_jumpFlaggedAsPossibleScopeChange() {
        String out = succeed(ElectronicsTrajectory::run);
        assertThat(out).contains("FLAG 2021→2022 under reading C face value: growth > 47.1% and < 71.7%:"
                + " possible change of statistical scope (口径)");
        assertThat(out).doesNotContain("FLAG 2019→2020").doesNotContain("FLAG 2020→2021");
        assertThat(out).contains("同口径同比增长");
    }

    @Test
    void test_intervalQuotient_roundsOutward() {
        // (1.03万亿) ÷ (6000亿, +∞) = (0, 1.71666…): the upper end rounded up
        Range<BigDecimal> q = PositiveIntervals.divide(Range.singleton(new BigDecimal("1030000000000")),
                Range.greaterThan(new BigDecimal("600000000000")));
        assertThat(q.lowerEndpoint()).isEqualByComparingTo("0");
        assertThat(q.upperEndpoint()).isEqualByComparingTo("1.716666666666667");
        assertThat(q.contains(BigDecimal.ZERO)).isFalse();
    }

    @Test
    void test_root_isCheckedInItsDirection() {
        BigDecimal x = new BigDecimal("2.575");
        BigDecimal down = PositiveIntervals.root(x, 3, PositiveIntervals.LOWER);
        BigDecimal up = PositiveIntervals.root(x, 3, PositiveIntervals.UPPER);
        assertThat(down.pow(3)).isLessThanOrEqualTo(x);
        assertThat(up.pow(3)).isGreaterThanOrEqualTo(x);
        assertThat(up.subtract(down)).isLessThanOrEqualTo(down.ulp());
    }
}
