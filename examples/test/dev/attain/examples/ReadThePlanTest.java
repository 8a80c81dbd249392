package dev.attain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs {@link ReadThePlan} and checks the lines that carry its argument. */
class ReadThePlanTest {

    @Test
    void test_readsThePlans_besideTheHandMadeDataset_andEvaluates() {
        String out = Console.succeed(ReadThePlan::run);
        assertThat(out)
                .contains("003_e4ac14dd2e8239c0.txt, published 2020-04-07: 43 targets")
                .contains("001_a4206e351c277bd7.txt, published 2022-01-18: 10 targets")
                .containsPattern("2020 +有色产业营业收入 +突破7000亿元 +力争 +jx-2020-nonferrous")
                .containsPattern("2020 +装备产业营业收入 +4000亿元 +jx-2020-equip")
                .containsPattern("2020 +半导体照明产业营业收入 +630亿元 +jx-2020-led")
                .containsPattern("2020 +企业深度上云 +万户以上 +jx-2020-cloud-deep")
                .containsPattern("2022 +电子信息和装备工业 +突破7000亿元 +力争 +jx-2022-ei-equip")
                .containsPattern("2022 +VR产业规模 +突破800亿元 +力争 +jx-2022-vr")
                .contains("Of the 52 targets the hand-made dataset takes from these two documents,\n"
                        + "52 were read with the same period, requirement and indicators.")
                .contains("The 53 targets read, evaluated against the hand-made outcomes (63) as of 2023-06-30:")
                .contains("ACHIEVED 2   NO_DATA 51")
                .contains("2020 ei-revenue 突破5000亿元: ACHIEVED")
                .contains("2022 ei-revenue+equip-revenue 突破7000亿元: ACHIEVED");
        assertThat(out.lines()).allSatisfy(line -> assertThat(ExampleSupport.columns(line)).isLessThanOrEqualTo(100));
    }

    @Test
    void test_beforeThePublications_noVerdicts() {
        assertThat(Console.succeed(ReadThePlan::run, "2020-12-31")).contains("NO_DATA 53");
    }

    @Test
    void test_badDate_exitCode2() {
        Console c = new Console();
        assertThat(ReadThePlan.run(new String[] {"2023-13-01"}, c.out, c.err)).isEqualTo(2);
        assertThat(c.err()).contains("'2023-13-01' is not a valid date");
    }
}
