package dev.attain.report;

import static java.util.Objects.requireNonNull;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.model.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders how the picture changed between scorecards of the same dataset as of several dates:
 * a table of the counts per status at each date, then, from each date to the next, the targets
 * whose status changed, each with its decisive reason at the later date (as
 * {@link ConsoleReport} gives it), in Chinese or English.
 *
 * <pre>{@code
 * List<Scorecard> cards = Stream.of("2020-12-31", "2021-07-31", "2022-12-31", "2023-06-30")
 *         .map(d -> tracker.evaluate(LocalDate.parse(d))).toList();
 * System.out.print(AsOfReport.of(Locale.CHINESE).withDataset(tracker.dataset()).render(cards));
 * }</pre>
 *
 * <p>A target present in a later scorecard and absent from an earlier one counts as NO_DATA at
 * the earlier date. Columns line up on a terminal as the console report's do; text from the
 * data is made terminal-safe.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class AsOfReport {

    private static final String GAP = "  ";

    private final Labels labels;
    private final Optional<String> title;

    private AsOfReport(Labels labels, Optional<String> title) {
        this.labels = labels;
        this.title = title;
    }

    /**
     * Returns a renderer with Chinese labels for a Chinese locale and English labels for any other.
     *
     * @param locale  the locale, not null
     * @return the renderer, never null
     */
    public static AsOfReport of(Locale locale) {
        return new AsOfReport(Labels.of(locale), Optional.empty());
    }

    /**
     * Returns a copy that heads the text with the dataset's title, if it has one. This instance
     * is unaffected.
     *
     * @param dataset  the dataset the scorecards were evaluated from, not null
     * @return the new renderer, never null
     */
    public AsOfReport withDataset(Dataset dataset) {
        return new AsOfReport(labels, requireNonNull(dataset, "dataset").title());
    }

    /**
     * Renders the counts at each date and the changes from each date to the next.
     *
     * @param scorecards  two or more scorecards, as of dates in increasing order, not null
     * @return the text, lines ending with "\n", never null
     * @throws IllegalArgumentException if fewer than two scorecards are given, or their dates
     *     are not increasing
     */
    public String render(List<Scorecard> scorecards) {
        requireNonNull(scorecards, "scorecards");
        if (scorecards.size() < 2) {
            throw new IllegalArgumentException("two or more scorecards are needed to tell what changed; got "
                    + scorecards.size());
        }
        for (int i = 1; i < scorecards.size(); i++) {
            if (!scorecards.get(i).asOf().isAfter(scorecards.get(i - 1).asOf())) {
                throw new IllegalArgumentException("scorecards[" + i + "] is as of " + scorecards.get(i).asOf()
                        + ", not after scorecards[" + (i - 1) + "] (" + scorecards.get(i - 1).asOf() + ")");
            }
        }
        Cells cells = new Cells(labels, true);
        List<Status> shown = new ArrayList<>();
        for (Status s : Overview.countOrder()) {
            if (s == Status.NO_DATA || scorecards.stream().anyMatch(c -> c.count(s) > 0)) {
                shown.add(s);
            }
        }
        StringBuilder out = new StringBuilder();
        title.ifPresent(t -> out.append(DisplayWidth.sanitize(t)).append('\n'));
        out.append(labels.chinese() ? "各日期的目标完成情况" : "The scorecard at each date").append("\n\n");
        List<String[]> rows = new ArrayList<>();
        String[] headings = new String[shown.size() + 3];
        headings[0] = labels.asOf();
        headings[1] = labels.targetsHeading();
        headings[2] = labels.withDataHeading();
        for (int i = 0; i < shown.size(); i++) {
            headings[i + 3] = labels.status(shown.get(i));
        }
        for (Scorecard c : scorecards) {
            String[] row = new String[headings.length];
            int n = c.evaluations().size();
            row[0] = c.asOf().toString();
            row[1] = String.valueOf(n);
            row[2] = String.valueOf(n - c.count(Status.NO_DATA));
            for (int i = 0; i < shown.size(); i++) {
                row[i + 3] = String.valueOf(c.count(shown.get(i)));
            }
            rows.add(row);
        }
        int[] widths = new int[headings.length];
        for (int c = 0; c < headings.length; c++) {
            widths[c] = DisplayWidth.of(headings[c]);
            for (String[] r : rows) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(r[c]));
            }
        }
        line(out, headings, widths);
        for (String[] r : rows) {
            line(out, r, widths);
        }
        for (int i = 1; i < scorecards.size(); i++) {
            Scorecard before = scorecards.get(i - 1);
            Scorecard after = scorecards.get(i);
            List<String> changes = new ArrayList<>();
            for (Evaluation now : after.evaluations()) {
                Status then = before.evaluation(now.target().id()).map(Evaluation::status).orElse(Status.NO_DATA);
                if (then != now.status()) {
                    String why = cells.decisiveReason(now);
                    changes.add("  " + DisplayWidth.sanitize(cells.indicators(now)) + " " + now.target().period()
                            + (labels.chinese() ? "：" : ": ") + labels.status(then) + " → " + labels.status(now.status())
                            + (why.isEmpty() ? "" : (labels.chinese() ? "（" : " (") + DisplayWidth.sanitize(why)
                                    + (labels.chinese() ? "）" : ")")));
                }
            }
            out.append('\n').append(before.asOf()).append(" → ").append(after.asOf()).append(labels.chinese() ? "：" : ": ")
                    .append(changes.isEmpty() ? (labels.chinese() ? "没有目标改变状态。" : "no target changed status.")
                            : labels.chinese() ? changes.size() + "项目标改变状态" : changes.size()
                                    + (changes.size() == 1 ? " target changed status" : " targets changed status"))
                    .append('\n');
            changes.forEach(c -> out.append(c).append('\n'));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                b.append(GAP);
            }
            b.append(DisplayWidth.pad(cells[c], widths[c], c > 0));
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        out.append(b, 0, end).append('\n');
    }

    /**
     * Returns the language of the labels.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "AsOfReport[" + labels.languageTag() + "]";
    }
}
