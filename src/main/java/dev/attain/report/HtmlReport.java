package dev.attain.report;

import static java.util.Objects.requireNonNull;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import dev.attain.eval.RollUp;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Scope;
import dev.attain.model.Outcome;
import dev.attain.model.Source;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a {@link Scorecard} as one self-contained HTML page, in Chinese or English, that a
 * planner reads at a glance and prints on A4.
 *
 * <pre>{@code
 * HtmlReport.of(Locale.CHINESE)
 *         .withThresholds(evaluator.thresholds())   // the bands of the bullet graphs
 *         .withHistory(dataset)                      // title, every outcome: trajectories, what was reported
 *         .write(card, Path.of("scorecard.html"));
 * }</pre>
 *
 * <h2>The page</h2>
 * <ul>
 *   <li><b>Title</b>: {@link #withTitle}'s, else the dataset's {@linkplain Dataset#title() title}
 *       (with {@link #withHistory}), else the date; the date and count below it.
 *   <li><b>Summary</b>: every status with its count, worst first, as
 *       {@code <li class="count" data-status="MISSED">}; the closing summary computed from the
 *       data; the roll-ups by plan and by commitment, and (folded) by tag, with their rules named.
 *   <li><b>Targets</b>, grouped by plan (the document the targets cite) and period as
 *       {@code <details class="plan">}, groups with a shortfall open: the cards of the targets
 *       with data, worst first, then a folded {@code <details class="no-data">} with the others.
 *       A card has the status and the decisive reason, an {@code <svg class="bullet">}, the
 *       figures (for a target on each of several indicators, every part's status and figures
 *       too, as {@code <dl class="figures part">}), all the reasons and the source's quote.
 *   <li><b>All targets</b>: one table, sortable by status, period or attainment by the page's
 *       one script (click a column's button, or open the page at {@code #sort=attainment} /
 *       {@code #sort=-attainment}); without the script the table is in the scorecard's order.
 *   <li><b>What was reported</b> (with {@link #withHistory}): the outcomes that match no target,
 *       the latest per indicator and scope.
 *   <li><b>Trajectories</b>: for each target whose plan has a path (a baseline, or a cumulative
 *       period) and a figure, an {@code <svg class="trajectory" data-target>} against the path;
 *       with {@link #withHistory}, for each indicator and scope with two or more reported periods,
 *       targets or not, an {@code <svg class="trajectory" data-indicator>} of its series with a ring
 *       at each requirement set on it, drawn first. A target on several indicators (a sum, or
 *       each of several) has no trajectory of its own.
 * </ul>
 *
 * <p>A bullet graph follows Stephen Few's design: a bar for the reported value (an interval as
 * a range, an open end fading into an arrow) and a marker line for the requirement; while the
 * period runs, three bands for off track, at risk and on track from the {@link Thresholds}
 * ({@link #withThresholds}; {@link Thresholds#DEFAULT} unless set: pass the evaluator's, since a
 * scorecard does not carry its policy) and a dashed line for the value expected by now. A final
 * verdict or a target without data draws no bands: pace means nothing there.
 *
 * <p>Fonts: Chinese fonts first (PingFang SC and Hiragino Sans GB on macOS, Microsoft YaHei on
 * Windows, Noto Sans CJK SC, Source Han Sans SC and WenQuanYi Micro Hei on Linux), then the
 * system's. Print: A4 pages, cards and charts not split, every {@code <details>} opened before
 * printing by the script.
 *
 * <h2>Self-contained and inert</h2>
 * The page has inline CSS, inline SVG and one inline script of its own ({@link #SCRIPT}): no
 * font, image, style sheet, script or frame from anywhere, no link; source addresses are shown
 * as text. A Content Security Policy ({@code default-src 'none'; style-src 'unsafe-inline';
 * script-src 'sha256-…'}) lets only that script run, named by its hash. Every text from the data
 * (names, ids, quotes, reasons, figures) goes through one escape function for HTML and SVG, so
 * that a name such as {@code <script>alert(1)</script>} is shown as text and never runs.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class HtmlReport implements ScorecardRenderer {

    /**
     * The font stack, Chinese fonts first so that Chinese text never falls back to a font
     * without it: macOS (PingFang SC, Hiragino Sans GB), Windows (Microsoft YaHei, and its
     * Chinese name), Linux (Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei), then the
     * system's own UI font.
     */
    static final String FONTS = "\"PingFang SC\",\"Hiragino Sans GB\",\"Microsoft YaHei\",\"微软雅黑\","
            + "\"Noto Sans CJK SC\",\"Noto Sans SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",system-ui,"
            + "-apple-system,\"Segoe UI\",Roboto,sans-serif";

    /**
     * The page's one script: sorts the table of all targets when a column's button is clicked
     * (again to reverse), by the row's {@code data-} value for that column, rows without a
     * value last; applies {@code #sort=attainment} (or {@code -attainment}, descending) from the
     * address on load; opens every {@code <details>} before printing. The page reads the same
     * without it: the table is then in the scorecard's order.
     */
    static final String SCRIPT = "(function(){"
            + "function sortBy(t,k,asc){var tb=t.tBodies[0],rows=Array.prototype.slice.call(tb.rows);"
            + "rows.sort(function(x,y){var a=x.getAttribute('data-'+k),b=y.getAttribute('data-'+k);"
            + "if(a===''||a===null)return(b===''||b===null)?0:1;if(b===''||b===null)return -1;"
            + "var d=(!isNaN(parseFloat(a))&&!isNaN(parseFloat(b)))?parseFloat(a)-parseFloat(b):(a<b?-1:a>b?1:0);"
            + "return asc?d:-d;});rows.forEach(function(r){tb.appendChild(r);});"
            + "Array.prototype.forEach.call(t.querySelectorAll('th button'),function(o){"
            + "o.getAttribute('data-key')===k?o.setAttribute('aria-sort',asc?'ascending':'descending')"
            + ":o.removeAttribute('aria-sort');});}"
            + "Array.prototype.forEach.call(document.querySelectorAll('table.sortable'),function(t){"
            + "Array.prototype.forEach.call(t.querySelectorAll('th button[data-key]'),function(b){"
            + "b.addEventListener('click',function(){sortBy(t,b.getAttribute('data-key'),"
            + "b.getAttribute('aria-sort')!=='ascending');});});"
            + "var m=/[#&]sort=(-?)([a-z]+)/.exec(location.hash);"
            + "if(m&&t.querySelector('th button[data-key=\"'+m[2]+'\"]'))sortBy(t,m[2],m[1]!=='-');});"
            + "window.addEventListener('beforeprint',function(){"
            + "Array.prototype.forEach.call(document.querySelectorAll('details'),function(d){d.open=true;});});"
            + "})();";

    /** The Content Security Policy's source for {@link #SCRIPT}: its SHA-256, so that only it runs. */
    static final String SCRIPT_HASH = "'sha256-" + java.util.Base64.getEncoder().encodeToString(
            com.google.common.hash.Hashing.sha256().hashString(SCRIPT, java.nio.charset.StandardCharsets.UTF_8)
                    .asBytes()) + "'";

    private static final String CSS = String.join("\n",
            ":root{color-scheme:light;}",
            "body{font-family:" + FONTS + ";margin:24px auto;max-width:1100px;padding:0 16px;color:#1b1b1b;"
                    + "background:#fff;line-height:1.5;}",
            "h1{font-size:1.6em;margin:0 0 4px;}h2{font-size:1.25em;margin:28px 0 10px;border-bottom:1px solid #ddd;"
                    + "padding-bottom:4px;}h3{font-size:1.02em;margin:0 0 6px;}",
            ".meta{color:#555;margin:0;}",
            "ul.counts{list-style:none;display:flex;flex-wrap:wrap;gap:10px;padding:0;margin:0;}",
            "li.count{border:1px solid #ccc;border-left-width:6px;border-radius:4px;padding:4px 10px;min-width:92px;}",
            "li.count .n{display:block;font-size:1.6em;font-weight:600;}",
            ".total{margin:8px 0 0;color:#444;}",
            "table{border-collapse:collapse;width:100%;font-size:.92em;}",
            "th,td{border-bottom:1px solid #e2e2e2;padding:5px 8px;text-align:left;vertical-align:top;}",
            "th{background:#f5f5f5;}td.num{text-align:right;white-space:nowrap;}",
            "article.target{border:1px solid #ddd;border-left-width:6px;border-radius:4px;padding:10px 14px;"
                    + "margin:0 0 14px;}",
            "svg{max-width:100%;height:auto;display:block;}",
            "dl.figures{display:flex;flex-wrap:wrap;gap:4px 18px;margin:6px 0;}dl.figures div{display:flex;gap:6px;}",
            "dl.figures dt{color:#555;}dl.figures dd{margin:0;font-weight:600;}dl.part{margin-left:1em;font-size:.95em;}",
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
            ".subtitle{font-size:1.05em;color:#333;margin:0 0 2px;}",
            ".closing{margin:10px 0 0;}.rules{color:#555;font-size:.88em;}",
            "table.rollup{width:auto;min-width:70%;}table.rollup th,table.rollup td{white-space:nowrap;}",
            "details.tags>summary{cursor:pointer;font-weight:600;margin:12px 0 4px;}",
            "li.count.zero{opacity:.45;}",
            ".rollups h3{margin:12px 0 4px;}",
            "details.plan{border:1px solid #ddd;border-radius:4px;margin:0 0 12px;padding:0 12px;}",
            "details.plan>summary{cursor:pointer;padding:8px 0;font-weight:600;font-size:1.05em;}",
            "details.plan.has-shortfall>summary{color:#8e2a1f;}",
            "details.no-data{margin:4px 0 12px;}details.no-data>summary{cursor:pointer;color:#555;}",
            "table.sortable th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;}",
            "table.sortable th button::after{content:\" \\2195\";color:#999;}",
            "table.sortable th button[aria-sort=ascending]::after{content:\" \\2191\";color:#333;}",
            "table.sortable th button[aria-sort=descending]::after{content:\" \\2193\";color:#333;}",
            ".charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:8px 24px;}",
            "@page{size:A4;margin:14mm 12mm;}",
            "@media print{body{margin:0;max-width:none;padding:0;font-size:10pt;}"
                    + "article.target,figure.trajectory,tr,details.plan>summary{break-inside:avoid;}"
                    + "h2{break-after:avoid;}details.plan{border:0;padding:0;}"
                    + "table.sortable th button::after{content:\"\";}.charts{display:block;}svg{max-width:100%;}"
                    + "a{color:inherit;text-decoration:none;}}");

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
     * Returns a copy that knows the dataset the scorecard was evaluated from: its title heads
     * the page (unless {@link #withTitle} gives one), trajectories are drawn from every outcome
     * (those published by the scorecard's date), not only from the outcomes the evaluations used,
     * for every indicator with two or more periods, and the outcomes that match no target are
     * listed. This instance is unaffected.
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
        Cells cells = new Cells(labels, true);
        Overview overview = Overview.of(scorecard, history.orElse(null));
        int count = scorecard.evaluations().size();
        String dated = labels.title(scorecard.asOf()) + (labels.chinese() ? "" : " ") + labels.targetCountInBrackets(count);
        Optional<String> named = title.isPresent() ? title : overview.title();
        String heading = named.orElse(dated);
        StringBuilder h = new StringBuilder(65536);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(labels.languageTag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; script-src ").append(SCRIPT_HASH)
                .append("; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(heading)).append("</title>\n")
                .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");

        h.append("<header>\n<h1>").append(esc(heading)).append("</h1>\n");
        if (named.isPresent()) {
            h.append("<p class=\"subtitle\">").append(esc(dated)).append("</p>\n");
        }
        h.append("<p class=\"meta\">")
                .append(esc(labels.asOf())).append(": <time datetime=\"").append(scorecard.asOf()).append("\">")
                .append(scorecard.asOf()).append("</time> · ").append(esc(labels.thresholds())).append(": ")
                .append(esc(thresholds.name())).append(" (").append(esc(Cells.percent(thresholds.onTrack(),
                        RoundingMode.HALF_EVEN))).append(" / ")
                .append(esc(Cells.percent(thresholds.atRisk(), RoundingMode.HALF_EVEN)))
                .append(")</p>\n</header>\n");

        summary(h, overview, cells);
        plans(h, overview, cells);
        table(h, overview, cells);
        reported(h, overview, cells);
        trajectories(h, overview, cells);

        h.append("<footer>").append(esc(labels.generatedByWithScript())).append("</footer>\n");
        h.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private void summary(StringBuilder h, Overview overview, Cells cells) {
        Scorecard card = overview.card();
        int n = card.evaluations().size();
        h.append("<section id=\"summary\">\n<h2>").append(esc(labels.summary())).append("</h2>\n<ul class=\"counts\">\n");
        for (Status s : ConsoleReport.worstFirst()) {
            h.append("<li class=\"count s-").append(s.name()).append(card.count(s) == 0 ? " zero" : "")
                    .append("\" data-status=\"").append(s.name())
                    .append("\"><span class=\"n\">").append(card.count(s)).append("</span> <span class=\"label\">")
                    .append(esc(labels.status(s))).append("</span></li>\n");
        }
        h.append("</ul>\n<p class=\"total\" data-total=\"").append(n).append("\">").append(esc(labels.targetCount(n)))
                .append("</p>\n");
        if (n > 0) {
            h.append("<p class=\"closing\">").append(esc(overview.closing(labels, cells))).append("</p>\n");
            h.append("<p class=\"rules\">").append(esc(labels.rollUpRules())).append("</p>\n<div class=\"rollups\">\n");
            List<Map.Entry<String, RollUp>> plans = new ArrayList<>();
            for (Overview.Group g : overview.groups()) {
                plans.add(Map.entry(overview.shortName(g, labels), g.rollUp()));
            }
            rollUpTable(h, "by-plan", labels.byPlan(), plans);
            List<Map.Entry<String, RollUp>> commitments = new ArrayList<>();
            overview.byCommitment().forEach((c, r) -> commitments.add(Map.entry(labels.commitment(c), r)));
            rollUpTable(h, "by-commitment", labels.byCommitment(), commitments);
            List<Map.Entry<String, RollUp>> tags = new ArrayList<>();
            overview.byTag().forEach((tag, r) -> {
                if (r.count(Status.NO_DATA) < r.evaluations().size()) {
                    tags.add(Map.entry(tag, r));
                }
            });
            h.append("<details class=\"tags\"><summary>").append(esc(labels.byTag())).append(" (")
                    .append(tags.size()).append(")</summary>\n");
            rollUpTable(h, "by-tag", labels.byTag(), tags);
            List<String> none = overview.tagsWithoutData();
            if (!none.isEmpty()) {
                h.append("<p class=\"rules\">").append(esc(labels.otherTagsNoData(none.size())
                        + String.join(labels.listSeparator(), none))).append("</p>\n");
            }
            h.append("</details>\n</div>\n");
        }
        h.append("</section>\n");
    }

    private void rollUpTable(StringBuilder h, String id, String title, List<Map.Entry<String, RollUp>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        h.append("<div><h3>").append(esc(title)).append("</h3>\n<table class=\"rollup\" id=\"").append(id)
                .append("\">\n<thead><tr>");
        for (String c : List.of("", labels.targetsHeading(), labels.withDataHeading(), labels.statusesHeading(),
                labels.sizeWeighted(), labels.worst())) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Map.Entry<String, RollUp> e : rows) {
            RollUp r = e.getValue();
            int size = r.evaluations().size();
            h.append("<tr class=\"s-").append(r.worst().name()).append("\"><td>").append(esc(e.getKey()))
                    .append("</td><td class=\"num\">").append(size).append("</td><td class=\"num\">")
                    .append(size - r.count(Status.NO_DATA)).append("</td><td>")
                    .append(esc(Overview.compactCounts(r.counts()))).append("</td><td class=\"num\">")
                    .append(esc(Overview.sizeWeighted(r, labels))).append("</td><td class=\"status-label\">")
                    .append(esc(labels.status(r.worst()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table></div>\n");
    }

    private void plans(StringBuilder h, Overview overview, Cells cells) {
        h.append("<section id=\"targets\">\n<h2>").append(esc(labels.targets())).append("</h2>\n");
        if (overview.card().evaluations().isEmpty()) {
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
        h.append("</p>\n<p class=\"rules\">").append(esc(labels.bandsOnlyWhileRunning())).append("</p>\n");
        BulletGraph bullets = new BulletGraph(cells, thresholds);
        int n = 0;
        int g = 0;
        for (Overview.Group group : overview.groups()) {
            g++;
            int size = group.withData().size() + group.noData().size();
            h.append("<details class=\"plan").append(group.hasShortfall() ? " has-shortfall" : "").append("\" id=\"plan-")
                    .append(g).append("\" data-worst=\"").append(group.rollUp().worst().name()).append('"')
                    .append(group.hasShortfall() ? " open" : "").append(">\n<summary>")
                    .append(esc(Overview.heading(group, labels) + (labels.chinese() ? "（" : " (") + labels.targetCount(size)
                            + (labels.chinese() ? "：" : ": ") + Overview.compactCounts(group.rollUp().counts())
                            + (labels.chinese() ? "）" : ")")))
                    .append("</summary>\n");
            for (Evaluation e : group.withData()) {
                card(h, e, ++n, bullets, cells);
            }
            if (!group.noData().isEmpty()) {
                h.append("<details class=\"no-data\">\n<summary>").append(esc(labels.noDataLine(group.noData().size())
                        + String.join(labels.listSeparator(), Overview.names(group.noData(), cells))))
                        .append("</summary>\n");
                for (Evaluation e : group.noData()) {
                    card(h, e, ++n, bullets, cells);
                }
                h.append("</details>\n");
            }
            h.append("</details>\n");
        }
        h.append("</section>\n");
    }

    private void card(StringBuilder h, Evaluation e, int n, BulletGraph bullets, Cells cells) {
        h.append("<article class=\"target s-").append(e.status().name()).append("\" id=\"target-").append(n)
                .append("\" data-status=\"").append(e.status().name()).append("\">\n");
        h.append("<h3><code>").append(esc(cells.id(e))).append("</code> ").append(esc(cells.indicators(e)))
                .append(" <span class=\"period\">").append(esc(cells.period(e))).append("</span></h3>\n");
        h.append("<p class=\"status-label\">").append(esc(cells.status(e))).append(" — ")
                .append(esc(cells.decisiveReason(e))).append("</p>\n");
        h.append(bullets.svg(e, n)).append('\n');
        h.append("<dl class=\"figures\">");
        figure(h, labels.required(), cells.required(e));
        figure(h, labels.reported(), cells.reported(e));
        figure(h, labels.attainment(), cells.attainment(e));
        h.append("</dl>\n");
        // a target on each of several indicators: every part's own verdict and figures
        for (Evaluation part : e.parts()) {
            h.append("<dl class=\"figures part s-").append(part.status().name()).append("\">");
            figure(h, cells.indicators(part), cells.status(part));
            figure(h, labels.reported(), cells.reported(part));
            figure(h, labels.attainment(), cells.attainment(part));
            h.append("</dl>\n");
        }
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

    /** The table of every target, sortable by status, attainment or period with the page's script. */
    private void table(StringBuilder h, Overview overview, Cells cells) {
        Scorecard card = overview.card();
        if (card.evaluations().isEmpty()) {
            return;
        }
        h.append("<section id=\"all\">\n<h2>").append(esc(labels.allTargets())).append("</h2>\n<p class=\"rules\">")
                .append(esc(labels.sortHint())).append("</p>\n<table class=\"sortable\" id=\"all-targets\">\n<thead><tr>");
        h.append("<th><button type=\"button\" data-key=\"severity\">").append(esc(labels.status())).append("</button></th>");
        h.append("<th>").append(esc(labels.indicator())).append("</th>");
        h.append("<th><button type=\"button\" data-key=\"period\">").append(esc(labels.period())).append("</button></th>");
        h.append("<th>").append(esc(labels.required())).append("</th><th>").append(esc(labels.reported())).append("</th>");
        h.append("<th><button type=\"button\" data-key=\"attainment\">").append(esc(labels.attainment()))
                .append("</button></th><th>").append(esc(labels.plan())).append("</th>");
        h.append("</tr></thead>\n<tbody>\n");
        for (Evaluation e : card.evaluations()) {
            String attainment = e.attainment().filter(r -> r.hasLowerBound()).map(r -> r.lowerEndpoint()
                    .stripTrailingZeros().toPlainString()).orElse("");
            h.append("<tr class=\"s-").append(e.status().name()).append("\" data-status=\"").append(e.status().name())
                    .append("\" data-severity=\"").append(100 - e.status().severity()).append("\" data-period=\"")
                    .append(e.target().period().start()).append("\" data-attainment=\"").append(attainment)
                    .append("\" data-target=\"").append(esc(e.target().id())).append("\">");
            h.append("<td class=\"status-label\">").append(esc(cells.status(e))).append("</td>");
            h.append("<td>").append(esc(cells.indicators(e))).append("</td>");
            h.append("<td>").append(esc(cells.period(e))).append("</td>");
            h.append("<td class=\"num\">").append(esc(cells.required(e))).append("</td>");
            h.append("<td class=\"num\">").append(esc(cells.reported(e))).append("</td>");
            h.append("<td class=\"num\">").append(esc(cells.attainment(e))).append("</td>");
            h.append("<td>").append(esc(e.target().source().map(Source::document).orElse(""))).append("</td>");
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private void reported(StringBuilder h, Overview overview, Cells cells) {
        if (!overview.hasDataset()) {
            return;
        }
        h.append("<section id=\"reported\">\n<h2>").append(esc(labels.whatWasReported())).append("</h2>\n<p class=\"rules\">")
                .append(esc(labels.whatWasReportedRule())).append("</p>\n");
        List<Overview.Reported> reported = overview.reported();
        if (reported.isEmpty()) {
            h.append("<p class=\"none\">").append(esc(labels.nothingElseReported())).append("</p>\n</section>\n");
            return;
        }
        h.append("<table class=\"reported\">\n<thead><tr>");
        for (String c : List.of(labels.indicator(), labels.scopeHeading(), labels.period(), labels.valueHeading(),
                labels.publishedHeading(), labels.source(), labels.pointsHeading())) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Overview.Reported r : reported) {
            Outcome o = r.latest();
            h.append("<tr data-indicator=\"").append(esc(r.indicator().id())).append("\"><td>")
                    .append(esc(cells.name(r.indicator()))).append("</td><td>").append(esc(Overview.scope(o)))
                    .append("</td><td>").append(esc(o.period().toString())).append("</td><td class=\"num\">")
                    .append(esc(labels.figures().forReading().format(o.value()))).append("</td><td>").append(o.published())
                    .append("</td><td>").append(esc(o.source().map(Source::document).orElse("")))
                    .append("</td><td class=\"num\">").append(r.points()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private void trajectories(StringBuilder h, Overview overview, Cells cells) {
        Scorecard card = overview.card();
        h.append("<section id=\"trajectories\">\n<h2>").append(esc(labels.trajectories())).append("</h2>\n");
        TrajectoryChart chart = new TrajectoryChart(cells);
        // an indicator's series first (the province's figures over the years, with every
        // requirement set on it), then each target's path, which often holds a single point
        List<TrajectoryChart.Plan> plans = new ArrayList<>();
        if (history.isPresent()) {
            Dataset d = history.get();
            Map<String, Set<Scope>> scopes = new LinkedHashMap<>();
            for (Outcome o : d.outcomes()) {
                scopes.computeIfAbsent(o.indicator(), k -> new LinkedHashSet<>()).add(o.scope());
            }
            Map<String, Indicator> indicators = d.indicatorsById();
            scopes.forEach((id, set) -> set.forEach(scope -> {
                TrajectoryChart.Plan plan = chart.series(indicators.get(id), scope, d.outcomes(), card.evaluations(),
                        card.asOf());
                if (plan.points().size() >= 2) {
                    plans.add(plan);
                }
            }));
        }
        for (Evaluation e : card.evaluations()) {
            if (e.target().indicators().size() > 1 || !TrajectoryChart.onOwnScale(e)) {
                continue; // a sum, or each of several: the indicators' own series show the parts; a relative
                          // requirement is not on its indicator's scale
            }
            List<Outcome> outcomes = history.map(Dataset::outcomes).orElse(e.outcomes());
            TrajectoryChart.Plan plan = chart.plan(e, outcomes, card.asOf());
            if (plan.drawable() && (!history.isPresent() || !plan.pathDates().isEmpty())) {
                plans.add(plan);
            }
        }
        if (plans.isEmpty()) {
            h.append("<p class=\"none\">").append(esc(labels.noTrajectories())).append("</p>\n</section>\n");
            return;
        }
        h.append("<div class=\"charts\">\n");
        int n = 0;
        for (TrajectoryChart.Plan plan : plans) {
            n++;
            h.append("<figure class=\"trajectory\">\n<figcaption>").append(esc(plan.name())).append("</figcaption>\n");
            h.append(chart.svg(plan, n)).append("\n</figure>\n");
        }
        h.append("</div>\n</section>\n");
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
