package dev.attain.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Pace;
import dev.attain.eval.Projection;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.model.Baseline;
import dev.attain.model.Commitment;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A small fixed scorecard, built by hand so that the golden files depend on the renderers only
 * and not on the evaluator's wording: a sum target achieved with one part unreported, a missed
 * target, an interval-valued growth rate that straddles its requirement, a target with no
 * data, a five-year target on track (compound path, with a baseline and a projection) and a
 * within-year cumulative figure at risk. Each has its reasons in English and in Chinese.
 */
final class Fixtures {

    static final LocalDate AS_OF = LocalDate.of(2023, 8, 1);
    static final Scope JX = Scope.of("region", "江西省");

    static final Indicator EI = Indicator.builder("ei", "电子信息产业营业收入", Unit.CNY)
            .nameEn("Electronics industry revenue").build();
    static final Indicator EQUIP = Indicator.builder("equip", "装备制造产业营业收入", Unit.CNY)
            .nameEn("Equipment manufacturing revenue").build();
    static final Indicator VA = Indicator.builder("va", "全部工业增加值", Unit.CNY).nameEn("Industrial value added")
            .build();
    static final Indicator MANUF = Indicator.builder("manuf", "制造业增加值", Unit.CNY).nameEn("Manufacturing value added")
            .build();
    static final Indicator GROWTH = Indicator.builder("growth", "规模以上工业增加值增速", Unit.PERCENT)
            .nameEn("Growth of industrial value added").measure(Measure.RATE).nonNegative(false).build();
    static final Indicator HITECH = Indicator.builder("hitech", "新增高新技术企业数", Unit.count("家"))
            .nameEn("New high-tech enterprises").measure(Measure.INCREMENT).build();
    static final Indicator INVEST = Indicator.builder("invest", "工业投资", Unit.CNY).nameEn("Industrial investment")
            .build();

    static final Target T_SUM = Target.builder("jx-2022-ei-equip").indicators("ei", "equip").scope(JX).period("2022")
            .requirement("突破7000亿元").commitment(Commitment.STRETCH)
            .source(Source.of("001_a4206e351c277bd7.txt", LocalDate.of(2022, 1, 18), "力争电子信息和装备工业突破7000亿元"))
            .build();
    static final Target T_MISSED = Target.builder("jx-2022-manuf").indicators("manuf").scope(JX).period("2022")
            .requirement("1万亿元以上").commitment(Commitment.BINDING).build();
    static final Target T_GROWTH = Target.builder("jx-2022-growth").indicators("growth").scope(JX).period("2022")
            .requirement("7%").build();
    static final Target T_NODATA = Target.builder("jx-2022-hitech").indicators("hitech").scope(JX).period("2022")
            .requirement("500家以上").build();
    static final Target T_ONTRACK = Target.builder("jx-2025-va").indicators("va").scope(JX).period("2025")
            .requirement("1.3万亿元").baseline(Baseline.of(Period.parse("2021"), Figure.parse("1万亿元")))
            .pace(PaceModel.COMPOUND).build();
    static final Target T_ATRISK = Target.builder("jx-2023-invest").indicators("invest").scope(JX).period("2023")
            .requirement("5000亿元以上").build();

    static final Outcome O_EI = Outcome.of("ei", JX, Period.parse("2022"), Figure.parse("1.03万亿元"),
            LocalDate.of(2023, 2, 1)).withSource(Source.of("002_957c925e5307aa20.txt"));
    static final Outcome O_MANUF = Outcome.of("manuf", JX, Period.parse("2022"), Figure.parse("9000亿元"),
            LocalDate.of(2023, 2, 1));
    static final Outcome O_VA_2022 = Outcome.of("va", JX, Period.parse("2022"), Figure.parse("1.08万亿元"),
            LocalDate.of(2023, 2, 1));
    static final Outcome O_VA_2023 = Outcome.of("va", JX, Period.parse("2023"), Figure.parse("1.15万亿元"),
            LocalDate.of(2024, 2, 1));
    static final Outcome O_GROWTH = Outcome.of("growth", JX, Period.parse("2022"), Figure.between(
            new BigDecimal("6.9"), new BigDecimal("7.2"), Unit.PERCENT), LocalDate.of(2023, 1, 20))
            .withStatus(OutcomeStatus.PRELIMINARY);
    static final Outcome O_INVEST_Q1 = Outcome.of("invest", JX, Period.parse("2023-01..2023-03"),
            Figure.parse("1100亿元"), LocalDate.of(2023, 4, 20));
    static final Outcome O_INVEST_H1 = Outcome.of("invest", JX, Period.parse("2023-01..2023-06"),
            Figure.parse("2300亿元"), LocalDate.of(2023, 7, 20));

