package dev.attain.report;

import static dev.attain.report.Scale.px;

import com.google.common.collect.Range;
import dev.attain.eval.Evaluation;
import dev.attain.model.Baseline;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Quota;
import dev.attain.model.Target;
import dev.attain.quantity.Dimension;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The trajectory of one indicator towards one target: the figures reported over time against
 * the plan's path from its start to the requirement.
 *
 * <p><b>Which figures.</b> The outcomes of the target's indicator and scope published by the
 * as-of date, in the indicator's unit, the latest publication of each period (a revision
 * supersedes), ending by the target's deadline: with a baseline, those after it (for a
 * cumulative measure, those spanning as many months as the target's period, such as annual
 * flows on the way to a final year); without one, for a cumulative measure, the running totals
 * from the period's start (1—3月, 1—6月 …); otherwise those within the period.
 *
 * <p><b>The path</b> starts at the baseline (or at zero at the period's start for a cumulative
 * figure) and ends at the requirement on the last day of the period: a straight line
 * ({@code LINEAR}, the 序时进度), a curve of constant growth ({@code COMPOUND}; a straight line
 * when a value is zero or negative, as the evaluator falls back), or the cumulative quotas of
 * a {@code SCHEDULE}.
 *
 * <p>Each reported figure is a dot at the end of its period; an interval is a vertical line
 * between its ends and an open end an arrow; the baseline is a hollow square; the requirement
 * a ring at the deadline. Every text from the data goes through {@link Escape#html}.
 *
 * <p><b>Ranks</b> (第1位 is best) are drawn with the value axis inverted, 1st at the top, its
 * ticks at whole places only, and the axis says so ("↑ 名次靠前", "↑ higher place"): a line
 * that climbs is a province that moved up, as for every other indicator.
 */
final class TrajectoryChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 270;

    private static final double LEFT = 92;
    private static final double RIGHT = WIDTH - 24;
    private static final double TOP = 34;
    private static final double BOTTOM = HEIGHT - 36;

    private final Cells cells;

    TrajectoryChart(Cells cells) {
        this.cells = cells;
    }

    /**
     * The chart's data: what it is of, its start, its points, its path and the requirements
     * drawn as rings.
     *
     * @param attribute  the SVG's data attribute naming what is charted, such as
     *     {@code data-target="jx-2025-va"} (escaped)
     * @param name  the chart's title
     * @param unit  the unit of the values
     * @param pace  the plan's path model, when a path is drawn
     * @param start  the baseline (or zero at a cumulative period's start)
     * @param points  the reported figures, by date
     * @param pathDates  the dates of the plan's path
     * @param pathValues  the values of the plan's path
     * @param requirements  the requirements at their deadlines
     */
    record Plan(String attribute, String name, Unit unit, Optional<PaceModel> pace, Optional<Point> start,
            List<Point> points, List<LocalDate> pathDates, List<BigDecimal> pathValues, List<Mark> requirements) {

        /** Whether there is anything to chart: a path and a figure, or two figures. */
        boolean drawable() {
            int n = points.size() + (start.isPresent() && start.get().baseline() ? 1 : 0);
            return (!pathDates.isEmpty() && !points.isEmpty()) || n >= 2;
        }
    }

    /** A requirement at its deadline: the value, its words ("突破7000亿元") and its tooltip. */
    record Mark(LocalDate date, BigDecimal value, String words, String label) {
    }

    /** One point: a date, the value drawn, the interval reported, and words for its tooltip. */
    record Point(LocalDate date, BigDecimal value, Range<BigDecimal> range, String label, boolean baseline) {
    }

    /**
     * Gathers the history and the path of a single-indicator target.
     *
     * @param e  the evaluation, of a target on one indicator
     * @param outcomes  the outcomes to choose from: a dataset's, or the evaluation's
     * @param asOf  the date: later publications are left out
     */
    Plan plan(Evaluation e, List<Outcome> outcomes, LocalDate asOf) {
        Target t = e.target();
        Indicator ind = e.indicators().get(0);
        Unit unit = e.unit();
        Period period = t.period();
        LocalDate deadline = period.end();
        boolean cumulative = ind.measure().isCumulative();
        Optional<Baseline> baseline = t.baseline().filter(b -> b.value().unit().equals(unit));

        Map<Period, Outcome> latest = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            if (!o.indicator().equals(ind.id()) || !o.scope().equals(t.scope()) || o.published().isAfter(asOf)
                    || !o.value().unit().equals(unit) || o.period().end().isAfter(deadline)) {
                continue;
            }
            Period p = o.period();
            boolean fits;
            if (baseline.isPresent()) {
                fits = p.end().isAfter(baseline.get().period().end()) && (!cumulative || p.months() == period.months());
            } else if (cumulative) {
                fits = p.first().equals(period.first());
            } else {
                fits = !p.start().isBefore(period.start());
            }
            if (!fits) {
                continue;
            }
            Outcome old = latest.get(p);
            if (old == null || o.published().isAfter(old.published())
                    || (o.published().equals(old.published()) && o.status().compareTo(old.status()) > 0)) {
                latest.put(p, o);
            }
        }
        List<Point> points = new ArrayList<>();
        for (Outcome o : latest.values()) {
            String words = o.period() + ": " + cells.figures().format(o.value()) + " (" + o.published() + ")";
            points.add(new Point(o.period().end(), o.value().nominal(), o.value().range(), words, false));
        }
        points.sort(Comparator.comparing(Point::date));

        Optional<Point> start = Optional.empty();
        if (baseline.isPresent()) {
            Baseline b = baseline.get();
            start = Optional.of(new Point(b.period().end(), b.value().nominal(), b.value().range(),
                    cells.labels().baseline() + " " + b.period() + ": " + cells.figures().format(b.value()),
                    true));
        } else if (cumulative) {
            start = Optional.of(new Point(period.start(), BigDecimal.ZERO, Range.singleton(BigDecimal.ZERO), "", false));
        }

        List<LocalDate> pathDates = new ArrayList<>();
        List<BigDecimal> pathValues = new ArrayList<>();
        if (start.isPresent() && e.required().isPresent()) {
            path(t, start.get(), e.required().get(), deadline, pathDates, pathValues);
        }
        return new Plan("data-target=\"" + Escape.html(t.id()) + "\"", cells.name(ind) + " (" + t.id() + ")", unit,
                Optional.of(t.pace()), start, points, pathDates, pathValues, mark(e).stream().toList());
    }

    /**
     * Tells whether a target's requirement is on its indicator's own values, so that it can be
     * drawn beside them: not on a sum, and not relative (a multiple, a growth or a difference is
     * not on the scale of the figures it is made from).
     */
    static boolean onOwnScale(Evaluation e) {
        return !e.target().isSum() && e.target().relation().isEmpty();
    }

    /** The requirement of a target at its deadline, if it has one value. */
    private Optional<Mark> mark(Evaluation e) {
        return e.required().map(v -> new Mark(e.target().period().end(), v, cells.required(e),
                cells.labels().required() + " " + e.target().period() + ": " + cells.required(e)));
    }

    /**
     * Gathers the series of one indicator and scope, targets or not: the latest publication
     * of each period published by the as-of date, in the indicator's unit; for a cumulative
     * measure (a flow, an increment) only the periods of the most common length, so that a
     * year is never drawn beside a part of one; with a ring at the deadline of each target on
     * that indicator alone (or on each of several, this one among them) and scope that has one
     * required value.
     *
     * @param indicator  the indicator
     * @param scope  the scope
     * @param outcomes  the outcomes to choose from
     * @param evaluations  the evaluations whose requirements are drawn when they are on this indicator and scope
     * @param asOf  the date: later publications are left out
     */
    Plan series(Indicator indicator, dev.attain.model.Scope scope, List<Outcome> outcomes,
            List<Evaluation> evaluations, LocalDate asOf) {
        Unit unit = indicator.unit();
        Map<Period, Outcome> latest = new LinkedHashMap<>();
        Map<Integer, Integer> lengths = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            if (!o.indicator().equals(indicator.id()) || !o.scope().equals(scope) || o.published().isAfter(asOf)
                    || !o.value().unit().equals(unit)) {
                continue;
            }
            Outcome old = latest.get(o.period());
            if (old == null || o.published().isAfter(old.published())
                    || (o.published().equals(old.published()) && o.status().compareTo(old.status()) > 0)) {
                latest.put(o.period(), o);
            }
        }
        for (Period p : latest.keySet()) {
            lengths.merge(p.months(), 1, Integer::sum);
        }
        int common = lengths.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(12);
        boolean cumulative = indicator.measure().isCumulative();
        List<Point> points = new ArrayList<>();
        for (Outcome o : latest.values()) {
            if (cumulative && o.period().months() != common) {
                continue;
            }
            String words = o.period() + ": " + cells.figures().format(o.value()) + " (" + o.published() + ")";
            points.add(new Point(o.period().end(), o.value().nominal(), o.value().range(), words, false));
        }
        points.sort(Comparator.comparing(Point::date));
        List<Mark> marks = new ArrayList<>();
        for (Evaluation target : evaluations) {
            // a target on each of several indicators sets its requirement on each: its parts' rings
            for (Evaluation e : target.target().isEach() ? target.parts() : List.of(target)) {
                if (onOwnScale(e) && e.target().indicators().get(0).equals(indicator.id())
                        && e.target().scope().equals(scope) && e.unit().equals(unit)) {
                    mark(e).ifPresent(marks::add);
                }
            }
        }
        String where = scope.entries().entrySet().stream().filter(en -> !en.getKey().equals("region"))
                .map(Map.Entry::getValue).reduce((a, b) -> a + " " + b).map(v -> " · " + v).orElse("");
        return new Plan("data-indicator=\"" + Escape.html(indicator.id()) + "\"", cells.name(indicator) + where, unit,
                Optional.empty(), Optional.empty(), points, List.of(), List.of(), marks);
    }

    private static void path(Target t, Point start, BigDecimal required, LocalDate deadline, List<LocalDate> dates,
            List<BigDecimal> values) {
        BigDecimal s = start.value();
        if (t.pace() == PaceModel.SCHEDULE && !t.schedule().isEmpty() && s.signum() == 0) {
            dates.add(start.date());
            values.add(BigDecimal.ZERO);
            BigDecimal share = BigDecimal.ZERO;
            for (Quota q : t.schedule()) {
                share = share.add(q.sharePercent());
                dates.add(q.period().end());
                values.add(required.multiply(share).movePointLeft(2));
            }
            return;
        }
        if (t.pace() == PaceModel.COMPOUND && s.signum() > 0 && required.signum() > 0) {
            long months = Math.max(1, ChronoUnit.MONTHS.between(start.date(), deadline));
            double ratio = required.doubleValue() / s.doubleValue();
            int steps = (int) Math.min(48, Math.max(8, months));
            for (int i = 0; i <= steps; i++) {
                double f = i / (double) steps;
                long days = Math.round(ChronoUnit.DAYS.between(start.date(), deadline) * f);
                dates.add(start.date().plusDays(days));
                values.add(i == steps ? required : new BigDecimal(s.doubleValue() * Math.pow(ratio, f)));
            }
            return;
        }
        dates.add(start.date());
        values.add(s);
        dates.add(deadline);
        values.add(required);
    }

    /** Draws a plan; {@code n} makes its ids unique in the page. */
    String svg(Plan plan, int n) {
        Labels labels = cells.labels();
        Unit unit = plan.unit();

        List<BigDecimal> values = new ArrayList<>(plan.pathValues());
        List<LocalDate> dates = new ArrayList<>(plan.pathDates());
        plan.start().filter(Point::baseline).ifPresent(p -> {
            values.add(p.value());
            dates.add(p.date());
        });
        for (Point p : plan.points()) {
            values.add(p.value());
            dates.add(p.date());
            if (p.range().hasLowerBound()) {
                values.add(p.range().lowerEndpoint());
            }
            if (p.range().hasUpperBound()) {
                values.add(p.range().upperEndpoint());
            }
        }
        for (Mark m : plan.requirements()) {
            values.add(m.value());
            dates.add(m.date());
        }
        LocalDate deadline = dates.stream().max(Comparator.naturalOrder()).orElse(LocalDate.of(2000, 12, 31));
        BigDecimal min = values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        BigDecimal room = max.subtract(min).multiply(new BigDecimal("0.06"));
        values.add(max.add(room));
        values.add(min.subtract(room).signum() < 0 && min.signum() >= 0 ? BigDecimal.ZERO : min.subtract(room));
        boolean rank = unit.dimension() == Dimension.RANK;
        // a rank is better when lower: its axis runs downwards, so that up is better here too
        Scale y = rank ? Scale.covering(values, 4, TOP, BOTTOM) : Scale.covering(values, 4, BOTTOM, TOP);
        double plusInfinity = rank ? BOTTOM : TOP;
        double minusInfinity = rank ? TOP : BOTTOM;
        LocalDate first = dates.stream().min(Comparator.naturalOrder()).orElse(deadline);
        LocalDate last = dates.stream().max(Comparator.naturalOrder()).orElse(deadline);
        if (!last.isAfter(first)) {
            first = last.minusYears(1);
        }
        long spanDays = ChronoUnit.DAYS.between(first, last);
        LocalDate x0 = first.minusDays(Math.max(10, spanDays / 25));
        LocalDate x1 = last.plusDays(Math.max(10, spanDays / 25));
        double days = ChronoUnit.DAYS.between(x0, x1);

        StringBuilder s = new StringBuilder(4096);
        String titleId = "trajectory-" + n + "-title";
        s.append("<svg class=\"trajectory\" ").append(plan.attribute())
                .append(" data-points=\"").append(plan.points().size()).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(titleId)
                .append("\">");
        s.append("<title id=\"").append(titleId).append("\">")
                .append(Escape.html(plan.name())).append("</title>");

        // grid and axes
        s.append("<g class=\"axis\" font-size=\"10\" fill=\"#333\">");
        for (BigDecimal t : y.ticks()) {
            if (rank && (t.signum() <= 0 || t.stripTrailingZeros().scale() > 0)) {
                continue; // places are whole and start at 1
            }
            double ty = y.at(t);
            s.append("<line x1=\"").append(px(LEFT)).append("\" x2=\"").append(px(RIGHT)).append("\" y1=\"").append(px(ty))
                    .append("\" y2=\"").append(px(ty)).append("\" stroke=\"#e3e3e3\"/>");
            s.append("<text x=\"").append(px(LEFT - 6)).append("\" y=\"").append(px(ty + 3.5))
                    .append("\" text-anchor=\"end\">").append(Escape.html(cells.amount(t, unit))).append("</text>");
        }
        s.append("<line x1=\"").append(px(LEFT)).append("\" x2=\"").append(px(RIGHT)).append("\" y1=\"").append(px(BOTTOM))
                .append("\" y2=\"").append(px(BOTTOM)).append("\" stroke=\"#888\"/>");
        if (rank) {
            s.append("<text class=\"rank-axis\" x=\"").append(px(LEFT - 6)).append("\" y=\"").append(px(TOP - 14))
                    .append("\" text-anchor=\"end\">").append(Escape.html(cells.labels().rankAxis())).append("</text>");
        }
        List<LocalDate> ticks = timeTicks(x0, x1);
        boolean years = ticks.size() >= 2 && ticks.get(1).getYear() - ticks.get(0).getYear() >= 1
                && ticks.get(0).getMonthValue() == 12 && ticks.get(1).getMonthValue() == 12;
        for (LocalDate tick : ticks) {
            double tx = xAt(tick, x0, days);
            s.append("<line x1=\"").append(px(tx)).append("\" x2=\"").append(px(tx)).append("\" y1=\"").append(px(BOTTOM))
                    .append("\" y2=\"").append(px(BOTTOM + 4)).append("\" stroke=\"#888\"/>");
            String label = tickLabel(tick, years);
            s.append("<text x=\"").append(px(tx)).append("\" y=\"").append(px(BOTTOM + 16))
                    .append("\" text-anchor=\"middle\">").append(label).append("</text>");
        }
        s.append("</g>");

        // legend
        s.append("<g class=\"legend\" font-size=\"11\" fill=\"#333\">");
        double lx = LEFT;
        if (!plan.pathDates().isEmpty() && plan.pace().isPresent()) {
            s.append("<line x1=\"").append(px(LEFT)).append("\" x2=\"").append(px(LEFT + 24))
                    .append("\" y1=\"12\" y2=\"12\" stroke=\"#777\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            s.append("<text x=\"").append(px(LEFT + 30)).append("\" y=\"16\">")
                    .append(Escape.html(labels.plannedPath(plan.pace().get())))
                    .append("</text>");
            lx = LEFT + 250;
        }
        s.append("<line x1=\"").append(px(lx)).append("\" x2=\"").append(px(lx + 24)).append("\" y1=\"12\" y2=\"12\" stroke=\"")
                .append(BulletGraph.BAR).append("\" stroke-width=\"2.5\"/><circle cx=\"").append(px(lx + 12))
                .append("\" cy=\"12\" r=\"3.5\" fill=\"").append(BulletGraph.BAR).append("\"/>");
        s.append("<text x=\"").append(px(lx + 30)).append("\" y=\"16\">").append(Escape.html(labels.reportedSeries()))
                .append("</text>");
        double rx = lx + 130;
        if (!plan.requirements().isEmpty()) {
            s.append("<circle cx=\"").append(px(rx + 8)).append("\" cy=\"12\" r=\"5\" fill=\"none\" stroke=\"#000\""
                    + " stroke-width=\"2\"/>");
            s.append("<text x=\"").append(px(rx + 20)).append("\" y=\"16\">").append(Escape.html(labels.required()))
                    .append("</text>");
        }
        s.append("</g>");

        // the plan's path
        if (!plan.pathDates().isEmpty()) {
            s.append("<polyline class=\"plan\" fill=\"none\" stroke=\"#777\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"");
            for (int i = 0; i < plan.pathDates().size(); i++) {
                if (i > 0) {
                    s.append(' ');
                }
                s.append(px(xAt(plan.pathDates().get(i), x0, days))).append(',')
                        .append(px(y.at(plan.pathValues().get(i))));
            }
            s.append("\"><title>").append(Escape.html(plan.pace().map(labels::plannedPath).orElse(labels.plannedPath())))
                    .append("</title></polyline>");
        }

        // the reported line
        List<Point> line = new ArrayList<>();
        plan.start().filter(Point::baseline).ifPresent(line::add);
        line.addAll(plan.points());
        if (line.size() >= 2) {
            s.append("<polyline class=\"reported\" fill=\"none\" stroke=\"").append(BulletGraph.BAR)
                    .append("\" stroke-width=\"2.5\" points=\"");
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) {
                    s.append(' ');
                }
                s.append(px(xAt(line.get(i).date(), x0, days))).append(',').append(px(y.at(line.get(i).value())));
            }
            s.append("\"/>");
        }
        plan.start().filter(Point::baseline).ifPresent(p -> {
            double cx = xAt(p.date(), x0, days);
            double py = y.at(p.value());
            s.append("<rect class=\"baseline\" x=\"").append(px(cx - 4.5)).append("\" y=\"").append(px(py - 4.5))
                    .append("\" width=\"9\" height=\"9\" fill=\"#fff\" stroke=\"").append(BulletGraph.BAR)
                    .append("\" stroke-width=\"2\"><title>").append(Escape.html(p.label())).append("</title></rect>");
        });
        for (Point p : plan.points()) {
            double cx = xAt(p.date(), x0, days);
            Range<BigDecimal> r = p.range();
            boolean point = r.hasLowerBound() && r.hasUpperBound() && r.lowerEndpoint().compareTo(r.upperEndpoint()) == 0;
            if (!point) {
                double yLow = r.hasLowerBound() ? y.at(r.lowerEndpoint()) : minusInfinity;
                double yHigh = r.hasUpperBound() ? y.at(r.upperEndpoint()) : plusInfinity;
                s.append("<line class=\"interval\" x1=\"").append(px(cx)).append("\" x2=\"").append(px(cx))
                        .append("\" y1=\"").append(px(yLow)).append("\" y2=\"").append(px(yHigh)).append("\" stroke=\"")
                        .append(BulletGraph.RANGE).append("\" stroke-width=\"3\"/>");
                if (!r.hasUpperBound()) {
                    arrow(s, cx, plusInfinity);
                }
                if (!r.hasLowerBound()) {
                    arrow(s, cx, minusInfinity);
                }
            }
            s.append("<circle class=\"point\" cx=\"").append(px(cx)).append("\" cy=\"").append(px(y.at(p.value())))
                    .append("\" r=\"4.5\" fill=\"").append(BulletGraph.BAR).append("\"><title>")
                    .append(Escape.html(p.label())).append("</title></circle>");
        }

        // the requirements
        for (Mark m : plan.requirements()) {
            double cx = xAt(m.date(), x0, days);
            double py = y.at(m.value());
            s.append("<circle class=\"requirement\" cx=\"").append(px(cx)).append("\" cy=\"").append(px(py))
                    .append("\" r=\"6\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\"><title>")
                    .append(Escape.html(m.label())).append("</title></circle>");
            String words = m.words();
            s.append("<text class=\"requirement-label\" x=\"").append(px(cx - 10)).append("\" y=\"").append(px(py - 10))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#000\">").append(Escape.html(words))
                    .append("</text>");
        }
        s.append("</svg>");
        return s.toString();
    }

    private static double xAt(LocalDate d, LocalDate x0, double days) {
        return LEFT + ChronoUnit.DAYS.between(x0, d) / days * (RIGHT - LEFT);
    }

    /**
     * The ticks of the time axis, at period ends, where the figures are drawn: year ends
     * (31 December, labelled "2022") when the span holds three or more, else quarter ends
     * (labelled "2023-06"); thinned to at most eight.
     */
    static List<LocalDate> timeTicks(LocalDate from, LocalDate to) {
        List<LocalDate> ticks = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            LocalDate end = LocalDate.of(y, 12, 31);
            if (!end.isBefore(from) && !end.isAfter(to)) {
                ticks.add(end);
            }
        }
        if (ticks.size() < 3) {
            ticks.clear();
            LocalDate q = LocalDate.of(from.getYear(), 3, 1);
            while (!q.isAfter(to)) {
                LocalDate end = q.withDayOfMonth(q.lengthOfMonth());
                if (!end.isBefore(from) && !end.isAfter(to)) {
                    ticks.add(end);
                }
                q = q.plusMonths(3);
            }
        }
        int every = (ticks.size() + 7) / 8;
        List<LocalDate> thinned = new ArrayList<>();
        for (int i = 0; i < ticks.size(); i++) {
            if (i % every == 0) {
                thinned.add(ticks.get(i));
            }
        }
        return thinned;
    }

    /** An arrow at an edge of the plot (TOP or BOTTOM), pointing out of it: an open end of an interval. */
    private static void arrow(StringBuilder s, double cx, double edge) {
        double back = edge == TOP ? TOP + 8 : BOTTOM - 8;
        s.append("<polygon class=\"arrow\" points=\"").append(px(cx - 5)).append(',').append(px(back))
                .append(' ').append(px(cx)).append(',').append(px(edge)).append(' ').append(px(cx + 5))
                .append(',').append(px(back)).append("\" fill=\"").append(BulletGraph.RANGE).append("\"/>");
    }

    /** The label of a tick: the year on an axis of year ends, else the month ("2023-06"). */
    static String tickLabel(LocalDate tick, boolean years) {
        return years ? String.valueOf(tick.getYear())
                : tick.getYear() + "-" + String.format(Locale.ROOT, "%02d", tick.getMonthValue());
    }
}
