package dev.attain.quantity;

import static dev.attain.quantity.Qualifier.ABOUT;
import static dev.attain.quantity.Qualifier.AT_LEAST;
import static dev.attain.quantity.Qualifier.AT_MOST;
import static dev.attain.quantity.Qualifier.BETWEEN;
import static dev.attain.quantity.Qualifier.EXACT;
import static dev.attain.quantity.Qualifier.LESS_THAN;
import static dev.attain.quantity.Qualifier.MORE_THAN;
import static dev.attain.quantity.Qualifier.NEARLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Figure#parse} and {@link FigureParser}: phrases from the seed documents
 * ({@code ../shared/seeds}), from the National Bureau of Statistics' annual bulletins
 * (国民经济和社会发展统计公报), and every form of the grammar at least once.
 */
class FigureParserTest {

    /** Builds a row: phrase, qualifier, unit code, nominal, range in Guava's notation. */
    private static Arguments row(String phrase, Qualifier qualifier, String unit, String nominal, String range) {
        return arguments(phrase, qualifier, unit, nominal, range);
    }

    /** Builds a row for an exact figure, whose range is [n..n]. */
    private static Arguments exact(String phrase, String unit, String nominal) {
        return arguments(phrase, EXACT, unit, nominal, "[" + nominal + ".." + nominal + "]");
    }

