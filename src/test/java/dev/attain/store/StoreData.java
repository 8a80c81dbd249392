package dev.attain.store;

import dev.attain.model.Baseline;
import dev.attain.model.Commitment;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Polarity;
import dev.attain.model.Quota;
import dev.attain.model.Scope;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Tolerance;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Datasets for the store's tests. */
final class StoreData {

    private StoreData() {
    }

    /** A dataset that uses every field of the format, and every default left out. */
    static Dataset everything() {
        Map<String, String> scope = new LinkedHashMap<>();
        scope.put("region", "江西省");
        scope.put("sector", "电子信息");
        Scope jiangxi = Scope.of("region", "江西省");
        List<Indicator> indicators = List.of(
                Indicator.builder("ei", "电子信息产业营业收入", Unit.CNY).nameEn("Electronics industry revenue")
                        .tags("2+6+N", "电子信息").build(),
                Indicator.builder("equip", "装备制造产业营业收入", Unit.CNY).build(),
                Indicator.builder("firms", "规上企业数", Unit.of("家")).measure(Measure.LEVEL).build(),
                Indicator.builder("energy", "单位GDP能耗下降", Unit.PERCENT).measure(Measure.RATE)
                        .polarity(Polarity.LOWER_IS_BETTER).build(),
                Indicator.builder("profit", "利润总额", Unit.CNY).nonNegative(false).build(),
                Indicator.builder("rank", "全国排名", Unit.RANK).measure(Measure.RANK)
                        .polarity(Polarity.LOWER_IS_BETTER).build(),
                Indicator.builder("share", "数字经济占GDP比重", Unit.PERCENT).measure(Measure.SHARE).build(),
                Indicator.builder("bare", "指数", Unit.NONE).measure(Measure.LEVEL).build());
        List<Target> targets = List.of(
                Target.builder("jx-2022-ei-equip").indicators("ei", "equip").scope(jiangxi).period("2022")
                        .requirement("突破7000亿元").commitment(Commitment.STRETCH)
                        .source(Source.of("001_a4206e351c277bd7.txt", LocalDate.of(2022, 1, 18),
                                "力争电子信息和装备工业突破7000亿元").withAddress("https://example.org/plan"))
                        .build(),
                Target.builder("jx-2025-ei").indicators("ei").scope(Scope.of(scope)).period("2021..2025")
                        .requirement("达到1.3万亿元").floor(Figure.parse("1.2万亿元")).stretch(Figure.parse("突破1.5万亿元"))
                        .baseline(Baseline.of(Period.parse("2020"), Figure.parse("约8000亿元")))
                        .commitment(Commitment.BINDING).pace(PaceModel.COMPOUND).weight(new BigDecimal("2.5"))
                        .tags(List.of("十四五", "产业")).build(),
                Target.builder("jx-2022-firms").indicators("firms").period("2022-Q3").requirement("1000家以上")
                        .schedule(List.of(new Quota(Period.parse("2022-07"), new BigDecimal("30")),
                                new Quota(Period.parse("2022-08"), new BigDecimal("33.30")),
                                new Quota(Period.parse("2022-09"), new BigDecimal("36.7"))))
                        .build(),
                Target.builder("energy-2022").indicators("energy").period("2022").requirement("不超过3%").build(),
                Target.builder("rank-2022").indicators("rank").period("2022-01..2022-06").requirement("前10").build(),
                Target.builder("bare-2022").indicators("bare").period("2022-H2").requirement("2-3").build());
        List<Outcome> outcomes = List.of(
                new Outcome("ei", jiangxi, Period.parse("2022"), Figure.parse("1.03万亿元"), LocalDate.of(2023, 2, 1),
                        OutcomeStatus.FINAL, Optional.of(Source.of("002_957c925e5307aa20.txt"))),
                new Outcome("ei", jiangxi, Period.parse("2022-01..2022-06"), Figure.parse("近5000亿元"),
                        LocalDate.of(2022, 7, 20), OutcomeStatus.PRELIMINARY, Optional.empty()),
                new Outcome("equip", jiangxi, Period.parse("2022"), Figure.parse("1500亿美元"), LocalDate.of(2023, 3, 1),
                        OutcomeStatus.REVISED, Optional.empty()),
                Outcome.of("firms", Scope.of(scope), Period.parse("2022-Q3"), Figure.parse("1141家"),
                        LocalDate.of(2022, 10, 15)),
                Outcome.of("energy", Scope.EMPTY, Period.parse("2022"), Figure.parse("下降2.9%"), LocalDate.of(2023, 1, 30)),
                Outcome.of("profit", Scope.EMPTY, Period.parse("2022"), Figure.parse("-12亿元"), LocalDate.of(2023, 1, 30)),
                Outcome.of("rank", Scope.EMPTY, Period.parse("2022-01..2022-06"), Figure.parse("第13位"),
                        LocalDate.of(2022, 8, 1)),
                Outcome.of("share", Scope.EMPTY, Period.parse("2022"), Figure.parse("43.9%"), LocalDate.of(2023, 2, 1)));
        List<Outcome> more = new ArrayList<>(outcomes);
        // figures no phrase gives back: a tolerance of one third of a percent, 40 decimals, negative bands
        Tolerance odd = Tolerance.of("0.003333", "0.125");
        more.add(new Outcome("profit", Scope.of(scope), Period.parse("2022-05"),
                Figure.of(Qualifier.ABOUT, new BigDecimal("-123456789.0123456789012345678901234567890123456789"), Unit.CNY, odd),
                LocalDate.of(2022, 6, 30), OutcomeStatus.PRELIMINARY,
                Optional.of(new Source("bulletin.pdf", Optional.of(LocalDate.of(2022, 6, 29)), Optional.of("约-1.2亿元"),
                        Optional.of("https://example.org/b")).withSpan(3, 9))));
        more.add(new Outcome("profit", Scope.of(scope), Period.parse("2022-05"),
                Figure.of(Qualifier.NEARLY, new BigDecimal("0.000000000000000000000000000001"), Unit.CNY, odd),
                LocalDate.of(2022, 7, 30), OutcomeStatus.REVISED,
                Optional.of(new Source("bulletin.pdf", Optional.of(LocalDate.of(2022, 6, 29)), Optional.empty(),
                        Optional.empty()))));
        more.add(Outcome.of("bare", Scope.EMPTY, Period.parse("2022-H2"),
                Figure.between(new BigDecimal("-2.5"), new BigDecimal("1E+40"), Unit.NONE), LocalDate.of(2023, 1, 2)));
        more.add(Outcome.of("bare", Scope.EMPTY, Period.parse("2022-H2"),
                Figure.of(Qualifier.LESS_THAN, new BigDecimal("3"), Unit.NONE), LocalDate.of(2023, 1, 3)));
        // characters PostgreSQL's COPY text format escapes
        more.add(Outcome.of("bare", Scope.of("note", "a\\b\tc\nd\re \\N"), Period.parse("2022-H2"),
                Figure.parse("3"), LocalDate.of(2023, 1, 4)));
        return Dataset.of(indicators, targets, more).withTitle("江西省 · every field");
    }

