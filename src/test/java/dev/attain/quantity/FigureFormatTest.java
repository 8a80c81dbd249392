package dev.attain.quantity;

import static dev.attain.quantity.Qualifier.ABOUT;
import static dev.attain.quantity.Qualifier.AT_LEAST;
import static dev.attain.quantity.Qualifier.AT_MOST;
import static dev.attain.quantity.Qualifier.EXACT;
import static dev.attain.quantity.Qualifier.LESS_THAN;
import static dev.attain.quantity.Qualifier.MORE_THAN;
import static dev.attain.quantity.Qualifier.NEARLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link FigureFormat}: golden texts in both languages, and seeded round trips through the parser. */
class FigureFormatTest {

    private static Figure of(Qualifier qualifier, String value, Unit unit) {
        return Figure.of(qualifier, new BigDecimal(value), unit);
    }

    private static Figure between(String low, String high, Unit unit) {
        return Figure.between(new BigDecimal(low), new BigDecimal(high), unit);
    }

    static Stream<Arguments> goldens() {
        Unit jia = Unit.count("家");
        Unit ge = Unit.count("个");
        Unit ton = Unit.physical("吨");
        return Stream.of(
                // money: 万亿 from 10^12, 亿 from 10^8, 万 from 10^4; trillion, billion, million
                arguments(of(EXACT, "700000000000", Unit.CNY), "7000亿元", "CNY 700 billion"),
                arguments(of(EXACT, "1030000000000", Unit.CNY), "1.03万亿元", "CNY 1.03 trillion"),
                arguments(of(EXACT, "1000000000000", Unit.CNY), "1万亿元", "CNY 1 trillion"),
                arguments(of(EXACT, "98200000000", Unit.CNY), "982亿元", "CNY 98.2 billion"),
                arguments(of(EXACT, "100000000", Unit.CNY), "1亿元", "CNY 100 million"),
                arguments(of(EXACT, "99999999", Unit.CNY), "9999.9999万元", "CNY 99.999999 million"),
                arguments(of(EXACT, "4000000", Unit.CNY), "400万元", "CNY 4 million"),
                arguments(of(EXACT, "446000", Unit.CNY), "44.6万元", "CNY 446,000"),
                arguments(of(EXACT, "9999", Unit.CNY), "9999元", "CNY 9,999"),
                arguments(of(EXACT, "0.5", Unit.CNY), "0.5元", "CNY 0.5"),
                arguments(of(EXACT, "0", Unit.CNY), "0元", "CNY 0"),
                arguments(of(EXACT, "-500000000", Unit.CNY), "-5亿元", "CNY -500 million"),
                arguments(of(EXACT, "123456789012", Unit.CNY), "1234.56789012亿元", "CNY 123.456789012 billion"),
                arguments(of(EXACT, "70914000000", Unit.USD), "709.14亿美元", "USD 70.914 billion"),
                arguments(of(EXACT, "500000000", Unit.money("EUR")), "5亿欧元", "EUR 500 million"),
                arguments(of(EXACT, "70000000000", Unit.money("CHF")), "700亿 CHF", "CHF 70 billion"),
                // counts, physical quantities, plain numbers: a magnitude only when round
                arguments(of(EXACT, "4579", jia), "4579家", "4,579 家"),
                arguments(of(EXACT, "50000", jia), "5万家", "50,000 家"),
                arguments(of(EXACT, "15000", jia), "1.5万家", "15,000 家"),
                arguments(of(EXACT, "45790", jia), "45790家", "45,790 家"),
                arguments(of(EXACT, "10000", ge), "1万个", "10,000 个"),
                arguments(of(EXACT, "100000000", Unit.count("人")), "1亿人", "100 million 人"),
                arguments(of(EXACT, "100000", ton), "10万吨", "100,000 tonnes"),
                arguments(of(EXACT, "1200000", ton), "120万吨", "1.2 million tonnes"),
                arguments(of(EXACT, "8800000000000", Unit.physical("千瓦时")), "8.8万亿千瓦时", "8.8 trillion kWh"),
                arguments(of(EXACT, "3000", Unit.physical("亩")), "3000亩", "3,000 mu"),
                arguments(of(EXACT, "20", Unit.physical("公斤")), "20公斤", "20 公斤"),
                arguments(of(EXACT, "1030000000000", Unit.NONE), "1.03万亿", "1.03 trillion"),
                arguments(of(EXACT, "1141", Unit.NONE), "1141", "1,141"),
                // percent, percentage points, ranks
                arguments(of(EXACT, "18.5", Unit.PERCENT), "18.5%", "18.5%"),
                arguments(of(EXACT, "-3", Unit.PERCENT), "-3%", "-3%"),
                arguments(of(EXACT, "6", Unit.PERCENTAGE_POINTS), "6个百分点", "6 percentage points"),
                arguments(of(EXACT, "1", Unit.PERCENTAGE_POINTS), "1个百分点", "1 percentage point"),
                arguments(of(EXACT, "13", Unit.RANK), "第13位", "13th"),
                arguments(of(EXACT, "1", Unit.RANK), "第1位", "1st"),
                arguments(of(EXACT, "2", Unit.RANK), "第2位", "2nd"),
                arguments(of(EXACT, "3", Unit.RANK), "第3位", "3rd"),
                arguments(of(EXACT, "11", Unit.RANK), "第11位", "11th"),
                arguments(of(EXACT, "112", Unit.RANK), "第112位", "112th"),
                arguments(of(EXACT, "121", Unit.RANK), "第121位", "121st"),
                // qualifiers
                arguments(of(MORE_THAN, "700000000000", Unit.CNY), "突破7000亿元", "more than CNY 700 billion"),
                arguments(of(MORE_THAN, "50", Unit.PERCENT), "超过50%", "more than 50%"),
                arguments(of(AT_LEAST, "100000000000", Unit.CNY), "1000亿元以上", "at least CNY 100 billion"),
                arguments(of(AT_LEAST, "3000", ge), "3000个以上", "at least 3,000 个"),
                arguments(of(AT_MOST, "3", Unit.PERCENT), "不超过3%", "no more than 3%"),
                arguments(of(LESS_THAN, "10000000000", Unit.CNY), "不到100亿元", "less than CNY 10 billion"),
                arguments(of(ABOUT, "200000000000", Unit.CNY), "约2000亿元", "about CNY 200 billion"),
                arguments(of(NEARLY, "100000000000", Unit.CNY), "近1000亿元", "nearly CNY 100 billion"),
                arguments(of(MORE_THAN, "-3", Unit.PERCENT), "超过-3%", "more than -3%"),
                // ranges
                arguments(between("2", "3", ge), "2-3个", "2-3 个"),
                arguments(between("50000000000", "60000000000", Unit.CNY), "500-600亿元", "CNY 50-60 billion"),
                arguments(between("50000000", "100000000", Unit.CNY), "5000万元至1亿元", "CNY 50-100 million"),
                arguments(between("500", "1000000000", Unit.CNY), "500元至10亿元", "between CNY 500 and CNY 1 billion"),
                arguments(between("15000", "20000", jia), "1.5-2万家", "15,000-20,000 家"),
                arguments(between("2", "3", Unit.PERCENT), "2-3%", "2-3%"),
                arguments(between("-3", "-2", Unit.PERCENT), "-3%至-2%", "between -3% and -2%"),
                arguments(between("1", "2", Unit.PERCENTAGE_POINTS), "1-2个百分点", "1-2 percentage points"),
                arguments(between("5000", "15000", Unit.NONE), "5000-15000", "5,000-15,000"),
                arguments(between("10000", "20000", Unit.NONE), "1-2万", "10,000-20,000"),
                // ranks with qualifiers
                arguments(of(AT_MOST, "200", Unit.RANK), "前200", "top 200"),
                arguments(between("3", "5", Unit.RANK), "第3-5位", "3rd to 5th"),
                arguments(of(AT_LEAST, "13", Unit.RANK), "第13位及以后", "13th or lower"),
                arguments(of(MORE_THAN, "13", Unit.RANK), "第13位以后", "lower than 13th"),
                arguments(of(LESS_THAN, "13", Unit.RANK), "第13位以前", "higher than 13th"),
                arguments(of(ABOUT, "13", Unit.RANK), "第13位左右", "about 13th"),
                arguments(of(NEARLY, "13", Unit.RANK), "近第13位", "nearly 13th"));
    }

