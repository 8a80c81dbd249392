package dev.attain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs {@link ElectronicsEquipmentGoal} and checks the lines that carry its argument. */
class ElectronicsEquipmentGoalTest {

    @Test
    void test_explainsWhyTheSumTargetIsAchieved() {
        assertThat(Console.succeed(ElectronicsEquipmentGoal::run))
                .contains("The 2022 goal 力争电子信息和装备工业突破7000亿元, as of 2023-06-30")
                .contains("requirement: 突破7000亿元, that is (7000亿元, +∞), on the sum of 2 indicators")
                .containsPattern("ei-revenue +\\[1\\.03万亿元\\] +1\\.03万亿元, published 2023-02-01 \\(FINAL\\)")
                .containsPattern("equip-revenue +\\[0元, \\+∞\\) +not reported; revenue cannot be negative")
                .contains("Step 2. The sum of the parts, as an interval: [1.03万亿元, +∞)")
                .contains("Step 3. Attainment = sum ÷ requirement = [1.03万亿元, +∞) ÷ 7000亿元 = [147.1%, +∞)")
                .contains("lower end 1030000000000 ÷ 700000000000 = 1.471428571428571")
                .contains("attainment ≥ 147.1%")
                .contains("Step 4. Verdict: ACHIEVED")
                .contains("the equipment figure cannot change the verdict")
                .contains("- Equipment manufacturing industry revenue (equip-revenue) was not reported for 2022; counted as ≥ 0")
                .contains("as of 2023-01-31, the day before the figure was published: NO_DATA")
                .contains("HYPOTHETICAL, not reported by anyone: had ei-revenue been 6000亿元, the sum would be"
                        + " [6000亿元, +∞): INDETERMINATE");
    }

    @Test
    void test_beforeTheBulletin_noData() {
        Console c = new Console();
        assertThat(ElectronicsEquipmentGoal.run(new String[] {"2022-06-30"}, c.out, c.err)).isZero();
        assertThat(c.out()).contains("Nothing for 2022 had been published by 2022-06-30: NO_DATA.")
                .doesNotContain("Step 2");
    }

    @Test
    void test_badDate_exitCode2() {
        Console c = new Console();
        assertThat(ElectronicsEquipmentGoal.run(new String[] {"2023-13-01"}, c.out, c.err)).isEqualTo(2);
        assertThat(c.out()).isEmpty();
        assertThat(c.err()).contains("'2023-13-01' is not a valid date").contains("YYYY-MM-DD");
    }
}
