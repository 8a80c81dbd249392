package dev.attain.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.testing.EqualsTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Unit}. */
class UnitTest {

    static Stream<Arguments> codes() {
        return Stream.of(
                arguments("CNY", Unit.CNY, Dimension.MONEY),
                arguments("USD", Unit.USD, Dimension.MONEY),
                arguments("EUR", Unit.money("EUR"), Dimension.MONEY),
                arguments("%", Unit.PERCENT, Dimension.PERCENT),
                arguments("pp", Unit.PERCENTAGE_POINTS, Dimension.PERCENTAGE_POINTS),
                arguments("rank", Unit.RANK, Dimension.RANK),
                arguments("", Unit.NONE, Dimension.NUMBER),
                arguments("家", Unit.count("家"), Dimension.COUNT),
                arguments("个", Unit.count("个"), Dimension.COUNT),
                arguments("吨", Unit.physical("吨"), Dimension.PHYSICAL),
                arguments("千瓦时", Unit.physical("千瓦时"), Dimension.PHYSICAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void of_code_givesTheUnit_andToStringGivesTheCodeBack(String code, Unit unit, Dimension dimension) {
        assertThat(Unit.of(code)).isEqualTo(unit);
        assertThat(Unit.of(code).dimension()).isEqualTo(dimension);
        assertThat(unit.code()).isEqualTo(code);
        assertThat(Unit.of(unit.toString())).isEqualTo(unit);
    }

    @Test
    void money_isCaseInsensitive_andReturnsTheConstantsForCnyAndUsd() {
        assertThat(Unit.money("cny")).isSameAs(Unit.CNY);
        assertThat(Unit.money("usd")).isSameAs(Unit.USD);
        assertThat(Unit.money("eur").code()).isEqualTo("EUR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CN", "CNYY", "元", "C1Y"})
    void money_notThreeLetters_throwsIllegalArgumentException(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.money(code)).withMessageContaining("ISO 4217");
    }

    @Test
    void count_blankOrPhysical_throwsIllegalArgumentException() {
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.count(" ")).withMessageContaining("blank");
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.count("吨")).withMessageContaining("physical");
    }

    @Test
    void physical_unknownWord_throwsIllegalArgumentException() {
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.physical("担")).withMessageContaining("'担'");
    }

    @Test
    void of_unknownCode_throwsIllegalArgumentException() {
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.of("kilo")).withMessageContaining("'kilo'");
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.of("场次")).withMessageContaining("'场次'")
                .withMessageContaining("家");
    }

    @Test
    void of_yuanWord_pointsToTheCurrencyCode() {
        for (String code : new String[] {"元", "亿元", "万元"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> Unit.of(code))
                    .withMessageContaining("'" + code + "'").withMessageContaining("'CNY' for 元");
        }
    }

    @Test
    void factories_null_throwNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> Unit.of(null)).withMessage("code");
        assertThatNullPointerException().isThrownBy(() -> Unit.money(null)).withMessage("currency");
        assertThatNullPointerException().isThrownBy(() -> Unit.count(null)).withMessage("measureWord");
        assertThatNullPointerException().isThrownBy(() -> Unit.physical(null)).withMessage("word");
    }

    @Test
    void isSameDimension_comparesDimensions() {
        assertThat(Unit.CNY.isSameDimension(Unit.USD)).isTrue();
        assertThat(Unit.count("家").isSameDimension(Unit.count("个"))).isTrue();
        assertThat(Unit.CNY.isSameDimension(Unit.count("家"))).isFalse();
        assertThat(Unit.PERCENT.isSameDimension(Unit.PERCENTAGE_POINTS)).isFalse();
    }

    @Test
    void isRatioScale_onlyForAmounts() {
        assertThat(Unit.CNY.isRatioScale()).isTrue();
        assertThat(Unit.count("家").isRatioScale()).isTrue();
        assertThat(Unit.physical("吨").isRatioScale()).isTrue();
        assertThat(Unit.NONE.isRatioScale()).isTrue();
        assertThat(Unit.PERCENT.isRatioScale()).isFalse();
        assertThat(Unit.PERCENTAGE_POINTS.isRatioScale()).isFalse();
        assertThat(Unit.RANK.isRatioScale()).isFalse();
    }

    @Test
    void equalsAndHashCode_followDimensionAndCode() {
        new EqualsTester()
                .addEqualityGroup(Unit.CNY, Unit.money("CNY"), Unit.of("CNY"))
                .addEqualityGroup(Unit.USD, Unit.money("usd"))
                .addEqualityGroup(Unit.count("家"), Unit.count("家"), Unit.of("家"))
                .addEqualityGroup(Unit.count("个"))
                .addEqualityGroup(Unit.physical("吨"), Unit.of("吨"))
                .addEqualityGroup(Unit.PERCENT, Unit.of("%"))
                .addEqualityGroup(Unit.PERCENTAGE_POINTS)
                .addEqualityGroup(Unit.RANK)
                .addEqualityGroup(Unit.NONE)
                .testEquals();
    }

    @Test
    void everyKnownWord_isReadByTheParser() {
        for (String word : Unit.PHYSICAL_WORDS) {
            assertThat(Figure.parse("5" + word).unit()).as(word).isEqualTo(Unit.physical(word));
        }
        for (String word : Unit.COUNT_WORDS) {
            assertThat(Figure.parse("5" + word).unit()).as(word).isEqualTo(Unit.count(word));
            assertThat(Unit.of(word)).as(word).isEqualTo(Unit.count(word));
        }
        assertThat(Figure.parse("5万人").nominalQuantity()).isEqualTo(Quantity.of("50000", Unit.count("人")));
    }
}
