package dev.attain.eval;

import static dev.attain.eval.Fixtures.ALL;
import static dev.attain.eval.Fixtures.EI;
import static dev.attain.eval.Fixtures.EQUIP;
import static dev.attain.eval.Fixtures.FIRMS;
import static dev.attain.eval.Fixtures.GROWTH;
import static dev.attain.eval.Fixtures.SHARE;
import static dev.attain.eval.Fixtures.VA;
import static dev.attain.eval.Fixtures.d;
import static dev.attain.eval.Fixtures.dataset;
import static dev.attain.eval.Fixtures.evaluate;
import static dev.attain.eval.Fixtures.outcome;
import static dev.attain.eval.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.attain.model.Aggregation;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Target;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Golden tests for relative requirements (issue 15, point 3): a change since an earlier
 * period, a comparison with another indicator, a sign and a multiple of a base, each judged
 * from the outcomes, each with its numbers worked out by hand in its comment.
 */
class RelativeGoldenTest {

    /** Residents' income growth, compared with value added growth ("与经济增长保持同步"). */
    private static final Indicator INCOME = Indicator.builder("income", "居民人均可支配收入增速", Unit.PERCENT)
            .nameEn("Income growth").measure(Measure.RATE).build();

    private static Range<BigDecimal> point(String v) {
        return Range.singleton(d(v));
    }

    private static Dataset withIncome(Target target, Outcome... outcomes) {
        return Dataset.of(ImmutableList.<Indicator>builder().addAll(ALL).add(INCOME).build(), List.of(target),
                List.of(outcomes));
    }

    private static String reasons(Evaluation e) {
        return String.join(" | ", e.reasons()) + " || " + String.join(" | ", e.reasons(Locale.CHINESE));
    }

    // ---- a change since an earlier period ---------------------------------------------------

