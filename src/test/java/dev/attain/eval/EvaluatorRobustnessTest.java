package dev.attain.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import dev.attain.model.Baseline;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Quota;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import dev.attain.quantity.Unit;
import dev.attain.model.Polarity;
import dev.attain.model.Measure;
import java.math.RoundingMode;

/**
 * Every formula has a defined answer at its edges: random targets and outcomes, with zeros,
 * negatives, open bounds, bands, tiers, every pace model and measure, never throw, and every
 * evaluation has a status and a reason.
 */
class EvaluatorRobustnessTest {

    private static final Qualifier[] QUALIFIERS = Qualifier.values();
    private static final String[] NUMBERS = {"0", "1", "-5", "100", "0.5", "1E+12", "7.1", "-0.2"};

    private static Figure figure(Random r, Indicator ind) {
        BigDecimal n = new BigDecimal(NUMBERS[r.nextInt(NUMBERS.length)]);
        Qualifier q = QUALIFIERS[r.nextInt(QUALIFIERS.length)];
        if (q == Qualifier.BETWEEN) {
            return Figure.between(n, n.add(BigDecimal.TEN), ind.unit());
        }
        return Figure.of(q, n, ind.unit());
    }

    private static final long SEED = 20240501;
    private static final MathContext FORTY_DIGITS = new MathContext(40);
    private static final BigDecimal[] COMPOUND_MULTIPLES = {
        BigDecimal.valueOf(3), BigDecimal.valueOf(1_000_000), BigDecimal.ONE.movePointRight(80)};
    private static final List<LocalDate> DATES =
            List.of(LocalDate.of(2022, 7, 1), LocalDate.of(2023, 6, 1), LocalDate.of(2026, 6, 1));

    @Test
    void test_randomTargets_neverThrow_andAlwaysExplain() {
        Dataset dataset = randomDataset(SEED);
        Evaluator.Prepared prepared = Evaluator.defaults().prepare(dataset);
        Evaluator.Prepared eurostat = Evaluator.of(Thresholds.EUROSTAT).prepare(dataset);
        for (LocalDate asOf : DATES) {
            for (Scorecard card : List.of(prepared.evaluate(asOf), eurostat.evaluate(asOf))) {
                assertThat(card.evaluations()).hasSize(dataset.targets().size()).allSatisfy(e -> {
                    assertThat(e.reasons()).isNotEmpty();
                    assertThat(e.actual().isPresent())
                            .isEqualTo(e.status() != Status.NO_DATA && e.status() != Status.NOT_COMPARABLE);
                });
                card.byTag();
                card.byScope("k");
                card.total();
            }
        }
    }

    /**
     * The evaluator judges first and works out measures and explanations when asked: whichever
     * part is asked for first, every evaluation answers exactly as one worked out whole at once
     * (with the pace ratio basis and with Eurostat's growth-ratio basis).
     */
    @Test
    void test_partsWorkedOutOnDemand_equalEverythingWorkedOutAtOnce() {
        Dataset dataset = randomDataset(SEED);
        ImmutableMap<String, Indicator> byId = dataset.indicatorsById();
        History history = History.of(dataset.outcomes());
        for (Evaluator evaluator : List.of(Evaluator.defaults(), Evaluator.of(Thresholds.EUROSTAT))) {
            Evaluator.Prepared prepared = evaluator.prepare(dataset);
            for (LocalDate asOf : DATES) {
                Setting setting = new Setting(asOf, evaluator.thresholds(),
                        evaluator.exchangeRates());
                List<Evaluation> measuredFirst = byTarget(prepared.evaluate(asOf));
                List<Evaluation> explainedFirst = byTarget(prepared.evaluate(asOf));
                for (int i = 0; i < dataset.targets().size(); i++) {
                    Evaluation whole = Fixtures.explained(TargetIndex.of(dataset.targets().get(i), byId, history), setting);
                    Evaluation a = measuredFirst.get(i);
                    Evaluation b = explainedFirst.get(i);
                    String what = "target " + whole.target().id() + " as of " + asOf + " by " + evaluator;
                    assertThat(a.gap()).as(what).isEqualTo(whole.gap());
                    assertThat(b.reasons()).as(what).isEqualTo(whole.reasons());
                    for (Evaluation e : List.of(a, b)) {
                        assertThat(e.status()).as(what).isEqualTo(whole.status());
                        assertThat(e.attainment()).as(what).isEqualTo(whole.attainment());
                        assertThat(e.difference()).as(what).isEqualTo(whole.difference());
                        assertThat(e.gap()).as(what).isEqualTo(whole.gap());
                        assertThat(e.progress()).as(what).isEqualTo(whole.progress());
                        assertThat(e.pace()).as(what).isEqualTo(whole.pace());
                        assertThat(e.projection()).as(what).isEqualTo(whole.projection());
                        assertThat(e.reasons(Locale.CHINESE)).as(what).isEqualTo(whole.reasons(Locale.CHINESE));
                        assertThat(e).as(what).isEqualTo(whole).hasSameHashCodeAs(whole);
                        assertThat(e.explanation()).as(what).isEqualTo(whole.explanation())
                                .hasSameHashCodeAs(whole.explanation());
                    }
                }
            }
        }
    }