    static Stream<Arguments> phrases() {
        return Stream.of(
                // 001: 江西：2022年力争电子信息和装备工业突破7000亿元
                row("突破7000亿元", MORE_THAN, "CNY", "700000000000", "(700000000000..+∞)"),
                row("5000亿元以上", AT_LEAST, "CNY", "500000000000", "[500000000000..+∞)"),
                row("1000家以上", AT_LEAST, "家", "1000", "[1000..+∞)"),
                row("100家以上", AT_LEAST, "家", "100", "[100..+∞)"),
                exact("109家", "家", "109"),
                row("5万家以上", AT_LEAST, "家", "50000", "[50000..+∞)"),
                row("1万个以上", AT_LEAST, "个", "10000", "[10000..+∞)"),
                row("2000个以上", AT_LEAST, "个", "2000", "[2000..+∞)"),
                exact("3000个", "个", "3000"),
                row("突破2000亿元", MORE_THAN, "CNY", "200000000000", "(200000000000..+∞)"),
                row("突破800亿元", MORE_THAN, "CNY", "80000000000", "(80000000000..+∞)"),
                exact("达13个", "个", "13"),
                // 002: 2022年江西工业十大新闻
                exact("达1.03万亿元", "CNY", "1030000000000"),
                exact("1.03万亿元", "CNY", "1030000000000"),
                exact("达1.09万亿元", "CNY", "1090000000000"),
                exact("达到1.3万亿元", "CNY", "1300000000000"),
                exact("增长7.1%", "%", "7.1"),
                exact("第7位", "rank", "7"),
                exact("第13位", "rank", "13"),
                exact("第176位", "rank", "176"),
                exact("709.14亿美元", "USD", "70914000000"),
                row("前200强", AT_MOST, "rank", "200", "(-∞..200]"),
                row("前50名", AT_MOST, "rank", "50", "(-∞..50]"),
                row("10强", AT_MOST, "rank", "10", "(-∞..10]"),
                row("突破4万亿元", MORE_THAN, "CNY", "4000000000000", "(4000000000000..+∞)"),
                row("突破1.5万家", MORE_THAN, "家", "15000", "(15000..+∞)"),
                row("突破3000亿元", MORE_THAN, "CNY", "300000000000", "(300000000000..+∞)"),
                row("超6000亿元", MORE_THAN, "CNY", "600000000000", "(600000000000..+∞)"),
                row("4000亿元以上", AT_LEAST, "CNY", "400000000000", "[400000000000..+∞)"),
                exact("1141家", "家", "1141"),
                exact("达4579家", "家", "4579"),
                exact("达210家", "家", "210"),
                row("约2000家", ABOUT, "家", "2000", "[1900..2100]"),
                row("超百亿元", MORE_THAN, "CNY", "10000000000", "(10000000000..+∞)"),
                row("25%以上", AT_LEAST, "%", "25", "[25..+∞)"),
                row("20亿元以上", AT_LEAST, "CNY", "2000000000", "[2000000000..+∞)"),
                row("近200名", NEARLY, "名", "200", "[190..200)"),
                row("突破万亿元", MORE_THAN, "CNY", "1000000000000", "(1000000000000..+∞)"),
                // 003: 2+6+N 行动计划 2020年工作要点
                row("突破5000亿元", MORE_THAN, "CNY", "500000000000", "(500000000000..+∞)"),
                exact("630亿元", "CNY", "63000000000"),
                row("超过50%", MORE_THAN, "%", "50", "(50..+∞)"),
                row("突破3.2万亿元", MORE_THAN, "CNY", "3200000000000", "(3200000000000..+∞)"),
                row("超400万元", MORE_THAN, "CNY", "4000000", "(4000000..+∞)"),
                // a count has whole-number tolerances: 10 ± 0.5 widened to whole firms (issue 15)
                row("10家左右", ABOUT, "家", "10", "[9..11]"),
                row("3000项以上", AT_LEAST, "项", "3000", "[3000..+∞)"),
                exact("10万吨", "吨", "100000"),
                exact("500个", "个", "500"),
                // 004: 江西省工业和信息化厅党组扩大会议
                exact("增长18.5%", "%", "18.5"),
                exact("6个百分点", "pp", "6"),
                exact("第8位", "rank", "8"),
                exact("982亿元", "CNY", "98200000000"),
                row("增长50%以上", AT_LEAST, "%", "50", "[50..+∞)"),
                exact("3191个", "个", "3191"),
                exact("446亿元", "CNY", "44600000000"),
                exact("63.7%", "%", "63.7"),
                exact("达到51.4%", "%", "51.4"),
                // 000: 2021年全省工业和信息化大事记
                exact("达到99.3%", "%", "99.3"),
                exact("129.7亿元", "CNY", "12970000000"),
                exact("1108.6亿元", "CNY", "110860000000"),
                exact("136项", "项", "136"),
                exact("13.28亿元", "CNY", "1328000000"),
                exact("305名", "名", "305"),
                exact("27户", "户", "27"),
                // national statistics bulletins
                exact("1210207亿元", "CNY", "121020700000000"),
                exact("比上年增长3.0%", "%", "3"),
                exact("比上年下降0.8%", "%", "-0.8"),
                exact("比上年同期增长5.5%", "%", "5.5"),
                exact("68653万吨", "吨", "686530000"),
                exact("141175万人", "人", "1411750000"),
                exact("36883元", "CNY", "36883"),
                exact("8.8万亿千瓦时", "千瓦时", "8800000000000"),
                exact("700.3万辆", "辆", "7003000"),
                exact("4.2万公里", "公里", "42000"),
                exact("3.1277万亿美元", "USD", "3127700000000"),
                exact("提高0.5个百分点", "pp", "0.5"),
                exact("下降1.2个百分点", "pp", "-1.2"),
                exact("上涨2.0%", "%", "2"),
                exact("118332千公顷", "公顷", "118332000"),
                exact("231.2万个", "个", "2312000"),
                exact("2万人次", "人次", "20000"),
                // Chinese and financial numerals
                exact("一千一百四十一", "", "1141"),
                exact("两万", "", "20000"),
                exact("十三", "", "13"),
                exact("〇", "", "0"),
                exact("三百零五", "", "305"),
                exact("一千零一十", "", "1010"),
                exact("二〇二二", "", "2022"),
                exact("一万五", "", "15000"),
                exact("两千亿元", "CNY", "200000000000"),
                exact("三万二千亿元", "CNY", "3200000000000"),
                exact("一亿二千万人", "人", "120000000"),
                row("逾百亿元", MORE_THAN, "CNY", "10000000000", "(10000000000..+∞)"),
                exact("十八点五%", "%", "18.5"),
                exact("百分之十八点五", "%", "18.5"),
                exact("一点零三万亿元", "CNY", "1030000000000"),
                row("三千多家", MORE_THAN, "家", "3000", "(3000..+∞)"),
                row("十余家", MORE_THAN, "家", "10", "(10..+∞)"),
                exact("壹佰贰拾叁元", "CNY", "123"),
                exact("二分之一", "", "0.5"),
                exact("四分之三", "", "0.75"),
                exact("十万元", "CNY", "100000"),
                exact("百万吨", "吨", "1000000"),
                exact("千万元", "CNY", "10000000"),
                exact("十亿元", "CNY", "1000000000"),
                exact("千亿元", "CNY", "100000000000"),
                // magnitudes after digits
                exact("3百万吨", "吨", "3000000"),
                exact("2千万元", "CNY", "20000000"),
                exact("1.2千亿元", "CNY", "120000000000"),
                exact("5十万", "", "500000"),
                exact("3千", "", "3000"),
                exact("3千瓦", "千瓦", "3"),
                exact("3千万千瓦时", "千瓦时", "30000000"),
                exact("120万千瓦", "千瓦", "1200000"),
                exact("1亿千瓦时", "千瓦时", "100000000"),
                exact("5 thousand", "", "5000"),
                exact("5k", "", "5000"),
                exact("3M", "", "3000000"),
                exact("2 mn", "", "2000000"),
                exact("1.03 trillion", "", "1030000000000"),
                // digits
                exact("１２３４５家", "家", "12345"),
                exact("６个百分点", "pp", "6"),
                exact("１．５万亿元", "CNY", "1500000000000"),
                exact("1,234,567元", "CNY", "1234567"),
                exact("4,579 家", "家", "4579"),
                exact("１，２３４元", "CNY", "1234"),
                exact("0.05%", "%", "0.05"),
                exact("123456789012345678901234567元", "CNY", "123456789012345678901234567"),
                exact("0.123456789012345678901234亿元", "CNY", "12345678.9012345678901234"),
                // money
                exact("人民币700亿元", "CNY", "70000000000"),
                exact("700亿元人民币", "CNY", "70000000000"),
                exact("¥700亿", "CNY", "70000000000"),
                exact("￥5万", "CNY", "50000"),
                exact("RMB 5 billion", "CNY", "5000000000"),
                exact("CNY 700 billion", "CNY", "700000000000"),
                exact("US$ 70.9 billion", "USD", "70900000000"),
                exact("$70.9bn", "USD", "70900000000"),
                exact("USD 5 million", "USD", "5000000"),
                exact("5万美元", "USD", "50000"),
                exact("1000 yuan", "CNY", "1000"),
                exact("5亿欧元", "EUR", "500000000"),
                exact("EUR 5 million", "EUR", "5000000"),
                exact("700亿 CHF", "CHF", "70000000000"),
                // percent and percentage points
                exact("18.5％", "%", "18.5"),
                exact("5 percent", "%", "5"),
                exact("6 pp", "pp", "6"),
                exact("6 percentage points", "pp", "6"),
                exact("0.5 percentage point", "pp", "0.5"),
                // counts and physical units
                exact("5台", "台", "5"),
                exact("100辆", "辆", "100"),
                exact("20座", "座", "20"),
                exact("1000户", "户", "1000"),
                exact("500公里", "公里", "500"),
                exact("10万平方米", "平方米", "100000"),
                exact("3000亩", "亩", "3000"),
                exact("300 kWh", "千瓦时", "300"),
                exact("1.2 million tonnes", "吨", "1200000"),
                exact("50 mu", "亩", "50"),
                exact("5吨标准煤", "吨标准煤", "5"),
                // per mille and compound units, as plans write them (issue 13)
                exact("5‰", "%", "0.5"),
                exact("3.25‰", "%", "0.325"),
                exact("下降2个千分点", "pp", "-0.2"),
                exact("提升1.5个百分点", "pp", "1.5"),
                // the words relative and sign targets need (issue 15)
                row("正增长", MORE_THAN, "%", "0", "(0..+∞)"),
                row("保持正增长", MORE_THAN, "%", "0", "(0..+∞)"),
                exact("翻一番", "", "2"),
                exact("翻两番", "", "4"),
                exact("实现翻番", "", "2"),
                row("过7000亿元", MORE_THAN, "CNY", "700000000000", "(700000000000..+∞)"),
                exact("三成", "%", "30"),
                row("近三成", NEARLY, "%", "30", "[28.5..30)"),
                row("两成以上", AT_LEAST, "%", "20", "[20..+∞)"),
                exact("净增1000家", "家", "1000"),
                row("近10家", NEARLY, "家", "10", "[9..10)"),
                row("100家左右", ABOUT, "家", "100", "[95..105]"),
                row("2.5家左右", ABOUT, "家", "2.5", "[2.375..2.625]"),
                exact("35微克/立方米", "微克/立方米", "35"),
                exact("0.5吨标准煤/万元", "吨标准煤/万元", "0.5"),
                exact("1.3万亿斤", "斤", "1300000000000"),
                // qualifiers before the number
                row("超过5000家", MORE_THAN, "家", "5000", "(5000..+∞)"),
                row("逾10亿元", MORE_THAN, "CNY", "1000000000", "(1000000000..+∞)"),
                row("过亿元", MORE_THAN, "CNY", "100000000", "(100000000..+∞)"),
                row("不低于40%", AT_LEAST, "%", "40", "[40..+∞)"),
                row("不少于100家", AT_LEAST, "家", "100", "[100..+∞)"),
                row("至少3个", AT_LEAST, "个", "3", "[3..+∞)"),
                exact("达到100亿元", "CNY", "10000000000"),
                row("约5%", ABOUT, "%", "5", "[4.75..5.25]"),
                row("约2000亿元", ABOUT, "CNY", "200000000000", "[190000000000..210000000000]"),
                row("近1000亿元", NEARLY, "CNY", "100000000000", "[95000000000..100000000000)"),
                row("接近10%", NEARLY, "%", "10", "[9.5..10)"),
                row("不到1万元", LESS_THAN, "CNY", "10000", "(-∞..10000)"),
                row("不足100家", LESS_THAN, "家", "100", "(-∞..100)"),
                row("低于3%", LESS_THAN, "%", "3", "(-∞..3)"),
                row("不超过2%", AT_MOST, "%", "2", "(-∞..2]"),
                row("控制在3%以内", AT_MOST, "%", "3", "(-∞..3]"),
                row("控制在3%", AT_MOST, "%", "3", "(-∞..3]"),
                row("控制在5%左右", ABOUT, "%", "5", "[4.75..5.25]"),
                // qualifiers after the number
                row("500亿元以下", AT_MOST, "CNY", "50000000000", "(-∞..50000000000]"),
                row("10个以内", AT_MOST, "个", "10", "(-∞..10]"),
                row("3000多个", MORE_THAN, "个", "3000", "(3000..+∞)"),
                row("10余家", MORE_THAN, "家", "10", "(10..+∞)"),
                row("100多万元", MORE_THAN, "CNY", "1000000", "(1000000..+∞)"),
                row("1万多家", MORE_THAN, "家", "10000", "(10000..+∞)"),
                row("5%上下", ABOUT, "%", "5", "[4.75..5.25]"),
                row("约10家左右", ABOUT, "家", "10", "[9..11]"),
                // signs
                exact("同比下降3%", "%", "-3"),
                exact("减少200家", "家", "-200"),
                exact("-3%", "%", "-3"),
                exact("+5%", "%", "5"),
                exact("−3%", "%", "-3"),
                row("下降超过3%", LESS_THAN, "%", "-3", "(-∞..-3)"),
                row("下降3%以上", AT_MOST, "%", "-3", "(-∞..-3]"),
                row("增长超过10%", MORE_THAN, "%", "10", "(10..+∞)"),
                row("下降约2%", ABOUT, "%", "-2", "[-2.1..-1.9]"),
                row("超过-3%", MORE_THAN, "%", "-3", "(-3..+∞)"),
                // ranks
                exact("第13名", "rank", "13"),
                exact("第十三位", "rank", "13"),
                exact("第13", "rank", "13"),
                exact("居第8位", "rank", "8"),
                row("前10", AT_MOST, "rank", "10", "(-∞..10]"),
                row("前10名", AT_MOST, "rank", "10", "(-∞..10]"),
                exact("13th", "rank", "13"),
                exact("1st", "rank", "1"),
                exact("No. 13", "rank", "13"),
                row("top 10", AT_MOST, "rank", "10", "(-∞..10]"),
                row("第3-5位", BETWEEN, "rank", "3", "[3..5]"),
                row("第13位左右", ABOUT, "rank", "13", "[12.35..13.65]"),
                row("第13位以内", AT_MOST, "rank", "13", "(-∞..13]"),
                row("第13位以后", MORE_THAN, "rank", "13", "(13..+∞)"),
                row("第13位及以后", AT_LEAST, "rank", "13", "[13..+∞)"),
                row("第13位以前", LESS_THAN, "rank", "13", "(-∞..13)"),
                row("近第13位", NEARLY, "rank", "13", "[12.35..13)"),
                row("13th or lower", AT_LEAST, "rank", "13", "[13..+∞)"),
                row("higher than 13th", LESS_THAN, "rank", "13", "(-∞..13)"),
                // ranges
                row("2-3个", BETWEEN, "个", "2", "[2..3]"),
                row("2至3家", BETWEEN, "家", "2", "[2..3]"),
                row("2到3个", BETWEEN, "个", "2", "[2..3]"),
                row("500～600亿元", BETWEEN, "CNY", "50000000000", "[50000000000..60000000000]"),
                row("500亿-600亿元", BETWEEN, "CNY", "50000000000", "[50000000000..60000000000]"),
                row("500亿元-600亿元", BETWEEN, "CNY", "50000000000", "[50000000000..60000000000]"),
                row("5000万元至1亿元", BETWEEN, "CNY", "50000000", "[50000000..100000000]"),
                row("1-2万家", BETWEEN, "家", "10000", "[10000..20000]"),
                row("2%-3%", BETWEEN, "%", "2", "[2..3]"),
                row("2~3%", BETWEEN, "%", "2", "[2..3]"),
                row("-3%至-2%", BETWEEN, "%", "-3", "[-3..-2]"),
                row("下降2-3%", BETWEEN, "%", "-3", "[-3..-2]"),
                row("between 2 and 3", BETWEEN, "", "2", "[2..3]"),
                row("2 to 3", BETWEEN, "", "2", "[2..3]"),
                row("CNY 50-60 billion", BETWEEN, "CNY", "50000000000", "[50000000000..60000000000]"),
                row("between CNY 500 million and CNY 1 billion", BETWEEN, "CNY", "500000000",
                        "[500000000..1000000000]"),
                row("3rd to 5th", BETWEEN, "rank", "3", "[3..5]"),
                // English qualifiers and signs
                row("at least 5%", AT_LEAST, "%", "5", "[5..+∞)"),
                row("more than CNY 700 billion", MORE_THAN, "CNY", "700000000000", "(700000000000..+∞)"),
                row("over 100 家", MORE_THAN, "家", "100", "(100..+∞)"),
                row("about 5%", ABOUT, "%", "5", "[4.75..5.25]"),
                row("around 5%", ABOUT, "%", "5", "[4.75..5.25]"),
                row("approximately 5%", ABOUT, "%", "5", "[4.75..5.25]"),
                row("nearly 10%", NEARLY, "%", "10", "[9.5..10)"),
                row("almost 10%", NEARLY, "%", "10", "[9.5..10)"),
                row("no more than 3%", AT_MOST, "%", "3", "(-∞..3]"),
                row("less than 3%", LESS_THAN, "%", "3", "(-∞..3)"),
                row("under 3%", LESS_THAN, "%", "3", "(-∞..3)"),
                exact("up 7.1%", "%", "7.1"),
                exact("down 3%", "%", "-3"),
                exact("up 7.1% year on year", "%", "7.1"),
                row("down more than 3%", LESS_THAN, "%", "-3", "(-∞..-3)"),
                row("50 or more", AT_LEAST, "", "50", "[50..+∞)"),
                row("10 or so", ABOUT, "", "10", "[9.5..10.5]"),
                // spaces anywhere between words
                row(" 突破 7000 亿元 ", MORE_THAN, "CNY", "700000000000", "(700000000000..+∞)"),
                row("\u3000约 2000 亿元\u3000", ABOUT, "CNY", "200000000000", "[190000000000..210000000000]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void parse_readsPhrase_asQualifierUnitNominalAndRange(String phrase, Qualifier qualifier, String unit,
            String nominal, String range) {
        Figure figure = Figure.parse(phrase);

        assertThat(figure.qualifier()).as("qualifier").isEqualTo(qualifier);
        assertThat(figure.unit().code()).as("unit").isEqualTo(unit);
        assertThat(figure.nominal()).as("nominal").isEqualTo(new BigDecimal(nominal));
        assertThat(render(figure.range())).as("range").isEqualTo(range);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void parse_givesCanonicalValues_soThatEqualFiguresAreEqual(String phrase) {
        Figure figure = Figure.parse(phrase);

        assertThat(figure.nominal()).isEqualTo(Decimals.canonical(figure.nominal()));
        figure.lowerBound().ifPresent(b -> assertThat(b).isEqualTo(Decimals.canonical(b)));
        figure.upperBound().ifPresent(b -> assertThat(b).isEqualTo(Decimals.canonical(b)));
    }

    @Test
    void parse_givesTheSameFigure_asTheFactories() {
        assertThat(Figure.parse("突破7000亿元"))
                .isEqualTo(Figure.of(MORE_THAN, new BigDecimal("700000000000"), Unit.CNY));
        assertThat(Figure.parse("2-3个")).isEqualTo(Figure.between(BigDecimal.valueOf(2), BigDecimal.valueOf(3),
                Unit.count("个")));
        assertThat(Figure.parse("1.03万亿元")).isEqualTo(Figure.exact(Quantity.of("1030000000000", Unit.CNY)));
    }

    @Test
    void parse_readsAnyCharSequence() {
        assertThat(Figure.parse(new StringBuilder("突破7000亿元"))).isEqualTo(Figure.parse("突破7000亿元"));
    }

    @Test
    void parse_aboutAndNearly_useTheToleranceGiven() {
        Tolerance tolerance = Tolerance.of("0.1", "0.02");

        assertThat(render(Figure.parse("约2000亿元", tolerance).range()))
                .isEqualTo("[180000000000..220000000000]");
        assertThat(render(Figure.parse("10家左右", tolerance).range())).isEqualTo("[9..11]");
        assertThat(render(Figure.parse("近1000亿元", tolerance).range()))
                .isEqualTo("[98000000000..100000000000)");
    }

    @Test
    void parse_nearlyWithZeroTolerance_isTheNumberItself() {
        Figure figure = Figure.parse("近1000亿元", Tolerance.of("0", "0"));

        assertThat(figure.qualifier()).isEqualTo(NEARLY);
        assertThat(figure.isExact()).isTrue();
    }

    @Test
    void parse_defaultTolerance_isFivePercent() {
        assertThat(Figure.parse("约100元")).isEqualTo(Figure.parse("约100元", Tolerance.DEFAULT));
        assertThat(Tolerance.DEFAULT).isEqualTo(Tolerance.of("0.05", "0.05"));
    }

    @Test
    void parse_nullText_throwsNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> Figure.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> Figure.parse("1", null)).withMessage("tolerance");
    }

    static Stream<Arguments> badInputs() {
        String huge = "1" + "0".repeat(400);
        return Stream.of(
                arguments("", 0, "empty text"),
                arguments("   ", 3, "blank text"),
                arguments("元", 0, "expected a number"),
                arguments("元以上", 0, "expected a number"),
                arguments("abc", 0, "expected a number"),
                arguments("◆", 0, "expected a number"),
                arguments("-", 1, "expected a number after '-'"),
                arguments("1.2.3亿元", 3, "second decimal point"),
                arguments("5.", 2, "expected a digit after the decimal point"),
                arguments("突破", 2, "expected a number after '突破', found the end of the text"),
                arguments("约", 1, "expected a number after '约'"),
                arguments("增长", 2, "expected a number after '增长'"),
                arguments("more than ", 10, "expected a number after 'more than'"),
                arguments("5担", 1, "unknown unit '担'"),
                arguments("5 apples", 2, "unknown unit 'apples'"),
                arguments("5000亿元xyz", 6, "unexpected 'x' after the figure"),
                arguments("5000亿元。", 6, "unexpected '。' after the figure"),
                arguments("1◆.03万亿元", 1, "unexpected '◆'"),
                arguments("10^400", 2, "exponent notation is not supported"),
                arguments("1e400", 1, "exponent notation is not supported"),
                arguments(huge, 0, "number too large"),
                arguments(huge + "亿元", 0, "number too large"),
                arguments("1000000000000000000000000000万亿元", 0, "number too large"),
                arguments("一万二千万", 4, "misplaced '万'"),
                arguments("一二三四五六七八九〇一二三四五六七八九〇", 0, "number too large"),
                arguments("0." + "0".repeat(50) + "1", 47, "too many digits after the decimal point"),
                arguments("0.0000000000000000000000000000000001元", 0, "too many decimals"),
                arguments("3-2个", 2, "range end (2) is less than its start (3)"),
                arguments("500-400亿元", 4, "is less than its start"),
                arguments("500-", 4, "expected a number after '-'"),
                arguments("突破2-3个", 0, "a range takes no qualifier"),
                arguments("约10家以上", 4, "conflicting qualifiers '约' (ABOUT) and '以上' (AT_LEAST)"),
                arguments("1,2345元", 5, "expected three digits after the thousands separator"),
                arguments("12345,678元", 5, "expected groups of three digits"),
                arguments("比上年7%", 3, "expected 增长 or 下降 after '比上年'"),
                arguments("下降近3%", 2, "is not supported"),
                arguments("增长-3%", 2, "without sign"),
                arguments("第13家", 3, "a rank ends in 位 or 名"),
                arguments("突破第13位", 0, "does not qualify a rank"),
                arguments("第13位以上", 4, "does not qualify a rank"),
                arguments("5%以后", 2, "qualifies only a rank"),
                arguments("下降第3位", 0, "a rank takes no '下降'"),
                arguments("between 2 3", 10, "expected 'and'"),
                arguments("$5亿元", 3, "conflicts with '$'"),
                arguments("三分之一", 1, "no exact decimal value"),
                arguments("十百", 1, "misplaced '百'"),
                arguments("百分之十八五", 5, "misplaced '五'"),
                arguments("一千百四十一", 2, "expected a digit before '百'"),
                arguments("二〇二二十", 4, "misplaced '十'"),
                arguments("5😀", 1, "unexpected '😀'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void parse_badInput_throwsFigureParseException_sayingWhereAndWhat(String input, int index, String message) {
        assertThatExceptionOfType(FigureParseException.class)
                .isThrownBy(() -> Figure.parse(input))
                .satisfies(e -> {
                    assertThat(e.input()).isEqualTo(input);
                    assertThat(e.index()).as("index").isEqualTo(index);
                    String quoted = input.length() <= FigureParseException.QUOTED ? "'" + input + "'"
                            : "'" + input.substring(0, FigureParseException.QUOTED) + "…' (" + input.length()
                                    + " characters)";
                    assertThat(e.getMessage()).contains(message)
                            .startsWith("Figure " + quoted + " cannot be parsed at index " + index + ": ");
                })
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_longInput_failsWithTheWholeInputKeptAndABoundedMessage() {
        String input = "1".repeat(1_000_000);

        assertThatExceptionOfType(FigureParseException.class).isThrownBy(() -> Figure.parse(input))
                .satisfies(e -> {
                    assertThat(e.index()).isZero();
                    assertThat(e.input()).isSameAs(input);
                    assertThat(e.getMessage()).hasSizeLessThan(400).contains("(1000000 characters)")
                            .startsWith("Figure '" + "1".repeat(FigureParseException.QUOTED) + "…'");
                });
    }

    @Test
    void parse_longInputBadNearItsEnd_quotesTheCharactersAroundTheIndex() {
        String input = "7000亿元" + " ".repeat(300) + "x";
        assertThatExceptionOfType(FigureParseException.class).isThrownBy(() -> Figure.parse(input))
                .satisfies(e -> {
                    assertThat(e.index()).isEqualTo(input.length() - 1);
                    assertThat(e.getMessage()).startsWith("Figure '…" + " ".repeat(FigureParseException.QUOTED - 1)
                            + "x' (307 characters) cannot be parsed at index 306: ");
                });
    }

    /** Writes a range as Guava does, but with plain numbers: "(700000000000..+∞)". */
    static String render(Range<BigDecimal> range) {
        String lower = range.hasLowerBound()
                ? (range.lowerBoundType() == com.google.common.collect.BoundType.CLOSED ? "[" : "(")
                        + range.lowerEndpoint().toPlainString()
                : "(-∞";
        String upper = range.hasUpperBound()
                ? range.upperEndpoint().toPlainString()
                        + (range.upperBoundType() == com.google.common.collect.BoundType.CLOSED ? "]" : ")")
                : "+∞)";
        return lower + ".." + upper;
    }
}
