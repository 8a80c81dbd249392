package dev.attain.eval;

import static dev.attain.eval.Fixtures.d;
import static dev.attain.eval.Fixtures.dataset;
import static dev.attain.eval.Fixtures.day;
import static dev.attain.eval.Fixtures.f;
import static dev.attain.eval.Fixtures.outcome;
import static dev.attain.eval.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import dev.attain.model.Baseline;
import dev.attain.model.Dataset;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Quota;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden table: one case per rule of design.md and issue 3, each with the verdict and the
 * numbers worked out by hand (in the comments) before the code was run.
 */
class GoldenTableTest {

    /** One rule: how to evaluate, and what must hold. */
    record Case(String rule, Dataset dataset, Evaluator evaluator, String asOf, Status status,
            Consumer<Evaluation> expect) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static Case c(String rule, Dataset dataset, String asOf, Status status, Consumer<Evaluation> expect) {
        return new Case(rule, dataset, Evaluator.defaults(), asOf, status, expect);
    }

    private static Case c(String rule, Evaluator evaluator, Dataset dataset, String asOf, Status status,
            Consumer<Evaluation> expect) {
        return new Case(rule, dataset, evaluator, asOf, status, expect);
    }

    private static Range<BigDecimal> point(String v) {
        return Range.singleton(d(v));
    }

    private static Consumer<Evaluation> nothingMore() {
        return e -> { };
    }