    /**
     * A plan of one indicator ("rev", CNY, scope region=r) and one target for 2024 with no
     * outcomes: the base for appends.
     */
    static Dataset plan() {
        return Dataset.of(List.of(Indicator.builder("rev", "营业收入", Unit.CNY).build()),
                List.of(Target.builder("rev-2024").indicators("rev").scope(Scope.of("region", "r")).period("2024")
                        .requirement("突破1000亿元").build()),
                List.of());
    }

    /** An outcome of "rev" for region=r, a month of 2024. */
    static Outcome rev(int month, String value, LocalDate published, OutcomeStatus status) {
        return new Outcome("rev", Scope.of("region", "r"), Period.ofMonth(YearMonth.of(2024, month)),
                Figure.parse(value), published, status, Optional.empty());
    }

    /** {@link #plan()} with n outcomes of "rev", each its own region, period and value. */
    static Dataset large(int n) {
        List<Outcome> outcomes = new ArrayList<>(n);
        Source src = Source.of("generated.csv");
        for (int i = 0; i < n; i++) {
            outcomes.add(new Outcome("rev", Scope.of("region", "r" + (i % 1000)),
                    Period.ofMonth(YearMonth.of(2000 + (i / 1000) % 50, 1 + i % 12)),
                    Figure.exact(dev.attain.quantity.Quantity.of(BigDecimal.valueOf(i, 2), Unit.CNY)),
                    LocalDate.of(2024, 1, 1).plusDays(i % 365), OutcomeStatus.FINAL, Optional.of(src)));
        }
        Dataset p = plan();
        return Dataset.of(p.indicators(), p.targets(), outcomes);
    }
}