    @ParameterizedTest(name = "{1} | {2}")
    @MethodSource("goldens")
    void format_writesFigure_asDocumentsDo(Figure figure, String chinese, String english) {
        assertThat(FigureFormat.chinese().format(figure)).isEqualTo(chinese);
        assertThat(FigureFormat.english().format(figure)).isEqualTo(english);
    }

    @ParameterizedTest(name = "{1} | {2}")
    @MethodSource("goldens")
    void format_goldenTexts_readBackAsTheSameFigure(Figure figure, String chinese, String english) {
        assertThat(Figure.parse(chinese)).isEqualTo(figure);
        assertThat(Figure.parse(english)).isEqualTo(figure);
    }

    @Test
    void format_quantity_writesTheExactValue() {
        assertThat(FigureFormat.chinese().format(Quantity.of("1030000000000", Unit.CNY))).isEqualTo("1.03万亿元");
        assertThat(FigureFormat.english().format(Quantity.of("1030000000000", Unit.CNY)))
                .isEqualTo("CNY 1.03 trillion");
        assertThat(FigureFormat.chinese().format(Quantity.of("13", Unit.RANK))).isEqualTo("第13位");
        assertThat(FigureFormat.english().format(Quantity.of("13", Unit.RANK))).isEqualTo("13th");
        assertThat(FigureFormat.english().format(Quantity.of("4579", Unit.count("家")))).isEqualTo("4,579 家");
    }