    static Stream<Arguments> cases() {
        // the sum target of design.md: 电子信息和装备工业突破7000亿元, only 电子信息 reported
        Dataset sum = dataset(target("jx-2022-ei-equip", "2022", "突破7000亿元", "ei", "equip").build(),
                outcome("ei", "2022", "1.03万亿元", "2023-02-01"));
        // a 2025 value-added target from a 2021 base of 1万亿, judged on the 2023 figure
        Target.Builder va2025 = target("va-2025", "2025", "1.3万亿元", "va")
                .baseline(Baseline.of(Period.ofYear(2021), f("1万亿元")));
        // a 2021 target judged on the cumulative 1—6月 figure, half the year gone (6/12 months)
        Target h1Target = target("va-2021", "2021", "1200亿元", "va").build();
        // a 2022 share target with two tiers: 确保不低于40%, 力争45%以上
        Target tiers = target("share-2022", "2022", "40%", "share").floor(f("不低于40%")).stretch(f("45%以上"))
                .build();
        Evaluator usdAt7 = Evaluator.of(Thresholds.DEFAULT,
                ExchangeRates.of(Unit.USD, Unit.CNY, new BigDecimal("7")));

        List<Case> cases = List.of(
                // 1.03e12 ÷ 7e11 = 1.4714285714…, 16 digits: 1.471428571428571; equip adds [0, +∞)
                c("sum target: an unreported non-negative part adds [0, +∞)", sum, "2023-03-01", Status.ACHIEVED, e -> {
                    assertThat(e.actual()).contains(Range.atLeast(d("1030000000000")));
                    assertThat(e.attainment()).contains(Range.atLeast(d("1.471428571428571")));
                    assertThat(e.required()).contains(d("700000000000"));
                    assertThat(e.gap()).contains(point("0"));
                    assertThat(e.outcomes()).hasSize(1);
                    assertThat(e.reasons()).contains(
                            "Equipment industry revenue (equip) was not reported for 2022; counted as ≥ 0");
                }),
                c("NO_DATA before anything is published, never zero", sum, "2023-01-31", Status.NO_DATA, e -> {
                    assertThat(e.actual()).isEmpty();
                    assertThat(e.attainment()).isEmpty();
                    assertThat(e.gap()).isEmpty();
                    assertThat(e.reasons()).anyMatch(r -> r.contains("nothing had been published by 2023-01-31")
                            && r.contains("(the first figure was published on 2023-02-01)"));
                }),
                // (5e11, ∞) ÷ 5e11 = (1, ∞); the open bound of the report is inside the open bound required
                c("open bounds: 突破5000亿元 reported against 突破5000亿元 required is met",
                        dataset(target("ei-2020", "2020", "突破5000亿元", "ei").build(),
                                outcome("ei", "2020", "突破5000亿元", "2023-02-01")),
                        "2023-03-01", Status.ACHIEVED, e -> {
                            assertThat(e.actual()).contains(Range.greaterThan(d("500000000000")));
                            assertThat(e.attainment()).contains(Range.greaterThan(BigDecimal.ONE));
                            assertThat(e.gap()).contains(point("0"));
                        }),
                // reported exactly at an open bound: 7000亿 is not more than 7000亿; nothing is missing but the bound
                c("open bound not reached by a value equal to it",
                        dataset(target("ei-2022", "2022", "突破7000亿元", "ei").build(),
                                outcome("ei", "2022", "7000亿元", "2023-02-01")),
                        "2023-03-01", Status.MISSED, e -> assertThat(e.attainment()).contains(point("1"))),
                // lower is better: required ÷ reported = 1000 ÷ 1100 = 0.909090…, 16 digits 0.9090909090909091
                c("lower-is-better: a plain value is a ceiling; attainment = required ÷ reported",
                        dataset(target("energy-2022", "2022", "1000吨", "energy").build(),
                                outcome("energy", "2022", "1100吨", "2023-02-01")),
                        "2023-03-01", Status.MISSED, e -> {
                            assertThat(e.attainment()).contains(point("0.9090909090909091"));
                            assertThat(e.gap()).contains(point("100"));
                            assertThat(e.difference()).isEmpty();
                        }),
                // 1000 ÷ 900 = 1.1111…
                c("lower-is-better met below the ceiling",
                        dataset(target("energy-2022", "2022", "1000吨", "energy").build(),
                                outcome("energy", "2022", "900吨", "2023-02-01")),
                        "2023-03-01", Status.ACHIEVED,
                        e -> assertThat(e.attainment()).contains(point("1.111111111111111"))),
                // the preliminary 6900亿 misses 7000亿 by 100亿 = 1e10
                c("revision: as of 2023-02-01 the preliminary figure is in force", revision(), "2023-02-01",
                        Status.MISSED, e -> {
                            assertThat(e.gap()).contains(point("10000000000"));
                            assertThat(e.outcomes()).singleElement()
                                    .satisfies(o -> assertThat(o.status()).isEqualTo(OutcomeStatus.PRELIMINARY));
                        }),
                // the revision 7100亿: 7100 ÷ 7000 = 1.0142857142…, 16 digits 1.014285714285714
                c("revision: as of 2023-05-01 the revised figure supersedes it", revision(), "2023-05-01",
                        Status.ACHIEVED, e -> {
                            assertThat(e.attainment()).contains(point("1.014285714285714"));
                            assertThat(e.outcomes()).singleElement()
                                    .satisfies(o -> assertThat(o.status()).isEqualTo(OutcomeStatus.REVISED));
                            assertThat(e.reasons()).anyMatch(r -> r.startsWith("it supersedes the preliminary figure"));
                        }),
                c("same publication day: REVISED beats FINAL, whatever the dataset order",
                        dataset(target("va-2022", "2022", "7000亿元", "va").build(),
                                outcome("va", "2022", "7100亿元", "2023-02-01", OutcomeStatus.REVISED),
                                outcome("va", "2022", "6900亿元", "2023-02-01", OutcomeStatus.FINAL)),
                        "2023-03-01", Status.ACHIEVED, nothingMore()),
                // 约2000亿 is [1900亿, 2100亿] with the default 5% tolerance; ÷ 2000亿 = [0.95, 1.05]
                c("约2000亿元 reported against 2000亿元 straddles it: INDETERMINATE",
                        dataset(target("va-2022", "2022", "2000亿元", "va").build(),
                                outcome("va", "2022", "约2000亿元", "2023-02-01")),
                        "2023-03-01", Status.INDETERMINATE, e -> {
                            assertThat(e.actual()).contains(Range.closed(d("190000000000"), d("210000000000")));
                            assertThat(e.attainment()).contains(Range.closed(d("0.95"), d("1.05")));
                            assertThat(e.gap()).contains(Range.closed(d("0"), d("10000000000")));
                        }),
                // 不到100亿 for a non-negative amount is [0, 1e10)
                c("an imprecise report is cut at zero for a non-negative indicator",
                        dataset(target("va-2022", "2022", "50亿元", "va").build(),
                                outcome("va", "2022", "不到100亿元", "2023-02-01")),
                        "2023-03-01", Status.INDETERMINATE,
                        e -> assertThat(e.actual()).contains(Range.closedOpen(d("0"), d("10000000000")))),
                c("USD reported against CNY required, no rate: NOT_COMPARABLE",
                        dataset(target("va-2022", "2022", "700亿元", "va").build(),
                                outcome("va", "2022", "100亿美元", "2023-02-01")),
                        "2023-03-01", Status.NOT_COMPARABLE, e -> {
                            assertThat(e.actual()).isEmpty();
                            assertThat(e.attainment()).isEmpty();
                            assertThat(e.reasons()).anyMatch(r -> r.contains("no exchange rate USD→CNY was given"));
                        }),
                // 100亿 USD × 7 = 700亿 CNY, exactly the requirement
                c("USD reported against CNY required, with a rate of 7: comparable", usdAt7,
                        dataset(target("va-2022", "2022", "700亿元", "va").build(),
                                outcome("va", "2022", "100亿美元", "2023-02-01")),
                        "2023-03-01", Status.ACHIEVED, e -> {
                            assertThat(e.actual()).contains(point("70000000000"));
                            assertThat(e.attainment()).contains(point("1"));
                            assertThat(e.reasons()).anyMatch(r -> r.contains("converted from USD at 7 CNY per USD"));
                        }),
                // 100亿 USD requirement = 700亿 CNY at 7; 800亿 reported: 8 ÷ 7 = 1.142857142857143
                c("a requirement in USD on a CNY indicator is converted too", usdAt7,
                        dataset(target("va-2022", "2022", "100亿美元", "va").build(),
                                outcome("va", "2022", "800亿元", "2023-02-01")),
                        "2023-03-01", Status.ACHIEVED, e -> {
                            assertThat(e.required()).contains(d("70000000000"));
                            assertThat(e.attainment()).contains(point("1.142857142857143"));
                        }),
                // 7.1 − 7 = +0.1 pp; no ratio for a rate
                c("growth rates compared in percentage points: 增长7.1% vs 7% is 0.1 pp ahead",
                        dataset(target("growth-2022", "2022", "7%", "growth").build(),
                                outcome("growth", "2022", "增长7.1%", "2023-02-01")),
                        "2023-03-01", Status.ACHIEVED, e -> {
                            assertThat(e.difference()).contains(point("0.1"));
                            assertThat(e.attainment()).isEmpty();
                            assertThat(e.gap()).contains(point("0"));
                            assertThat(e.reasons()).anyMatch(r -> r.endsWith("; 0.1 pp ahead"));
                        }),
                // 6.8 − 7 = −0.2 pp; the gap is 0.2 (in the indicator's unit, %)
                c("growth rate behind by 0.2 pp",
                        dataset(target("growth-2022", "2022", "7%", "growth").build(),
                                outcome("growth", "2022", "增长6.8%", "2023-02-01")),
                        "2023-03-01", Status.MISSED, e -> {
                            assertThat(e.difference()).contains(point("-0.2"));
                            assertThat(e.gap()).contains(point("0.2"));
                            assertThat(e.reasons()).anyMatch(r -> r.endsWith("; 0.2 pp behind"));
                        }),
                // 前10 is at most 10; 第7位 is 10 − 7 = 3 places ahead
                c("ranks compared in places: 第7位 against 前10 is 3 places ahead",
                        dataset(target("rank-2022", "2022", "前10", "rank").build(),
                                outcome("rank", "2022", "第7位", "2023-02-01")),
                        "2023-03-01", Status.ACHIEVED, e -> {
                            assertThat(e.difference()).contains(point("3"));
                            assertThat(e.attainment()).isEmpty();
                            assertThat(e.reasons()).anyMatch(r -> r.endsWith("; 3 places ahead"));
                        }),
                // a plain 第10位 for a lower-is-better rank is at most 10; 第13位 is 3 places behind
                c("a rank 3 places behind",
                        dataset(target("rank-2022", "2022", "第10位", "rank").build(),
                                outcome("rank", "2022", "第13位", "2023-02-01")),
                        "2023-03-01", Status.MISSED, e -> {
                            assertThat(e.difference()).contains(point("-3"));
                            assertThat(e.gap()).contains(point("3"));
                        }),
                // baseline 65 = target 65: no distance; the value holds it → progress 1, on track
                c("baseline equal to target, held: progress 1",
                        dataset(target("clusters-2025", "2025", "65个", "clusters")
                                        .baseline(Baseline.of(Period.ofYear(2021), f("65个"))).build(),
                                outcome("clusters", "2023", "65个", "2024-02-01")),
                        "2024-03-01", Status.ON_TRACK, e -> {
                            assertThat(e.progress()).contains(point("1"));
                            assertThat(e.pace()).hasValueSatisfying(p -> assertThat(p.ratio()).isEmpty());
                        }),
                c("baseline equal to target, lost: progress −1",
                        dataset(target("clusters-2025", "2025", "65个", "clusters")
                                        .baseline(Baseline.of(Period.ofYear(2021), f("65个"))).build(),
                                outcome("clusters", "2023", "60个", "2024-02-01")),
                        "2024-03-01", Status.OFF_TRACK, e -> assertThat(e.progress()).contains(point("-1"))),
                c("baseline equal to target, final figure holds it",
                        dataset(target("clusters-2025", "2025", "65个", "clusters")
                                        .baseline(Baseline.of(Period.ofYear(2021), f("65个"))).build(),
                                outcome("clusters", "2025", "66个", "2026-02-01")),
                        "2026-03-01", Status.ACHIEVED, e -> assertThat(e.progress()).contains(point("1"))),
                // (0.97 − 1.0) ÷ (1.3 − 1.0) = −0.1; linear path expects 24/48 = 0.5; ratio −0.2
                c("a move the wrong way: negative progress, never clamped",
                        dataset(va2025.build(), outcome("va", "2023", "9700亿元", "2024-02-01")),
                        "2024-03-01", Status.OFF_TRACK, e -> {
                            assertThat(e.progress()).contains(point("-0.1"));
                            assertThat(e.pace().orElseThrow().ratio()).contains(point("-0.2"));
                            assertThat(e.reasons()).anyMatch(r -> r.startsWith("the value moved the wrong way"));
                        }),
                // lower is better, 100 → 80 planned, 110 reported: (110 − 100) ÷ (80 − 100) = −0.5
                c("a move the wrong way when lower is better",
                        dataset(target("energy-2025", "2025", "80吨", "energy")
                                        .baseline(Baseline.of(Period.ofYear(2021), f("100吨"))).build(),
                                outcome("energy", "2023", "110吨", "2024-02-01")),
                        "2024-03-01", Status.OFF_TRACK, e -> assertThat(e.progress()).contains(point("-0.5"))),
                // compound from 0 is undefined: linear 24/48 = 0.5 expected, 50亿 of 100亿 made = 0.5: ratio 1
                c("zero base: COMPOUND falls back to LINEAR, and says so",
                        dataset(target("new-2025", "2025", "100亿元", "new")
                                        .baseline(Baseline.of(Period.ofYear(2021), f("0元"))).pace(PaceModel.COMPOUND)
                                        .build(),
                                outcome("new", "2023", "50亿元", "2024-02-01")),
                        "2024-03-01", Status.ON_TRACK, e -> {
                            Pace p = e.pace().orElseThrow();
                            assertThat(p.model()).isEqualTo(PaceModel.LINEAR);
                            assertThat(p.linearFallback()).isTrue();
                            assertThat(p.ratio()).contains(point("1"));
                            assertThat(e.reasons()).anyMatch(r -> r.startsWith("compound growth is undefined from a start of"));
                        }),
                // −10亿 → 10亿: (0 − (−10)) ÷ (10 − (−10)) = 0.5 made, 0.5 expected: ratio 1
                c("negative base: COMPOUND falls back to LINEAR",
                        dataset(target("profit-2025", "2025", "10亿元", "profit")
                                        .baseline(Baseline.of(Period.ofYear(2021), f("-10亿元"))).pace(PaceModel.COMPOUND)
                                        .build(),
                                outcome("profit", "2023", "0元", "2024-02-01")),
                        "2024-03-01", Status.ON_TRACK, e -> {
                            assertThat(e.progress()).contains(point("0.5"));
                            assertThat(e.pace().orElseThrow().linearFallback()).isTrue();
                        }),
                // 序时进度: 6/12 of the year; 540 ÷ 1200 = 0.45 made; 0.45 ÷ 0.5 = 0.9, exactly the at-risk bound
                c("1—6月 cumulative vs annual by 序时进度: 90% of pace is at risk (inclusive)",
                        dataset(h1Target, outcome("va", "2021-01..2021-06", "540亿元", "2021-07-26")),
                        "2021-08-01", Status.AT_RISK, e -> {
                            Pace p = e.pace().orElseThrow();
                            assertThat(p.elapsed()).isEqualByComparingTo("0.5");
                            assertThat(p.expected()).isEqualByComparingTo("60000000000");
                            assertThat(p.ratio()).contains(point("0.9"));
                            assertThat(p.observed()).isEqualTo(day("2021-06-30"));
                            // (1200 − 540)亿 × 12 ÷ 6 remaining months = 1320亿 a year still needed
                            assertThat(p.requiredLinear()).contains(point("132000000000"));
                            assertThat(p.requiredCompound()).isEmpty();
                            assertThat(e.progress()).contains(point("0.45"));
                            assertThat(e.attainment()).contains(point("0.45"));
                            assertThat(e.gap()).contains(point("66000000000"));
                            // from 0 at the start through 540亿 at 6 months: 1080亿 by the year's end
                            Projection proj = e.projection().orElseThrow();
                            assertThat(proj.points()).isEqualTo(2);
                            assertThat(proj.linear().value()).isEqualTo(point("108000000000"));
                            assertThat(proj.linear().meets()).isEqualTo(Projection.Meets.NO);
                            assertThat(proj.compound()).isEmpty();
                        }),
                // 600 ÷ 1200 = 0.5 = expected: ratio exactly 1.00, on track (inclusive)
                c("1—6月 exactly on 序时进度: 100% of pace is on track (inclusive)",
                        dataset(h1Target, outcome("va", "2021-01..2021-06", "600亿元", "2021-07-26")),
                        "2021-08-01", Status.ON_TRACK, e -> assertThat(e.pace().orElseThrow().ratio()).contains(point("1"))),
                // 530 ÷ 1200 = 0.44166…; ÷ 0.5 = 0.8833… < 0.9
                c("1—6月 below 90% of 序时进度 is off track",
                        dataset(h1Target, outcome("va", "2021-01..2021-06", "530亿元", "2021-07-26")),
                        "2021-08-01", Status.OFF_TRACK, nothingMore()),
                c("exclusive bounds: exactly 90% is then off track",
                        Evaluator.of(Thresholds.DEFAULT.withInclusive(false, false)),
                        dataset(h1Target, outcome("va", "2021-01..2021-06", "540亿元", "2021-07-26")),
                        "2021-08-01", Status.OFF_TRACK, nothingMore()),
                c("exclusive bounds: exactly 100% is then at risk",
                        Evaluator.of(Thresholds.DEFAULT.withInclusive(false, false)),
                        dataset(h1Target, outcome("va", "2021-01..2021-06", "600亿元", "2021-07-26")),
                        "2021-08-01", Status.AT_RISK, nothingMore()),
                // 1300亿 in 1—6月 already exceeds 1200亿 and a flow cannot fall
                c("a cumulative figure that already meets the requirement is ACHIEVED early (提前实现)",
                        dataset(h1Target, outcome("va", "2021-01..2021-06", "1300亿元", "2021-07-26")),
                        "2021-08-01", Status.ACHIEVED, e -> {
                            assertThat(e.pace()).isEmpty();
                            assertThat(e.reasons()).anyMatch(r -> r.contains("提前实现"));
                        }),
                // issue 15, point 7: after the period a part no longer gives a pace verdict; with no
                // earlier whole-year figure there is no pattern to say when the final one is due
                c("the period is over and only the 1—6月 figure is out: the final figure is awaited",
                        dataset(h1Target, outcome("va", "2021-01..2021-06", "600亿元", "2021-07-26")),
                        "2022-01-15", Status.INDETERMINATE, e -> {
                            assertThat(e.finalAwaited()).isTrue();
                            assertThat(e.reasons()).anyMatch(
                                    r -> r.contains("ended on 2021-12-31; no figure for the whole period")
                                            && r.contains("no earlier figure shows when it is usually published"));
                            assertThat(e.pace()).isPresent();
                        }),
                // the 2020 figure came out on 2021-01-28, 28 days after 2020-12-31: 2021's is due about
                // 2021-12-31 + 28 days = 2022-01-28
                c("after the period: when the final figure is due, from the publication pattern",
                        dataset(h1Target, outcome("va", "2020", "1000亿元", "2021-01-28"),
                                outcome("va", "2021-01..2021-06", "600亿元", "2021-07-26")),
                        "2022-01-15", Status.INDETERMINATE, e -> {
                            assertThat(e.finalAwaited()).isTrue();
                            assertThat(e.reasons()).anyMatch(r -> r.contains("(due about 2022-01-28: the figure for 2020"
                                    + " was published 28 days after its period ended)"));
                            assertThat(e.reasons(java.util.Locale.CHINESE)).anyMatch(r -> r.contains("预计2022-01-28前后发布"));
                        }),
                // 1300亿 in 1—6月 already exceeds 1200亿: after the period as before it, ACHIEVED
                c("after the period: a part that already meets the requirement is ACHIEVED",
                        dataset(h1Target, outcome("va", "2021-01..2021-06", "1300亿元", "2021-07-26")),
                        "2022-01-15", Status.ACHIEVED, e -> assertThat(e.finalAwaited()).isFalse()),
                // a 2025 level target from 2021, only 2023 known as of 2026-03-01: the final figure decides
                c("after the period: a figure on a multi-year path no longer gives a pace verdict",
                        dataset(va2025.build(), outcome("va", "2023", "1.2万亿元", "2024-02-01")),
                        "2026-03-01", Status.INDETERMINATE, e -> assertThat(e.finalAwaited()).isTrue()),
                c("the figure for the whole period wins over the 1—6月 one",
                        dataset(h1Target, outcome("va", "2021-01..2021-06", "600亿元", "2021-07-26"),
                                outcome("va", "2021", "1100亿元", "2022-02-01")),
                        "2022-03-01", Status.MISSED, e -> assertThat(e.pace()).isEmpty()),
                // a ceiling on a cumulative figure: 1100吨 used in 1—6月 already breaks 1000吨
                c("a cumulative figure that already breaks a ceiling is MISSED early",
                        dataset(target("energy-2022", "2022", "1000吨", "energy-flow").build(),
                                outcome("energy-flow", "2022-01..2022-06", "1100吨", "2022-07-20")),
                        "2022-08-01", Status.MISSED, nothingMore()),
                // budget to date 0.5 of 1000吨; 450吨 used = 0.45: ratio inverted, 0.5 ÷ 0.45 = 1.111…
                c("a ceiling on a cumulative figure, under budget: on track",
                        dataset(target("energy-2022", "2022", "1000吨", "energy-flow").build(),
                                outcome("energy-flow", "2022-01..2022-06", "450吨", "2022-07-20")),
                        "2022-08-01", Status.ON_TRACK,
                        e -> assertThat(e.pace().orElseThrow().ratio()).contains(point("1.111111111111111"))),
                // 0.5 ÷ 0.55 = 0.9090909090909091
                c("a ceiling on a cumulative figure, a little over budget: at risk",
                        dataset(target("energy-2022", "2022", "1000吨", "energy-flow").build(),
                                outcome("energy-flow", "2022-01..2022-06", "550吨", "2022-07-20")),
                        "2022-08-01", Status.AT_RISK,
                        e -> assertThat(e.pace().orElseThrow().ratio()).contains(point("0.9090909090909091"))),
                // LINEAR: (1.141 − 1) ÷ 0.3 = 0.47 made, 0.5 expected: 0.94, at risk
                c("LINEAR pace: 1.141万亿 in 2023 on the way from 1万亿 (2021) to 1.3万亿 (2025) is at risk",
                        dataset(va2025.pace(PaceModel.LINEAR).build(), outcome("va", "2023", "1.141万亿元", "2024-02-01")),
                        "2024-03-01", Status.AT_RISK, e -> {
                            assertThat(e.progress()).contains(point("0.47"));
                            assertThat(e.pace().orElseThrow().ratio()).contains(point("0.94"));
                        }),
                // COMPOUND: 1万亿 × 1.3^(24/48) = 1.1401754250991…万亿 expected; (1.1401754 − 1) ÷ 0.3 = 0.46725…;
                // 0.47 ÷ 0.46725 = 1.00588…, on track
                c("COMPOUND pace: the same figure is on track",
                        dataset(va2025.pace(PaceModel.COMPOUND).build(),
                                outcome("va", "2023", "1.141万亿元", "2024-02-01")),
                        "2024-03-01", Status.ON_TRACK, e -> {
                            Pace p = e.pace().orElseThrow();
                            assertThat(p.model()).isEqualTo(PaceModel.COMPOUND);
                            assertThat(p.expected()).isEqualByComparingTo("1140175425099.138");
                            assertThat(p.ratio().orElseThrow().lowerEndpoint()).isBetween(d("1.0058"), d("1.0059"));
                        }),
                // quotas Q1 10%, Q2 30%: 40% expected by June; 0.45 ÷ 0.4 = 1.125
                c("SCHEDULE pace: monthly quotas instead of a straight line",
                        dataset(target("va-2021", "2021", "1200亿元", "va").schedule(List.of(
                                        new Quota(Period.parse("2021-Q1"), d("10")), new Quota(Period.parse("2021-Q2"), d("30")),
                                        new Quota(Period.parse("2021-Q3"), d("30")), new Quota(Period.parse("2021-Q4"), d("30"))))
                                        .build(),
                                outcome("va", "2021-01..2021-06", "540亿元", "2021-07-26")),
                        "2021-08-01", Status.ON_TRACK, e -> {
                            Pace p = e.pace().orElseThrow();
                            assertThat(p.model()).isEqualTo(PaceModel.SCHEDULE);
                            assertThat(p.expectedProgress()).isEqualByComparingTo("0.4");
                            assertThat(p.expected()).isEqualByComparingTo("48000000000");
                            assertThat(p.ratio()).contains(point("1.125"));
                        }),
                // history: 1万亿 (2021 base), 1.06万亿 (2022), 1.12万亿 (2023); 0.12 ÷ 0.3 = 0.4 made, 0.5 expected
                // least squares over the three points at 0, 12, 24 months, deadline 48: n = 3, S = 36,
                // D = 3 × 720 − 36² = 864, weights c = 864 + (144 − 36)(3x − 36) = −3024, 864, 4752 over
                // nD = 2592, i.e. −7/6, 1/3, 11/6; linear: (−7 × 1.0 + 2 × 1.06 + 11 × 1.12) ÷ 6 = 1.24万亿
                // (the points lie on a line); compound: 1.06^(1/3) × 1.12^(11/6) = 1.2550711017638…万亿;
                // both short of 1.3万亿
                c("projection from the history: linear trend and compound growth to the deadline",
                        dataset(va2025.pace(PaceModel.LINEAR).build(), outcome("va", "2022", "1.06万亿元", "2023-02-01"),
                                outcome("va", "2023", "1.12万亿元", "2024-02-01")),
                        "2024-03-01", Status.OFF_TRACK, e -> {
                            Pace p = e.pace().orElseThrow();
                            assertThat(p.ratio()).contains(point("0.8"));
                            assertThat(p.from()).isEqualTo(day("2021-12-31"));
                            assertThat(p.deadline()).isEqualTo(day("2025-12-31"));
                            // (1.3 − 1.12)万亿 × 12 ÷ 24 months = 900亿 a year
                            assertThat(p.requiredLinear()).contains(point("90000000000"));
                            // (1.3 ÷ 1.12)^(12/24) − 1 = 0.07736…
                            assertThat(p.requiredCompound().orElseThrow().lowerEndpoint()).isBetween(d("0.0773"), d("0.0774"));
                            Projection proj = e.projection().orElseThrow();
                            assertThat(proj.points()).isEqualTo(3);
                            assertThat(proj.linear().value()).isEqualTo(point("1240000000000"));
                            assertThat(proj.linear().meets()).isEqualTo(Projection.Meets.NO);
                            assertThat(proj.compound().orElseThrow().value().lowerEndpoint())
                                    .isBetween(d("1255071101763.84"), d("1255071101763.85"));
                            assertThat(proj.compound().orElseThrow().meets()).isEqualTo(Projection.Meets.NO);
                        }),
                // Eurostat: actual CAGR 1.3^(12/60) − 1 = 0.053874…, required 2^(12/120) − 1 = 0.071773…;
                // ratio 0.7506… is moderate progress (60–95%): AT_RISK
                c("Eurostat preset: the ratio of growth rates decides", Evaluator.of(Thresholds.EUROSTAT),
                        dataset(target("va-2030", "2030", "200亿元", "va")
                                        .baseline(Baseline.of(Period.ofYear(2020), f("100亿元"))).build(),
                                outcome("va", "2025", "130亿元", "2026-02-01")),
                        "2026-03-01", Status.AT_RISK, e -> assertThat(e.pace().orElseThrow().growthRatio().orElseThrow()
                                .lowerEndpoint()).isBetween(d("0.7506"), d("0.7507"))),
                // the same with the default policy: 0.3 made ÷ 0.5 expected = 0.6 < 0.9
                c("the same figure under the default policy", dataset(target("va-2030", "2030", "200亿元", "va")
                                .baseline(Baseline.of(Period.ofYear(2020), f("100亿元"))).build(),
                        outcome("va", "2025", "130亿元", "2026-02-01")),
                        "2026-03-01", Status.OFF_TRACK, e -> assertThat(e.pace().orElseThrow().ratio()).contains(point("0.6"))),
                // 42% ≥ 40% floor, < 45% stretch; 42 − 40 = 2 pp ahead of the requirement
                c("floor met, stretch missed, and said", dataset(tiers, outcome("share", "2022", "42%", "2023-02-01")),
                        "2023-03-01", Status.ACHIEVED, e -> {
                            assertThat(e.tier()).contains(Tier.FLOOR);
                            assertThat(e.difference()).contains(point("2"));
                            assertThat(e.reasons()).contains("floor ≥ 40% met; stretch ≥ 45% missed");
                        }),
                c("stretch met", dataset(tiers, outcome("share", "2022", "46%", "2023-02-01")), "2023-03-01",
                        Status.ACHIEVED, e -> assertThat(e.tier()).contains(Tier.STRETCH)),
                c("below the floor", dataset(tiers, outcome("share", "2022", "38%", "2023-02-01")), "2023-03-01",
                        Status.MISSED, e -> assertThat(e.tier()).contains(Tier.BELOW_FLOOR)),
                c("a BETWEEN requirement is met at its low end",
                        dataset(target("parks-2020", "2020", "2-3个", "parks").build(),
                                outcome("parks", "2020", "2个", "2021-02-01")),
                        "2021-03-01", Status.ACHIEVED, e -> assertThat(e.attainment()).contains(point("1"))),
                c("a BETWEEN requirement is met beyond it on the good side",
                        dataset(target("parks-2020", "2020", "2-3个", "parks").build(),
                                outcome("parks", "2020", "4个", "2021-02-01")),
                        "2021-03-01", Status.ACHIEVED, nothingMore()),
                c("a BETWEEN requirement is missed below it",
                        dataset(target("parks-2020", "2020", "2-3个", "parks").build(),
                                outcome("parks", "2020", "1个", "2021-02-01")),
                        "2021-03-01", Status.MISSED, e -> assertThat(e.gap()).contains(point("1"))),
                // 10家左右 is [9, 11] (a count has whole-number tolerances, issue 15 point 1): 9 is
                // within it, met from the far edge; 8 is below it by 1. Attainment 9 / 10 = 0.9.
                c("an ABOUT requirement on a count is met at its whole-number edge",
                        dataset(target("firms-2020", "2020", "10家左右", "new-firms").build(),
                                outcome("new-firms", "2020", "9家", "2021-02-01")),
                        "2021-03-01", Status.ACHIEVED, e -> {
                            assertThat(e.gap()).contains(point("0"));
                            assertThat(e.attainment()).contains(point("0.9"));
                            assertThat(e.reasons()).anyMatch(r -> r.contains("within the tolerance of 左右"));
                        }),
                c("an ABOUT requirement on a count is missed below its band",
                        dataset(target("firms-2020", "2020", "10家左右", "new-firms").build(),
                                outcome("new-firms", "2020", "8家", "2021-02-01")),
                        "2021-03-01", Status.MISSED, e -> {
                            assertThat(e.gap()).contains(point("1"));
                            assertThat(e.attainment()).contains(point("0.8"));
                        }),
                c("a level with no baseline, within the period: compared directly",
                        dataset(target("clusters-2022", "2022", "65个", "clusters").build(),
                                outcome("clusters", "2022-H1", "60个", "2022-07-20")),
                        "2022-08-01", Status.OFF_TRACK, e -> {
                            assertThat(e.pace()).isEmpty();
                            assertThat(e.reasons()).anyMatch(r -> r.startsWith("no baseline gives a path"));
                        }),
                // issue 15, point 5: least squares over every point. 1万亿 (2021 base), 1.06万亿 (2022),
                // 1.10万亿 (2023), at 0, 12, 24 months, deadline 48: weights −7/6, 1/3, 11/6 (see above);
                // linear (−7 × 1.0 + 2 × 1.06 + 11 × 1.10) ÷ 6 = 7.22 ÷ 6 = 1.2033333…万亿 (the line through
                // the first and last point alone would give 1.20万亿); compound 1.06^(1/3) × 1.10^(11/6)
                // = 1.2142884884156…万亿. Pace: 0.1 ÷ 0.3 = 0.333 made, 0.5 expected: 0.667, off track
                c("projection: a least-squares fit over every point, with the number of points",
                        dataset(va2025.pace(PaceModel.LINEAR).build(), outcome("va", "2022", "1.06万亿元", "2023-02-01"),
                                outcome("va", "2023", "1.10万亿元", "2024-02-01")),
                        "2024-03-01", Status.OFF_TRACK, e -> {
                            Projection proj = e.projection().orElseThrow();
                            assertThat(proj.points()).isEqualTo(3);
                            assertThat(proj.linear().value().lowerEndpoint()).isEqualByComparingTo("1203333333333.333");
                            assertThat(proj.compound().orElseThrow().value().lowerEndpoint())
                                    .isBetween(d("1214288488415.62"), d("1214288488415.63"));
                            assertThat(e.reasons()).anyMatch(r -> r.startsWith("fitted by least squares to 3 points"));
                        }),
                // a schedule of 10/20/30/40% a quarter expects 30% of 1200亿 by June: 360亿 made is exactly
                // on it (ratio 1, on track). Along the schedule: 0 + 360 ÷ 0.3 = 1200亿, met; the straight
                // line from 0 through 360亿 at 6 months: 720亿 by December, short: the reasons say why
                c("projection: a schedule target projects along its schedule; status and trend disagree, and why",
                        dataset(target("va-2021", "2021", "1200亿元", "va").schedule(List.of(
                                        new Quota(Period.parse("2021-Q1"), d("10")), new Quota(Period.parse("2021-Q2"), d("20")),
                                        new Quota(Period.parse("2021-Q3"), d("30")), new Quota(Period.parse("2021-Q4"), d("40"))))
                                        .pace(PaceModel.SCHEDULE).build(),
                                outcome("va", "2021-01..2021-06", "360亿元", "2021-07-26")),
                        "2021-08-01", Status.ON_TRACK, e -> {
                            Projection proj = e.projection().orElseThrow();
                            assertThat(proj.schedule().orElseThrow().value().lowerEndpoint()).isEqualByComparingTo("120000000000");
                            assertThat(proj.schedule().orElseThrow().meets()).isEqualTo(Projection.Meets.YES);
                            assertThat(proj.linear().value().lowerEndpoint()).isEqualByComparingTo("72000000000");
                            assertThat(e.reasons()).anyMatch(r -> r.startsWith("on track on the plan's path so far, yet the"
                                    + " linear trend fitted to all 2 points falls short") && r.contains("the schedule expected only"));
                        }),
                // 100亿 (2020 base) → 200亿 by 2025 on the linear path; 100, 100, 160亿 in 2021-2023: 36 of
                // 60 months, 0.6 expected, (160 − 100) ÷ 100 = 0.6 made: on track. Least squares at 0, 12,
                // 24, 36 months, deadline 60: n = 4, S = 72, D = 4 × 2016 − 72² = 2880, c = 2880 + 168(4x − 72)
                // = −9216, −1152, 6912, 14976 over 11520: (−9216 × 100 − 1152 × 100 + 6912 × 100 + 14976 × 160)
                // ÷ 11520 = 178亿, short of 200亿; compound 160 × 1.6^0.3 = 184.228…亿, short too
                c("projection: on track by the path, short by the trend, and the reasons say why",
                        dataset(target("va-2025", "2025", "200亿元", "va")
                                        .baseline(Baseline.of(Period.ofYear(2020), f("100亿元"))).build(),
                                outcome("va", "2021", "100亿元", "2022-02-01"), outcome("va", "2022", "100亿元", "2023-02-01"),
                                outcome("va", "2023", "160亿元", "2024-02-01")),
                        "2024-03-01", Status.ON_TRACK, e -> {
                            Projection proj = e.projection().orElseThrow();
                            assertThat(proj.points()).isEqualTo(4);
                            assertThat(proj.linear().value().lowerEndpoint()).isEqualByComparingTo("17800000000");
                            assertThat(proj.compound().orElseThrow().value().lowerEndpoint())
                                    .isBetween(d("18422814426.02"), d("18422814426.03"));
                            assertThat(e.reasons()).anyMatch(r -> r.startsWith("on track on the plan's path so far, yet the"
                                    + " linear trend fitted to all 4 points falls short by 2025-12-31: the status looks at"));
                        }),
                // issue 15, point 6: a ceiling of 12吨 on a value that was 4.5吨 at the baseline and is 4.4吨:
                // the baseline already meets it, so no path runs towards it: on track while it holds
                c("already met at the baseline: judged by whether the value still meets it",
                        dataset(target("energy-2025", "2025", "12吨", "energy")
                                        .baseline(Baseline.of(Period.ofYear(2021), f("4.5吨"))).build(),
                                outcome("energy", "2023", "4.4吨", "2024-02-01")),
                        "2024-03-01", Status.ON_TRACK, e -> {
                            Pace p = e.pace().orElseThrow();
                            assertThat(p.alreadyMet()).isTrue();
                            assertThat(p.ratio()).isEmpty();
                            assertThat(p.shortfall()).isEmpty();
                            assertThat(e.reasons()).anyMatch(r -> r.startsWith("the baseline 4.5 t already meets the"
                                    + " requirement ≤ 12 t") && r.endsWith("it still does: on track"));
                            assertThat(e.reasons()).noneMatch(r -> r.contains("wrong way"));
                        }),
                // the same ceiling broken: 13吨 > 12吨 no longer meets it, a move away: deterioration
                c("already met at the baseline, then lost: off track, a deterioration",
                        dataset(target("energy-2025", "2025", "12吨", "energy")
                                        .baseline(Baseline.of(Period.ofYear(2021), f("4.5吨"))).build(),
                                outcome("energy", "2023", "13吨", "2024-02-01")),
                        "2024-03-01", Status.OFF_TRACK, e -> {
                            assertThat(e.pace().orElseThrow().shortfall()).contains(Pace.Shortfall.DETERIORATION);
                            assertThat(e.reasons()).anyMatch(r -> r.endsWith("it no longer does: off track"));
                        }),
                // (0.97 − 1.0) ÷ 0.3 = −0.1 made: the value moved away from 1.3万亿: deterioration
                c("off track by moving away from the requirement: deterioration, in the pace and the words",
                        dataset(va2025.build(), outcome("va", "2023", "9700亿元", "2024-02-01")),
                        "2024-03-01", Status.OFF_TRACK, e -> {
                            assertThat(e.pace().orElseThrow().shortfall()).contains(Pace.Shortfall.DETERIORATION);
                            assertThat(e.reasons()).contains("the value is moving away from the requirement (deterioration)");
                        }),
                // (1.05 − 1.0) ÷ 0.3 = 0.1667 made, 0.5 expected: ratio 0.333, towards it but too slowly
                c("off track by moving towards the requirement too slowly: limited progress",
                        dataset(va2025.build(), outcome("va", "2023", "1.05万亿元", "2024-02-01")),
                        "2024-03-01", Status.OFF_TRACK, e -> {
                            assertThat(e.pace().orElseThrow().shortfall()).contains(Pace.Shortfall.LIMITED_PROGRESS);
                            assertThat(e.reasons()).contains(
                                    "the value is moving towards the requirement, but too slowly (limited progress)");
                        }),
                // compound growth towards a requirement of 0 is undefined; the start, 10吨, is not to blame.
                // Linear instead: 24/48 = 0.5 expected, (5 − 10) ÷ (0 − 10) = 0.5 made: ratio 1
                c("a zero requirement makes compound growth undefined, and the reason says so",
                        dataset(target("energy-2025", "2025", "0吨", "energy")
                                        .baseline(Baseline.of(Period.ofYear(2021), f("10吨"))).pace(PaceModel.COMPOUND)
                                        .build(),
                                outcome("energy", "2023", "5吨", "2024-02-01")),
                        "2024-03-01", Status.ON_TRACK, e -> {
                            assertThat(e.pace().orElseThrow().linearFallback()).isTrue();
                            assertThat(e.reasons()).anyMatch(r -> r.startsWith(
                                    "compound growth is undefined towards a requirement of 0 t"));
                            assertThat(e.reasons()).noneMatch(r -> r.contains("from a start of"));
                        }),
                c("an outcome in another scope does not count",
                        dataset(target("va-2022", "2022", "700亿元", "va").build(),
                                dev.attain.model.Outcome.of("va", Scope.of("region", "湖南省"), Period.ofYear(2022),
                                        f("800亿元"), day("2023-02-01"))),
                        "2023-03-01", Status.NO_DATA, nothingMore()));
        return cases.stream().map(k -> Arguments.of(k));
    }

    private static Dataset revision() {
        return dataset(target("va-2022", "2022", "7000亿元", "va").build(),
                outcome("va", "2022", "6900亿元", "2023-01-20", OutcomeStatus.PRELIMINARY),
                outcome("va", "2022", "7100亿元", "2023-04-01", OutcomeStatus.REVISED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void test_golden(Case k) {
        Evaluation e = Fixtures.evaluate(k.evaluator(), k.dataset(), k.asOf());
        assertThat(e.status()).as("status; reasons: %s", e.reasons()).isEqualTo(k.status());
        k.expect().accept(e);
    }
}
