package dev.attain.quantity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Writes figures and quantities the way plans and bulletins write them, in Chinese
 * ("突破7000亿元", "1.03万亿元", "4579家", "18.5%", "6个百分点", "第13位") or in English
 * ("more than CNY 700 billion", "CNY 1.03 trillion", "4,579 家", "18.5%", "6 percentage points",
 * "13th").
 *
 * <p>Numbers are always written exactly: the magnitude word only moves the decimal point, so
 * 123456789012 元 is "1234.56789012亿元", never a rounded "1235亿元".
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
 * <p>{@code Figure.parse(format.format(f))} equals {@code f} for every figure {@code f} built with
 * the default {@link Tolerance}, whose values are below 10^30 in magnitude with at most 30
 * decimals, and whose unit the parser knows: money in any currency, percent, percentage points,
 * ranks, plain numbers, and the count and physical words listed in {@link Unit}. A figure built
 * with another tolerance is written the same way, so it reads back with the caller's tolerance.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class FigureFormat {

    private static final FigureFormat CHINESE = new FigureFormat(true);
    private static final FigureFormat ENGLISH = new FigureFormat(false);

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

    private FigureFormat(boolean chinese) {
        this.chinese = chinese;
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
        requireNonNull(quantity, "quantity");
        if (quantity.unit().dimension() == Dimension.RANK) {
            return rank(Qualifier.EXACT, quantity.value(), null);
        }
        return body(quantity.value(), quantity.unit());
    }

    /**
     * Returns which language this format writes.
     *
     * @return "FigureFormat[zh]" or "FigureFormat[en]", never null
     */
    @Override
    public String toString() {
        return chinese ? "FigureFormat[zh]" : "FigureFormat[en]";
    }

    // ---------------------------------------------------------------- pieces

    /** Writes an exact value with its unit, choosing the magnitude by itself. */
    private String body(BigDecimal v, Unit unit) {
        return body(v, unit, exponent(v, unit));
    }

    private String body(BigDecimal v, Unit unit, int e) {
        return decorate(number(v, e), v.compareTo(BigDecimal.ONE) == 0, unit, e);
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
                return number + magnitude + unitWord(unit);
        }
    }

    private String unitWord(Unit unit) {
        if (chinese) {
            return unit.code();
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
