package dev.attain.report;

import static java.util.Objects.requireNonNull;

import dev.attain.eval.Evaluation;
import dev.attain.eval.RollUp;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.model.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Scorecard} as plain text for a terminal, in Chinese or English, so that a
 * planner reads it at a glance: the results first, the targets without data out of the way.
 *
 * <pre>
 * 江西省工业规划目标与实际完成情况（2020—2025年）
 * 截至2023-06-30的目标完成情况（共58项目标）
 * 有实际值11项：✗ 未完成 1、✓ 已完成 10；暂无实际值47项
 *
 *   状态      指标                             目标值        实际值   完成度
 *   --------  ------------------------  -------------  ------------  -------
 *
 * ■ 2020年工作要点 · 003_e4ac14dd2e8239c0.txt（2020-04-07） · 2020（共42项目标：✗1 ✓7 -34）
 *   ✗ 未完成  虚拟现实（VR）产业营业…     突破200亿元       200亿元   100.0%
 *             ↳ 要求突破200亿元，未完成；完成度100.0%
 *   ✓ 已完成  有色金属产业营业收入       突破7000亿元  突破7000亿元  >100.0%
 *             ↳ 要求突破7000亿元，已完成；完成度>100.0%
 *   …
 *   - 34项目标暂无实际值：建材产业营业收入、石化产业营业收入、食品产业营业收入、纺织产业营业收入、汽…
 * </pre>
 *
 * <p>In order:
 * <ul>
 *   <li>the dataset's title (with {@link #withDataset}), the as-of date and the counts;
 *   <li>a group per plan (the document the targets cite) and period, groups with a shortfall
 *       first; in each, the targets with data worst first, each with its decisive reason on
 *       the line below (the verdict, and for a running target the growth still required), then
 *       one line naming the targets without data ({@link #withNoDataListed} lists them as rows);
 *   <li>the roll-ups by plan, by tag and by commitment: targets, targets with data, counts per
 *       status, size-weighted attainment where units agree, worst status, with the rules named;
 *   <li>with {@link #withDataset}, what was reported without a target: the latest figure of
 *       each indicator and scope, its period, publication date and number of periods reported;
 *   <li>a closing summary computed from the scorecard.
 * </ul>
 * The rules of grouping and matching are {@code Overview}'s, shared with {@link MarkdownReport}
 * and {@link HtmlReport}. Numbers are written by the figures formatter ("1.03万亿元", "≥147.1%",
 * "+0.1个百分点"); amounts worked out by the evaluator (the ends of an interval, a sum) are rounded
 * outwards to five significant digits for reading, figures as a document wrote them never.
 * Statuses carry a sign and a word, so they read without colour ("✗ 未完成", "✓ achieved").
 *
 * <p>(In a browser the Chinese lines above may not line up: a proportional or non-CJK font does
 * not give Chinese characters exactly two columns; a terminal does.)
 *
 * <p>Columns line up on a terminal although Chinese characters take two columns: widths are
 * measured by East Asian Width, wide and fullwidth characters counting two. Ambiguous
 * characters ("≥", "…") count as one, as most terminals show them. Names, reasons and the
 * collapsed lines are cut to a width ({@link #withNameWidth}, {@link #withReasonWidth},
 * {@link #withLineWidth}, 100 columns by default) and end with "…" when cut;
 * a wide character is never split. The rules of the roll-ups and the closing summary are wrapped
 * to the line width instead, with a hanging indent, breaking Latin text at spaces and Chinese
 * text between characters (never before "，" or after "（"). Text from the data is made safe for a terminal first:
 * control characters (ESC and the rest, which could move the cursor or recolour the terminal)
 * and bidirectional overrides become U+FFFD, line breaks and tabs become spaces.
 *
 * <p>Lines end with "\n" and carry no trailing spaces.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class ConsoleReport implements ScorecardRenderer {

    /** The default width of the indicator column, in terminal columns: 24. */
    public static final int DEFAULT_NAME_WIDTH = 24;
    /** The default widest a reason line may be, in terminal columns: 100. */
    public static final int DEFAULT_REASON_WIDTH = 100;
    /** The default width of a line, in terminal columns: 100. */
    public static final int DEFAULT_LINE_WIDTH = 100;

    /** The narrowest a reason line is made to fit a line. */
    private static final int MIN_REASON_WIDTH = 12;

    private static final String GAP = "  ";
    private static final String INDENT = "  ";

    /** The indentation of a paragraph's following lines when it wraps: a hanging indent. */
    private static final String HANGING = INDENT + "  ";

    private final Labels labels;
    private final int nameWidth;
    private final int reasonWidth;
    private final int lineWidth;
    private final boolean listNoData;
    private final @Nullable Dataset dataset;

    private ConsoleReport(Labels labels, int nameWidth, int reasonWidth, int lineWidth, boolean listNoData,
            @Nullable Dataset dataset) {
        this.labels = labels;
        this.nameWidth = nameWidth;
        this.reasonWidth = reasonWidth;
        this.lineWidth = lineWidth;
        this.listNoData = listNoData;
        this.dataset = dataset;
    }

    /**
     * Returns a console renderer with Chinese labels for a Chinese locale ({@link Locale#CHINESE},
     * {@link Locale#SIMPLIFIED_CHINESE}, any locale whose language is {@code zh}) and English
     * labels for any other.
     *
     * @param locale  the locale, not null
     * @return the renderer, never null
     */
    public static ConsoleReport of(Locale locale) {
        return new ConsoleReport(Labels.of(locale), DEFAULT_NAME_WIDTH, DEFAULT_REASON_WIDTH, DEFAULT_LINE_WIDTH,
                false, null);
    }

    /**
     * Returns a copy that cuts indicator names to a width. This instance is unaffected.
     *
     * @param columns  the width in terminal columns, at least 4
     * @return the new renderer, never null
     * @throws IllegalArgumentException if columns is below 4
     */
    public ConsoleReport withNameWidth(int columns) {
        return new ConsoleReport(labels, checkWidth(columns, "columns"), reasonWidth, lineWidth, listNoData, dataset);
    }

    /**
     * Returns a copy that cuts the reason to at most a width (it is cut further to keep lines
     * within {@link #withLineWidth the line width}). This instance is unaffected.
     *
     * @param columns  the width in terminal columns, at least 4
     * @return the new renderer, never null
     * @throws IllegalArgumentException if columns is below 4
     */
    public ConsoleReport withReasonWidth(int columns) {
        return new ConsoleReport(labels, nameWidth, checkWidth(columns, "columns"), lineWidth, listNoData, dataset);
    }

    /**
     * Returns a copy that keeps the lines of the targets' tables and the collapsed lines within
     * a width, by cutting the reason column (down to 12 columns) and the list of targets without
     * data. This instance is unaffected.
     *
     * @param columns  the width in terminal columns, at least 40
     * @return the new renderer, never null
     * @throws IllegalArgumentException if columns is below 40
     */
    public ConsoleReport withLineWidth(int columns) {
        if (columns < 40) {
            throw new IllegalArgumentException("columns (" + columns + ") must be >= 40");
        }
        return new ConsoleReport(labels, nameWidth, reasonWidth, columns, listNoData, dataset);
    }

    /**
     * Returns a copy that lists every target without data as a row of its group, instead of
     * one line per group naming them. This instance is unaffected.
     *
     * @param all  true to list them all, false to collapse them (the default)
     * @return the new renderer, never null
     */
    public ConsoleReport withNoDataListed(boolean all) {
        return new ConsoleReport(labels, nameWidth, reasonWidth, lineWidth, all, dataset);
    }

    /**
     * Returns a copy that knows the dataset the scorecards were evaluated from: its title heads
     * the report, and the outcomes that match no target are listed ("what was reported"). This
     * instance is unaffected.
     *
     * @param data  the dataset, not null
     * @return the new renderer, never null
     */
    public ConsoleReport withDataset(Dataset data) {
        return new ConsoleReport(labels, nameWidth, reasonWidth, lineWidth, listNoData, requireNonNull(data, "data"));
    }

    private static int checkWidth(int columns, String name) {
        if (columns < 4) {
            throw new IllegalArgumentException(name + " (" + columns + ") must be >= 4");
        }
        return columns;
    }

    /**
     * Renders the scorecard: the title and a line of counts; the targets grouped by plan and
     * period, shortfalls first, those without data collapsed; the roll-ups by plan, tag and
     * commitment; what was reported without a target; and a closing summary.
     *
     * @param scorecard  the scorecard, not null
     * @return the text, lines ending with "\n", never null
     */
    @Override
    public String render(Scorecard scorecard) {
        requireNonNull(scorecard, "scorecard");
        Cells cells = new Cells(labels, true);
        Overview overview = Overview.of(scorecard, dataset);
        int n = scorecard.evaluations().size();
        StringBuilder out = new StringBuilder();
        overview.title().ifPresent(t -> out.append(clean(t)).append('\n'));
        out.append(withCount(labels.title(scorecard.asOf()), n)).append('\n');
        if (n == 0) {
            out.append('\n').append(labels.empty()).append('\n');
            return out.toString();
        }
        out.append(labels.withDataCount(overview.withData()));
        String counts = Overview.countsInWords(scorecard.counts(), labels);
        out.append(counts.isEmpty() ? "" : (labels.chinese() ? "：" : ": ") + counts)
                .append(labels.chinese() ? "；" : "; ").append(labels.withoutDataCount(scorecard.count(Status.NO_DATA)))
                .append('\n');
        groups(out, overview, cells);
        rollUps(out, overview);
        reported(out, overview, cells);
        out.append('\n').append(labels.conclusion()).append('\n');
        out.append(DisplayWidth.wrap(clean(overview.closing(labels, cells)), lineWidth, INDENT, HANGING));
        return out.toString();
    }

    private void groups(StringBuilder out, Overview overview, Cells cells) {
        String[] headings = {labels.status(), labels.indicator(), labels.required(), labels.reported(),
            labels.attainment()};
        boolean[] right = {false, false, true, true, true};
        List<List<String[]>> tables = new ArrayList<>();
        List<List<String>> reasons = new ArrayList<>();
        for (Overview.Group g : overview.groups()) {
            List<String[]> rows = new ArrayList<>();
            List<String> why = new ArrayList<>();
            List<Evaluation> shown = new ArrayList<>(g.withData());
            if (listNoData) {
                shown.addAll(g.noData());
            }
            for (Evaluation e : shown) {
                rows.add(new String[] {cells.status(e), DisplayWidth.truncate(clean(cells.indicators(e)), nameWidth),
                    clean(cells.required(e)), clean(cells.reported(e)), clean(cells.attainment(e))});
                why.add(clean(cells.decisiveReason(e)));
            }
            tables.add(rows);
            reasons.add(why);
        }
        int[] widths = widths(headings, tables.stream().flatMap(List::stream).toList());
        String reasonIndent = INDENT + " ".repeat(widths[0] + GAP.length());
        int reasonColumns = Math.max(MIN_REASON_WIDTH, Math.min(reasonWidth, lineWidth - reasonIndent.length()));
        out.append('\n');
        line(out, INDENT, headings, widths, right);
        String[] rules = new String[headings.length];
        for (int c = 0; c < headings.length; c++) {
            rules[c] = "-".repeat(widths[c]);
        }
        line(out, INDENT, rules, widths, right);
        for (int i = 0; i < overview.groups().size(); i++) {
            Overview.Group g = overview.groups().get(i);
            int size = g.withData().size() + g.noData().size();
            String heading = "■ " + clean(Overview.heading(g, labels)) + (labels.chinese() ? "（" : " (")
                    + labels.targetCount(size) + (labels.chinese() ? "：" : ": ") + Overview.compactCounts(g.rollUp().counts())
                    + (labels.chinese() ? "）" : ")");
            out.append('\n').append(DisplayWidth.truncate(heading, lineWidth)).append('\n');
            List<String[]> rows = tables.get(i);
            for (int r = 0; r < rows.size(); r++) {
                line(out, INDENT, rows.get(r), widths, right);
                String why = reasons.get(i).get(r);
                if (!why.isEmpty()) {
                    out.append(reasonIndent).append("↳ ").append(DisplayWidth.truncate(why, reasonColumns - 2))
                            .append('\n');
                }
            }
            if (!listNoData && !g.noData().isEmpty()) {
                List<String> names = Overview.names(g.noData(), cells);
                String text = labels.noDataLine(g.noData().size()) + clean(String.join(labels.listSeparator(), names));
                out.append(INDENT).append(DisplayWidth.truncate("- " + text, lineWidth - INDENT.length())).append('\n');
            }
        }
    }

    private void rollUps(StringBuilder out, Overview overview) {
        String[] headings = {"", labels.targetsHeading(), labels.withDataHeading(), labels.statusesHeading(),
            labels.sizeWeighted(), labels.worst()};
        boolean[] right = {false, true, true, false, true, false};
        out.append('\n').append(labels.summary()).append('\n');
        out.append(DisplayWidth.wrap(labels.rollUpRules(), lineWidth, INDENT, HANGING));
        List<String[]> plans = new ArrayList<>();
        for (Overview.Group g : overview.groups()) {
            plans.add(rollUpRow(DisplayWidth.truncate(clean(overview.shortName(g, labels)), 44), g.rollUp()));
        }
        List<String[]> tags = new ArrayList<>();
        overview.byTag().forEach((tag, r) -> {
            if (r.count(Status.NO_DATA) < r.evaluations().size()) {
                tags.add(rollUpRow(DisplayWidth.truncate(clean(tag), 44), r));
            }
        });
        List<String[]> commitments = new ArrayList<>();
        overview.byCommitment().forEach((c, r) -> commitments.add(rollUpRow(labels.commitment(c), r)));
        List<String[]> all = new ArrayList<>(plans);
        all.addAll(tags);
        all.addAll(commitments);
        String[][] heads = {withFirst(headings, labels.byPlan()), withFirst(headings, labels.byTag()),
            withFirst(headings, labels.byCommitment())};
        List<String[]> headRows = new ArrayList<>(List.of(heads));
        headRows.addAll(all);
        int[] widths = widths(headings, headRows);
        List<List<String[]>> sections = List.of(plans, tags, commitments);
        for (int i = 0; i < sections.size(); i++) {
            out.append('\n');
            line(out, INDENT, heads[i], widths, right);
            for (String[] row : sections.get(i)) {
                line(out, INDENT, row, widths, right);
            }
            if (i == 1) {
                List<String> none = overview.tagsWithoutData();
                if (!none.isEmpty()) {
                    String text = "- " + labels.otherTagsNoData(none.size()) + clean(String.join(labels.listSeparator(), none));
                    out.append(INDENT).append(DisplayWidth.truncate(text, lineWidth - INDENT.length())).append('\n');
                }
            }
        }
    }

    private static String[] withFirst(String[] headings, String first) {
        String[] copy = headings.clone();
        copy[0] = first;
        return copy;
    }

    private String[] rollUpRow(String name, RollUp r) {
        int size = r.evaluations().size();
        return new String[] {name, String.valueOf(size), String.valueOf(size - r.count(Status.NO_DATA)),
            Overview.compactCounts(r.counts()), Overview.sizeWeighted(r, labels), labels.status(r.worst())};
    }

    private void reported(StringBuilder out, Overview overview, Cells cells) {
        if (!overview.hasDataset()) {
            return;
        }
        out.append('\n').append(labels.whatWasReported()).append('\n');
        out.append(INDENT).append(labels.whatWasReportedRule()).append('\n');
        List<Overview.Reported> reported = overview.reported();
        if (reported.isEmpty()) {
            out.append(INDENT).append(labels.nothingElseReported()).append('\n');
            return;
        }
        String[] headings = {labels.indicator(), labels.scopeHeading(), labels.period(), labels.valueHeading(),
            labels.publishedHeading(), labels.pointsHeading()};
        boolean[] right = {false, false, false, true, false, true};
        List<String[]> rows = new ArrayList<>();
        for (Overview.Reported r : reported) {
            rows.add(new String[] {DisplayWidth.truncate(clean(cells.name(r.indicator())), nameWidth),
                DisplayWidth.truncate(clean(Overview.scope(r.latest())), 16), r.latest().period().toString(),
                clean(cells.figures().format(r.latest().value())), r.latest().published().toString(),
                String.valueOf(r.points())});
        }
        int[] widths = widths(headings, rows);
        out.append('\n');
        line(out, INDENT, headings, widths, right);
        for (String[] row : rows) {
            line(out, INDENT, row, widths, right);
        }
    }

    private static int[] widths(String[] headings, List<String[]> rows) {
        int[] widths = new int[headings.length];
        for (int c = 0; c < headings.length; c++) {
            widths[c] = DisplayWidth.of(headings[c]);
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
            }
        }
        return widths;
    }

    /** A heading followed by the number of targets: "…（共54项目标）", "… (54 targets)". */
    private String withCount(String heading, int n) {
        return heading + (labels.chinese() ? "" : " ") + labels.targetCountInBrackets(n);
    }

    /** The statuses, worst first. */
    static List<Status> worstFirst() {
        List<Status> list = new ArrayList<>(List.of(Status.values()));
        list.sort(Status.WORST_FIRST);
        return list;
    }

    private static void line(StringBuilder out, String indent, String[] cells, int[] widths, boolean[] right) {
        StringBuilder b = new StringBuilder(indent);
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                b.append(GAP);
            }
            b.append(DisplayWidth.pad(cells[c], widths[c], right[c]));
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        out.append(b, 0, end).append('\n');
    }

    private static String clean(String text) {
        return DisplayWidth.sanitize(text);
    }

    /**
     * Returns the language of the labels and the widths.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "ConsoleReport[" + labels.languageTag() + ", name " + nameWidth + ", reason " + reasonWidth + ", line "
                + lineWidth + (listNoData ? ", no data listed" : "") + (dataset == null ? "" : ", with dataset") + "]";
    }
}