    private Fixtures() {
    }

    private static Optional<Range<BigDecimal>> point(String v) {
        return Optional.of(Range.singleton(new BigDecimal(v)));
    }

    private static Optional<BigDecimal> dec(String v) {
        return Optional.of(new BigDecimal(v));
    }

    static Evaluation sum() {
        return Evaluation.of(T_SUM, ImmutableList.of(EI, EQUIP), Status.ACHIEVED, dec("700000000000"),
                Optional.of(Range.atLeast(new BigDecimal("1030000000000"))),
                Optional.of(Range.atLeast(new BigDecimal("1.471428571428571"))), Optional.empty(), point("0"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ImmutableList.of(O_EI),
                ImmutableList.of("Electronics industry revenue (ei) reported 1030000000000 CNY for 2022 (published "
                        + "2023-02-01, final), Equipment manufacturing revenue (equip) was not reported for 2022; "
                        + "counted as ≥ 0, the requirement > 700000000000 CNY is met; attainment ≥ 147.1%"),
                ImmutableList.of("电子信息产业营业收入（ei）2022年为1.03万亿元（2023-02-01发布，终值），"
                        + "装备制造产业营业收入（equip）2022年未报告，按≥0计，要求突破7000亿元，已完成；完成度≥147.1%"));
    }

    static Evaluation missed() {
        return Evaluation.of(T_MISSED, ImmutableList.of(MANUF), Status.MISSED, dec("1000000000000"),
                point("900000000000"), point("0.9"), Optional.empty(), point("100000000000"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), ImmutableList.of(O_MANUF),
                ImmutableList.of("Manufacturing value added (manuf) reported 900000000000 CNY for 2022 (published "
                        + "2023-02-01, final), the requirement ≥ 1000000000000 CNY is not met; attainment 90.0%",
                        "gap 100000000000 CNY"),
                ImmutableList.of("制造业增加值（manuf）2022年为9000亿元（2023-02-01发布，终值），"
                        + "要求1万亿元以上，未完成；完成度90.0%", "缺口1000亿元"));
    }

    static Evaluation indeterminate() {
        return Evaluation.of(T_GROWTH, ImmutableList.of(GROWTH), Status.INDETERMINATE, dec("7"),
                Optional.of(Range.closed(new BigDecimal("6.9"), new BigDecimal("7.2"))), Optional.empty(),
                Optional.of(Range.closed(new BigDecimal("-0.1"), new BigDecimal("0.2"))),
                Optional.of(Range.closed(BigDecimal.ZERO, new BigDecimal("0.1"))), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), ImmutableList.of(O_GROWTH),
                ImmutableList.of("Growth of industrial value added (growth) reported [6.9, 7.2]% for 2022 "
                        + "(published 2023-01-20, preliminary), which straddles the requirement ≥ 7%"),
                ImmutableList.of("规模以上工业增加值增速（growth）2022年为6.9%至7.2%（2023-01-20发布，初值），"
                        + "跨越要求7%以上的界限"));
    }

    static Evaluation noData() {
        return Evaluation.of(T_NODATA, ImmutableList.of(HITECH), Status.NO_DATA, dec("500"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), ImmutableList.of(),
                ImmutableList.of("nothing had been published by 2023-08-01 for New high-tech enterprises (hitech) in "
                        + "region=江西省 for 2022 or part of it"),
                ImmutableList.of("截至2023-08-01尚无新增高新技术企业数（hitech）在江西省2022年（或其中部分时期）的数据"));
    }

