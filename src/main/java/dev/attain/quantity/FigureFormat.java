package dev.attain.quantity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Writes figures and quantities the way plans and bulletins write them, in Chinese
 * ("突破7000亿元", "1.03万亿元", "4579家", "18.5%", "6个百分点", "第13位") or in English
 * ("more than CNY 700 billion", "CNY 1.03 trillion", "4,579 家", "18.5%", "6 percentage points",
 * "13th").
 *
 * <p>{@link #chinese()} and {@link #english()} write numbers exactly: the magnitude word only
 * moves the decimal point, so 123456789012 元 is "1234.56789012亿元", never a rounded "1235亿元".
 * Their {@link #forReading()} variants round quantities for a person to read (below).
 *
 * <h2>Chinese</h2>
 * <ul>
 *   <li>Money: 万亿 from 10^12, 亿 from 10^8, 万 from 10^4, plain below: "1.03万亿元", "7000亿元",
 *       "446亿元", "400万元", "982元". CNY is written 元, USD 美元, EUR 欧元, JPY 日元, HKD 港元,
 *       GBP 英镑; any other currency by its code after the number ("700亿 CHF").</li>
 *   <li>Counts, physical quantities and plain numbers: with 万, 亿 or 万亿 by the same thresholds
 *       only when the number is round there (at most two decimals: "5万家", "1.5万家",
 *       "10万吨"); otherwise plainly ("4579家", "45790家"). The unit is its measure word.</li>
 *   <li>Percent "18.5%", percentage points "6个百分点", ranks "第13位".</li>
 *   <li>Qualifiers: AT_LEAST "…以上"; MORE_THAN "突破…" (money, counts, physical, plain numbers) or
 *       "超过…" (percent, percentage points); AT_MOST "不超过…"; LESS_THAN "不到…"; ABOUT "约…";
 *       NEARLY "近…"; BETWEEN "500-600亿元", "2-3个", and "5000万元至1亿元" or "-3%至-2%" where the
 *       two ends do not share a magnitude or the first is negative.</li>
 *   <li>Ranks: EXACT "第13位", AT_MOST "前13", BETWEEN "第3-5位", AT_LEAST "第13位及以后",
 *       MORE_THAN "第13位以后", LESS_THAN "第13位以前", ABOUT "第13位左右", NEARLY "近第13位".</li>
 * </ul>
 *
 * <h2>English</h2>
 * <ul>
 *   <li>Money: the currency code first, then trillion from 10^12, billion from 10^9, million from
 *       10^6, plain with thousands separators below: "CNY 1.03 trillion", "CNY 700 billion",
 *       "USD 70.914 billion", "CNY 446,000".</li>
 *   <li>Counts keep their Chinese measure word, which has no faithful English equivalent:
 *       "4,579 家", "1.5 million 人". Physical quantities use an English unit where one maps back
 *       to exactly one Chinese unit ("1.2 million tonnes", "300 kWh", "50 mu"), else the Chinese
 *       word ("20 公斤"). Counts, physical quantities and plain numbers use million, billion or
 *       trillion only when round there (at most two decimals), as in Chinese.</li>
 *   <li>Percent "18.5%", percentage points "6 percentage points" ("1 percentage point"), ranks
 *       "13th".</li>
 *   <li>Qualifiers: "at least", "more than", "no more than", "less than", "about", "nearly";
 *       BETWEEN "CNY 50-60 billion", "2-3 家", "2-3%", or "between CNY 500 million and
 *       CNY 1 billion" where the ends do not share a magnitude or the first is negative.</li>
 *   <li>Ranks: "13th", "top 13", "3rd to 5th", "13th or lower", "lower than 13th",
 *       "higher than 13th", "about 13th", "nearly 13th".</li>
 * </ul>
 *
 * <h2>For reading</h2>
 * {@link #forReading()} gives a format for reports and reasons a person reads, in which
 * <ul>
 *   <li>a quantity (a computed amount: an expected value on a path, a sum, a converted figure,
 *       the end of an interval) is rounded for display to {@value #READING_DIGITS} significant
 *       digits at its magnitude, never dropping a digit of its whole part: "1.068万亿元" for
 *       1067789972372.441 元, "CNY 70.91 billion", "20842个", "6.775%"
 *       ({@link #forReading(BigDecimal, RoundingMode)} is the rule; the value itself stays
 *       exact in the API and the JSON);</li>
 *   <li>English counts and physical quantities take English words: "1,000 firms", "1 firm",
 *       "950,000 t of standard coal", "300 kWh"; a measure word with no faithful English word
 *       (个, 项, 条, 户 …, which count whatever the indicator names) leaves the number bare:
 *       "20,842";</li>
 *   <li>figures as a document wrote them ({@link #format(Figure)}) keep their digits.</li>
 * </ul>
 * Text written for reading is not meant to be parsed back.
 *
 * <p>{@code Figure.parse(format.format(f))} equals {@code f} for every figure {@code f} built with
 * the default {@link Tolerance}, whose values are below 10^30 in magnitude with at most 30
 * decimals, and whose unit the parser knows: money in any currency, percent, percentage points,
 * ranks, plain numbers, and the count and physical words listed in {@link Unit}. A figure built
 * with another tolerance is written the same way, so it reads back with the caller's tolerance.
 * (This holds for {@link #chinese()} and {@link #english()}, not for their {@link #forReading()}
 * variants.)
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class FigureFormat {

    /**
     * Significant digits of a quantity written {@linkplain #forReading() for reading}: 4
     * ("1.068万亿元", "CNY 70.91 billion"); a whole part longer than that keeps all its digits.
     */
    public static final int READING_DIGITS = 4;

    private static final FigureFormat CHINESE = new FigureFormat(true, false);
    private static final FigureFormat ENGLISH = new FigureFormat(false, false);
    private static final FigureFormat CHINESE_READING = new FigureFormat(true, true);
    private static final FigureFormat ENGLISH_READING = new FigureFormat(false, true);

    /**
     * English words of count measure words, singular and plural, for reading; a measure word
     * not here has no faithful English word and leaves the number bare.
     */
    private static final ImmutableMap<String, List<String>> COUNT_ENGLISH = ImmutableMap.<String, List<String>>builder()
            .put("家", List.of("firm", "firms")).put("人", List.of("person", "people"))
            .put("名", List.of("person", "people")).put("人次", List.of("person-time", "person-times"))
            .put("辆", List.of("vehicle", "vehicles")).put("艘", List.of("ship", "ships"))
            .put("架", List.of("aircraft", "aircraft")).put("台", List.of("unit", "units"))
            .put("台套", List.of("set", "sets")).put("套", List.of("set", "sets"))
            .put("件", List.of("piece", "pieces")).put("场", List.of("event", "events"))
            .put("次", List.of("time", "times")).put("届", List.of("edition", "editions"))
            .put("所", List.of("institution", "institutions")).put("栋", List.of("building", "buildings"))
            .put("站", List.of("station", "stations"))
            .build();

    /** Short English words of physical units, for reading, where they differ from the parseable ones. */
    private static final ImmutableMap<String, String> PHYSICAL_READING = ImmutableMap.<String, String>builder()
            .put("吨", "t").put("吨标准煤", "t of standard coal").put("标准煤吨", "t of standard coal")
            .put("千克", "kg").put("公斤", "kg").put("克", "g").put("千米", "km").put("度", "kWh").put("瓦", "W")
            .put("吨/万元", "t per CNY 10,000").put("吨标准煤/万元", "t of standard coal per CNY 10,000")
            .put("千克/万元", "kg per CNY 10,000").put("立方米/万元", "cubic metres per CNY 10,000")
            .put("千瓦时/万元", "kWh per CNY 10,000").put("微克/立方米", "µg/m³").put("毫克/立方米", "mg/m³")
            .build();
    private static final ImmutableMap<String, String> CURRENCY_WORDS = ImmutableMap.of(
            "CNY", "元", "USD", "美元", "EUR", "欧元", "JPY", "日元", "HKD", "港元", "GBP", "英镑");

    /** English names of physical units, each of which the parser reads back as that unit only. */
    private static final ImmutableMap<String, String> PHYSICAL_ENGLISH = ImmutableMap.<String, String>builder()
            .put("吨", "tonnes").put("千瓦时", "kWh").put("千瓦", "kW").put("兆瓦", "MW").put("吉瓦", "GW")
            .put("公里", "km").put("平方米", "square metres").put("平方公里", "square kilometres")
            .put("立方米", "cubic metres").put("公顷", "hectares").put("亩", "mu").put("千克", "kg")
            .put("升", "litres").put("米", "metres")
            .build();

    private final boolean chinese;
    private final boolean reading;

    private FigureFormat(boolean chinese, boolean reading) {
        this.chinese = chinese;
        this.reading = reading;
    }

    /**
     * Returns the format that writes figures as Chinese documents do: "突破7000亿元".
     *
     * @return the Chinese format, never null
     */
    public static FigureFormat chinese() {
        return CHINESE;
    }

    /**
     * Returns the format that writes figures in English: "more than CNY 700 billion".
     *
     * @return the English format, never null
     */
    public static FigureFormat english() {
        return ENGLISH;
    }

    /**
     * Returns the format for a locale: Chinese for any Chinese locale, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the format, never null
     */
    public static FigureFormat forLocale(Locale locale) {
        return requireNonNull(locale, "locale").getLanguage().equals("zh") ? CHINESE : ENGLISH;
    }

    /**
     * Returns the format of this language for reading: quantities rounded to
     * {@value #READING_DIGITS} significant digits, English unit words (see the class comment).
     * This instance is unaffected.
     *
     * @return the format for reading, never null
     */
    public FigureFormat forReading() {
        return chinese ? CHINESE_READING : ENGLISH_READING;
    }

    /**
     * Rounds a number for reading: to {@value #READING_DIGITS} significant digits, or to a whole
     * number where the whole part is longer than that (20842 stays 20842; 6.775123 becomes
     * 6.775; 1.067789972372441 becomes 1.068). The one rounding rule of everything written for
     * reading; the value itself stays exact wherever it is kept.
     *
     * @param value  the number, not null
     * @param mode  how to round: half-even for a single value, outwards (floor, ceiling) for the
     *     ends of an interval, not null
     * @return the rounded number, without trailing zeros, never null
     */
    public static BigDecimal forReading(BigDecimal value, RoundingMode mode) {
        requireNonNull(value, "value");
        requireNonNull(mode, "mode");
        int whole = value.precision() - value.scale();
        BigDecimal rounded;
        if (whole >= READING_DIGITS) {
            rounded = value.scale() > 0 ? value.setScale(0, mode) : value;
        } else {
            rounded = value.round(new MathContext(READING_DIGITS, mode));
        }
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
    }

    /**
     * Writes a figure, its qualifier included: "突破7000亿元", "more than CNY 700 billion".
     *
     * @param figure  the figure, not null
     * @return the text, never null
     */
    public String format(Figure figure) {
        requireNonNull(figure, "figure");
        Unit unit = figure.unit();
        BigDecimal n = figure.nominal();
        if (unit.dimension() == Dimension.RANK) {
            return rank(figure.qualifier(), n, figure);
        }
        switch (figure.qualifier()) {
            case EXACT:
                return body(n, unit);
            case AT_LEAST:
                return chinese ? body(n, unit) + "以上" : "at least " + body(n, unit);
            case MORE_THAN:
                if (chinese) {
                    boolean amount = unit.dimension() != Dimension.PERCENT
                            && unit.dimension() != Dimension.PERCENTAGE_POINTS;
                    return (amount ? "突破" : "超过") + body(n, unit);
                }
                return "more than " + body(n, unit);
            case AT_MOST:
                return (chinese ? "不超过" : "no more than ") + body(n, unit);
            case LESS_THAN:
                return (chinese ? "不到" : "less than ") + body(n, unit);
            case ABOUT:
                return (chinese ? "约" : "about ") + body(n, unit);
            case NEARLY:
                return (chinese ? "近" : "nearly ") + body(n, unit);
            case BETWEEN:
            default:
                return between(figure.range().lowerEndpoint(), figure.range().upperEndpoint(), unit);
        }
    }

    /**
     * Writes an exact quantity: "1.03万亿元", "CNY 1.03 trillion", "4579家", "第13位".
     *
     * @param quantity  the quantity, not null
     * @return the text, never null
     */
    public String format(Quantity quantity) {
        return format(quantity, RoundingMode.HALF_EVEN);
    }

    /**
     * Writes a quantity, rounded by the given mode where this format is {@linkplain #forReading()
     * for reading} (exactly otherwise): the ends of an interval are rounded outwards, so that
     * "≥1.03万亿元" holds for every value of the interval.
     *
     * @param quantity  the quantity, not null
     * @param mode  how to round for reading, not null
     * @return the text, never null
     */
    public String format(Quantity quantity, RoundingMode mode) {
        requireNonNull(quantity, "quantity");
        requireNonNull(mode, "mode");
        BigDecimal v = quantity.value();
        Unit unit = quantity.unit();
        if (reading && unit.dimension() != Dimension.RANK) {
            int e = exponent(v, unit);
            v = forReading(v.movePointLeft(e), mode).movePointRight(e);
        }
        if (unit.dimension() == Dimension.RANK) {
            return rank(Qualifier.EXACT, v, null);
        }
        return body(v, unit);
    }

    /**
     * Returns which language this format writes.
     *
     * @return "FigureFormat[zh]" or "FigureFormat[en]", with ", for reading" for a format
     *     {@linkplain #forReading() for reading}, never null
     */
    @Override
    public String toString() {
        return "FigureFormat[" + (chinese ? "zh" : "en") + (reading ? ", for reading]" : "]");
    }

    // ---------------------------------------------------------------- pieces

    /** Writes an exact value with its unit, choosing the magnitude by itself. */
    private String body(BigDecimal v, Unit unit) {
        return body(v, unit, exponent(v, unit));
    }

    private String body(BigDecimal v, Unit unit, int e) {
        return decorate(number(v, e), v.abs().compareTo(BigDecimal.ONE) == 0, unit, e);
    }

    /** Puts the magnitude word and the unit around a written number (or range of numbers). */
    private String decorate(String number, boolean one, Unit unit, int e) {
        String magnitude = magnitudeWord(e);
        switch (unit.dimension()) {
            case MONEY:
                if (chinese) {
                    String word = CURRENCY_WORDS.get(unit.code());
                    return number + magnitude + (word != null ? word : " " + unit.code());
                }
                return unit.code() + " " + number + magnitude;
            case PERCENT:
                return number + "%";
            case PERCENTAGE_POINTS:
                if (chinese) {
                    return number + "个百分点";
                }
                return number + (one ? " percentage point" : " percentage points");
            case NUMBER:
                return number + magnitude;
            case COUNT:
            case PHYSICAL:
            default:
                return number + magnitude + unitWord(unit, one);
        }
    }

    private String unitWord(Unit unit, boolean one) {
        if (chinese) {
            return unit.code();
        }
        if (reading) {
            if (unit.dimension() == Dimension.COUNT) {
                List<String> words = COUNT_ENGLISH.get(unit.code());
                return words == null ? "" : " " + words.get(one ? 0 : 1);
            }
            String word = PHYSICAL_READING.get(unit.code());
            if (word != null) {
                return " " + word;
            }
        }
        String english = unit.dimension() == Dimension.PHYSICAL ? PHYSICAL_ENGLISH.get(unit.code()) : null;
        return " " + (english != null ? english : unit.code());
    }

    private String between(BigDecimal low, BigDecimal high, Unit unit) {
        int lowExponent = exponent(low, unit);
        int highExponent = exponent(high, unit);
        if (unit.dimension() == Dimension.NUMBER && lowExponent != highExponent) {
            lowExponent = 0; // a plain number has no unit to end the first side: share the magnitude
            highExponent = 0;
        }
        if (lowExponent == highExponent && low.signum() >= 0) {
            // "500-600亿元", "CNY 50-60 billion", "2-3个": the first number takes the magnitude and
            // unit written after the second
            String range = number(low, lowExponent) + "-" + number(high, highExponent);
            return decorate(range, false, unit, highExponent);
        }
        if (chinese) {
            return body(low, unit, lowExponent) + "至" + body(high, unit, highExponent);
        }
        return "between " + body(low, unit, lowExponent) + " and " + body(high, unit, highExponent);
    }

    private String rank(Qualifier qualifier, BigDecimal n, Figure figure) {
        String number = number(n, 0);
        if (chinese) {
            switch (qualifier) {
                case AT_MOST:
                    return "前" + number;
                case AT_LEAST:
                    return "第" + number + "位及以后";
                case MORE_THAN:
                    return "第" + number + "位以后";
                case LESS_THAN:
                    return "第" + number + "位以前";
                case ABOUT:
                    return "第" + number + "位左右";
                case NEARLY:
                    return "近第" + number + "位";
                case BETWEEN: {
                    BigDecimal low = figure.range().lowerEndpoint();
                    return "第" + number(low, 0) + (low.signum() < 0 ? "至" : "-")
                            + number(figure.range().upperEndpoint(), 0) + "位";
                }
                case EXACT:
                default:
                    return "第" + number + "位";
            }
        }
        switch (qualifier) {
            case AT_MOST:
                return "top " + number;
            case AT_LEAST:
                return ordinal(n) + " or lower";
            case MORE_THAN:
                return "lower than " + ordinal(n);
            case LESS_THAN:
                return "higher than " + ordinal(n);
            case ABOUT:
                return "about " + ordinal(n);
            case NEARLY:
                return "nearly " + ordinal(n);
            case BETWEEN:
                return ordinal(figure.range().lowerEndpoint()) + " to " + ordinal(figure.range().upperEndpoint());
            case EXACT:
            default:
                return ordinal(n);
        }
    }

    /** Writes "1st", "2nd", "3rd", "11th", "13th", "21st", and "1.5th" for a fractional place. */
    private String ordinal(BigDecimal n) {
        String number = number(n, 0);
        String suffix = "th";
        if (n.stripTrailingZeros().scale() <= 0) {
            int lastTwo = n.abs().remainder(BigDecimal.valueOf(100)).intValue();
            if (lastTwo < 11 || lastTwo > 13) {
                switch (lastTwo % 10) {
                    case 1:
                        suffix = "st";
                        break;
                    case 2:
                        suffix = "nd";
                        break;
                    case 3:
                        suffix = "rd";
                        break;
                    default:
                        break;
                }
            }
        }
        return number + suffix;
    }

    /** Chooses the power of ten of the magnitude word for a value: 0, 4, 8, 12 or 0, 6, 9, 12. */
    private int exponent(BigDecimal v, Unit unit) {
        Dimension d = unit.dimension();
        if (d == Dimension.PERCENT || d == Dimension.PERCENTAGE_POINTS || d == Dimension.RANK) {
            return 0;
        }
        BigDecimal abs = v.abs();
        int[] steps = chinese ? new int[] {12, 8, 4} : new int[] {12, 9, 6};
        for (int e : steps) {
            if (abs.compareTo(BigDecimal.ONE.movePointRight(e)) >= 0) {
                if (d == Dimension.MONEY || v.movePointLeft(e).stripTrailingZeros().scale() <= 2) {
                    return e;
                }
                return 0;
            }
        }
        return 0;
    }

    private String magnitudeWord(int e) {
        if (chinese) {
            return e == 12 ? "万亿" : e == 8 ? "亿" : e == 4 ? "万" : "";
        }
        return e == 12 ? " trillion" : e == 9 ? " billion" : e == 6 ? " million" : "";
    }

    /** Writes v divided by 10^e exactly, with thousands separators in English. */
    private String number(BigDecimal v, int e) {
        BigDecimal scaled = e == 0 ? v : v.movePointLeft(e);
        scaled = scaled.signum() == 0 ? BigDecimal.ZERO : scaled.stripTrailingZeros();
        String plain = scaled.toPlainString();
        if (chinese) {
            return plain;
        }
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        if (end - start <= 3) {
            return plain;
        }
        StringBuilder b = new StringBuilder(plain.length() + (end - start) / 3);
        b.append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                b.append(',');
            }
            b.append(plain.charAt(i));
        }
        return b.append(plain, end, plain.length()).toString();
    }
}
