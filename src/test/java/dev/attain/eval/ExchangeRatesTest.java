package dev.attain.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rates between units of one dimension. */
class ExchangeRatesTest {

    private static final ExchangeRates USD_CNY = ExchangeRates.of(Unit.USD, Unit.CNY, new BigDecimal("7.2"));

    @Test
    void test_rate_sameUnit_direct_inverse_unknown() {
        assertThat(ExchangeRates.none().rate(Unit.CNY, Unit.CNY)).contains(BigDecimal.ONE);
        assertThat(USD_CNY.rate(Unit.USD, Unit.CNY)).contains(new BigDecimal("7.2"));
        // 1 ÷ 7.2 = 0.13888…, 16 digits
        assertThat(USD_CNY.rate(Unit.CNY, Unit.USD)).hasValueSatisfying(
                r -> assertThat(r).isEqualByComparingTo("0.1388888888888889"));
        assertThat(USD_CNY.rate(Unit.money("EUR"), Unit.CNY)).isEmpty();
        assertThat(ExchangeRates.none().rate(Unit.USD, Unit.CNY)).isEmpty();
    }

    @Test
    void test_convert_scalesTheInterval() {
        assertThat(USD_CNY.convert(Range.greaterThan(new BigDecimal("100")), Unit.USD, Unit.CNY))
                .contains(Range.greaterThan(new BigDecimal("720.0")));
        assertThat(ExchangeRates.none().convert(Range.atLeast(BigDecimal.ONE), Unit.USD, Unit.CNY)).isEmpty();
    }

    @Test
    void test_with_rejectsBadRates() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRates.of(Unit.USD, Unit.USD, BigDecimal.ONE));
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRates.of(Unit.USD, Unit.count("家"), BigDecimal.ONE))
                .withMessageContaining("cannot be converted");
        assertThatIllegalArgumentException().isThrownBy(() -> ExchangeRates.of(Unit.USD, Unit.CNY, BigDecimal.ZERO))
                .withMessageContaining("must be > 0");
    }

    @Test
    void test_equals_and_hashCode() {
        new EqualsTester()
                .addEqualityGroup(USD_CNY, ExchangeRates.of(Unit.USD, Unit.CNY, new BigDecimal("7.2")))
                .addEqualityGroup(ExchangeRates.none())
                .addEqualityGroup(ExchangeRates.of(Unit.USD, Unit.CNY, new BigDecimal("7")))
                .testEquals();
    }
}
