package dev.attain.report;

import static dev.attain.report.Scale.px;

import com.google.common.collect.Range;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Pace;
import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import dev.attain.quantity.Dimension;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One target as a bullet graph, after Stephen Few's design ("Bullet Graph Design
 * Specification", 2013): a quantitative scale, three qualitative bands behind it, a bar for the
 * featured measure (the reported value) and a short line across for the comparative measure
 * (the requirement).
 *
 * <ul>
 *   <li><b>Bands</b>, while the period runs, come from the {@link Thresholds}: off track, at risk and on track, with
 *       the thresholds applied to the progress towards a reference: the value expected by now
 *       on the plan's path while the period runs, else the requirement. With a start (the
 *       baseline, or zero at the period's start for a cumulative figure), a band edge at ratio
 *       k is start + k × (reference − start); without one, k × reference when higher is better
 *       and reference ÷ k when lower is better. A policy on the growth ratio (Eurostat's) is
 *       drawn on the same progress ratio, an approximation for display.
 *   <li><b>The bar</b> runs from zero to the reported value. An interval-valued value is
 *       drawn as a solid bar to its certain lower end and a lighter, outlined range to its upper
 *       end; an open-ended value fades out towards the end of the scale and ends in an arrow.
 *       On a scale of places (ranks), where a bar from zero means nothing, the value is a dot
 *       (or a line between the ends of its interval).
 *   <li><b>The marker</b> is a black line across at the requirement; while the period runs, a
 *       thinner dashed line marks the value expected by now.
 *   <li>Bands are drawn only while the period runs (the evaluation has a pace): a final
 *       verdict (achieved, missed, indeterminate) and a target without data or not comparable
 *       draw a plain track, the requirement and the value (or the words for its absence) only,
 *       so that a card without data never sits in a red band.
 * </ul>
 *
 * <p>Colours are set as presentation attributes, so the SVG stays readable when cut out of
 * the page. Every text from the data goes through {@link Escape#html}.
 */
final class BulletGraph {

    static final int WIDTH = 640;
    static final int HEIGHT = 64;

    static final String OFF = "#f2c4c0";
    static final String RISK = "#fbe3a6";
    static final String ON = "#cfe6cc";
    static final String NEUTRAL = "#e4e4e4";
    static final String BAR = "#1f3347";
    static final String RANGE = "#6d88a3";

    private static final double LEFT = 12;
    private static final double RIGHT = WIDTH - 12;
    private static final double BAND_TOP = 4;
    private static final double BAND_HEIGHT = 32;
    private static final double BAR_TOP = 14;
    private static final double BAR_HEIGHT = 12;

    private final Cells cells;
    private final Thresholds thresholds;

    BulletGraph(Cells cells, Thresholds thresholds) {
        this.cells = cells;
        this.thresholds = thresholds;
    }

    /** Draws the bullet graph of an evaluation; {@code n} makes its ids unique in the page. */
    String svg(Evaluation e, int n) {
        Labels labels = cells.labels();
        Unit unit = e.unit();
        Optional<BigDecimal> required = e.required();
        Optional<BigDecimal> expected = e.pace().map(Pace::expected);
        Optional<BigDecimal> reference = expected.isPresent() ? expected : required;
        Optional<BigDecimal> start = start(e);
        boolean up = e.requiresAtLeast();

        BigDecimal edgeOn = null;
        BigDecimal edgeRisk = null;
        if (reference.isPresent()) {
            edgeOn = edge(thresholds.onTrack(), reference.get(), start, up);
            edgeRisk = edge(thresholds.atRisk(), reference.get(), start, up);
        }

        List<BigDecimal> domain = new ArrayList<>();
        domain.add(BigDecimal.ZERO);
        required.ifPresent(domain::add);
        expected.ifPresent(domain::add);
        start.ifPresent(domain::add);
        if (edgeOn != null) {
            domain.add(edgeOn);
        }
        if (edgeRisk != null) {
            domain.add(edgeRisk);
        }
        Optional<Range<BigDecimal>> actual = e.actual();
        actual.ifPresent(a -> {
            if (a.hasLowerBound()) {
                domain.add(a.lowerEndpoint());
            }
            if (a.hasUpperBound()) {
                domain.add(a.upperEndpoint());
            }
        });
        BigDecimal min = domain.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = domain.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal span = max.subtract(min);
        if (span.signum() == 0) {
            span = max.abs().signum() == 0 ? BigDecimal.ONE : max.abs();
        }
        BigDecimal room = span.multiply(new BigDecimal("0.08"));
        domain.add(max.add(room));
        if (min.signum() < 0) {
            domain.add(min.subtract(room));
        }
        if (actual.isPresent() && !actual.get().hasUpperBound()) {
            domain.add(max.add(span.multiply(new BigDecimal("0.25"))));
        }
        if (actual.isPresent() && !actual.get().hasLowerBound()) {
            domain.add(min.subtract(span.multiply(new BigDecimal("0.25"))));
        }
        Scale x = Scale.covering(domain, 4, LEFT, RIGHT);

        StringBuilder s = new StringBuilder(2048);
        String titleId = "bullet-" + n + "-title";
        s.append("<svg class=\"bullet\" data-target=\"").append(Escape.html(e.target().id()))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"")
                .append(titleId).append("\">");
        s.append("<title id=\"").append(titleId).append("\">").append(Escape.html(title(e))).append("</title>");
        s.append("<defs>").append(gradient("fade-" + n + "-up", false)).append(gradient("fade-" + n + "-down", true))
                .append("</defs>");

        // qualitative bands, only where pace means something: a period still running
        if (edgeOn != null && edgeRisk != null && e.pace().isPresent()) {
            boolean ascending = edgeRisk.compareTo(edgeOn) < 0 || (edgeRisk.compareTo(edgeOn) == 0 && up);
            BigDecimal lo = x.low();
            BigDecimal hi = x.high();
            if (ascending) {
                band(s, x, lo, edgeRisk, OFF, labels.bandOff());
                band(s, x, edgeRisk, edgeOn, RISK, labels.bandRisk());
                band(s, x, edgeOn, hi, ON, labels.bandOn());
            } else {
                band(s, x, lo, edgeOn, ON, labels.bandOn());
                band(s, x, edgeOn, edgeRisk, RISK, labels.bandRisk());
                band(s, x, edgeRisk, hi, OFF, labels.bandOff());
            }
        } else {
            double mid = BAND_TOP + BAND_HEIGHT / 2;
            s.append("<line class=\"track\" x1=\"").append(px(LEFT)).append("\" x2=\"").append(px(RIGHT))
                    .append("\" y1=\"").append(px(mid)).append("\" y2=\"").append(px(mid))
                    .append("\" stroke=\"").append(NEUTRAL).append("\" stroke-width=\"2\"/>");
        }

        // the featured measure
        if (actual.isPresent()) {
            if (unit.dimension() == Dimension.RANK) {
                dot(s, x, actual.get(), n);
            } else {
                bar(s, x, actual.get(), n);
            }
        } else {
            // no value to draw: no data, not comparable, or undecided by what was reported (a
            // target on each of several indicators, a part not reported): say which
            String words = e.status() == Status.NOT_COMPARABLE || e.status() == Status.INDETERMINATE
                    ? labels.word(e.status()) : labels.word(Status.NO_DATA);
            s.append("<text class=\"none\" x=\"").append(px((LEFT + RIGHT) / 2)).append("\" y=\"")
                    .append(px(BAR_TOP + BAR_HEIGHT - 2)).append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#555\">")
                    .append(Escape.html(words)).append("</text>");
        }

        // the comparative measures
        expected.ifPresent(v -> s.append("<line class=\"expected\" x1=\"").append(px(x.clamped(v))).append("\" x2=\"")
                .append(px(x.clamped(v))).append("\" y1=\"").append(px(BAND_TOP + 4)).append("\" y2=\"")
                .append(px(BAND_TOP + BAND_HEIGHT - 4))
                .append("\" stroke=\"#444\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"><title>")
                .append(Escape.html(labels.expectedByNow() + ": " + cells.amount(v, unit))).append("</title></line>"));
        required.ifPresent(v -> s.append("<line class=\"marker\" x1=\"").append(px(x.clamped(v))).append("\" x2=\"")
                .append(px(x.clamped(v))).append("\" y1=\"").append(px(BAND_TOP + 5)).append("\" y2=\"")
                .append(px(BAND_TOP + BAND_HEIGHT - 5)).append("\" stroke=\"#000\" stroke-width=\"3\"><title>")
                .append(Escape.html(labels.required() + ": " + cells.required(e))).append("</title></line>"));

        // the quantitative scale
        s.append("<g class=\"axis\" font-size=\"10\" fill=\"#333\">");
        double base = BAND_TOP + BAND_HEIGHT;
        List<BigDecimal> ticks = x.ticks();
        for (int i = 0; i < ticks.size(); i++) {
            BigDecimal t = ticks.get(i);
            double tx = x.at(t);
            // the end labels lean inwards, so that they are not cut at the edges
            String anchor = i == 0 ? "start" : i == ticks.size() - 1 ? "end" : "middle";
            double lx = i == 0 ? tx - 2 : i == ticks.size() - 1 ? tx + 2 : tx;
            s.append("<line x1=\"").append(px(tx)).append("\" x2=\"").append(px(tx)).append("\" y1=\"")
                    .append(px(base)).append("\" y2=\"").append(px(base + 4)).append("\" stroke=\"#666\"/>");
            s.append("<text x=\"").append(px(lx)).append("\" y=\"").append(px(base + 16)).append("\" text-anchor=\"")
                    .append(anchor).append("\">").append(Escape.html(cells.amount(t, unit))).append("</text>");
        }
        s.append("</g></svg>");
        return s.toString();
    }

    private String title(Evaluation e) {
        Labels labels = cells.labels();
        return e.target().id() + ": " + labels.status(e.status()) + "; " + labels.reported() + " " + cells.reported(e)
                + "; " + labels.required() + " " + cells.required(e);
    }

    private static String gradient(String id, boolean reversed) {
        String a = "<stop offset=\"0\" stop-color=\"" + RANGE + "\" stop-opacity=\"" + (reversed ? "0" : "0.9") + "\"/>";
        String b = "<stop offset=\"1\" stop-color=\"" + RANGE + "\" stop-opacity=\"" + (reversed ? "0.9" : "0") + "\"/>";
        return "<linearGradient id=\"" + id + "\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">" + a + b + "</linearGradient>";
    }

    private static void band(StringBuilder s, Scale x, BigDecimal from, BigDecimal to, String fill, String label) {
        double x1 = x.clamped(from);
        double x2 = x.clamped(to);
        if (x2 <= x1) {
            return;
        }
        s.append("<rect class=\"band\" x=\"").append(px(x1)).append("\" y=\"").append(px(BAND_TOP)).append("\" width=\"")
                .append(px(x2 - x1)).append("\" height=\"").append(px(BAND_HEIGHT)).append("\" fill=\"").append(fill)
                .append("\">");
        if (!label.isEmpty()) {
            s.append("<title>").append(Escape.html(label)).append("</title>");
        }
        s.append("</rect>");
    }

    /** A bar from zero: solid to the certain end, a lighter range beyond, fading when open. */
    private void bar(StringBuilder s, Scale x, Range<BigDecimal> a, int n) {
        BigDecimal zero = x.clamp(BigDecimal.ZERO);
        boolean point = a.hasLowerBound() && a.hasUpperBound() && a.lowerEndpoint().compareTo(a.upperEndpoint()) == 0;
        if (point) {
            double x0 = x.clamped(zero);
            double xv = x.clamped(a.lowerEndpoint());
            rect(s, "actual", Math.min(x0, xv), Math.max(x0, xv), BAR, null);
            return;
        }
        // the certain part: from zero to the end nearer zero, when the interval lies on one side of zero
        if (a.hasLowerBound() && a.lowerEndpoint().compareTo(zero) >= 0) {
            rect(s, "actual", x.clamped(zero), x.clamped(a.lowerEndpoint()), BAR, null);
        } else if (a.hasUpperBound() && a.upperEndpoint().compareTo(zero) <= 0) {
            rect(s, "actual", x.clamped(a.upperEndpoint()), x.clamped(zero), BAR, null);
        }
        String rangeLabel = cells.labels().rangeActual();
        if (a.hasLowerBound() && a.hasUpperBound()) {
            double x1 = x.clamped(a.lowerEndpoint());
            double x2 = x.clamped(a.upperEndpoint());
            rect(s, "range", x1, Math.max(x2, x1 + 1), RANGE, rangeLabel);
        } else if (a.hasLowerBound()) {
            double x1 = x.clamped(a.lowerEndpoint());
            double x2 = x.at(x.high());
            rect(s, "range open", x1, Math.max(x2, x1 + 1), "url(#fade-" + n + "-up)", rangeLabel);
            arrow(s, x2, true);
        } else if (a.hasUpperBound()) {
            double x1 = x.at(x.low());
            double x2 = x.clamped(a.upperEndpoint());
            rect(s, "range open", x1, Math.max(x2, x1 + 1), "url(#fade-" + n + "-down)", rangeLabel);
            arrow(s, x1, false);
        }
    }

    /** A dot at the value, or a line between the ends of its interval, for a scale of places. */
    private void dot(StringBuilder s, Scale x, Range<BigDecimal> a, int n) {
        double cy = BAR_TOP + BAR_HEIGHT / 2;
        double x1 = a.hasLowerBound() ? x.clamped(a.lowerEndpoint()) : x.at(x.low());
        double x2 = a.hasUpperBound() ? x.clamped(a.upperEndpoint()) : x.at(x.high());
        if (x2 > x1) {
            s.append("<line class=\"range\" x1=\"").append(px(x1)).append("\" x2=\"").append(px(x2)).append("\" y1=\"")
                    .append(px(cy)).append("\" y2=\"").append(px(cy)).append("\" stroke=\"").append(RANGE)
                    .append("\" stroke-width=\"4\"/>");
            if (!a.hasUpperBound()) {
                arrow(s, x2, true);
            }
            if (!a.hasLowerBound()) {
                arrow(s, x1, false);
            }
        }
        if (a.hasLowerBound()) {
            s.append("<circle class=\"actual\" cx=\"").append(px(x1)).append("\" cy=\"").append(px(cy))
                    .append("\" r=\"5\" fill=\"").append(BAR).append("\"/>");
        }
        if (a.hasUpperBound() && x2 > x1) {
            s.append("<circle class=\"actual\" cx=\"").append(px(x2)).append("\" cy=\"").append(px(cy))
                    .append("\" r=\"5\" fill=\"").append(BAR).append("\"/>");
        }
    }

    private static void rect(StringBuilder s, String cls, double x1, double x2, String fill, String label) {
        s.append("<rect class=\"").append(cls).append("\" x=\"").append(px(x1)).append("\" y=\"").append(px(BAR_TOP))
                .append("\" width=\"").append(px(Math.max(0, x2 - x1))).append("\" height=\"").append(px(BAR_HEIGHT))
                .append("\" fill=\"").append(fill).append('"');
        if (cls.startsWith("range")) {
            s.append(" stroke=\"").append(BAR).append("\" stroke-width=\"1\"");
        }
        if (label == null) {
            s.append("/>");
        } else {
            s.append("><title>").append(Escape.html(label)).append("</title></rect>");
        }
    }

    private static void arrow(StringBuilder s, double tip, boolean right) {
        double back = right ? tip - 8 : tip + 8;
        double top = BAR_TOP - 3;
        double bottom = BAR_TOP + BAR_HEIGHT + 3;
        double mid = BAR_TOP + BAR_HEIGHT / 2;
        s.append("<polygon class=\"arrow\" points=\"").append(px(back)).append(',').append(px(top)).append(' ')
                .append(px(tip)).append(',').append(px(mid)).append(' ').append(px(back)).append(',').append(px(bottom))
                .append("\" fill=\"").append(BAR).append("\"/>");
    }

    /**
     * The band edge at ratio k of the progress from the start to the reference; without a
     * start, k × reference (higher is better) or reference ÷ k (lower is better).
     */
    private static BigDecimal edge(BigDecimal k, BigDecimal reference, Optional<BigDecimal> start, boolean up) {
        if (start.isPresent() && start.get().compareTo(reference) != 0) {
            BigDecimal s = start.get();
            return s.add(k.multiply(reference.subtract(s)));
        }
        if (up) {
            return k.multiply(reference);
        }
        if (k.signum() <= 0) {
            return null;
        }
        return reference.divide(k, MathContext.DECIMAL64);
    }

    /** Where the plan's path starts: the baseline in the target's unit, or zero for a cumulative figure. */
    static Optional<BigDecimal> start(Evaluation e) {
        if (e.target().baseline().isPresent()) {
            Figure b = e.target().baseline().get().value();
            if (b.unit().equals(e.unit())) {
                return Optional.of(b.nominal());
            }
            return Optional.empty();
        }
        if (e.pace().isPresent() && e.indicators().get(0).measure().isCumulative()) {
            return Optional.of(BigDecimal.ZERO);
        }
        return Optional.empty();
    }
}
