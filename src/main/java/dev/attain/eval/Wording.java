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
import java.util.stream.Collectors;

/**
 * Numbers and intervals in the words of the reasons, in both languages.
 *
 * <p>English: exact amounts in plain digits with their unit code ("1030000000000 CNY", "7.1%",
 * "0.1 pp", "place 7"), ratios as percentages to one decimal ("147.1%"), intervals as "≥ x",
 * "> x", "[x, y]".
 *
 * <p>Chinese (the methods ending in {@code Zh}): exact amounts by {@link FigureFormat#chinese()}
 * ("1.03万亿元", "7.1%", "0.1个百分点", "第7位"), requirements with their own word ("突破7000亿元",
 * "不超过5%"), intervals as "≥x", "&gt;x", "x至y", periods as "2022年", "2022年1—6月".
 */
final class Wording {

    private Wording() {
    }

    /** "Electronics industry revenue (ei)". */
    static String name(Indicator indicator) {
        return indicator.displayNameEn() + " (" + indicator.id() + ")";
    }

    /** An exact amount with its unit. */
    static String amount(BigDecimal value, Unit unit) {
        String v = plain(value);
        switch (unit.dimension()) {
            case PERCENT:
                return v + "%";
            case RANK:
                return "place " + v;
            case NUMBER:
                return v;
            default:
                return v + " " + unit.code();
        }
    }

    /** A difference in the unit's terms: percentage points for percentages, places for ranks. */
    static String difference(BigDecimal value, Unit unit) {
        String v = plain(value.abs());
        if (unit.dimension() == Dimension.PERCENT || unit.dimension() == Dimension.PERCENTAGE_POINTS) {
            return v + " pp";
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
        String suffix = unitSuffix(unit);
        return interval(r, Wording::plain) + suffix;
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
        return interval(r, Wording::percent);
    }

    /** A period, written as the dataset writes it. */
    static String period(Period p) {
        return p.toString();
    }

    private static String unitSuffix(Unit unit) {
        switch (unit.dimension()) {
            case PERCENT:
                return "%";
            case RANK:
                return " (places)";
            case NUMBER:
                return "";
            default:
                return " " + unit.code();
        }
    }

    private static String interval(Range<BigDecimal> r, java.util.function.Function<BigDecimal, String> f) {
        boolean lo = r.hasLowerBound();
        boolean hi = r.hasUpperBound();
        if (!lo && !hi) {
            return "any value";
        }
        if (!hi) {
            return (Intervals.loClosed(r) ? "≥ " : "> ") + f.apply(r.lowerEndpoint());
        }
        if (!lo) {
            return (Intervals.hiClosed(r) ? "≤ " : "< ") + f.apply(r.upperEndpoint());
        }
        return (Intervals.loClosed(r) ? "[" : "(") + f.apply(r.lowerEndpoint()) + ", " + f.apply(r.upperEndpoint())
                + (Intervals.hiClosed(r) ? "]" : ")");
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    // ---- Chinese -------------------------------------------------------------------------

    private static final FigureFormat ZH = FigureFormat.chinese();

    /** "电子信息产业营业收入（ei-revenue）". */
    static String nameZh(Indicator indicator) {
        return indicator.name() + "（" + indicator.id() + "）";
    }

    /** A figure as a plan writes it: "突破7000亿元", "45%以上". */
    static String figureZh(Figure figure) {
        return ZH.format(figure);
    }

    /** An exact amount with its unit: "1.03万亿元", "7.1%", "第7位". */
    static String amountZh(BigDecimal value, Unit unit) {
        return ZH.format(Quantity.of(value, unit));
    }

    /** A difference: "0.1个百分点" for percentages, "3位" for ranks, else an amount. */
    static String differenceZh(BigDecimal value, Unit unit) {
        BigDecimal abs = value.abs();
        if (unit.dimension() == Dimension.PERCENT || unit.dimension() == Dimension.PERCENTAGE_POINTS) {
            return plain(abs) + "个百分点";
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
        return intervalZh(r, v -> amountZh(v, unit));
    }

    /** An interval of ratios as percentages: "≥147.1%". */
    static String percentRangeZh(Range<BigDecimal> r) {
        if (Intervals.isPoint(r)) {
            return percent(r.lowerEndpoint());
        }
        return intervalZh(r, Wording::percent);
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

    private static String intervalZh(Range<BigDecimal> r, java.util.function.Function<BigDecimal, String> f) {
        boolean lo = r.hasLowerBound();
        boolean hi = r.hasUpperBound();
        if (!lo && !hi) {
            return "任意值";
        }
        if (!hi) {
            return (Intervals.loClosed(r) ? "≥" : ">") + f.apply(r.lowerEndpoint());
        }
        if (!lo) {
            return (Intervals.hiClosed(r) ? "≤" : "<") + f.apply(r.upperEndpoint());
        }
        if (Intervals.loClosed(r) && Intervals.hiClosed(r)) {
            return f.apply(r.lowerEndpoint()) + "至" + f.apply(r.upperEndpoint());
        }
        return (Intervals.loClosed(r) ? "[" : "(") + f.apply(r.lowerEndpoint()) + ", " + f.apply(r.upperEndpoint())
                + (Intervals.hiClosed(r) ? "]" : ")");
    }
}
