package dev.attain.report;

import static java.util.Objects.requireNonNull;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import java.util.Locale;

/**
 * Renders a {@link Scorecard} as a Markdown table (GitHub Flavored Markdown) for memos and
 * issues, in Chinese or English.
 *
 * <p>A heading with the date, one table row per target in the scorecard's order (shortfalls
 * first) with the columns of {@link ConsoleReport} (the first reason in full), then a table of
 * the counts per status, every status listed, worst first.
 *
 * <p>Text from the data is escaped so that it stays text: a pipe cannot end a cell, a line
 * break cannot end a row (it becomes {@code <br>}), and Markdown's own characters
 * ({@code \ ` * _ [ ] < > ~ # |} and {@code &}) are backslash-escaped or written as
 * {@code &amp;}, so that a name cannot become a link, an image, emphasis or raw HTML. Control
 * characters and bidirectional overrides become U+FFFD.
 *
 * <p>Lines end with "\n".
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class MarkdownReport implements ScorecardRenderer {

    private final Labels labels;

    private MarkdownReport(Labels labels) {
        this.labels = labels;
    }

    /**
     * Returns a Markdown renderer with Chinese labels for a Chinese locale and English labels
     * for any other.
     *
     * @param locale  the locale, not null
     * @return the renderer, never null
     */
    public static MarkdownReport of(Locale locale) {
        return new MarkdownReport(Labels.of(locale));
    }

    /**
     * Renders the scorecard as a heading, a table of the targets and a table of the counts.
     *
     * @param scorecard  the scorecard, not null
     * @return the Markdown text, lines ending with "\n", never null
     */
    @Override
    public String render(Scorecard scorecard) {
        requireNonNull(scorecard, "scorecard");
        Cells cells = new Cells(labels);
        int n = scorecard.evaluations().size();
        StringBuilder out = new StringBuilder();
        out.append("## ").append(escape(labels.title(scorecard.asOf()))).append("\n\n");
        if (n == 0) {
            out.append(escape(labels.empty())).append('\n');
            return out.toString();
        }
        row(out, labels.target(), labels.indicator(), labels.period(), labels.required(), labels.reported(),
                labels.attainment(), labels.status(), labels.reason());
        out.append("|---|---|---|---:|---:|---:|---|---|\n");
        for (Evaluation e : scorecard.evaluations()) {
            row(out, cells.id(e), cells.indicators(e), cells.period(e), cells.required(e), cells.reported(e),
                    cells.attainment(e), cells.status(e), cells.firstReason(e));
        }
        out.append('\n');
        out.append("### ").append(escape(labels.summary())).append(' ')
                .append(escape(labels.targetCountInBrackets(n)))
                .append("\n\n");
        row(out, labels.status(), labels.count());
        out.append("|---|---:|\n");
        for (Status s : ConsoleReport.worstFirst()) {
            row(out, labels.status(s), String.valueOf(scorecard.count(s)));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... values) {
        out.append('|');
        for (String v : values) {
            out.append(' ').append(escape(v)).append(" |");
        }
        out.append('\n');
    }

    /**
     * Escapes text for a Markdown table cell: Markdown's special characters backslash-escaped,
     * {@code &} as an entity, line breaks as {@code <br>}, control characters as U+FFFD.
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n':
                    b.append("<br>");
                    break;
                case '&':
                    b.append("&amp;");
                    break;
                case '\\':
                case '`':
                case '*':
                case '_':
                case '[':
                case ']':
                case '<':
                case '>':
                case '~':
                case '#':
                case '|':
                    b.append('\\').append(c);
                    break;
                case '\t':
                    b.append(' ');
                    break;
                default:
                    b.append(c);
                    break;
            }
        }
        return DisplayWidth.sanitize(b.toString());
    }

    /**
     * Returns the language of the labels.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "MarkdownReport[" + labels.languageTag() + "]";
    }
}
