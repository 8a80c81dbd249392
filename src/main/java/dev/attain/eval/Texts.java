package dev.attain.eval;

import com.google.common.collect.Range;
import dev.attain.model.Indicator;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.quantity.Dimension;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers and intervals in the words of the reasons: exact amounts in plain digits with their
 * unit code ("1030000000000 CNY", "7.1%", "0.1 pp", "place 7"), ratios as percentages to one
 * decimal ("147.1%"), intervals as "≥ x", "> x", "[x, y]".
 */
final class Texts {

    private Texts() {
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
        return interval(r, Texts::plain) + suffix;
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
        return interval(r, Texts::percent);
    }

    /** An outcome status in words: "final". */
    static String status(OutcomeStatus status) {
        switch (status) {
            case PRELIMINARY:
                return "preliminary";
            case REVISED:
                return "revised";
            case FINAL:
            default:
                return "final";
        }
    }

    /** A status in words: "on track". */
    static String status(Status status) {
        switch (status) {
            case ON_TRACK:
                return "on track";
            case AT_RISK:
                return "at risk";
            case OFF_TRACK:
                return "off track";
            case NO_DATA:
                return "no data";
            case NOT_COMPARABLE:
                return "not comparable";
            default:
                return status.name().toLowerCase(java.util.Locale.ROOT);
        }
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
}