    /**
     * "净增1000家" since 2021 on a level: 4579 − 3400 = 1179 firms ≥ 1000, ACHIEVED, 179 ahead.
     * Judged on the level alone it would read 4579 ≥ 1000; the value judged is the difference.
     */
    @Test
    void test_change_netIncrease_againstLastYearsLevel() {
        Target t = target("net", "2022", "净增1000家", FIRMS.id()).relation(Relation.sincePrevious()).build();
        var e = evaluate(dataset(t, outcome(FIRMS.id(), "2021", "3400家", "2022-01-20"),
                outcome(FIRMS.id(), "2022", "4579家", "2023-01-20")), "2023-02-01");
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        assertThat(e.actual()).contains(point("1179"));
        assertThat(e.required()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1000"));
        assertThat(e.difference()).contains(point("179"));
        assertThat(e.attainment()).isEmpty();
        assertThat(e.outcomes()).hasSize(2);
        assertThat(e.unit()).isEqualTo(FIRMS.unit());
        assertThat(reasons(e)).contains("Enterprises (firms)'s change from 2021 to 2022 is 1,179 firms")
                .contains("179 firms ahead").contains("2022年比2021年变化");
    }

    /**
     * The same target with 2021 not reported: NO_DATA, the reason naming the indicator, scope
     * and period that are missing; never a verdict on 4579 alone.
     */
    @Test
    void test_change_referenceMissing_isNoData_namingIt() {
        Target t = target("net", "2022", "净增1000家", FIRMS.id()).relation(Relation.sincePrevious()).build();
        var e = evaluate(dataset(t, outcome(FIRMS.id(), "2022", "4579家", "2023-01-20")), "2023-02-01");
        assertThat(e.status()).isEqualTo(Status.NO_DATA);
        assertThat(e.actual()).isEmpty();
        assertThat(e.decisiveReason(Locale.ENGLISH)).hasValueSatisfying(r -> assertThat(r)
                .contains("Enterprises (firms) in region=江西省 had not been reported for 2021 by 2023-02-01"));
        assertThat(e.reasons(Locale.CHINESE)).anyMatch(r -> r.contains("缺少参照值") && r.contains("2021年"));
    }

    /**
     * "比上年提升2个百分点" on a share in percent: 32.1 − 30.5 = 1.6 pp < 2, MISSED, 0.4 pp behind.
     */
    @Test
    void test_change_pointsOnAShare() {
        Target t = target("share", "2022", "提升2个百分点", SHARE.id()).relation(Relation.sincePrevious()).build();
        var e = evaluate(dataset(t, outcome(SHARE.id(), "2021", "30.5%", "2022-02-01"),
                outcome(SHARE.id(), "2022", "32.1%", "2023-02-01")), "2023-03-01");
        assertThat(e.status()).isEqualTo(Status.MISSED);
        assertThat(e.actual()).contains(point("1.6"));
        assertThat(e.difference()).contains(point("-0.4"));
        assertThat(e.unit()).isEqualTo(Unit.PERCENTAGE_POINTS);
        assertThat(reasons(e)).contains("is 1.6 percentage points").contains("0.4 pp behind");
    }

    /**
     * "增长10%" of a level of value added: 6540亿 ÷ 6000亿 − 1 = 0.09, a growth of 9% < 10%:
     * MISSED, 1 pp behind. With 2021 reported as "约6000亿元" ([5700亿, 6300亿], ±5%), the growth
     * is [6540 ÷ 6300 − 1, 6540 ÷ 5700 − 1] = [3.8095…%, 14.7368…%], which straddles 10%:
     * INDETERMINATE, an interval carried through.
     */
    @Test
    void test_change_growthOfALevel_exactAndImprecise() {
        Target t = target("va", "2022", "增长10%", VA.id()).relation(Relation.sincePrevious()).build();
        var exact = evaluate(dataset(t, outcome(VA.id(), "2021", "6000亿元", "2022-02-01"),
                outcome(VA.id(), "2022", "6540亿元", "2023-02-01")), "2023-03-01");
        assertThat(exact.status()).isEqualTo(Status.MISSED);
        assertThat(exact.actual()).contains(point("9"));
        assertThat(exact.difference()).contains(point("-1"));
        assertThat(exact.unit()).isEqualTo(Unit.PERCENT);

        var imprecise = evaluate(dataset(t, outcome(VA.id(), "2021", "约6000亿元", "2022-02-01"),
                outcome(VA.id(), "2022", "6540亿元", "2023-02-01")), "2023-03-01");
        assertThat(imprecise.status()).isEqualTo(Status.INDETERMINATE);
        Range<BigDecimal> g = imprecise.actual().orElseThrow();
        assertThat(g.lowerEndpoint()).isEqualByComparingTo("3.809523809523810");
        assertThat(g.upperEndpoint()).isEqualByComparingTo("14.73684210526316");
    }

    /**
     * While 2022 runs, "增长10%" on a flow with 1—6月 reported: 3300亿 against last year's 1—6月
     * 3000亿 is 10% so far, ON_TRACK. After the year ended with only that part known:
     * INDETERMINATE, the final figure awaited.
     */
    @Test
    void test_change_part_comparedWithTheSamePartOfTheEarlierPeriod() {
        Target t = target("va", "2022", "增长10%", VA.id()).relation(Relation.sincePrevious()).build();
        Dataset data = dataset(t, outcome(VA.id(), "2021-01..2021-06", "3000亿元", "2021-07-20"),
                outcome(VA.id(), "2022-01..2022-06", "3300亿元", "2022-07-20"));
        var running = evaluate(data, "2022-08-01");
        assertThat(running.status()).isEqualTo(Status.ON_TRACK);
        assertThat(running.actual()).contains(point("10"));
        assertThat(running.finalAwaited()).isFalse();
        assertThat(reasons(running)).contains("against 2021-01..2021-06");

        var ended = evaluate(data, "2023-01-10");
        assertThat(ended.status()).isEqualTo(Status.INDETERMINATE);
        assertThat(ended.finalAwaited()).isTrue();
    }

    // ---- a comparison with another indicator ------------------------------------------------

    /**
     * "居民收入增长与经济增长保持同步" as a difference of at least 0 pp from value added growth in
     * the same period and scope: 5.3 − 4.7 = 0.6 pp ≥ 0, ACHIEVED, 0.6 pp ahead. With a margin
     * ("高于经济增长1个百分点"): 0.6 < 1, MISSED, 0.4 pp behind. Growth not reported: NO_DATA,
     * naming it.
     */
    @Test
    void test_comparison_inStepWithGrowth_withAndWithoutAMargin() {
        Outcome income = outcome(INCOME.id(), "2022", "5.3%", "2023-01-20");
        Outcome growth = outcome(GROWTH.id(), "2022", "4.7%", "2023-01-20");
        Target inStep = target("inc", "2022", "0个百分点", INCOME.id()).relation(Relation.comparedWith(GROWTH.id()))
                .build();
        var e = evaluate(withIncome(inStep, income, growth), "2023-02-01");
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        assertThat(e.actual()).contains(point("0.6"));
        assertThat(e.difference()).contains(point("0.6"));
        assertThat(e.unit()).isEqualTo(Unit.PERCENTAGE_POINTS);
        assertThat(reasons(e)).contains("Income growth (income) minus Value added growth (growth) for 2022 is 0.6")
                .contains("之差为0.6个百分点");

        Target margin = target("inc", "2022", "1个百分点", INCOME.id()).relation(Relation.comparedWith(GROWTH.id()))
                .build();
        var m = evaluate(withIncome(margin, income, growth), "2023-02-01");
        assertThat(m.status()).isEqualTo(Status.MISSED);
        assertThat(m.difference()).contains(point("-0.4"));

        var missing = evaluate(withIncome(inStep, income), "2023-02-01");
        assertThat(missing.status()).isEqualTo(Status.NO_DATA);
        assertThat(missing.decisiveReason(Locale.ENGLISH)).hasValueSatisfying(r -> assertThat(r)
                .contains("Value added growth (growth) in region=江西省 had not been reported for 2022")
                .contains("the comparison with it cannot be judged"));
    }

    // ---- a sign ----------------------------------------------------------------------------

    /**
     * "进出口保持正增长" (or "稳步增加", written the same way) as a growth above 0% since last year:
     * 6000亿 to 6000亿 is 0%, not above 0: MISSED, exactly on it. 6000亿 to 6060亿 is
     * 6060 ÷ 6000 − 1 = 1%: ACHIEVED, 1 pp ahead.
     */
    @Test
    void test_sign_positiveGrowth() {
        Target t = target("trade", "2022", "保持正增长", VA.id()).relation(Relation.sincePrevious()).build();
        Outcome before = outcome(VA.id(), "2021", "6000亿元", "2022-02-01");
        var flat = evaluate(dataset(t, before, outcome(VA.id(), "2022", "6000亿元", "2023-02-01")), "2023-03-01");
        assertThat(flat.status()).isEqualTo(Status.MISSED);
        assertThat(flat.actual()).contains(point("0"));

        var up = evaluate(dataset(t, before, outcome(VA.id(), "2022", "6060亿元", "2023-02-01")), "2023-03-01");
        assertThat(up.status()).isEqualTo(Status.ACHIEVED);
        assertThat(up.actual()).contains(point("1"));
        assertThat(up.difference()).contains(point("1"));
        assertThat(reasons(up)).contains("growth from 2021 to 2022 is 1%").contains("2022年比2021年增长1%");
    }

    // ---- a multiple of a base --------------------------------------------------------------

    /**
     * "到2025年比2020年翻一番" (a multiple of 2 since 2020): 9800亿 ÷ 5000亿 = 1.96 < 2, MISSED,
     * 0.04 behind; 10500亿 ÷ 5000亿 = 2.1, ACHIEVED. "翻两番" asks for 4. A base of 0 makes the
     * multiple undefined: NOT_COMPARABLE, the reason saying why.
     */
    @Test
    void test_multiple_doublingSinceABaseYear() {
        Target t = target("double", "2025", "翻一番", VA.id()).relation(Relation.since(Period.parse("2020"))).build();
        Outcome base = outcome(VA.id(), "2020", "5000亿元", "2021-02-01");
        var shortOf = evaluate(dataset(t, base, outcome(VA.id(), "2025", "9800亿元", "2026-02-01")), "2026-03-01");
        assertThat(shortOf.status()).isEqualTo(Status.MISSED);
        assertThat(shortOf.actual()).contains(point("1.96"));
        assertThat(shortOf.difference()).contains(point("-0.04"));
        assertThat(shortOf.unit()).isEqualTo(Unit.NONE);
        assertThat(reasons(shortOf)).contains("for 2025 is 1.96 times its value for 2020").contains("2020年的1.96倍");

        var doubled = evaluate(dataset(t, base, outcome(VA.id(), "2025", "1.05万亿元", "2026-02-01")), "2026-03-01");
        assertThat(doubled.status()).isEqualTo(Status.ACHIEVED);
        assertThat(doubled.actual()).contains(point("2.1"));

        Target quadruple = target("quad", "2025", "翻两番", VA.id()).relation(Relation.since(Period.parse("2020")))
                .build();
        var q = evaluate(dataset(quadruple, base, outcome(VA.id(), "2025", "1.05万亿元", "2026-02-01")), "2026-03-01");
        assertThat(q.status()).isEqualTo(Status.MISSED);
        assertThat(q.required()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("4"));

        var zero = evaluate(dataset(t, outcome(VA.id(), "2020", "0亿元", "2021-02-01"),
                outcome(VA.id(), "2025", "9800亿元", "2026-02-01")), "2026-03-01");
        assertThat(zero.status()).isEqualTo(Status.NOT_COMPARABLE);
        assertThat(zero.decisiveReason(Locale.ENGLISH)).hasValueSatisfying(r -> assertThat(r)
                .contains("a multiple needs a positive base"));
    }

    // ---- tiers and each-of ---------------------------------------------------------------------

    /**
     * "增长6%，力争7%" as a growth since last year with a stretch: 1065亿 ÷ 1000亿 − 1 = 6.5%,
     * ACHIEVED at the floor (6.5 ≥ 6), short of the stretch (6.5 < 7); the tiers are read in the
     * growth's unit, percent, not converted into the indicator's yuan.
     */
    @Test
    void test_tiers_inTheUnitOfTheRelativeValue() {
        Target t = target("va", "2022", "增长6%", VA.id()).stretch(Fixtures.f("增长7%"))
                .relation(Relation.sincePrevious()).build();
        var e = evaluate(dataset(t, outcome(VA.id(), "2021", "1000亿元", "2022-02-01"),
                outcome(VA.id(), "2022", "1065亿元", "2023-02-01")), "2023-03-01");
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        assertThat(e.actual()).contains(point("6.5"));
        assertThat(e.tier()).contains(Tier.FLOOR);
        assertThat(reasons(e)).doesNotContain("converted");
    }

    /**
     * "城镇、农村居民人均可支配收入均增长10%左右" (each of two, a growth since last year, one-sided
     * ABOUT: ≥ 9.5%): the first 43600 ÷ 40000 − 1 = 9%, MISSED; the second 19800 ÷ 18000 − 1 = 10%,
     * ACHIEVED; the target is the worst, MISSED, with both parts' verdicts.
     */
    @Test
    void test_each_relativeGrowthOnEachIndicator() {
        Target t = target("inc", "2022", "增长10%左右", EI.id(), EQUIP.id()).of(Aggregation.EACH)
                .relation(Relation.sincePrevious()).build();
        var e = evaluate(dataset(t, outcome(EI.id(), "2021", "4亿元", "2022-02-01"),
                outcome(EI.id(), "2022", "4.36亿元", "2023-02-01"), outcome(EQUIP.id(), "2021", "1.8亿元", "2022-02-01"),
                outcome(EQUIP.id(), "2022", "1.98亿元", "2023-02-01")), "2023-03-01");
        assertThat(e.status()).isEqualTo(Status.MISSED);
        assertThat(e.parts()).extracting(Evaluation::status).containsExactly(Status.MISSED, Status.ACHIEVED);
        assertThat(e.parts().get(0).actual()).contains(point("9"));
        assertThat(e.parts().get(1).actual()).contains(point("10"));
        assertThat(e.actual()).contains(point("9"));
    }
}
