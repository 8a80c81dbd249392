package dev.attain.spark;

import com.google.common.collect.ImmutableMap;
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
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded random datasets of every kind the evaluator supports, for the equality tests: money
 * (flows, levels, lower-is-better costs, a second currency), counts, physical quantities, plain
 * numbers, growth rates that go negative, shares, percentage points, ranks; final figures,
 * 1—6月 cumulative ones, five-year paths from a baseline (linear and compound), schedules of
 * quotas, floor and stretch tiers, sums of two or three indicators with parts unreported,
 * requirements and outcomes in a currency without a rate, every qualifier on both sides,
 * preliminary figures revised later or the same day, figures published after the date, figures
 * for periods after the target's, and no figure at all. Scopes of one key, two keys and none;
 * some targets share an indicator and scope, so their outcomes meet in one history.
 */
final class RandomDatasets {

    /** The date the generated datasets are evaluated as of. */
    static final LocalDate AS_OF = LocalDate.of(2023, 8, 1);

    private static final Unit TONNE = Unit.physical("吨");
    private static final Unit FIRMS = Unit.count("家");

    private RandomDatasets() {
    }

    static List<Indicator> indicators() {
        List<Indicator> l = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            l.add(Indicator.builder("rev" + k, "营业收入" + k, Unit.CNY).nameEn("Revenue " + k).tags("revenue").build());
        }
        l.add(Indicator.builder("assets", "资产总额", Unit.CNY).measure(Measure.LEVEL).tags("balance").build());
        l.add(Indicator.builder("cost", "能源成本", Unit.CNY).polarity(Polarity.LOWER_IS_BETTER).build());
        l.add(Indicator.builder("exports", "出口额", Unit.USD).nameEn("Exports").tags("trade", "revenue").build());
        l.add(Indicator.builder("newfirms", "新增企业", FIRMS).measure(Measure.INCREMENT).build());
        l.add(Indicator.builder("firms", "规上企业数", FIRMS).measure(Measure.LEVEL).tags("firms").build());
        l.add(Indicator.builder("steel", "钢产量", TONNE).build());
        l.add(Indicator.builder("index", "景气指数", Unit.NONE).measure(Measure.LEVEL).build());
        l.add(Indicator.builder("growth", "增加值增速", Unit.PERCENT).measure(Measure.RATE).nameEn("Growth").build());
        l.add(Indicator.builder("energy", "单位GDP能耗降低", Unit.PERCENT).measure(Measure.RATE)
                .polarity(Polarity.LOWER_IS_BETTER).build());
        l.add(Indicator.builder("digital", "数字经济占比", Unit.PERCENT).measure(Measure.SHARE).tags("digital").build());
        l.add(Indicator.builder("urban", "城镇化率提高", Unit.PERCENTAGE_POINTS).measure(Measure.RATE).build());
        l.add(Indicator.builder("rank", "全国位次", Unit.RANK).measure(Measure.RANK).polarity(Polarity.LOWER_IS_BETTER)
                .build());
        return l;
    }

    /** Generates a dataset of n targets (and about 1.5 outcomes each) from a seed. */
    static Dataset generate(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Indicator> indicators = indicators();
        List<Target> targets = new ArrayList<>(n);
        List<Outcome> outcomes = new ArrayList<>(n * 2);
        for (int i = 0; i < n; i++) {
            Indicator ind = indicators.get(random.nextInt(indicators.size()));
            Scope scope = scope(random, Math.max(10, n / 25));
            String id = (i % 5 == 0 ? "目标-" : "t-") + i;
            int shape = random.nextInt(100);
            Target.Builder t = Target.builder(id).scope(scope);
            if (random.nextInt(4) == 0) {
                t.tags("g" + random.nextInt(5));
            }
            if (random.nextInt(5) == 0) {
                t.weight(new BigDecimal(random.nextBoolean() ? "2" : "0.5"));
            }
            if (random.nextInt(10) == 0) {
                t.commitment(Commitment.values()[random.nextInt(3)]);
            }
            if (random.nextInt(20) == 0) {
                t.source(new Source("plan-" + random.nextInt(9) + ".txt", Optional.of(LocalDate.of(2022, 1, 18)),
                        Optional.of("力争" + i), Optional.empty()));
            }
            BigDecimal req = magnitude(random, ind.unit());
            boolean ratio = ind.unit().isRatioScale() && ind.measure() != Measure.RATE && ind.measure() != Measure.SHARE
                    && ind.measure() != Measure.RANK;
            if (shape < 40 || !ratio) {
                // a final figure for 2022 (or a sum's parts)
                List<Indicator> parts = List.of(ind);
                if (shape < 8 && ind.id().startsWith("rev")) {
                    parts = random.nextBoolean() ? List.of(indicators.get(0), indicators.get(1))
                            : List.of(indicators.get(1), indicators.get(2), indicators.get(3));
                }
                t.indicators(parts.stream().map(Indicator::id).toList()).period("2022")
                        .requirement(requirement(random, req, ind));
                if (shape % 7 == 0 && ratio) {
                    t.floor(Figure.of(Qualifier.AT_LEAST, req.multiply(new BigDecimal("0.9")), ind.unit()));
                    t.stretch(Figure.of(Qualifier.MORE_THAN, req.multiply(new BigDecimal("1.1")), ind.unit()));
                }
                for (Indicator part : parts) {
                    if (random.nextInt(10) < 8) {
                        finalFigures(random, outcomes, part, scope, Period.ofYear(2022), req);
                    }
                }
                if (random.nextInt(10) == 0) {
                    outcomes.add(Outcome.of(ind.id(), scope, Period.ofYear(2023), reported(random, req, ind),
                            LocalDate.of(2023, 2, 1)));
                }
            } else if (shape < 55) {
                // the running year: a cumulative 1—6月 figure (a level: a quarter's)
                t.indicators(ind.id()).period("2023").requirement(requirement(random, req, ind));
                Period p = ind.measure() == Measure.LEVEL ? Period.parse("2023-Q2") : Period.parse("2023-01..2023-06");
                BigDecimal part = ind.measure() == Measure.LEVEL ? req : req.multiply(new BigDecimal("0.5"));
                if (random.nextInt(10) < 9) {
                    outcomes.add(Outcome.of(ind.id(), scope, p, reported(random, part, ind), LocalDate.of(2023, 7, 20)));
                }
            } else if (shape < 75) {
                // a five-year path from a baseline
                boolean years = random.nextBoolean();
                BigDecimal start = req.multiply(BigDecimal.valueOf(60 + random.nextInt(30))).movePointLeft(2);
                t.indicators(ind.id()).period(years ? "2021..2025" : "2025")
                        .requirement(Figure.of(random.nextBoolean() ? Qualifier.EXACT : Qualifier.AT_LEAST, req,
                                ind.unit()))
                        .baseline(Baseline.of(Period.ofYear(years ? 2020 : 2021),
                                Figure.of(Qualifier.EXACT, start, ind.unit())))
                        .pace(random.nextBoolean() ? PaceModel.LINEAR : PaceModel.COMPOUND);
                BigDecimal mid = start.multiply(BigDecimal.valueOf(95 + random.nextInt(25))).movePointLeft(2);
                if (random.nextInt(10) < 8) {
                    outcomes.add(Outcome.of(ind.id(), scope, Period.ofYear(2022), reported(random, mid, ind),
                            LocalDate.of(2023, 3, 1)));
                }
                if (random.nextInt(4) == 0) {
                    outcomes.add(Outcome.of(ind.id(), scope, Period.ofYear(2021), reported(random, start, ind),
                            LocalDate.of(2022, 3, 1)));
                }
            } else if (shape < 87) {
                // a schedule of quotas
                boolean halves = random.nextBoolean();
                List<Quota> quotas = halves
                        ? List.of(new Quota(Period.parse("2023-H1"), new BigDecimal("40")),
                                new Quota(Period.parse("2023-H2"), new BigDecimal("60")))
                        : List.of(new Quota(Period.parse("2023-Q1"), new BigDecimal("20")),
                                new Quota(Period.parse("2023-Q2"), new BigDecimal("25.5")),
                                new Quota(Period.parse("2023-Q3"), new BigDecimal("25")),
                                new Quota(Period.parse("2023-Q4"), new BigDecimal("29.5")));
                t.indicators(ind.id()).period("2023").requirement(requirement(random, req, ind))
                        .pace(PaceModel.SCHEDULE).schedule(quotas);
                BigDecimal half = req.multiply(BigDecimal.valueOf(30 + random.nextInt(25))).movePointLeft(2);
                if (random.nextInt(10) < 9) {
                    outcomes.add(Outcome.of(ind.id(), scope, halves ? Period.parse("2023-H1") : Period.parse("2023-01..2023-06"),
                            reported(random, half, ind), LocalDate.of(2023, 7, 15)));
                }
            } else if (shape < 93) {
                // a requirement in a currency without a rate
                if (ind.unit().dimension() == Unit.CNY.dimension()) {
                    t.indicators(ind.id()).period("2022").requirement(Figure.of(Qualifier.MORE_THAN, req,
                            ind.unit().equals(Unit.USD) ? Unit.CNY : Unit.USD));
                } else {
                    t.indicators(ind.id()).period("2022").requirement(requirement(random, req, ind));
                }
                finalFigures(random, outcomes, ind, scope, Period.ofYear(2022), req);
            } else {
                // nothing reported in time
                t.indicators(ind.id()).period("2022").requirement(requirement(random, req, ind));
                if (random.nextBoolean()) {
                    outcomes.add(Outcome.of(ind.id(), scope, Period.ofYear(2022), reported(random, req, ind),
                            LocalDate.of(2023, 9, 1)));
                }
            }
            targets.add(t.build());
        }
        return Dataset.of(indicators, targets, outcomes);
    }

    /** One to three publications of a period's figure: preliminary, final, revised; the same day or later. */
    private static void finalFigures(SplittableRandom random, List<Outcome> outcomes, Indicator ind, Scope scope,
            Period period, BigDecimal around) {
        int kind = random.nextInt(10);
        LocalDate first = LocalDate.of(2023, 1, 20 + random.nextInt(5));
        Outcome o = Outcome.of(ind.id(), scope, period, reported(random, around, ind), first);
        if (kind < 6) {
            outcomes.add(o);
        } else if (kind < 8) {
            outcomes.add(o.withStatus(OutcomeStatus.PRELIMINARY));
            outcomes.add(new Outcome(ind.id(), scope, period, reported(random, around, ind),
                    random.nextBoolean() ? first : first.plusMonths(2), OutcomeStatus.REVISED, Optional.empty()));
        } else if (kind < 9) {
            // the same day, the same status: the later row wins
            outcomes.add(o);
            outcomes.add(Outcome.of(ind.id(), scope, period, reported(random, around, ind), first));
        } else {
            Unit other = ind.unit().equals(Unit.CNY) ? Unit.USD : ind.unit();
            outcomes.add(Outcome.of(ind.id(), scope, period, Figure.of(Qualifier.EXACT, around, other), first));
        }
    }

    /** One of about 2 × regions scopes: most targets have an indicator and scope of their own, some share. */
    private static Scope scope(SplittableRandom random, int regions) {
        int s = random.nextInt(1000);
        if (s == 0) {
            return Scope.EMPTY;
        }
        String region = "省" + random.nextInt(regions);
        return s < 300 ? Scope.of(ImmutableMap.of("region", region, "city", "市" + random.nextInt(4)))
                : Scope.of("region", region);
    }

    private static BigDecimal magnitude(SplittableRandom random, Unit unit) {
        if (unit.equals(Unit.RANK)) {
            return BigDecimal.valueOf(1 + random.nextInt(30));
        }
        if (unit.equals(Unit.PERCENT) || unit.equals(Unit.PERCENTAGE_POINTS)) {
            return BigDecimal.valueOf(random.nextInt(200), 1);
        }
        if (unit.dimension() == Unit.CNY.dimension()) {
            return BigDecimal.valueOf(1 + random.nextInt(100_000), 0).multiply(BigDecimal.valueOf(10_000_000L))
                    .add(BigDecimal.valueOf(random.nextInt(100), 2));
        }
        return BigDecimal.valueOf(10 + random.nextInt(100_000));
    }

    private static Figure requirement(SplittableRandom random, BigDecimal n, Indicator ind) {
        Unit unit = ind.unit();
        int q = random.nextInt(14);
        if (unit.equals(Unit.RANK)) {
            return Figure.of(q < 7 ? Qualifier.AT_MOST : Qualifier.EXACT, n, unit);
        }
        if (q == 13) {
            return Figure.between(n, n.multiply(new BigDecimal("1.5")), unit);
        }
        Qualifier[] qs = {Qualifier.EXACT, Qualifier.EXACT, Qualifier.EXACT, Qualifier.MORE_THAN, Qualifier.MORE_THAN,
            Qualifier.AT_LEAST, Qualifier.AT_LEAST, Qualifier.ABOUT, Qualifier.AT_MOST, Qualifier.LESS_THAN,
            Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN};
        return Figure.of(qs[q], n, unit);
    }

    private static Figure reported(SplittableRandom random, BigDecimal around, Indicator ind) {
        Unit unit = ind.unit();
        if (unit.equals(Unit.RANK)) {
            return Figure.of(Qualifier.EXACT, BigDecimal.valueOf(Math.max(1, around.intValue() + random.nextInt(7) - 3)),
                    unit);
        }
        BigDecimal v = around.multiply(BigDecimal.valueOf(80 + random.nextInt(40))).movePointLeft(2);
        if (random.nextInt(20) == 0) {
            v = around; // exactly on the requirement
        } else if (random.nextInt(20) == 0) {
            v = around.multiply(new BigDecimal("0.9")); // exactly on the 90% bound
        }
        if (!ind.nonNegative() && random.nextInt(5) == 0) {
            v = v.negate();
        }
        int q = random.nextInt(12);
        if (q == 11) {
            return Figure.between(v, v.multiply(new BigDecimal("1.1")).abs().max(v), unit);
        }
        return Figure.of(q < 7 ? Qualifier.EXACT : q < 8 ? Qualifier.MORE_THAN : q < 9 ? Qualifier.AT_LEAST
                : q < 10 ? Qualifier.ABOUT : Qualifier.LESS_THAN, v, unit);
    }
}
