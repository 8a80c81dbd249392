package dev.attain.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.attain.eval.Evaluation;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.quantity.Dimension;
import dev.attain.quantity.FigureFormat;
import dev.attain.quantity.Quantity;
import dev.attain.quantity.Unit;
import dev.attain.eval.Pace;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The cells of a scorecard table, as text, shared by the console, Markdown and HTML renderers:
 * the indicators' names, the requirement as the plan wrote it, the reported value, the
 * attainment (or the difference in percentage points or places), the status and the first
 * reason, in the report's language.
 *
 * <p>Amounts are written by the figures formatter ({@link FigureFormat}): exactly ("1.03万亿元",
 * "CNY 1.03 trillion") in cells meant as data (CSV, workbooks), and in a report a person reads
 * by its {@linkplain FigureFormat#forReading() reading} variant, the one place of display
 * rounding and unit words ("1.068万亿元", "1,000 firms"). Intervals are written "≥x", "&gt;x", "≤x", "&lt;x" when one side is open
 * and "[x, y]" (round or square brackets for open or closed ends) when both are bounded.
 * Ratios are percentages to one decimal, "147.1%"; differences are signed, "+0.1个百分点",
 * "+0.1 pp", "+2位", "+2 places", to at most two decimals. The ends of an interval are rounded
 * outwards (the lower end down, the upper end up), so that "≥147.1%" is true of every value the
 * interval holds; a single value is rounded half to even.
 *
 * <p>The cells are raw text: each renderer escapes them for its own format.
 */
final class Cells {

    private final Labels labels;
    private final FigureFormat figures;

    Cells(Labels labels) {
        this(labels, false);
    }

    /**
     * Creates the cells of a report.
     *
     * @param labels  the report's language
     * @param forReading  whether amounts are written {@linkplain FigureFormat#forReading() for
     *     reading} (computed amounts rounded, outwards at the ends of an interval; English unit
     *     words), for a report a person reads; figures as a document wrote them keep their digits
     */
    Cells(Labels labels, boolean forReading) {
        this.labels = requireNonNull(labels, "labels");
        this.figures = forReading ? labels.figures().forReading() : labels.figures();
    }

    /** The figures formatter of these cells: for reading, or exact. */
    FigureFormat figures() {
        return figures;
    }

    Labels labels() {
        return labels;
    }

    /** The target's id. */
    String id(Evaluation e) {
        return e.target().id();
    }

    /** The indicators' names: Chinese names, or English ones where given; a sum joined by "+". */
    String indicators(Evaluation e) {
        List<String> names = new ArrayList<>(e.indicators().size());
        for (Indicator i : e.indicators()) {
            names.add(name(i));
        }
        return String.join(labels.chinese() ? "+" : " + ", names);
    }

    /** One indicator's name in the report's language. */
    String name(Indicator indicator) {
        return labels.chinese() ? indicator.name() : indicator.displayNameEn();
    }

    /** The period as the dataset writes it: "2022", "2021..2025". */
    String period(Evaluation e) {
        return e.target().period().toString();
    }

    /** The requirement as the plan wrote it: "突破7000亿元", "more than CNY 700 billion". */
    String required(Evaluation e) {
        return figures.format(e.target().requirement());
    }

    /**
     * The reported value: the figure as the bulletin wrote it when one figure of the target's
     * own indicator was used unchanged ("约1.03万亿元"), else the interval judged ("≥1.03万亿元");
     * for a NOT_COMPARABLE target, the figures in their own units; "-" when nothing was reported.
     */
    String reported(Evaluation e) {
        if (e.actual().isPresent()) {
            Range<BigDecimal> actual = e.actual().get();
            if (e.outcomes().size() == 1 && !e.target().isSum()) {
                Outcome o = e.outcomes().get(0);
                if (o.value().unit().equals(e.unit()) && o.value().range().equals(actual)) {
                    return figures.format(o.value());
                }
            }
            return amounts(actual, e.unit());
        }
        if (!e.outcomes().isEmpty()) {
            List<String> parts = new ArrayList<>(e.outcomes().size());
            for (Outcome o : e.outcomes()) {
                parts.add(figures.format(o.value()));
            }
            return String.join(" + ", parts);
        }
        return labels.noValue();
    }

    /**
     * The attainment as a percentage, or the difference in percentage points or places where
     * the target is judged by difference; "-" when neither could be judged.
     */
    String attainment(Evaluation e) {
        if (e.attainment().isPresent()) {
            return percents(e.attainment().get());
        }
        if (e.difference().isPresent()) {
            return differences(e.difference().get(), e.unit());
        }
        return labels.noValue();
    }

    /** The status with its sign: "✗ 未完成". */
    String status(Evaluation e) {
        return labels.status(e.status());
    }

    /** The reasons in the report's language. */
    List<String> reasons(Evaluation e) {
        return e.reasons(labels.locale());
    }

    /** The first reason in the report's language, or "" when there is none. */
    String firstReason(Evaluation e) {
        List<String> reasons = reasons(e);
        return reasons.isEmpty() ? "" : reasons.get(0);
    }

    /**
     * The reason that decides the status, for a report read at a glance: the verdict
     * ({@link Evaluation#decisiveReason}, the reason the evaluator wrote as the verdict),
     * followed, for a target whose period still runs, by what is still required by the deadline
     * ({@link #stillRequired}).
     */
    String decisiveReason(Evaluation e) {
        String verdict = e.decisiveReason(labels.locale()).orElse("");
        Optional<String> still = stillRequired(e);
        if (still.isEmpty()) {
            return verdict;
        }
        return verdict.isEmpty() ? still.get() : verdict + (labels.chinese() ? "；" : "; ") + still.get();
    }

    /**
     * What a running target still requires by its deadline: the annual growth rate
     * ("尚需年均增长5.2%", "needs 5.2% a year") where the plan's path is compound growth and one is
     * defined, else the amount a year ("尚需每年增加700亿元"); empty when the period no longer runs.
     */
    Optional<String> stillRequired(Evaluation e) {
        if (e.pace().isEmpty()) {
            return Optional.empty();
        }
        Pace p = e.pace().get();
        if (p.requiredCompound().isPresent()) {
            String rate = percents(p.requiredCompound().get());
            return Optional.of(labels.chinese() ? "尚需年均增长" + rate : "needs " + rate + " a year");
        }
        if (p.requiredLinear().isPresent()) {
            String amount = amounts(p.requiredLinear().get(), e.unit());
            return Optional.of(labels.chinese() ? "尚需每年增加" + amount : "needs " + amount + " a year");
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ numbers

    /** An amount in a unit, by the figures formatter. */
    String amount(BigDecimal value, Unit unit) {
        return figures.format(Quantity.of(value, unit));
    }

    /** An interval of amounts; for reading, each end rounded outwards by the figures formatter. */
    String amounts(Range<BigDecimal> range, Unit unit) {
        return interval(range, (v, mode) -> figures.format(Quantity.of(v, unit), mode));
    }

    /** A ratio as a percentage to one decimal: 1.4714 → "147.1%". */
    static String percent(BigDecimal ratio, RoundingMode mode) {
        return ratio.movePointRight(2).setScale(1, mode).toPlainString() + "%";
    }

    /** An interval of ratios as percentages. */
    static String percents(Range<BigDecimal> range) {
        return interval(range, Cells::percent);
    }

    /** A signed difference: "+0.1个百分点", "+0.1 pp", "-2位", "-2 places". */
    String difference(BigDecimal value, RoundingMode mode, Unit unit) {
        BigDecimal v = value.setScale(Math.max(0, Math.min(2, value.scale())), mode);
        v = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
        String sign = v.signum() > 0 ? "+" : v.signum() < 0 ? "-" : "";
        BigDecimal abs = v.abs();
        String n = abs.toPlainString();
        Dimension d = unit.dimension();
        if (d == Dimension.PERCENT || d == Dimension.PERCENTAGE_POINTS) {
            return sign + n + (labels.chinese() ? "个百分点" : " pp");
        }
        if (d == Dimension.RANK) {
            if (labels.chinese()) {
                return sign + n + "位";
            }
            return sign + n + (abs.compareTo(BigDecimal.ONE) == 0 ? " place" : " places");
        }
        return sign + amount(abs, unit);
    }

    /** An interval of differences. */
    String differences(Range<BigDecimal> range, Unit unit) {
        return interval(range, (v, mode) -> difference(v, mode, unit));
    }

    /**
     * Writes an interval: a single value alone, "≥x", "&gt;x", "≤x", "&lt;x" for a half-bounded
     * one, "[x, y]" with round brackets for open ends, "(-∞, +∞)" for an unbounded one. Ends
     * are written by {@code end}, given the rounding mode that rounds them outwards.
     */
    static String interval(Range<BigDecimal> r, BiFunction<BigDecimal, RoundingMode, String> end) {
        boolean lower = r.hasLowerBound();
        boolean upper = r.hasUpperBound();
        if (lower && upper && r.lowerEndpoint().compareTo(r.upperEndpoint()) == 0) {
            return end.apply(r.lowerEndpoint(), RoundingMode.HALF_EVEN);
        }
        if (lower && upper) {
            return (r.lowerBoundType() == BoundType.CLOSED ? "[" : "(")
                    + end.apply(r.lowerEndpoint(), RoundingMode.FLOOR) + ", "
                    + end.apply(r.upperEndpoint(), RoundingMode.CEILING)
                    + (r.upperBoundType() == BoundType.CLOSED ? "]" : ")");
        }
        if (lower) {
            return (r.lowerBoundType() == BoundType.CLOSED ? "≥" : ">") + end.apply(r.lowerEndpoint(), RoundingMode.FLOOR);
        }
        if (upper) {
            return (r.upperBoundType() == BoundType.CLOSED ? "≤" : "<") + end.apply(r.upperEndpoint(), RoundingMode.CEILING);
        }
        return "(-∞, +∞)";
    }
}
