package dev.attain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs {@link ElectronicsEquipmentGoal} and checks the lines that carry its argument. */
class ElectronicsEquipmentGoalTest {

    /**
     * As of 2023-06-30 only electronics' 1.03万亿元 of 2022 is reported: on each of the two
     * industries the goal waits for equipment (7000亿元 would miss "突破7000亿元", 7001亿元 would
     * pass it); on the sum it is achieved, at least 1.03万亿 ÷ 7000亿 = 147.1%. On the 2021
     * figures the sum is already more than 6000亿 + 5460亿 = 1.146万亿元, while each is missed
     * (5460亿 ≤ 7000亿).
     */
    @Test
    void test_bothReadingsSideBySide_withWhatEachNeeds() {
        String out = Console.succeed(ElectronicsEquipmentGoal::run);
        assertThat(out).contains("The 2022 goal 力争电子信息和装备工业突破7000亿元, as of 2023-06-30")
                .contains("the dataset reads it \"of\": \"EACH\"")
                .containsPattern("ei-revenue +1\\.03万亿元, FINAL, published 2023-02-01")
                .containsPattern("equip-revenue +not reported\n")
                .containsPattern("\n +EACH: each industry passes 7000亿元 +SUM: the two together pass 7000亿元\n")
                .containsPattern("\n  status +INDETERMINATE +ACHIEVED\n")
                .containsPattern("\n  ei-revenue +ACHIEVED, 147\\.1% +adds \\[1\\.03万亿元\\]\n")
                .containsPattern("\n  equip-revenue +NO_DATA +not reported: adds \\[0, \\+∞\\)\n")
                .containsPattern("\n  attainment +ei-revenue 147\\.1%; equip-revenue - +≥ 147\\.1%\n")
                .containsPattern("\n  decided\\? +no +yes\n")
                .contains("  EACH: the 2022 figure of equip-revenue (HYPOTHETICAL figures tried: 7000亿元 → MISSED,"
                        + " 7001亿元 → ACHIEVED)")
                .contains("  SUM:  nothing more: ACHIEVED whatever the parts not reported turn out to be")
                .containsPattern("equip-revenue +5460亿元 \\(大江网（孙以聪）：[^\n]*, 2022-02-11\\): MISSED")
                .contains("  EACH: MISSED; SUM: ACHIEVED, the sum (1.146万亿元, +∞)")
                .contains("On the sum, the 力争 goal was met before it was set")
                .contains("  - it waits for Equipment manufacturing industry revenue (equip-revenue),"
                        + " not reported")
                .contains("  - Equipment manufacturing industry revenue (equip-revenue) was not reported for 2022;"
                        + " counted as ≥ 0");
    }

    @Test
    void test_beforeTheBulletin_neitherReadingHasData() {
        Console c = new Console();
        assertThat(ElectronicsEquipmentGoal.run(new String[] {"2022-06-30"}, c.out, c.err)).isZero();
        assertThat(c.out()).containsPattern("\n  status +NO_DATA +NO_DATA\n")
                .contains("  EACH: the 2022 figure of ei-revenue")
                .contains("the 2022 figure of equip-revenue");
    }

    @Test
    void test_badDate_exitCode2() {
        Console c = new Console();
        assertThat(ElectronicsEquipmentGoal.run(new String[] {"2023-13-01"}, c.out, c.err)).isEqualTo(2);
        assertThat(c.out()).isEmpty();
        assertThat(c.err()).contains("'2023-13-01' is not a valid date").contains("YYYY-MM-DD");
    }
}
