package dev.attain.report;

import static java.util.Objects.requireNonNull;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import dev.attain.model.Dataset;
import dev.attain.model.Outcome;
import dev.attain.model.Source;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a {@link Scorecard} as one self-contained HTML page, in Chinese or English: the
 * counts per status, the table of shortfalls, one SVG bullet graph per target and one
 * trajectory chart per indicator with a history.
 *
 * <pre>{@code
 * HtmlReport.of(Locale.CHINESE)
 *         .withThresholds(evaluator.thresholds())   // the bands of the bullet graphs
 *         .withHistory(dataset)                      // every outcome, for the trajectories
 *         .write(card, Path.of("scorecard.html"));
 * }</pre>
 *
 * <h2>The page</h2>
 * <ul>
 *   <li><b>Summary</b>: every status with its count, worst first, as
 *       {@code <li class="count" data-status="MISSED">}, and the number of targets.
 *   <li><b>Shortfalls</b>: the MISSED, OFF_TRACK and AT_RISK targets, worst first, in a table
 *       with the columns of {@link ConsoleReport}.
 *   <li><b>Targets</b>: for each target in the scorecard's order, its status, an
 *       {@code <svg class="bullet">} (see below), the figures, the reasons and the source's
 *       quote.
 *   <li><b>Trajectories</b>: for each target on one indicator whose history has a path and a
 *       figure, or two figures, an {@code <svg class="trajectory">} of the figures reported
 *       over time against the plan's path (linear, compound or scheduled) from the baseline to
 *       the requirement. The history is the {@linkplain #withHistory(Dataset) dataset's}
 *       outcomes when given (published by the as-of date), else the outcomes each evaluation
 *       used. A sum target has no trajectory: its path is on the sum, not on an indicator.
 * </ul>
 *
 * <p>A bullet graph follows Stephen Few's design: three bands for off track, at risk and on
 * track from the {@link Thresholds} ({@link #withThresholds}; {@link Thresholds#DEFAULT} unless
 * set: pass the evaluator's, since a scorecard does not carry its policy), a bar for the
 * reported value (an interval as a range, an open end fading into an arrow), a marker line for
 * the requirement, and a dashed line for the value expected by now while the period runs.
 *
 * <h2>Self-contained and inert</h2>
 * The page has inline CSS and inline SVG only: no script, no font, image, style sheet or
 * frame from anywhere, no link; source addresses are shown as text. A Content Security Policy
 * ({@code default-src 'none'; style-src 'unsafe-inline'}) says so to the browser as well.
 * Every text from the data (names, ids, quotes, reasons, figures) goes through one escape
 * function for HTML and SVG, so that a name such as {@code <script>alert(1)</script>} is shown
 * as text and never runs.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class HtmlReport implements ScorecardRenderer {

    private static final String CSS = String.join("\n",
            ":root{color-scheme:light;}",
            "body{font-family:system-ui,-apple-system,\"Segoe UI\",\"Noto Sans CJK SC\",\"PingFang SC\","
                    + "\"Microsoft YaHei\",sans-serif;margin:24px auto;max-width:1100px;padding:0 16px;color:#1b1b1b;"
                    + "background:#fff;line-height:1.45;}",
            "h1{font-size:1.6em;margin:0 0 4px;}h2{font-size:1.25em;margin:28px 0 10px;border-bottom:1px solid #ddd;"
                    + "padding-bottom:4px;}h3{font-size:1.02em;margin:0 0 6px;}",
            ".meta{color:#555;margin:0;}",
            "ul.counts{list-style:none;display:flex;flex-wrap:wrap;gap:10px;padding:0;margin:0;}",
            "li.count{border:1px solid #ccc;border-left-width:6px;border-radius:4px;padding:6px 12px;min-width:110px;}",
            "li.count .n{display:block;font-size:1.6em;font-weight:600;}",
            ".total{margin:8px 0 0;color:#444;}",
            "table{border-collapse:collapse;width:100%;font-size:.92em;}",
            "th,td{border-bottom:1px solid #e2e2e2;padding:5px 8px;text-align:left;vertical-align:top;}",
            "th{background:#f5f5f5;}td.num{text-align:right;white-space:nowrap;}",
            "article.target{border:1px solid #ddd;border-left-width:6px;border-radius:4px;padding:10px 14px;"
                    + "margin:0 0 14px;}",
            "svg{max-width:100%;height:auto;display:block;}",
            "dl.figures{display:flex;flex-wrap:wrap;gap:4px 18px;margin:6px 0;}dl.figures div{display:flex;gap:6px;}",
            "dl.figures dt{color:#555;}dl.figures dd{margin:0;font-weight:600;}",
            "ul.reasons{margin:4px 0;padding-left:20px;color:#333;font-size:.92em;}",
            "blockquote.quote{margin:6px 0 0;padding:4px 10px;border-left:3px solid #ccc;color:#444;font-size:.9em;}",
            ".status-label{font-weight:600;}",
            ".legend-item{display:inline-flex;align-items:center;gap:6px;margin-right:16px;font-size:.9em;}",
            ".swatch{display:inline-block;width:22px;height:12px;border:1px solid #bbb;}",
            "li.s-MISSED,li.s-OFF_TRACK,article.s-MISSED,article.s-OFF_TRACK{border-left-color:#c0392b;}",
            "li.s-AT_RISK,article.s-AT_RISK{border-left-color:#e0a100;}",
            "li.s-ON_TRACK,li.s-ACHIEVED,article.s-ON_TRACK,article.s-ACHIEVED{border-left-color:#2e8b57;}",
            "li.s-NO_DATA,li.s-INDETERMINATE,li.s-NOT_COMPARABLE,article.s-NO_DATA,article.s-INDETERMINATE,"
                    + "article.s-NOT_COMPARABLE{border-left-color:#8a8a8a;}",
            "tr.s-MISSED td:first-child,tr.s-OFF_TRACK td:first-child{box-shadow:inset 4px 0 #c0392b;}",
            "tr.s-AT_RISK td:first-child{box-shadow:inset 4px 0 #e0a100;}",
            "figure.trajectory{margin:0 0 18px;}figcaption{font-weight:600;margin-bottom:4px;}",
            "footer{margin-top:32px;color:#777;font-size:.85em;}",
            "@media print{body{margin:0;}article.target{break-inside:avoid;}}");

    private final Labels labels;
    private final Thresholds thresholds;
    private final Optional<Dataset> history;
    private final Optional<String> title;

    private HtmlReport(Labels labels, Thresholds thresholds, Optional<Dataset> history, Optional<String> title) {
        this.labels = labels;
        this.thresholds = thresholds;
        this.history = history;
        this.title = title;
    }

    /**
     * Returns an HTML renderer with Chinese labels for a Chinese locale and English labels for
     * any other, drawing bands by {@link Thresholds#DEFAULT}, with no dataset history.
     *
     * @param locale  the locale, not null
     * @return the renderer, never null
     */
    public static HtmlReport of(Locale locale) {
        return new HtmlReport(Labels.of(locale), Thresholds.DEFAULT, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy that draws the bands of the bullet graphs by the given thresholds: those
     * the scorecard was evaluated with. This instance is unaffected.
     *
     * @param value  the thresholds, not null
     * @return the new renderer, never null
     */
    public HtmlReport withThresholds(Thresholds value) {
        return new HtmlReport(labels, requireNonNull(value, "value"), history, title);
    }

    /**
     * Returns a copy that draws trajectories from every outcome of a dataset (those published
     * by the scorecard's date), not only from the outcomes the evaluations used. This instance
     * is unaffected.
     *
     * @param dataset  the dataset the scorecard was evaluated from, not null
     * @return the new renderer, never null
     */
    public HtmlReport withHistory(Dataset dataset) {
        return new HtmlReport(labels, thresholds, Optional.of(requireNonNull(dataset, "dataset")), title);
    }

    /**
     * Returns a copy with a title of the caller's, shown above the date (escaped like all
     * text). This instance is unaffected.
     *
     * @param value  the title, not null
     * @return the new renderer, never null
     */
    public HtmlReport withTitle(String value) {
        return new HtmlReport(labels, thresholds, history, Optional.of(requireNonNull(value, "value")));
    }

    /**
     * Renders the scorecard as a complete HTML document.
     *
     * @param scorecard  the scorecard, not null
     * @return the HTML text, never null
     */
    @Override
    public String render(Scorecard scorecard) {
        requireNonNull(scorecard, "scorecard");
        Cells cells = new Cells(labels);
        String heading = title.orElse(labels.title(scorecard.asOf()));
        StringBuilder h = new StringBuilder(16384);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(labels.languageTag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(heading)).append("</title>\n")
                .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");

        h.append("<header>\n<h1>").append(esc(heading)).append("</h1>\n<p class=\"meta\">")
                .append(esc(labels.asOf())).append(": <time datetime=\"").append(scorecard.asOf()).append("\">")
                .append(scorecard.asOf()).append("</time> · ").append(esc(labels.thresholds())).append(": ")
                .append(esc(thresholds.name())).append(" (").append(esc(Cells.percent(thresholds.onTrack(),
                        RoundingMode.HALF_EVEN))).append(" / ")
                .append(esc(Cells.percent(thresholds.atRisk(), RoundingMode.HALF_EVEN)))
                .append(")</p>\n</header>\n");

        summary(h, scorecard);
        shortfalls(h, scorecard, cells);
        targets(h, scorecard, cells);
        trajectories(h, scorecard, cells);

        h.append("<footer>").append(esc(labels.generatedBy())).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private void summary(StringBuilder h, Scorecard card) {
        int n = card.evaluations().size();
        h.append("<section id=\"summary\">\n<h2>").append(esc(labels.summary())).append("</h2>\n<ul class=\"counts\">\n");
        for (Status s : ConsoleReport.worstFirst()) {
            h.append("<li class=\"count s-").append(s.name()).append("\" data-status=\"").append(s.name())
                    .append("\"><span class=\"n\">").append(card.count(s)).append("</span> <span class=\"label\">")
                    .append(esc(labels.status(s))).append("</span></li>\n");
        }
        h.append("</ul>\n<p class=\"total\" data-total=\"").append(n).append("\">").append(esc(labels.targetCount(n)))
                .append("</p>\n</section>\n");
    }

    private void shortfalls(StringBuilder h, Scorecard card, Cells cells) {
        h.append("<section id=\"shortfalls\">\n<h2>").append(esc(labels.shortfalls())).append("</h2>\n");
        if (card.shortfalls().isEmpty()) {
            h.append("<p class=\"none\">").append(esc(labels.noShortfalls())).append("</p>\n</section>\n");
            return;
        }
        h.append("<table class=\"shortfalls\">\n<thead><tr>");
        for (String c : List.of(labels.target(), labels.indicator(), labels.period(), labels.required(),
                labels.reported(), labels.attainment(), labels.status(), labels.reason())) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Evaluation e : card.shortfalls()) {
            h.append("<tr class=\"s-").append(e.status().name()).append("\" data-status=\"").append(e.status().name())
                    .append("\">");
            h.append("<td>").append(esc(cells.id(e))).append("</td>");
            h.append("<td>").append(esc(cells.indicators(e))).append("</td>");
            h.append("<td>").append(esc(cells.period(e))).append("</td>");
            h.append("<td class=\"num\">").append(esc(cells.required(e))).append("</td>");
            h.append("<td class=\"num\">").append(esc(cells.reported(e))).append("</td>");
            h.append("<td class=\"num\">").append(esc(cells.attainment(e))).append("</td>");
            h.append("<td class=\"status-label\">").append(esc(cells.status(e))).append("</td>");
            h.append("<td>").append(esc(cells.firstReason(e))).append("</td>");
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private void targets(StringBuilder h, Scorecard card, Cells cells) {
        h.append("<section id=\"targets\">\n<h2>").append(esc(labels.targets())).append("</h2>\n");
        if (card.evaluations().isEmpty()) {
            h.append("<p class=\"none\">").append(esc(labels.empty())).append("</p>\n</section>\n");
            return;
        }
        h.append("<p class=\"legend\">");
        legend(h, BulletGraph.OFF, labels.bandOff());
        legend(h, BulletGraph.RISK, labels.bandRisk());
        legend(h, BulletGraph.ON, labels.bandOn());
        h.append("<span class=\"legend-item\"><svg width=\"22\" height=\"12\" aria-hidden=\"true\"><rect width=\"22\" "
                + "height=\"12\" fill=\"").append(BulletGraph.BAR).append("\"/></svg>").append(esc(labels.reported()))
                .append("</span>");
        h.append("<span class=\"legend-item\"><svg width=\"22\" height=\"12\" aria-hidden=\"true\"><rect width=\"22\" "
                + "height=\"12\" fill=\"").append(BulletGraph.RANGE).append("\" stroke=\"").append(BulletGraph.BAR)
                .append("\"/></svg>").append(esc(labels.rangeActual())).append("</span>");
        h.append("<span class=\"legend-item\"><svg width=\"10\" height=\"16\" aria-hidden=\"true\"><line x1=\"5\" x2=\"5\" "
                + "y1=\"0\" y2=\"16\" stroke=\"#000\" stroke-width=\"3\"/></svg>").append(esc(labels.required()))
                .append("</span>");
        h.append("<span class=\"legend-item\"><svg width=\"10\" height=\"16\" aria-hidden=\"true\"><line x1=\"5\" x2=\"5\" "
                + "y1=\"0\" y2=\"16\" stroke=\"#444\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/></svg>")
                .append(esc(labels.expectedByNow())).append("</span>");
        h.append("</p>\n");
        BulletGraph bullets = new BulletGraph(cells, thresholds);
        int n = 0;
        for (Evaluation e : card.evaluations()) {
            n++;
            h.append("<article class=\"target s-").append(e.status().name()).append("\" id=\"target-").append(n)
                    .append("\" data-status=\"").append(e.status().name()).append("\">\n");
            h.append("<h3><code>").append(esc(cells.id(e))).append("</code> ").append(esc(cells.indicators(e)))
                    .append(" <span class=\"period\">").append(esc(cells.period(e))).append("</span></h3>\n");
            h.append("<p class=\"status-label\">").append(esc(cells.status(e))).append("</p>\n");
            h.append(bullets.svg(e, n)).append('\n');
            h.append("<dl class=\"figures\">");
            figure(h, labels.required(), cells.required(e));
            figure(h, labels.reported(), cells.reported(e));
            figure(h, labels.attainment(), cells.attainment(e));
            h.append("</dl>\n");
            List<String> reasons = cells.reasons(e);
            if (!reasons.isEmpty()) {
                h.append("<ul class=\"reasons\">");
                for (String r : reasons) {
                    h.append("<li>").append(esc(r)).append("</li>");
                }
                h.append("</ul>\n");
            }
            Optional<Source> source = e.target().source();
            if (source.isPresent()) {
                Source s = source.get();
                h.append("<blockquote class=\"quote\">");
                s.quote().ifPresent(q -> h.append(esc(q)).append("<br>"));
                h.append("<small>").append(esc(labels.source())).append(": ").append(esc(s.document()));
                s.date().ifPresent(d -> h.append(", ").append(d));
                s.address().ifPresent(a -> h.append(", ").append(esc(a)));
                h.append("</small></blockquote>\n");
            }
            h.append("</article>\n");
        }
        h.append("</section>\n");
    }

    private void trajectories(StringBuilder h, Scorecard card, Cells cells) {
        h.append("<section id=\"trajectories\">\n<h2>").append(esc(labels.trajectories())).append("</h2>\n");
        TrajectoryChart chart = new TrajectoryChart(cells);
        List<TrajectoryChart.Plan> plans = new ArrayList<>();
        for (Evaluation e : card.evaluations()) {
            if (e.target().isSum()) {
                continue;
            }
            List<Outcome> outcomes = history.map(Dataset::outcomes).orElse(e.outcomes());
            TrajectoryChart.Plan plan = chart.plan(e, outcomes, card.asOf());
            if (plan.drawable()) {
                plans.add(plan);
            }
        }
        if (plans.isEmpty()) {
            h.append("<p class=\"none\">").append(esc(labels.noTrajectories())).append("</p>\n</section>\n");
            return;
        }
        int n = 0;
        for (TrajectoryChart.Plan plan : plans) {
            n++;
            Evaluation e = plan.evaluation();
            h.append("<figure class=\"trajectory\">\n<figcaption>").append(esc(cells.indicators(e))).append(" · <code>")
                    .append(esc(cells.id(e))).append("</code> · ").append(esc(cells.status(e)))
                    .append("</figcaption>\n");
            h.append(chart.svg(plan, n)).append("\n</figure>\n");
        }
        h.append("</section>\n");
    }

    private static void legend(StringBuilder h, String colour, String words) {
        h.append("<span class=\"legend-item\"><span class=\"swatch\" style=\"background:").append(colour)
                .append("\"></span>").append(esc(words)).append("</span>");
    }

    private static void figure(StringBuilder h, String term, String value) {
        h.append("<div><dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd></div>");
    }

    private static String esc(String text) {
        return Escape.html(text);
    }

    /**
     * Returns the language, the thresholds and whether a dataset history is used.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "HtmlReport[" + labels.languageTag() + ", " + thresholds.name() + (history.isPresent() ? ", history" : "")
                + "]";
    }
}