    static Evaluation onTrack() {
        Pace pace = new Pace(PaceModel.COMPOUND, false, LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31),
                LocalDate.of(2025, 12, 31), new BigDecimal("0.25"), new BigDecimal("0.2259"),
                new BigDecimal("1067789777000"), point("1.178"), point("1.18"), point("73333333333.33333"),
                point("0.06374"));
        Projection projection = new Projection(LocalDate.of(2025, 12, 31), 2,
                new Projection.Estimate(Range.singleton(new BigDecimal("1320000000000")), Projection.Meets.YES),
                Optional.of(new Projection.Estimate(Range.singleton(new BigDecimal("1360488960000")),
                        Projection.Meets.YES)));
        return Evaluation.of(T_ONTRACK, ImmutableList.of(VA), Status.ON_TRACK, dec("1300000000000"),
                point("1080000000000"), point("0.8307692307692308"), Optional.empty(), point("220000000000"),
                point("0.2666666666666667"), Optional.of(pace), Optional.of(projection), Optional.empty(),
                ImmutableList.of(O_VA_2022),
                ImmutableList.of("Industrial value added (va) reported 1080000000000 CNY for 2022, pace ratio 117.8% "
                        + "of the compound path (≥ 100%: on track)", "projected 1320000000000 CNY by 2025 (linear)"),
                ImmutableList.of("全部工业增加值（va）2022年为1.08万亿元，按复合增长路径进度比117.8%（≥100%：进度正常）",
                        "按线性趋势预计2025年达到1.32万亿元"));
    }

    static Evaluation atRisk() {
        Pace pace = new Pace(PaceModel.LINEAR, false, LocalDate.of(2022, 12, 31), LocalDate.of(2023, 6, 30),
                LocalDate.of(2023, 12, 31), new BigDecimal("0.5"), new BigDecimal("0.5"),
                new BigDecimal("250000000000"), point("0.92"), Optional.empty(), point("540000000000"),
                Optional.empty());
        Projection projection = new Projection(LocalDate.of(2023, 12, 31), 2,
                new Projection.Estimate(Range.singleton(new BigDecimal("460000000000")), Projection.Meets.NO),
                Optional.empty());
        return Evaluation.of(T_ATRISK, ImmutableList.of(INVEST), Status.AT_RISK, dec("500000000000"),
                point("230000000000"), point("0.46"), Optional.empty(), point("270000000000"), point("0.46"),
                Optional.of(pace), Optional.of(projection), Optional.empty(), ImmutableList.of(O_INVEST_H1),
                ImmutableList.of("Industrial investment (invest) reported 230000000000 CNY for 2023-01..2023-06, "
                        + "pace ratio 92.0% of the linear path (≥ 90% and < 100%: at risk)"),
                ImmutableList.of("工业投资（invest）2023年1—6月为2300亿元，按线性路径进度比92.0%（≥90%且<100%：略有滞后）"));
    }

    /** The fixed scorecard: six targets, shortfalls first. */
    static Scorecard scorecard() {
        return Scorecard.of(AS_OF, List.of(sum(), missed(), indeterminate(), noData(), onTrack(), atRisk()));
    }

    /** The dataset behind the scorecard, for the trajectories' history. */
    static Dataset dataset() {
        return Dataset.of(List.of(EI, EQUIP, VA, MANUF, GROWTH, HITECH, INVEST),
                List.of(T_SUM, T_MISSED, T_GROWTH, T_NODATA, T_ONTRACK, T_ATRISK),
                List.of(O_EI, O_MANUF, O_VA_2022, O_VA_2023, O_GROWTH, O_INVEST_Q1, O_INVEST_H1));
    }

    /** An evaluation whose indicator name, target id, source quote and reason are hostile. */
    static Evaluation hostile() {
        Indicator evil = Indicator.builder("evil", "<script>alert(1)</script>", Unit.CNY)
                .nameEn("<script>alert(1)</script>").build();
        Target t = Target.builder("t-\"><svg onload=alert(2)>").indicators("evil").scope(JX).period("2022")
                .requirement("100亿元").baseline(Baseline.of(Period.parse("2021"), Figure.parse("50亿元")))
                .source(Source.of("doc.txt", LocalDate.of(2022, 1, 1), "\"><img src=x onerror=alert(1)>")
                        .withAddress("javascript:alert(3)"))
                .build();
        Outcome o = Outcome.of("evil", JX, Period.parse("2022"), Figure.parse("80亿元"), LocalDate.of(2023, 1, 1))
                .withSource(Source.of("<iframe src=//evil.example>", LocalDate.of(2023, 1, 1),
                        "</title><script>alert(4)</script>"));
        return Evaluation.of(t, ImmutableList.of(evil), Status.MISSED, dec("10000000000"), point("8000000000"),
                point("0.8"), Optional.empty(), point("2000000000"), point("0.6"), Optional.empty(), Optional.empty(),
                Optional.empty(), ImmutableList.of(o),
                ImmutableList.of("<b onmouseover=alert(5)>reported</b> & \u001b[31mred\u001b[0m '\u202Eevil"));
    }
}