    // ---- for reading (issue 15, point 9): one rounding rule, English unit words ----------------

    private static final FigureFormat ZH = FigureFormat.chinese().forReading();
    private static final FigureFormat EN = FigureFormat.english().forReading();

    @Test
    void forReading_roundsToFourSignificantDigits_atTheMagnitudeWritten() {
        // 1067789972372.441 元 is 1.067789972372441万亿: four significant digits, 1.068万亿
        Quantity q = Quantity.of("1067789972372.441", Unit.CNY);
        assertThat(ZH.format(q)).isEqualTo("1.068万亿元");
        assertThat(EN.format(q)).isEqualTo("CNY 1.068 trillion");
        // 70914000000 USD is 709.14亿 or 70.914 billion: 709.1亿美元, USD 70.91 billion
        assertThat(ZH.format(Quantity.of("70914000000", Unit.USD))).isEqualTo("709.1亿美元");
        assertThat(EN.format(Quantity.of("70914000000", Unit.USD))).isEqualTo("USD 70.91 billion");
        // 6.775123% → 6.775%; 0.0123456% → 0.01235%
        assertThat(ZH.format(Quantity.of("6.775123", Unit.PERCENT))).isEqualTo("6.775%");
        assertThat(EN.format(Quantity.of("0.0123456", Unit.PERCENT))).isEqualTo("0.01235%");
        // the exact formats are unchanged
        assertThat(FigureFormat.chinese().format(q)).isEqualTo("1.067789972372441万亿元");
    }

