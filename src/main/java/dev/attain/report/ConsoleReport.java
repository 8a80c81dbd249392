package dev.attain.report;

import static java.util.Objects.requireNonNull;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Scorecard} as a plain-text table for a terminal, in Chinese or English.
 *
 * <pre>
 * 截至2023-08-01的目标完成情况（共3项目标）
 *
 * 目标              指标                      期间        目标值       实际值   完成度  状态        原因
 * ----------------  ------------------------  ----  ------------  -----------  -------  ----------  ----------------------
 * jx-2022-manuf     制造业增加值              2022   1万亿元以上     9000亿元    90.0%  ✗ 未完成    Manufacturing value a…
 * jx-2022-ei-equip  电子信息产业营业收入+装…  2022  突破7000亿元  ≥1.03万亿元  ≥147.1%  ✓ 已完成    Electronics industry …
 * jx-2022-hitech    新增高新技术企业数        2022     500家以上            -        -  - 暂无数据  nothing had been publ…
 *
 * 汇总（共3项目标）
 *   ✗ 未完成    1
 *   - 暂无数据  1
 *   ✓ 已完成    1
 * </pre>
 *
 * <p>(In a browser the Chinese lines above may not line up: a proportional or non-CJK font does
 * not give Chinese characters exactly two columns; a terminal does.)
 *
 * <p>One row per target, in the scorecard's order: shortfalls first, worst first. The columns
 * are the target's id, the indicator's name (the names of a sum joined by "+"), the period, the
 * requirement as the plan wrote it, the reported value, the attainment (or the difference in
 * percentage points or places), the status and the first reason. Numbers are written by the
 * figures formatter ("1.03万亿元", "≥147.1%", "+0.1个百分点"). Statuses carry a sign and a word, so
 * they read without colour ("✗ 未完成", "✓ achieved"). A summary of the counts per status (those
 * above zero, worst first) ends the report.
 *
 * <p>Columns line up on a terminal although Chinese characters take two columns: widths are
 * measured by East Asian Width, wide and fullwidth characters counting two. Ambiguous
 * characters ("≥", "…") count as one, as most terminals show them. Names and the reason are
 * cut to a width ({@link #withNameWidth}, {@link #withReasonWidth}) and end with "…" when cut;
 * a wide character is never split. Text from the data is made safe for a terminal first:
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
    /** The default width of the reason column, in terminal columns: 60. */
    public static final int DEFAULT_REASON_WIDTH = 60;

    private static final String GAP = "  ";

    private final Labels labels;
    private final int nameWidth;
    private final int reasonWidth;

    private ConsoleReport(Labels labels, int nameWidth, int reasonWidth) {
        this.labels = labels;
        this.nameWidth = nameWidth;
        this.reasonWidth = reasonWidth;
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
        return new ConsoleReport(Labels.of(locale), DEFAULT_NAME_WIDTH, DEFAULT_REASON_WIDTH);
    }

    /**
     * Returns a copy that cuts indicator names to a width. This instance is unaffected.
     *
     * @param columns  the width in terminal columns, at least 4
     * @return the new renderer, never null
     * @throws IllegalArgumentException if columns is below 4
     */
    public ConsoleReport withNameWidth(int columns) {
        return new ConsoleReport(labels, checkWidth(columns, "columns"), reasonWidth);
    }

    /**
     * Returns a copy that cuts the reason to a width. This instance is unaffected.
     *
     * @param columns  the width in terminal columns, at least 4
     * @return the new renderer, never null
     * @throws IllegalArgumentException if columns is below 4
     */
    public ConsoleReport withReasonWidth(int columns) {
        return new ConsoleReport(labels, nameWidth, checkWidth(columns, "columns"));
    }

    private static int checkWidth(int columns, String name) {
        if (columns < 4) {
            throw new IllegalArgumentException(name + " (" + columns + ") must be >= 4");
        }
        return columns;
    }

    /**
     * Renders the scorecard as a table, then the counts per status.
     *
     * @param scorecard  the scorecard, not null
     * @return the text, lines ending with "\n", never null
     */
    @Override
    public String render(Scorecard scorecard) {
        requireNonNull(scorecard, "scorecard");
        Cells cells = new Cells(labels);
        int n = scorecard.evaluations().size();
        StringBuilder out = new StringBuilder();
        out.append(withCount(labels.title(scorecard.asOf()), n)).append('\n').append('\n');
        if (n == 0) {
            out.append(labels.empty()).append('\n');
            return out.toString();
        }
        String[] headings = {labels.target(), labels.indicator(), labels.period(), labels.required(),
            labels.reported(), labels.attainment(), labels.status(), labels.reason()};
        boolean[] right = {false, false, false, true, true, true, false, false};
        List<String[]> rows = new ArrayList<>(n);
        for (Evaluation e : scorecard.evaluations()) {
            rows.add(new String[] {
                clean(cells.id(e)),
                DisplayWidth.truncate(clean(cells.indicators(e)), nameWidth),
                clean(cells.period(e)),
                clean(cells.required(e)),
                clean(cells.reported(e)),
                clean(cells.attainment(e)),
                cells.status(e),
                DisplayWidth.truncate(clean(cells.firstReason(e)), reasonWidth),
            });
        }
        int[] widths = new int[headings.length];
        for (int c = 0; c < headings.length; c++) {
            widths[c] = DisplayWidth.of(headings[c]);
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
            }
        }
        line(out, headings, widths, right);
        String[] rules = new String[headings.length];
        for (int c = 0; c < headings.length; c++) {
            rules[c] = "-".repeat(widths[c]);
        }
        line(out, rules, widths, right);
        for (String[] row : rows) {
            line(out, row, widths, right);
        }
        out.append('\n');
        summary(out, scorecard);
        return out.toString();
    }

    /** A heading followed by the number of targets: "…（共54项目标）", "… (54 targets)". */
    private String withCount(String heading, int n) {
        return heading + (labels.chinese() ? "" : " ") + labels.targetCountInBrackets(n);
    }

    private void summary(StringBuilder out, Scorecard scorecard) {
        int n = scorecard.evaluations().size();
        out.append(withCount(labels.summary(), n)).append('\n');
        List<Status> shown = new ArrayList<>();
        int width = 0;
        for (Status s : worstFirst()) {
            if (scorecard.count(s) > 0) {
                shown.add(s);
                width = Math.max(width, DisplayWidth.of(labels.status(s)));
            }
        }
        int countWidth = String.valueOf(n).length();
        for (Status s : shown) {
            out.append("  ").append(DisplayWidth.pad(labels.status(s), width, false)).append(GAP)
                    .append(DisplayWidth.pad(String.valueOf(scorecard.count(s)), countWidth, true)).append('\n');
        }
    }

    /** The statuses, worst first. */
    static List<Status> worstFirst() {
        List<Status> list = new ArrayList<>(List.of(Status.values()));
        list.sort(Status.WORST_FIRST);
        return list;
    }

    private static void line(StringBuilder out, String[] cells, int[] widths, boolean[] right) {
        StringBuilder b = new StringBuilder();
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
        return "ConsoleReport[" + labels.languageTag() + ", name " + nameWidth + ", reason " + reasonWidth + "]";
    }
}
