package dev.attain.report;

import static java.util.Objects.requireNonNull;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.RollUp;
import dev.attain.eval.Status;
import dev.attain.model.Dataset;
import dev.attain.model.Outcome;
import dev.attain.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Scorecard} as a Markdown table (GitHub Flavored Markdown) for memos and
 * issues, in Chinese or English.
 *
 * <p>The same picture as {@link ConsoleReport}: the dataset's title and the counts; a section per
 * plan and period with a table of its targets, shortfalls first, the decisive reason in full,
 * the targets without data collapsed into one line ({@link #withNoDataListed} lists them); the
 * roll-ups by plan, tag and commitment with their rules named; with {@link #withDataset}, what
 * was reported without a target; and a closing summary computed from the scorecard.
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
    private final boolean listNoData;
    private final @Nullable Dataset dataset;

    private MarkdownReport(Labels labels, boolean listNoData, @Nullable Dataset dataset) {
        this.labels = labels;
        this.listNoData = listNoData;
        this.dataset = dataset;
    }

    /**
     * Returns a Markdown renderer with Chinese labels for a Chinese locale and English labels
     * for any other.
     *
     * @param locale  the locale, not null
     * @return the renderer, never null
     */
    public static MarkdownReport of(Locale locale) {
        return new MarkdownReport(Labels.of(locale), false, null);
    }

    /**
     * Returns a copy that lists every target without data as a row of its group's table,
     * instead of one line per group naming them. This instance is unaffected.
     *
     * @param all  true to list them all, false to collapse them (the default)
     * @return the new renderer, never null
     */
    public MarkdownReport withNoDataListed(boolean all) {
        return new MarkdownReport(labels, all, dataset);
    }

    /**
     * Returns a copy that knows the dataset the scorecards were evaluated from: its title heads
     * the report, and the outcomes that match no target are listed ("what was reported"). This
     * instance is unaffected.
     *
     * @param data  the dataset, not null
     * @return the new renderer, never null
     */
    public MarkdownReport withDataset(Dataset data) {
        return new MarkdownReport(labels, listNoData, requireNonNull(data, "data"));
    }

    /**
     * Renders the scorecard: the title and the counts; a section per plan and period with a
     * table of its targets (shortfalls first, those without data collapsed into one line); the
     * roll-ups by plan, tag and commitment; what was reported without a target; and a closing
     * summary.
     *
     * @param scorecard  the scorecard, not null
     * @return the Markdown text, lines ending with "\n", never null
     */
    @Override
    public String render(Scorecard scorecard) {
        requireNonNull(scorecard, "scorecard");
        Cells cells = new Cells(labels, true);
        Overview overview = Overview.of(scorecard, dataset);
        int n = scorecard.evaluations().size();
        StringBuilder out = new StringBuilder();
        String heading = labels.title(scorecard.asOf()) + (labels.chinese() ? "" : " ") + labels.targetCountInBrackets(n);
        if (overview.title().isPresent()) {
            out.append("## ").append(escape(overview.title().get())).append("\n\n");
            out.append("**").append(escape(heading)).append("**\n\n");
        } else {
            out.append("## ").append(escape(heading)).append("\n\n");
        }
        if (n == 0) {
            out.append(escape(labels.empty())).append('\n');
            return out.toString();
        }
        String counts = Overview.countsInWords(scorecard.counts(), labels);
        out.append(escape(labels.withDataCount(overview.withData()) + (counts.isEmpty() ? ""
                : (labels.chinese() ? "：" : ": ") + counts) + (labels.chinese() ? "；" : "; ")
                + labels.withoutDataCount(scorecard.count(Status.NO_DATA)))).append("\n\n");
        for (Overview.Group g : overview.groups()) {
            int size = g.withData().size() + g.noData().size();
            out.append("### ").append(escape(Overview.heading(g, labels) + (labels.chinese() ? "（" : " (")
                    + labels.targetCount(size) + (labels.chinese() ? "：" : ": ")
                    + Overview.compactCounts(g.rollUp().counts()) + (labels.chinese() ? "）" : ")"))).append("\n\n");
            List<Evaluation> shown = new ArrayList<>(g.withData());
            if (listNoData) {
                shown.addAll(g.noData());
            }
            if (!shown.isEmpty()) {
                row(out, labels.status(), labels.indicator(), labels.required(), labels.reported(), labels.attainment(),
                        labels.reason());
                out.append("|---|---|---:|---:|---:|---|\n");
                for (Evaluation e : shown) {
                    row(out, cells.status(e), cells.indicators(e), cells.required(e), cells.reported(e),
                            cells.attainment(e), cells.decisiveReason(e));
                }
                out.append('\n');
            }
            if (!listNoData && !g.noData().isEmpty()) {
                out.append(escape(labels.noDataLine(g.noData().size())
                        + String.join(labels.listSeparator(), Overview.names(g.noData(), cells)))).append("\n\n");
            }
        }
        rollUps(out, overview);
        reported(out, overview, cells);
        out.append("### ").append(escape(labels.conclusion())).append("\n\n");
        out.append(escape(overview.closing(labels, cells))).append('\n');
        return out.toString();
    }

    private void rollUps(StringBuilder out, Overview overview) {
        out.append("### ").append(escape(labels.summary())).append("\n\n");
        out.append(escape(labels.rollUpRules())).append("\n\n");
        rollUpTable(out, labels.byPlan(), overview.groups().stream()
                .map(g -> Map.entry(overview.shortName(g, labels), g.rollUp())).toList());
        List<Map.Entry<String, RollUp>> tags = new ArrayList<>();
        overview.byTag().forEach((tag, r) -> {
            if (r.count(Status.NO_DATA) < r.evaluations().size()) {
                tags.add(Map.entry(tag, r));
            }
        });
        rollUpTable(out, labels.byTag(), tags);
        List<String> none = overview.tagsWithoutData();
        if (!none.isEmpty()) {
            out.append(escape(labels.otherTagsNoData(none.size()) + String.join(labels.listSeparator(), none)))
                    .append("\n\n");
        }
        List<Map.Entry<String, RollUp>> commitments = new ArrayList<>();
        overview.byCommitment().forEach((c, r) -> commitments.add(Map.entry(labels.commitment(c), r)));
        rollUpTable(out, labels.byCommitment(), commitments);
    }

    private void rollUpTable(StringBuilder out, String title, List<Map.Entry<String, RollUp>> rows) {
        out.append("#### ").append(escape(title)).append("\n\n");
        row(out, "", labels.targetsHeading(), labels.withDataHeading(), labels.statusesHeading(), labels.sizeWeighted(),
                labels.worst());
        out.append("|---|---:|---:|---|---:|---|\n");
        for (Map.Entry<String, RollUp> e : rows) {
            RollUp r = e.getValue();
            int size = r.evaluations().size();
            row(out, e.getKey(), String.valueOf(size), String.valueOf(size - r.count(Status.NO_DATA)),
                    Overview.compactCounts(r.counts()), Overview.sizeWeighted(r, labels), labels.status(r.worst()));
        }
        out.append('\n');
    }

    private void reported(StringBuilder out, Overview overview, Cells cells) {
        if (!overview.hasDataset()) {
            return;
        }
        out.append("### ").append(escape(labels.whatWasReported())).append("\n\n");
        out.append(escape(labels.whatWasReportedRule())).append("\n\n");
        List<Overview.Reported> reported = overview.reported();
        if (reported.isEmpty()) {
            out.append(escape(labels.nothingElseReported())).append("\n\n");
            return;
        }
        row(out, labels.indicator(), labels.scopeHeading(), labels.period(), labels.valueHeading(),
                labels.publishedHeading(), labels.source(), labels.pointsHeading());
        out.append("|---|---|---|---:|---|---|---:|\n");
        for (Overview.Reported r : reported) {
            Outcome o = r.latest();
            row(out, cells.name(r.indicator()), Overview.scope(o), o.period().toString(),
                    labels.figures().forReading().format(o.value()), o.published().toString(),
                    o.source().map(Source::document).orElse(""), String.valueOf(r.points()));
        }
        out.append('\n');
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
