package dev.attain.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Baseline;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bound a judging run settles paces by: for paces drawn to be hard on it (required 10^−100
 * to 10^100 times the start or within a millionth of it, shares of 1/240 to 12/24 that doubles
 * do not hold exactly, values a few parts in 10^15 from the 100% and 90% ratios or far from any),
 * the ratio in doubles lies within its bound of the ratio the exact, explaining run works out.
 */
class PaceEstimateTest {

    private static final Indicator LEVEL = Indicator.builder("level", "产值", Unit.CNY).measure(Measure.LEVEL).build();
    private static final MathContext FORTY_DIGITS = new MathContext(40);
    private static final MathContext TWENTY_FIVE_DIGITS = new MathContext(25);
    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
    private static final String[] RATIOS = {"1", "0.9", "1.2", "50", "1000", "-20"};

    @ParameterizedTest
    @ValueSource(longs = {3L, 20261123L})
    void test_doubleRatio_liesWithinItsBound_ofTheExactRatio(long seed) {
        Random r = new Random(seed);
        int estimated = 0;
        for (int i = 0; i < 1000; i++) {
            boolean compound = r.nextBoolean();
            int years = 2 + r.nextInt(19);
            boolean monthly = r.nextBoolean(); // one month of the path elapsed, or a year
            int elapsed = monthly ? 1 : 12;
            int months = 12 * years;
            BigDecimal start = BigDecimal.valueOf(1 + (long) (r.nextDouble() * 9e15), 15 - r.nextInt(40));
            BigDecimal multiple = r.nextInt(3) == 0
                    ? BigDecimal.ONE.add(BigDecimal.valueOf(r.nextInt(2_000_001) - 1_000_000, 12))
                    : BigDecimal.valueOf(1 + (long) (r.nextDouble() * 9e15), 15 + r.nextInt(201) - 100);
            BigDecimal required = start.multiply(multiple).round(TWENTY_FIVE_DIGITS);
            if (required.compareTo(start) == 0) {
                continue;
            }
            // the value expected by now on the path, times a ratio: near the 100% and 90% bounds, or far
            // from them, where the progress does not cancel and the expected progress's share of the bound shows
            BigDecimal share = BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(months), FORTY_DIGITS);
            BigDecimal expected = compound
                    ? start.multiply(DecimalMath.pow(required.divide(start, FORTY_DIGITS), elapsed, months, FORTY_DIGITS))
                    : start.add(required.subtract(start).multiply(share));
            BigDecimal ratio = new BigDecimal(RATIOS[r.nextInt(RATIOS.length)])
                    .add(BigDecimal.valueOf(r.nextInt(7) - 3, 15));
            BigDecimal actual = start.add(expected.subtract(start).multiply(ratio)).round(TWENTY_FIVE_DIGITS);
            if (actual.compareTo(start) == 0) {
                continue;
            }
            PaceEstimate estimate = PaceEstimate.of(actual, start, required, compound, false, elapsed, months);
            if (estimate == null) {
                continue;
            }
            estimated++;
            BigDecimal exact = exactRatio(start, required, actual, compound, years, monthly);
            double distance = Math.abs(estimate.ratio() - exact.doubleValue());
            assertThat(distance).as("seed %d, case %d: start %s, required %s, reported %s, %s, %d/%d months: "
                    + "doubles %s, exactly %s, bound %s", seed, i, start, required, actual,
                    compound ? "compound" : "linear", elapsed, months, estimate.ratio(), exact, estimate.error())
                    .isLessThanOrEqualTo(estimate.error() * Math.abs(exact.doubleValue()) * 1.001);
        }
        assertThat(estimated).as("paces estimated").isGreaterThan(500);
    }

    /** The pace ratio of an explaining run, for a path from a 2021 baseline over the given years. */
    private static BigDecimal exactRatio(BigDecimal start, BigDecimal required, BigDecimal actual, boolean compound,
            int years, boolean monthly) {
        Scope scope = Scope.of("k", "v");
        Target target = Target.builder("t").indicators(LEVEL.id()).scope(scope).period(Period.ofYears(2022, 2021 + years))
                // a requirement below the start asks for at most it: from a start that already met it, the
                // value would be judged by whether it still does, with no pace ratio (issue 15, point 6)
                .requirement(Figure.of(required.compareTo(start) < 0 ? Qualifier.AT_MOST : Qualifier.EXACT, required,
                        Unit.CNY))
                .baseline(Baseline.of(Period.ofYear(2021), Figure.of(Qualifier.EXACT, start, Unit.CNY)))
                .pace(compound ? PaceModel.COMPOUND : PaceModel.LINEAR).build();
        Outcome outcome = Outcome.of(LEVEL.id(), scope,
                monthly ? Period.ofMonth(YearMonth.of(2022, 1)) : Period.ofYear(2022),
                Figure.of(Qualifier.EXACT, actual, Unit.CNY), LocalDate.of(2023, 2, 1));
        Dataset dataset = Dataset.of(List.of(LEVEL), List.of(target), List.of(outcome));
        Evaluator evaluator = Evaluator.defaults();
        Setting setting = new Setting(AS_OF, evaluator.thresholds(), evaluator.exchangeRates());
        Evaluation whole = Fixtures.explained(TargetIndex.of(target, dataset.indicatorsById(), History.of(dataset.outcomes())), setting);
        return whole.pace().orElseThrow().ratio().orElseThrow().lowerEndpoint();
    }
}
