package dev.attain.eval;

import com.google.common.collect.Range;
import dev.attain.model.Indicator;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.quantity.Dimension;
import dev.attain.quantity.Figure;
import dev.attain.quantity.FigureFormat;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Quantity;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Numbers and intervals in the words of the reasons, in both languages.
 *
 * <p>Every amount is written for reading by {@link FigureFormat#forReading()}, the one place of
 * display rounding and unit words: rounded to {@value FigureFormat#READING_DIGITS} significant
 * digits (the ends of an interval outwards), with the unit's words; the exact values stay in the
 * evaluation.
 *
 * <p>English: "CNY 1.03 trillion", "1,000 firms", "950,000 t of standard coal", "7.1%",
 * "0.1 pp", "place 7"; ratios as percentages to one decimal ("147.1%"); intervals as "≥ x",
 * "> x", "[x, y]".
 *
 * <p>Chinese (the methods ending in {@code Zh}): "1.03万亿元", "1.068万亿元", "7.1%", "0.1个百分点",
 * "第7位"; requirements with their own word ("突破7000亿元", "不超过5%"), intervals as "≥x",
 * "&gt;x", "x至y", periods as "2022年", "2022年1—6月".
 */
final class Wording {

    private Wording() {
    }

    /** "Electronics industry revenue (ei)". */
    static String name(Indicator indicator) {
        return indicator.displayNameEn() + " (" + indicator.id() + ")";
    }

    private static final FigureFormat EN = FigureFormat.english().forReading();

    /** An amount with its unit, for reading: "CNY 1.068 trillion", "1,000 firms", "7.1%", "place 7". */
    static String amount(BigDecimal value, Unit unit) {
        return amount(value, unit, RoundingMode.HALF_EVEN);
    }

    private static String amount(BigDecimal value, Unit unit, RoundingMode mode) {
        if (unit.dimension() == Dimension.RANK) {
            return "place " + plain(value);
        }
        return EN.format(Quantity.of(value, unit), mode);
    }

    /** A difference in the unit's terms: percentage points for percentages, places for ranks. */
    static String difference(BigDecimal value, Unit unit) {
        String v = plain(value.abs());
        if (unit.dimension() == Dimension.PERCENT || unit.dimension() == Dimension.PERCENTAGE_POINTS) {
            return plain(FigureFormat.forReading(value.abs(), RoundingMode.HALF_EVEN)) + " pp";
        }
        if (unit.dimension() == Dimension.RANK) {
            return v + (value.abs().compareTo(BigDecimal.ONE) == 0 ? " place" : " places");
        }
        return amount(value.abs(), unit);
    }

    /** An interval of amounts. */
    static String range(Range<BigDecimal> r, Unit unit) {
        if (Intervals.isPoint(r)) {
            return amount(r.lowerEndpoint(), unit);
        }
        return interval(r, (v, mode) -> amount(v, unit, mode));
    }

    /** A ratio as a percentage to one decimal: 1.4714 → "147.1%". */
    static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** An interval of ratios as percentages. */
    static String percentRange(Range<BigDecimal> r) {
        if (Intervals.isPoint(r)) {
            return percent(r.lowerEndpoint());
        }
        return interval(r, (v, mode) -> percent(v));
    }

    /** The end of a month by its index ({@link History#index}): "the end of 2021", "the end of 2022-06". */
    static String monthEnd(int month) {
        int y = Math.floorDiv(month, 12);
        int m = Math.floorMod(month, 12) + 1;
        return "the end of " + (m == 12 ? String.valueOf(y) : YearMonth.of(y, m).toString());
    }

    /** The end of a month by its index in Chinese: "2021年末", "2022年6月末". */
    static String monthEndZh(int month) {
        int y = Math.floorDiv(month, 12);
        int m = Math.floorMod(month, 12) + 1;
        return y + (m == 12 ? "年末" : "年" + m + "月末");
    }

    /** A period, written as the dataset writes it. */
    static String period(Period p) {
        return p.toString();
    }

    /** An interval in English; each end written by f with the mode that rounds it outwards. */
    private static String interval(Range<BigDecimal> r, BiFunction<BigDecimal, RoundingMode, String> f) {
        boolean lo = r.hasLowerBound();
        boolean hi = r.hasUpperBound();
        if (!lo && !hi) {
            return "any value";
        }
        if (!hi) {
            return (Intervals.loClosed(r) ? "≥ " : "> ") + f.apply(r.lowerEndpoint(), RoundingMode.FLOOR);
        }
        if (!lo) {
            return (Intervals.hiClosed(r) ? "≤ " : "< ") + f.apply(r.upperEndpoint(), RoundingMode.CEILING);
        }
        return (Intervals.loClosed(r) ? "[" : "(") + f.apply(r.lowerEndpoint(), RoundingMode.FLOOR) + ", "
                + f.apply(r.upperEndpoint(), RoundingMode.CEILING) + (Intervals.hiClosed(r) ? "]" : ")");
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    // ---- Chinese -------------------------------------------------------------------------

    private static final FigureFormat ZH = FigureFormat.chinese().forReading();

    /** "电子信息产业营业收入（ei-revenue）". */
    static String nameZh(Indicator indicator) {
        return indicator.name() + "（" + indicator.id() + "）";
    }

    /** A figure as a plan writes it: "突破7000亿元", "45%以上". */
    static String figureZh(Figure figure) {
        return ZH.format(figure);
    }

    /** An amount with its unit, for reading: "1.03万亿元", "1.068万亿元", "7.1%", "第7位". */
    static String amountZh(BigDecimal value, Unit unit) {
        return ZH.format(Quantity.of(value, unit));
    }

    private static String amountZh(BigDecimal value, Unit unit, RoundingMode mode) {
        return ZH.format(Quantity.of(value, unit), mode);
    }

    /** A difference: "0.1个百分点" for percentages, "3位" for ranks, else an amount. */
    static String differenceZh(BigDecimal value, Unit unit) {
        BigDecimal abs = value.abs();
        if (unit.dimension() == Dimension.PERCENT || unit.dimension() == Dimension.PERCENTAGE_POINTS) {
            return plain(FigureFormat.forReading(abs, RoundingMode.HALF_EVEN)) + "个百分点";
        }
        if (unit.dimension() == Dimension.RANK) {
            return plain(abs) + "位";
        }
        return amountZh(abs, unit);
    }

    /** An interval of amounts: "1.03万亿元", "≥0元", "6.9%至7.2%". */
    static String rangeZh(Range<BigDecimal> r, Unit unit) {
        if (Intervals.isPoint(r)) {
            return amountZh(r.lowerEndpoint(), unit);
        }
        return intervalZh(r, (v, mode) -> amountZh(v, unit, mode));
    }

    /** An interval of ratios as percentages: "≥147.1%". */
    static String percentRangeZh(Range<BigDecimal> r) {
        if (Intervals.isPoint(r)) {
            return percent(r.lowerEndpoint());
        }
        return intervalZh(r, (v, mode) -> percent(v));
    }

    /**
     * A requirement from its direction and threshold, with the word a plan uses: "7000亿元以上",
     * "突破7000亿元", "不超过5%", "不到5%", "前10".
     */
    static String requirementZh(boolean up, boolean inclusive, BigDecimal threshold, Unit unit) {
        Qualifier q = up ? inclusive ? Qualifier.AT_LEAST : Qualifier.MORE_THAN
                : inclusive ? Qualifier.AT_MOST : Qualifier.LESS_THAN;
        return ZH.format(Figure.of(q, threshold, unit));
    }

    /** A period in Chinese: "2022年", "2022年上半年", "2022年第三季度", "2022年5月", "2022年1—6月", "2021—2025年". */
    static String periodZh(Period p) {
        YearMonth f = p.first();
        YearMonth l = p.last();
        switch (p.kind()) {
            case YEAR:
                return f.getYear() + "年";
            case HALF:
                return f.getYear() + (f.getMonthValue() <= 6 ? "年上半年" : "年下半年");
            case QUARTER:
                return f.getYear() + "年第" + "一二三四".charAt((f.getMonthValue() - 1) / 3) + "季度";
            case MONTH:
                return f.getYear() + "年" + f.getMonthValue() + "月";
            case MONTH_RANGE:
                return f.getYear() == l.getYear()
                        ? f.getYear() + "年" + f.getMonthValue() + "—" + l.getMonthValue() + "月"
                        : f.getYear() + "年" + f.getMonthValue() + "月—" + l.getYear() + "年" + l.getMonthValue() + "月";
            case YEAR_RANGE:
            default:
                return f.getYear() + "—" + l.getYear() + "年";
        }
    }

    /** A scope in Chinese: its values, "江西省". */
    static String scopeZh(dev.attain.model.Scope scope) {
        return scope.entries().values().stream().collect(Collectors.joining("、"));
    }

    /** An interval in Chinese; each end written by f with the mode that rounds it outwards. */
    private static String intervalZh(Range<BigDecimal> r, BiFunction<BigDecimal, RoundingMode, String> f) {
        boolean lo = r.hasLowerBound();
        boolean hi = r.hasUpperBound();
        if (!lo && !hi) {
            return "任意值";
        }
        String low = lo ? f.apply(r.lowerEndpoint(), RoundingMode.FLOOR) : "";
        String high = hi ? f.apply(r.upperEndpoint(), RoundingMode.CEILING) : "";
        if (!hi) {
            return (Intervals.loClosed(r) ? "≥" : ">") + low;
        }
        if (!lo) {
            return (Intervals.hiClosed(r) ? "≤" : "<") + high;
        }
        if (Intervals.loClosed(r) && Intervals.hiClosed(r)) {
            return low + "至" + high;
        }
        return (Intervals.loClosed(r) ? "[" : "(") + low + ", " + high + (Intervals.hiClosed(r) ? "]" : ")");
    }
}
