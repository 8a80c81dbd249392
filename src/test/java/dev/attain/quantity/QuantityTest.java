package dev.attain.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link Quantity}. */
class QuantityTest {

    private static final Unit JIA = Unit.count("家");

    @Test
    void of_keepsTheExactValue_inCanonicalForm() {
        Quantity q = Quantity.of(new BigDecimal("1.03E+12"), Unit.CNY);

        assertThat(q.value()).isEqualTo(new BigDecimal("1030000000000"));
        assertThat(q.value().scale()).isZero();
        assertThat(Quantity.of("7.10", Unit.PERCENT).value()).isEqualTo(new BigDecimal("7.1"));
        assertThat(q.unit()).isEqualTo(Unit.CNY);
    }

    @Test
    void of_null_throwsNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> Quantity.of((BigDecimal) null, Unit.CNY)).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> Quantity.of(BigDecimal.ONE, null)).withMessage("unit");
    }

    @Test
    void of_badString_throwsNumberFormatException() {
        assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> Quantity.of("1.03万亿", Unit.CNY));
    }

    @Test
    void zero_isZeroInTheUnit() {
        assertThat(Quantity.zero(JIA)).isEqualTo(Quantity.of("0.00", JIA));
        assertThat(Quantity.zero(JIA).signum()).isZero();
    }

    @Test
    void plusAndMinus_areExact() {
        Quantity a = Quantity.of("1030000000000", Unit.CNY);
        Quantity b = Quantity.of("0.01", Unit.CNY);

        assertThat(a.plus(b)).isEqualTo(Quantity.of("1030000000000.01", Unit.CNY));
        assertThat(a.minus(a)).isEqualTo(Quantity.zero(Unit.CNY));
        assertThat(b.minus(a)).isEqualTo(Quantity.of("-1029999999999.99", Unit.CNY));
        assertThat(a).as("unaffected").isEqualTo(Quantity.of("1030000000000", Unit.CNY));
    }

    @Test
    void negatedAndMultipliedBy_areExact() {
        Quantity q = Quantity.of("18.5", Unit.PERCENT);

        assertThat(q.negated()).isEqualTo(Quantity.of("-18.5", Unit.PERCENT));
        assertThat(q.multipliedBy(new BigDecimal("0.1"))).isEqualTo(Quantity.of("1.85", Unit.PERCENT));
        assertThat(q.negated().signum()).isEqualTo(-1);
    }

    @Test
    void compareTo_comparesValues_ignoringScale() {
        Quantity seven = Quantity.of("7", Unit.PERCENT);
        Quantity sevenPointOne = Quantity.of("7.10", Unit.PERCENT);

        assertThat(seven.compareTo(sevenPointOne)).isNegative();
        assertThat(sevenPointOne.compareTo(Quantity.of("7.1", Unit.PERCENT))).isZero();
        assertThat(sevenPointOne.isGreaterThan(seven)).isTrue();
        assertThat(seven.isLessThan(sevenPointOne)).isTrue();
        assertThat(seven.isGreaterThan(seven)).isFalse();
    }

    @Test
    void operationsOnDifferentUnits_throwUnitMismatchException_namingBothUnits() {
        Quantity yuan = Quantity.of("100", Unit.CNY);
        Quantity dollars = Quantity.of("100", Unit.USD);
        Quantity enterprises = Quantity.of("100", JIA);

        assertThatExceptionOfType(UnitMismatchException.class).isThrownBy(() -> yuan.plus(dollars))
                .withMessage("units do not match: 'CNY' (MONEY) and 'USD' (MONEY)")
                .satisfies(e -> {
                    assertThat(e.first()).isEqualTo(Unit.CNY);
                    assertThat(e.second()).isEqualTo(Unit.USD);
                })
                .isInstanceOf(IllegalArgumentException.class);
        assertThatExceptionOfType(UnitMismatchException.class).isThrownBy(() -> yuan.minus(enterprises))
                .withMessageContaining("'CNY'").withMessageContaining("'家' (COUNT)");
        assertThatExceptionOfType(UnitMismatchException.class).isThrownBy(() -> enterprises.compareTo(yuan))
                .withMessageContaining("'家'").withMessageContaining("'CNY'");
        assertThatExceptionOfType(UnitMismatchException.class).isThrownBy(() -> yuan.isGreaterThan(dollars));
        assertThatExceptionOfType(UnitMismatchException.class).isThrownBy(() -> yuan.isLessThan(dollars));
    }

    @Test
    void equalsAndHashCode_comparesValueNumericallyAndUnit() {
        new EqualsTester()
                .addEqualityGroup(Quantity.of("1030000000000", Unit.CNY), Quantity.of("1.03E+12", Unit.CNY),
                        Quantity.of("1030000000000.000", Unit.CNY))
                .addEqualityGroup(Quantity.of("1030000000000", Unit.USD))
                .addEqualityGroup(Quantity.of("7.1", Unit.PERCENT), Quantity.of("7.10", Unit.PERCENT))
                .addEqualityGroup(Quantity.of("7.1", Unit.PERCENTAGE_POINTS))
                .addEqualityGroup(Quantity.zero(JIA), Quantity.of("0.0", JIA))
                .testEquals();
    }

    @Test
    void toString_givesCodeAndPlainValue() {
        assertThat(Quantity.of("1.03E+12", Unit.CNY)).hasToString("CNY 1030000000000");
        assertThat(Quantity.of("4579", JIA)).hasToString("家 4579");
        assertThat(Quantity.of("12", Unit.NONE)).hasToString("12");
    }
}
