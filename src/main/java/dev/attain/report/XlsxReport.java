package dev.attain.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import dev.attain.eval.Evaluation;
import dev.attain.eval.RollUp;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link Scorecard} as an Excel workbook ({@code .xlsx}), with FastExcel.
 *
 * <p>The first sheet holds the evaluations, one a row, in the columns of {@link CsvReport} (the
 * same headings, in the locale's language), the status cells filled with the status's colour:
 * green achieved and on track, amber at risk, red missed and off track, grey no data, blue
 * indeterminate and not comparable. The second holds the roll-ups: all targets, then by tag,
 * then by each scope key, with the count of every status, the worst, and the size-weighted and
 * weighted mean attainments.
 *
 * <p>Every value is a text cell holding the exact plain decimal ({@code 1.471428571428571},
 * {@code 1030000000000}), never a floating-point number: a spreadsheet would keep 15
 * significant digits of it and show it rounded. Text cells are never run as formulas, so no
 * cell needs to be neutralised as a CSV cell does.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class XlsxReport {

    private static final int STATUS_COLUMN = 10;

    private final Labels labels;

    private XlsxReport(Labels labels) {
        this.labels = labels;
    }

    /**
     * Returns a workbook writer with Chinese headings and labels for a Chinese locale and
     * English ones for any other.
     *
     * @param locale  the locale, not null
     * @return the writer, never null
     */
    public static XlsxReport of(Locale locale) {
        return new XlsxReport(Labels.of(requireNonNull(locale, "locale")));
    }

    /**
     * Writes the scorecard to a file, replacing it if it exists.
     *
     * @param scorecard  the scorecard, not null
     * @param file  the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Scorecard scorecard, Path file) {
        requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(scorecard, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the scorecard to a stream, which is left open.
     *
     * @param scorecard  the scorecard, not null
     * @param out  the stream, not null
     * @throws UncheckedIOException if the stream fails
     */
    public void write(Scorecard scorecard, OutputStream out) {
        requireNonNull(scorecard, "scorecard");
        requireNonNull(out, "out");
        boolean zh = labels.chinese();
        try {
            Workbook wb = new Workbook(new NotClosing(out), "Attain", "1.0");
            Worksheet ws = wb.newWorksheet(zh ? "评估" : "evaluations");
            List<String> headings = CsvReport.headings(labels);
            header(ws, headings);
            Cells cells = new Cells(labels);
            int r = 1;
            for (Evaluation e : scorecard.evaluations()) {
                List<String> row = CsvReport.row(scorecard, e, cells, false);
                for (int c = 0; c < row.size(); c++) {
                    if (!row.get(c).isEmpty()) {
                        ws.value(r, c, row.get(c));
                    }
                }
                String fill = colour(e.status());
                ws.style(r, STATUS_COLUMN).fillColor(fill).set();
                ws.style(r, STATUS_COLUMN + 1).fillColor(fill).set();
                ws.style(r, headings.size() - 1).wrapText(true).set();
                r++;
            }
            ws.width(1, 28);
            ws.width(3, 28);
            ws.width(7, 20);
            ws.width(headings.size() - 1, 80);
            rollUps(wb.newWorksheet(zh ? "汇总" : "roll-ups"), scorecard, zh);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rollUps(Worksheet ws, Scorecard scorecard, boolean zh) {
        List<String> h = new ArrayList<>(List.of(zh ? "分组方式" : "grouped_by", zh ? "分组" : "group",
                zh ? "目标数" : "targets"));
        for (Status s : Status.values()) {
            h.add(s.name());
        }
        h.addAll(List.of(zh ? "最差状态" : "worst", zh ? "规模加权完成度下限" : "size_weighted_lower",
                zh ? "规模加权完成度上限" : "size_weighted_upper", zh ? "加权平均完成度下限" : "mean_attainment_lower",
                zh ? "加权平均完成度上限" : "mean_attainment_upper"));
        header(ws, h);
        int[] r = {1};
        scorecard.total().ifPresent(all -> rollUp(ws, r[0]++, zh ? "全部" : "all", "", all));
        scorecard.byTag().forEach((tag, u) -> rollUp(ws, r[0]++, zh ? "标签" : "tag", tag, u));
        Set<String> keys = new LinkedHashSet<>();
        for (Evaluation e : scorecard.evaluations()) {
            keys.addAll(e.target().scope().entries().keySet());
        }
        for (String key : keys) {
            for (Map.Entry<String, RollUp> g : scorecard.byScope(key).entrySet()) {
                rollUp(ws, r[0]++, "scope." + key, g.getKey(), g.getValue());
            }
        }
        ws.width(1, 24);
    }

    private void rollUp(Worksheet ws, int r, String by, String group, RollUp u) {
        List<String> row = new ArrayList<>(List.of(by, group, String.valueOf(u.evaluations().size())));
        for (Status s : Status.values()) {
            row.add(String.valueOf(u.counts().getOrDefault(s, 0)));
        }
        row.add(u.worst().name());
        ends(row, u.sizeWeighted());
        ends(row, u.meanAttainment());
        for (int c = 0; c < row.size(); c++) {
            if (!row.get(c).isEmpty()) {
                ws.value(r, c, row.get(c));
            }
        }
        ws.style(r, row.size() - 5).fillColor(colour(u.worst())).set();
    }

    private static void ends(List<String> row, Optional<Range<BigDecimal>> range) {
        row.add(range.filter(Range::hasLowerBound).map(x -> x.lowerEndpoint().toPlainString()).orElse(""));
        row.add(range.filter(Range::hasUpperBound).map(x -> x.upperEndpoint().toPlainString()).orElse(""));
    }

    private static void header(Worksheet ws, List<String> headings) {
        for (int c = 0; c < headings.size(); c++) {
            ws.value(0, c, headings.get(c));
            ws.style(0, c).bold().fillColor("D9D9D9").set();
        }
        ws.freezePane(0, 1);
    }

    /** The fill of a status: green, amber, red, grey or blue, as spreadsheets colour good, warning and bad cells. */
    static String colour(Status status) {
        switch (status) {
            case ACHIEVED:
            case ON_TRACK:
                return "C6EFCE";
            case AT_RISK:
                return "FFEB9C";
            case MISSED:
            case OFF_TRACK:
                return "FFC7CE";
            case NO_DATA:
                return "EDEDED";
            default:
                return "DDEBF7";
        }
    }

    /** A stream whose close() leaves the caller's stream open. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
