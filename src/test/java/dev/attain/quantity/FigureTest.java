package dev.attain.quantity;

import static dev.attain.quantity.FigureParserTest.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Figure}: the factories and the range each qualifier gives. */
class FigureTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    static Stream<Arguments> rangesPerQualifier() {
        return Stream.of(
                arguments(Qualifier.EXACT, "100", "[100..100]", true, true),
                arguments(Qualifier.AT_LEAST, "100", "[100..+∞)", true, false),
                arguments(Qualifier.MORE_THAN, "100", "(100..+∞)", false, false),
                arguments(Qualifier.AT_MOST, "100", "(-∞..100]", false, true),
                arguments(Qualifier.LESS_THAN, "100", "(-∞..100)", false, false),
                arguments(Qualifier.ABOUT, "100", "[95..105]", true, true),
                arguments(Qualifier.NEARLY, "100", "[95..100)", true, false),
                arguments(Qualifier.ABOUT, "-100", "[-105..-95]", true, true),
                arguments(Qualifier.NEARLY, "-100", "[-105..-100)", true, false),
                arguments(Qualifier.ABOUT, "0", "[0..0]", true, true),
                arguments(Qualifier.NEARLY, "0", "[0..0]", true, true));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rangesPerQualifier")
    void of_givesTheRangeOfTheQualifier(Qualifier qualifier, String nominal, String range, boolean lowerInclusive,
            boolean upperInclusive) {
        Figure figure = Figure.of(qualifier, new BigDecimal(nominal), Unit.CNY);

        assertThat(figure.qualifier()).isEqualTo(qualifier);
        assertThat(figure.nominal()).isEqualTo(new BigDecimal(nominal));
        assertThat(render(figure.range())).isEqualTo(range);
        assertThat(figure.lowerInclusive()).as("lowerInclusive").isEqualTo(lowerInclusive);
        assertThat(figure.upperInclusive()).as("upperInclusive").isEqualTo(upperInclusive);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rangesPerQualifier")
    void hasEndBelowZero_saysWhatTheRangesEndsSay(Qualifier qualifier, String nominal) {
        BigDecimal written = new BigDecimal(nominal);
        for (BigDecimal n : new BigDecimal[] {written, written.negate(), new BigDecimal("0.5"), new BigDecimal("-0.5")}) {
            Figure figure = Figure.of(qualifier, n, Unit.CNY);
            var r = figure.range();
            boolean below = r.hasLowerBound() && r.lowerEndpoint().signum() < 0
                    || r.hasUpperBound() && r.upperEndpoint().signum() < 0;

            assertThat(figure.hasEndBelowZero()).as(qualifier + " " + n).isEqualTo(below);
        }
        assertThat(Figure.between(new BigDecimal("-2"), new BigDecimal("3"), Unit.CNY).hasEndBelowZero()).isTrue();
        assertThat(Figure.between(new BigDecimal("2"), new BigDecimal("3"), Unit.CNY).hasEndBelowZero()).isFalse();
        assertThat(Figure.parse("不到-3家").hasEndBelowZero()).isTrue();
        assertThat(Figure.parse("不到3家").hasEndBelowZero()).isFalse();
    }

    @Test
    void of_withTolerance_widensAboutAndNearly() {
        Tolerance tolerance = Tolerance.of("0.1", "0.2");

        assertThat(render(Figure.of(Qualifier.ABOUT, HUNDRED, Unit.CNY, tolerance).range())).isEqualTo("[90..110]");
        assertThat(render(Figure.of(Qualifier.NEARLY, HUNDRED, Unit.CNY, tolerance).range())).isEqualTo("[80..100)");
        assertThat(render(Figure.of(Qualifier.AT_LEAST, HUNDRED, Unit.CNY, tolerance).range()))
                .isEqualTo("[100..+∞)");
    }

    @Test
    void of_between_throwsIllegalArgumentException() {
        assertThatIllegalArgumentException().isThrownBy(() -> Figure.of(Qualifier.BETWEEN, HUNDRED, Unit.CNY))
                .withMessageContaining("Figure.between");
    }

    @Test
    void of_null_throwsNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> Figure.of(null, HUNDRED, Unit.CNY)).withMessage("qualifier");
        assertThatNullPointerException().isThrownBy(() -> Figure.of(Qualifier.EXACT, null, Unit.CNY))
                .withMessage("nominal");
        assertThatNullPointerException().isThrownBy(() -> Figure.of(Qualifier.EXACT, HUNDRED, null))
                .withMessage("unit");
        assertThatNullPointerException().isThrownBy(() -> Figure.of(Qualifier.EXACT, HUNDRED, Unit.CNY, null))
                .withMessage("tolerance");
        assertThatNullPointerException().isThrownBy(() -> Figure.exact(null)).withMessage("quantity");
    }

    @Test
    void exact_isTheQuantityItself() {
        Figure figure = Figure.exact(Quantity.of("1030000000000", Unit.CNY));

        assertThat(figure.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(figure.isExact()).isTrue();
        assertThat(figure.nominalQuantity()).isEqualTo(Quantity.of("1.03E+12", Unit.CNY));
        assertThat(figure.lowerBound()).contains(new BigDecimal("1030000000000"));
        assertThat(figure.upperBound()).contains(new BigDecimal("1030000000000"));
    }

    @Test
    void between_isClosedOnBothEnds_withTheLowerEndAsNominal() {
        Figure figure = Figure.between(new BigDecimal("2"), new BigDecimal("3.0"), Unit.count("个"));

        assertThat(figure.qualifier()).isEqualTo(Qualifier.BETWEEN);
        assertThat(figure.nominal()).isEqualTo(new BigDecimal("2"));
        assertThat(render(figure.range())).isEqualTo("[2..3]");
        assertThat(figure.lowerInclusive()).isTrue();
        assertThat(figure.upperInclusive()).isTrue();
        assertThat(figure.isExact()).isFalse();
        assertThat(Figure.between(BigDecimal.ONE, BigDecimal.ONE, Unit.NONE).isExact()).isTrue();
    }

    @Test
    void between_endBelowStart_throwsIllegalArgumentException() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Figure.between(new BigDecimal("3"), new BigDecimal("2"), Unit.NONE))
                .withMessage("range end (2) must not be less than its start (3)");
    }

    @Test
    void bounds_areEmpty_whereTheRangeIsOpenEnded() {
        Figure atLeast = Figure.of(Qualifier.AT_LEAST, HUNDRED, Unit.CNY);
        Figure lessThan = Figure.of(Qualifier.LESS_THAN, HUNDRED, Unit.CNY);

        assertThat(atLeast.upperBound()).isEqualTo(Optional.empty());
        assertThat(atLeast.upperInclusive()).isFalse();
        assertThat(lessThan.lowerBound()).isEqualTo(Optional.empty());
        assertThat(lessThan.lowerInclusive()).isFalse();
        assertThat(lessThan.upperBound()).contains(HUNDRED);
    }

    @Test
    void parse_isTheParser_andToStringWritesChinese() {
        Figure figure = Figure.parse("突破7000亿元");

        assertThat(figure).isEqualTo(Figure.of(Qualifier.MORE_THAN, new BigDecimal("7E+11"), Unit.CNY));
        assertThat(figure).hasToString("突破7000亿元");
        assertThat(Figure.parse(figure.toString())).isEqualTo(figure);
    }

    @Test
    void equalsAndHashCode_compareQualifierNominalUnitAndRange() {
        new EqualsTester()
                .addEqualityGroup(Figure.of(Qualifier.MORE_THAN, new BigDecimal("700000000000"), Unit.CNY),
                        Figure.of(Qualifier.MORE_THAN, new BigDecimal("7.000E+11"), Unit.CNY),
                        Figure.parse("突破7000亿元"), Figure.parse("more than CNY 700 billion"))
                .addEqualityGroup(Figure.of(Qualifier.AT_LEAST, new BigDecimal("700000000000"), Unit.CNY))
                .addEqualityGroup(Figure.of(Qualifier.MORE_THAN, new BigDecimal("700000000000"), Unit.USD))
                .addEqualityGroup(Figure.of(Qualifier.MORE_THAN, new BigDecimal("700000000001"), Unit.CNY))
                .addEqualityGroup(Figure.of(Qualifier.ABOUT, HUNDRED, Unit.CNY), Figure.parse("约100元"))
                .addEqualityGroup(Figure.of(Qualifier.ABOUT, HUNDRED, Unit.CNY, Tolerance.of("0.1", "0.05")))
                .addEqualityGroup(Figure.of(Qualifier.EXACT, HUNDRED, Unit.CNY),
                        Figure.exact(Quantity.of("100.00", Unit.CNY)))
                .addEqualityGroup(Figure.between(new BigDecimal("2"), new BigDecimal("3"), Unit.count("个")),
                        Figure.parse("2-3个"))
                .addEqualityGroup(Figure.between(new BigDecimal("2"), new BigDecimal("4"), Unit.count("个")))
                .testEquals();
    }
}