    @Test
    void forReading_neverDropsADigitOfTheWholePart() {
        // 20842 has five whole digits: kept, not 20840
        assertThat(ZH.format(Quantity.of("20842", Unit.count("个")))).isEqualTo("20842个");
        assertThat(EN.format(Quantity.of("20842", Unit.count("个")))).isEqualTo("20,842");
        // 9523.8095 家 → 9524家 (four whole digits, the fraction rounded away)
        assertThat(ZH.format(Quantity.of("9523.8095", Unit.count("家")))).isEqualTo("9524家");
        // CNY 123456.7: 12.35万元 in Chinese (at 万); in English below a million, CNY 123,457
        assertThat(ZH.format(Quantity.of("123456.7", Unit.CNY))).isEqualTo("12.35万元");
        assertThat(EN.format(Quantity.of("123456.7", Unit.CNY))).isEqualTo("CNY 123,457");
        assertThat(FigureFormat.forReading(new BigDecimal("99999.5"), java.math.RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("100000");
    }

    @Test
    void forReading_roundsTheEndsOfAnIntervalOutwards() {
        Quantity q = Quantity.of("1067789972372.441", Unit.CNY);
        assertThat(ZH.format(q, java.math.RoundingMode.FLOOR)).isEqualTo("1.067万亿元");
        assertThat(ZH.format(q, java.math.RoundingMode.CEILING)).isEqualTo("1.068万亿元");
        assertThat(FigureFormat.forReading(new BigDecimal("1.0671"), java.math.RoundingMode.CEILING))
                .isEqualByComparingTo("1.068");
    }

    @Test
    void forReading_englishUnitWords_insteadOfMeasureWords() {
        assertThat(EN.format(Quantity.of("1000", Unit.count("家")))).isEqualTo("1,000 firms");
        assertThat(EN.format(Quantity.of("1", Unit.count("家")))).isEqualTo("1 firm");
        assertThat(EN.format(Quantity.of("950000", Unit.physical("吨标准煤")))).isEqualTo("950,000 t of standard coal");
        assertThat(EN.format(Quantity.of("1200000", Unit.physical("吨")))).isEqualTo("1.2 million t");
        assertThat(EN.format(Figure.parse("2-3家"))).isEqualTo("2-3 firms");
        assertThat(EN.format(Figure.parse("1万个以上"))).isEqualTo("at least 10,000");
        // Chinese keeps its measure words
        assertThat(ZH.format(Quantity.of("1000", Unit.count("家")))).isEqualTo("1000家");
        // the exact English format keeps the measure word, which the parser reads back
        assertThat(FigureFormat.english().format(Quantity.of("1000", Unit.count("家")))).isEqualTo("1,000 家");
    }

    @Test
    void forReading_figuresAsWrittenKeepTheirDigits() {
        assertThat(ZH.format(Figure.parse("709.14亿美元"))).isEqualTo("709.14亿美元");
        assertThat(EN.format(Figure.parse("突破1.0345万亿元"))).isEqualTo("more than CNY 1.0345 trillion");
        assertThat(ZH).hasToString("FigureFormat[zh, for reading]");
        assertThat(FigureFormat.english().forReading()).isSameAs(EN).isNotSameAs(FigureFormat.english());
    }

    @Test
    void figureToString_isTheChineseFormat() {
        Figure figure = Figure.parse("more than CNY 700 billion");

        assertThat(figure).hasToString("突破7000亿元");
    }

    @Test
    void forLocale_choosesChineseForChineseLocales_andEnglishOtherwise() {
        assertThat(FigureFormat.forLocale(Locale.CHINA)).isSameAs(FigureFormat.chinese());
        assertThat(FigureFormat.forLocale(Locale.TAIWAN)).isSameAs(FigureFormat.chinese());
        assertThat(FigureFormat.forLocale(Locale.UK)).isSameAs(FigureFormat.english());
        assertThat(FigureFormat.forLocale(Locale.GERMANY)).isSameAs(FigureFormat.english());
        assertThat(FigureFormat.chinese()).hasToString("FigureFormat[zh]");
        assertThat(FigureFormat.english()).hasToString("FigureFormat[en]");
    }

    @Test
    void format_null_throwsNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> FigureFormat.chinese().format((Figure) null))
                .withMessage("figure");
        assertThatNullPointerException().isThrownBy(() -> FigureFormat.english().format((Quantity) null))
                .withMessage("quantity");
        assertThatNullPointerException().isThrownBy(() -> FigureFormat.forLocale(null)).withMessage("locale");
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void format_thenParse_givesTheSameFigure_inBothLanguages(long seed) {
        RandomFigures figures = new RandomFigures(seed);
        for (int i = 0; i < 500; i++) {
            Figure figure = figures.next();
            for (FigureFormat format : new FigureFormat[] {FigureFormat.chinese(), FigureFormat.english()}) {
                String text = format.format(figure);
                Figure read;
                try {
                    read = Figure.parse(text);
                } catch (FigureParseException e) {
                    throw new AssertionError("seed " + seed + ", figure " + i + " (" + figure.qualifier() + " "
                            + figure.range() + " " + figure.unit() + "): " + format + " wrote '" + text
                            + "', which does not parse: " + e.getMessage(), e);
                }
                assertThat(read).as("seed %d, figure %d: %s wrote '%s'", seed, i, format, text).isEqualTo(figure);
            }
            Quantity quantity = figure.nominalQuantity();
            assertThat(Figure.parse(FigureFormat.english().format(quantity)))
                    .as("seed %d, figure %d: quantity %s", seed, i, quantity).isEqualTo(Figure.exact(quantity));
        }
    }
}
