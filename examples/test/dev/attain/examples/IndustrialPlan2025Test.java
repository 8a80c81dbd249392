package dev.attain.examples;

import static dev.attain.examples.Console.line;
import static dev.attain.examples.Console.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.PaceModel;
import dev.attain.model.Target;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Runs {@link IndustrialPlan2025} and checks the paths, the required growth and the two pace verdicts. */
class IndustrialPlan2025Test {

    @Test
    void test_pathsAndRequiredGrowth() {
        String out = succeed(IndustrialPlan2025::run);
        assertThat(out).contains("1. The plan's two paths from 10000亿元 (end of 2021) to 13000亿元 (end of 2025), 4 years");
        assertThat(line(out, "   2022 ")).contains("10750亿元", "10677.9亿元");
        assertThat(line(out, "   2023 ")).contains("11500亿元", "11401.75亿元");
        assertThat(out).contains("COMPOUND grows by 1.3^(1/4) − 1 = 0.067789972372441 a year")
                .contains("Growth required from the 2021 base: 6.779% a year compound, 750亿元 a year linear.");
    }

    @Test
    void test_asTheDatasetStands_noData_andWhatIsNeeded() {
        String out = succeed(IndustrialPlan2025::run, "2023-06-30");
        assertThat(out).contains("2. As the dataset stands, as of 2023-06-30: NO_DATA")
                .contains("Needed: a va (全部工业增加值) figure for a year after 2021 (2022 or later)");
    }

    @Test
    void test_twoPaceVerdicts() {
        String out = succeed(IndustrialPlan2025::run);
        String hypothetical = out.substring(out.indexOf("4. HYPOTHETICAL"));
        assertThat(line(hypothetical, "   LINEAR ")).contains("AT_RISK", "93.3%", "10750亿元",
                "6.705% compound, 766.67亿元/yr linear");
        assertThat(line(hypothetical, "   COMPOUND ")).contains("ON_TRACK", "103.3%", "10677.9亿元");
        String derived = out.substring(out.indexOf("3. DERIVED"), out.indexOf("4. HYPOTHETICAL"));
        assertThat(derived).contains("全部工业增加值 2022 is 1.09万亿元以上");
        assertThat(line(derived, "   LINEAR ")).contains("ON_TRACK", "≥ 120%", "≤ 6.049% compound, ≤ 700亿元/yr linear");
        assertThat(line(derived, "   COMPOUND ")).contains("ON_TRACK", "≥ 132.7%");
    }

    @Test
    void test_withPace_copiesEveryOtherField() {
        Target t = ExampleSupport.tracker().dataset().targets().stream()
                .filter(x -> x.id().equals(IndustrialPlan2025.TARGET)).findFirst().orElseThrow();
        assertThat(t.pace()).isEqualTo(PaceModel.COMPOUND);
        assertThat(IndustrialPlan2025.withPace(t, PaceModel.COMPOUND)).isEqualTo(t);
        assertThat(IndustrialPlan2025.withPace(t, PaceModel.LINEAR).pace()).isEqualTo(PaceModel.LINEAR);
    }

    @Test
    void test_compoundPath_endsExactlyAtTheGoal() {
        BigDecimal start = new BigDecimal("1000000000000");
        BigDecimal goal = new BigDecimal("1300000000000");
        assertThat(IndustrialPlan2025.compound(start, goal, 4, 4)).isEqualByComparingTo(goal);
        assertThat(IndustrialPlan2025.compound(start, goal, 2, 4))
                .isEqualByComparingTo(start.multiply(new BigDecimal("1.3").sqrt(IndustrialPlan2025.MATH),
                        IndustrialPlan2025.MATH));
        assertThat(IndustrialPlan2025.linear(start, goal, 1, 4)).isEqualByComparingTo("1075000000000");
    }
}