    private static List<Evaluation> byTarget(Scorecard card) {
        List<Evaluation> list = new ArrayList<>(card.evaluations());
        list.sort(Comparator.comparingInt(e -> Integer.parseInt(e.target().id().substring(1))));
        return list;
    }

    /** 3,000 random targets on the fixture's indicators, with outcomes, from a seed. */
    private static Dataset randomDataset(long seed) {
        Random r = new Random(seed);
        List<Indicator> inds = Fixtures.ALL;
        List<Period> periods = List.of(Period.ofYear(2022), Period.ofYears(2021, 2025), Period.ofHalf(2022, 1),
                Period.ofMonths(YearMonth.of(2022, 1), YearMonth.of(2022, 6)), Period.ofYear(2023), Period.ofYear(2021),
                Period.ofQuarter(2022, 3), Period.ofMonth(YearMonth.of(2022, 5)));
        List<Target> targets = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Indicator ind = inds.get(r.nextInt(inds.size()));
            Scope scope = Scope.of("k", "v" + i);
            Target.Builder t = Target.builder("t" + i).indicators(ind.id()).scope(scope)
                    .period(r.nextBoolean() ? Period.ofYear(2022) : Period.ofYears(2022, 2025))
                    .requirement(figure(r, ind));
            if (r.nextInt(4) == 0) {
                Indicator other = inds.get(r.nextInt(inds.size()));
                if (!other.id().equals(ind.id()) && other.unit().isSameDimension(ind.unit())) {
                    t = Target.builder("t" + i).indicators(ind.id(), other.id()).scope(scope).period("2022")
                            .requirement(figure(r, ind));
                }
            }
            if (r.nextInt(3) == 0) {
                t.baseline(Baseline.of(Period.ofYear(2021), figure(r, ind)));
            }
            if (r.nextInt(4) == 0) {
                t.floor(figure(r, ind)).stretch(figure(r, ind));
            }
            int pace = r.nextInt(3);
            if (pace == 1) {
                t.pace(PaceModel.COMPOUND);
            } else if (pace == 2) {
                t.schedule(List.of(new Quota(Period.ofHalf(2022, 1), new BigDecimal("40")),
                        new Quota(Period.ofHalf(2022, 2), new BigDecimal("60"))));
            }
            targets.add(t.build());
            for (int k = r.nextInt(4); k > 0; k--) {
                outcomes.add(new Outcome(ind.id(), scope, periods.get(r.nextInt(periods.size())), figure(r, ind),
                        LocalDate.of(2021 + r.nextInt(5), 1 + r.nextInt(12), 1),
                        OutcomeStatus.values()[r.nextInt(3)], Optional.empty()));
            }
        }
        return Fixtures.dataset(targets, outcomes);
    }

    /**
     * A judging run settles most running paces in doubles and falls back to the exact
     * quotients near a threshold: on paces placed exactly on, and a few hundredths of a yuan
     * either side of, the 100% and 90% bounds (cumulative figures within the year, ceilings on
     * them, five-year linear and compound-growth paths from a baseline), every judged status equals the one the
     * exact, explaining run gives.
     */
    @ParameterizedTest
    @ValueSource(longs = {7L, 20261123L})
    void test_judgedPace_equalsExactPace_onAndNearTheBounds(long seed) {
        Random r = new Random(seed);
        Indicator sales = Indicator.builder("sales", "销售额", Unit.CNY).measure(Measure.FLOW).build();
        Indicator costs = Indicator.builder("costs", "成本", Unit.CNY).measure(Measure.FLOW)
                .polarity(Polarity.LOWER_IS_BETTER).build();
        Indicator level = Indicator.builder("level", "产值", Unit.CNY).measure(Measure.LEVEL).build();
        List<Target> targets = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        String[] factors = {"1", "0.9", "0.95", "1.2", "0.5"};
        for (int i = 0; i < 600; i++) {
            Scope scope = Scope.of("k", "v" + i);
            BigDecimal required = BigDecimal.valueOf(1_000_000L + (long) (r.nextDouble() * 1e15), 2);
            BigDecimal factor = new BigDecimal(factors[r.nextInt(factors.length)]);
            BigDecimal nudge = BigDecimal.valueOf(r.nextInt(7) - 3, 2); // −0.03 … +0.03 yuan
            int kind = r.nextInt(4);
            if (kind < 2) {
                // 1—m月 of 2023 against a 2023 requirement: expected share m/12
                int m = 2 + r.nextInt(10);
                Indicator ind = kind == 0 ? sales : costs;
                BigDecimal expected = required.multiply(BigDecimal.valueOf(m)).multiply(factor)
                        .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_EVEN);
                targets.add(Target.builder("t" + i).indicators(ind.id()).scope(scope).period("2023")
                        .requirement(Figure.of(kind == 0 ? Qualifier.AT_LEAST : Qualifier.AT_MOST, required, Unit.CNY))
                        .build());
                outcomes.add(Outcome.of(ind.id(), scope, Period.ofMonths(YearMonth.of(2023, 1), YearMonth.of(2023, m)),
                        Figure.of(Qualifier.EXACT, expected.add(nudge).max(BigDecimal.ONE), Unit.CNY),
                        LocalDate.of(2023, 12, 20)));
            } else {
                // a 2025 level from a 2021 baseline, judged on 2022: expected 12/48 of the way on a
                // linear path, start × (required ÷ start)^(1/4) on a compound one (40 digits here)
                boolean compound = kind == 3;
                // a compound path: required 3, a million or 10^80 times the start, over four or five years
                // (a share of 12/48 or the inexact 12/60), the value a few parts in 10^15 either side
                int years = compound && r.nextBoolean() ? 5 : 4;
                BigDecimal start = compound
                        ? required.divide(COMPOUND_MULTIPLES[r.nextInt(COMPOUND_MULTIPLES.length)], FORTY_DIGITS)
                        : required.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
                BigDecimal made = compound
                        ? start.multiply(DecimalMath.pow(required.divide(start, FORTY_DIGITS), 1, years, FORTY_DIGITS))
                                .subtract(start)
                        : required.subtract(start).divide(BigDecimal.valueOf(4));
                BigDecimal value = compound
                        ? start.add(made.multiply(factor)).multiply(BigDecimal.ONE.add(nudge.movePointLeft(13)))
                                .round(new MathContext(25))
                        : start.add(made.multiply(factor)).setScale(2, RoundingMode.HALF_EVEN).add(nudge);
                targets.add(Target.builder("t" + i).indicators(level.id()).scope(scope)
                        .period(Period.ofYears(2022, 2021 + years))
                        .requirement(Figure.of(Qualifier.EXACT, required, Unit.CNY))
                        .baseline(Baseline.of(Period.ofYear(2021), Figure.of(Qualifier.EXACT, start, Unit.CNY)))
                        .pace(compound ? PaceModel.COMPOUND : PaceModel.LINEAR).build());
                outcomes.add(Outcome.of(level.id(), scope, Period.ofYear(2022),
                        Figure.of(Qualifier.EXACT, value, Unit.CNY), LocalDate.of(2023, 2, 1)));
            }
        }
        Dataset dataset = Dataset.of(List.of(sales, costs, level), targets, outcomes);
        ImmutableMap<String, Indicator> byId = dataset.indicatorsById();
        History history = History.of(dataset.outcomes());
        LocalDate asOf = LocalDate.of(2023, 12, 31);
        for (Evaluator evaluator : List.of(Evaluator.defaults(), Evaluator.of(Thresholds.TRAFFIC_LIGHT),
                Evaluator.of(Thresholds.DEFAULT.withInclusive(false, false)))) {
            Setting setting = new Setting(asOf, evaluator.thresholds(), evaluator.exchangeRates());
            List<Evaluation> judged = byTarget(evaluator.prepare(dataset).evaluate(asOf));
            for (int i = 0; i < targets.size(); i++) {
                TargetIndex plan = TargetIndex.of(targets.get(i), byId, history);
                Evaluation whole = Fixtures.explained(plan, setting);
                assertThat(judged.get(i).status()).as("seed %d, target %s by %s: %s", seed, targets.get(i).id(),
                        evaluator, whole.reasons()).isEqualTo(Fixtures.exactStatus(plan, setting));
            }
        }
    }

    /**
     * Near the ends of the double range a double's rounding error is no longer relative, so a
     * judging run must not settle paces there in doubles: a compound path whose required ÷ start
     * underflows, a linear path of subnormal values, and a seeded mix of magnitudes from
     * 10^−400 to 10^400 on both paths are judged as the exact, explaining run judges them.
     */
    @ParameterizedTest
    @ValueSource(longs = {11L, 20261123L})
    void test_judgedPace_equalsExactPace_atExtremeMagnitudes(long seed) {
        Random r = new Random(seed);
        Indicator level = Indicator.builder("level", "产值", Unit.CNY).measure(Measure.LEVEL).build();
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"1E10", "7E-314", "450320006.409335732963503821402", "COMPOUND"});
        cases.add(new String[] {"1E-310", "3E-310", "1.0075E-310", "LINEAR"});
        for (int i = 0; i < 200; i++) {
            int k = r.nextInt(801) - 400;
            BigDecimal start = BigDecimal.valueOf(1 + (long) (r.nextDouble() * 9e15), 15 - k);
            BigDecimal ref = BigDecimal.valueOf(1 + (long) (r.nextDouble() * 9e15), 15 - k - r.nextInt(41) + 20);
            BigDecimal actual = start.add(ref.subtract(start).multiply(BigDecimal.valueOf(r.nextInt(9), 3)));
            cases.add(new String[] {start.toString(), ref.toString(), actual.toString(),
                    i % 2 == 0 ? "COMPOUND" : "LINEAR"});
        }
        List<Target> targets = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String[] c = cases.get(i);
            Scope scope = Scope.of("k", "v" + i);
            targets.add(Target.builder("t" + i).indicators(level.id()).scope(scope).period(Period.ofYears(2022, 2041))
                    .requirement(Figure.of(Qualifier.EXACT, new BigDecimal(c[1]), Unit.CNY))
                    .baseline(Baseline.of(Period.ofYear(2021), Figure.of(Qualifier.EXACT, new BigDecimal(c[0]), Unit.CNY)))
                    .pace(PaceModel.valueOf(c[3])).build());
            outcomes.add(Outcome.of(level.id(), scope, Period.ofMonth(YearMonth.of(2022, 1)),
                    Figure.of(Qualifier.EXACT, new BigDecimal(c[2]), Unit.CNY), LocalDate.of(2022, 3, 1)));
        }
        Dataset dataset = Dataset.of(List.of(level), targets, outcomes);
        LocalDate asOf = LocalDate.of(2022, 6, 30);
        Evaluator evaluator = Evaluator.defaults();
        List<Evaluation> judged = byTarget(evaluator.prepare(dataset).evaluate(asOf));
        Setting setting = new Setting(asOf, evaluator.thresholds(), evaluator.exchangeRates());
        for (int i = 0; i < targets.size(); i++) {
            TargetIndex plan = TargetIndex.of(targets.get(i), dataset.indicatorsById(), History.of(dataset.outcomes()));
            Evaluation whole = Fixtures.explained(plan, setting);
            assertThat(judged.get(i).status()).as("seed %d, start %s, required %s, reported %s, %s: %s", seed,
                    cases.get(i)[0], cases.get(i)[1], cases.get(i)[2], cases.get(i)[3], whole.reasons())
                    .isEqualTo(Fixtures.exactStatus(plan, setting));
        }
    }
}
