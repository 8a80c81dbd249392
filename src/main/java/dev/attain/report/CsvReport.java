package dev.attain.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Pace;
import dev.attain.eval.Projection;
import dev.attain.eval.Scorecard;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Renders a {@link Scorecard} as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a
 * comma, quote or line break quoted), one row per evaluation, for spreadsheets. Written with
 * FastCSV.
 *
 * <h2>Columns</h2>
 * The header row names the columns in the locale's language; the columns are, in order:
 * the as-of date; the target's id; the indicators' ids and names (a sum's joined by "+"); the
 * scope ({@code region=江西省}); the period; the commitment ({@code BINDING}, {@code EXPECTED},
 * {@code STRETCH}); the requirement as the plan wrote it, in the locale's language; the unit
 * code; the required value; the status code ({@code MISSED}) and its word in the locale's
 * language; the reported value's lower and upper ends and whether each is inclusive; the
 * attainment's, the difference's, the gap's and the progress's lower and upper ends; the pace
 * model, the value expected by now on the plan's path and the pace ratio's ends; the linear and
 * compound projections' ends and whether they meet the requirement ({@code YES}, {@code NO},
 * {@code UNDETERMINED}); the tier reached; the reasons in the report's language, one a line
 * within the cell.
 *
 * <p>Numbers are exact plain decimals with a point, whatever the locale: amounts in the unit's
 * base (1030000000000, not 1.03万亿), ratios as fractions (1.471428571428571 is 147.1%),
 * differences in percentage points or places. An empty cell is an absent value or an
 * unbounded end ("≥1.03万亿元" has an empty upper end, and its inclusivity cell is empty too).
 *
 * <h2>Formula injection</h2>
 * A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a
 * formula, and some also after a leading tab or carriage return; a dataset from elsewhere
 * could carry {@code =HYPERLINK(…)} in an indicator's name or a source quote. Following
 * OWASP's CSV Injection guidance, every such text cell is prefixed with a single quote
 * ({@code '=HYPERLINK(…)}), which spreadsheets show as text; a cell whose first non-blank
 * character is one of those is prefixed too, and so (conservatively) is a cell starting with
 * the fullwidth forms ＝ ＋ － ＠, which some input methods turn into the ASCII signs.
 *
 * <p>One deliberate departure: OWASP's rule would also turn every negative number into text
 * ({@code '-0.5}), which a spreadsheet no longer sums or charts. In the numeric columns only,
 * a cell that is wholly a plain decimal number ({@code -?[0-9]+(\.[0-9]+)?}, which this class
 * writes itself from a {@code BigDecimal}) is left as it is: such a cell cannot hold a function
 * call, a reference or a DDE command, so a spreadsheet can only read it as that number. Any
 * other cell starting with a trigger character, in any column, is prefixed.
 *
 * <p>Fields holding a semicolon are quoted as well, for spreadsheets that split on semicolons
 * in locales whose decimal separator is a comma.
 *
 * <p>{@link #render} and {@link #write(Scorecard, java.io.Writer)} write characters and no byte
 * order mark; {@link #write(Scorecard, Path)} writes UTF-8 with a byte order mark by default,
 * so that Excel reads Chinese text correctly ({@link #withByteOrderMark(boolean)}).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class CsvReport implements ScorecardRenderer {

    /** A cell that is wholly a plain decimal number: what {@code BigDecimal.toPlainString()} writes. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private static final QuoteStrategy QUOTE_SEMICOLONS = new QuoteStrategy() {
        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
            return value.indexOf(';') >= 0;
        }
    };

    private final Labels labels;
    private final boolean byteOrderMark;

    private CsvReport(Labels labels, boolean byteOrderMark) {
        this.labels = labels;
        this.byteOrderMark = byteOrderMark;
    }

    /**
     * Returns a CSV renderer with Chinese headings and labels for a Chinese locale and English
     * ones for any other. Numbers are written the same way in both.
     *
     * @param locale  the locale, not null
     * @return the renderer, never null
     */
    public static CsvReport of(Locale locale) {
        return new CsvReport(Labels.of(locale), true);
    }

    /**
     * Returns a copy that writes files with or without a UTF-8 byte order mark. This instance
     * is unaffected.
     *
     * @param value  true to start files with a byte order mark (the default)
     * @return the new renderer, never null
     */
    public CsvReport withByteOrderMark(boolean value) {
        return new CsvReport(labels, value);
    }

    /**
     * Renders the scorecard: a header row, then one row per evaluation in the scorecard's order.
     *
     * @param scorecard  the scorecard, not null
     * @return the CSV text, without a byte order mark, never null
     */
    @Override
    public String render(Scorecard scorecard) {
        requireNonNull(scorecard, "scorecard");
        Cells cells = new Cells(labels);
        StringWriter text = new StringWriter();
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).quoteStrategy(QUOTE_SEMICOLONS)
                .build(text);
        csv.writeRecord(headings(labels));
        for (Evaluation e : scorecard.evaluations()) {
            csv.writeRecord(row(scorecard, e, cells, true));
        }
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Renders the scorecard to a file in UTF-8, with a byte order mark unless
     * {@link #withByteOrderMark(boolean) turned off}, replacing the file if it exists.
     *
     * @param scorecard  the scorecard, not null
     * @param file  the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    @Override
    public void write(Scorecard scorecard, Path file) {
        requireNonNull(file, "file");
        String text = (byteOrderMark ? "\uFEFF" : "") + render(scorecard);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column headings, in the labels' language. */
    static List<String> headings(Labels labels) {
        boolean zh = labels.chinese();
        return List.of(
                zh ? "评估日期" : "as_of",
                zh ? "目标编号" : "target_id",
                zh ? "指标编号" : "indicator_ids",
                zh ? "指标" : "indicators",
                zh ? "范围" : "scope",
                zh ? "期间" : "period",
                zh ? "承诺类型" : "commitment",
                zh ? "目标要求" : "requirement",
                zh ? "单位" : "unit",
                zh ? "目标数值" : "required_value",
                zh ? "状态代码" : "status",
                zh ? "状态" : "status_label",
                zh ? "实际值下限" : "actual_lower",
                zh ? "实际值下限含端点" : "actual_lower_inclusive",
                zh ? "实际值上限" : "actual_upper",
                zh ? "实际值上限含端点" : "actual_upper_inclusive",
                zh ? "完成度下限" : "attainment_lower",
                zh ? "完成度上限" : "attainment_upper",
                zh ? "差值下限" : "difference_lower",
                zh ? "差值上限" : "difference_upper",
                zh ? "缺口下限" : "gap_lower",
                zh ? "缺口上限" : "gap_upper",
                zh ? "进展下限" : "progress_lower",
                zh ? "进展上限" : "progress_upper",
                zh ? "进度模型" : "pace_model",
                zh ? "按进度应达值" : "pace_expected",
                zh ? "进度比下限" : "pace_ratio_lower",
                zh ? "进度比上限" : "pace_ratio_upper",
                zh ? "线性预测下限" : "projection_linear_lower",
                zh ? "线性预测上限" : "projection_linear_upper",
                zh ? "线性预测达标" : "projection_linear_meets",
                zh ? "复合增长预测下限" : "projection_compound_lower",
                zh ? "复合增长预测上限" : "projection_compound_upper",
                zh ? "复合增长预测达标" : "projection_compound_meets",
                zh ? "达到档位" : "tier",
                zh ? "原因" : "reasons");
    }

    /**
     * The cells of one evaluation's row, in the order of {@link #headings()}: exact values as
     * plain decimal text; neutralised against formula injection when the row goes into a CSV
     * file, as written when it goes into cells that are text by type (an .xlsx workbook).
     */
    static List<String> row(Scorecard scorecard, Evaluation e, Cells cells, boolean neutralise) {
        Labels labels = cells.labels();
        List<String> r = new ArrayList<>(36);
        text(r, scorecard.asOf().toString(), neutralise);
        text(r, e.target().id(), neutralise);
        text(r, String.join("+", e.target().indicators()), neutralise);
        text(r, cells.indicators(e), neutralise);
        text(r, e.target().scope().toString(), neutralise);
        text(r, e.target().period().toString(), neutralise);
        text(r, e.target().commitment().name(), neutralise);
        text(r, cells.required(e), neutralise);
        text(r, e.unit().code(), neutralise);
        number(r, e.required(), neutralise);
        text(r, e.status().name(), neutralise);
        text(r, labels.word(e.status()), neutralise);
        Optional<Range<BigDecimal>> actual = e.actual();
        number(r, actual.filter(Range::hasLowerBound).map(Range::lowerEndpoint), neutralise);
        text(r, actual.filter(Range::hasLowerBound).map(a -> String.valueOf(a.lowerBoundType() == BoundType.CLOSED))
                .orElse(""), neutralise);
        number(r, actual.filter(Range::hasUpperBound).map(Range::upperEndpoint), neutralise);
        text(r, actual.filter(Range::hasUpperBound).map(a -> String.valueOf(a.upperBoundType() == BoundType.CLOSED))
                .orElse(""), neutralise);
        ends(r, e.attainment(), neutralise);
        ends(r, e.difference(), neutralise);
        ends(r, e.gap(), neutralise);
        ends(r, e.progress(), neutralise);
        Optional<Pace> pace = e.pace();
        text(r, pace.map(p -> p.model().name()).orElse(""), neutralise);
        number(r, pace.map(Pace::expected), neutralise);
        ends(r, pace.flatMap(Pace::ratio), neutralise);
        Optional<Projection> projection = e.projection();
        ends(r, projection.map(p -> p.linear().value()), neutralise);
        text(r, projection.map(p -> p.linear().meets().name()).orElse(""), neutralise);
        Optional<Projection.Estimate> compound = projection.flatMap(Projection::compound);
        ends(r, compound.map(Projection.Estimate::value), neutralise);
        text(r, compound.map(c -> c.meets().name()).orElse(""), neutralise);
        text(r, e.tier().map(Enum::name).orElse(""), neutralise);
        text(r, String.join("\n", cells.reasons(e)), neutralise);
        return r;
    }

    private static void text(List<String> row, String value, boolean neutralise) {
        row.add(neutralise ? neutralize(value, false) : value);
    }

    private static void number(List<String> row, Optional<BigDecimal> value, boolean neutralise) {
        String text = value.map(BigDecimal::toPlainString).orElse("");
        row.add(neutralise ? neutralize(text, true) : text);
    }

    private static void ends(List<String> row, Optional<Range<BigDecimal>> range, boolean neutralise) {
        number(row, range.filter(Range::hasLowerBound).map(Range::lowerEndpoint), neutralise);
        number(row, range.filter(Range::hasUpperBound).map(Range::upperEndpoint), neutralise);
    }

    /**
     * Neutralises a cell that a spreadsheet would run as a formula, by OWASP's CSV Injection
     * rule: a cell whose first character, or first character after leading blanks and control
     * characters, is {@code = + - @}, a tab or a carriage return is prefixed with a single
     * quote. In a numeric column a cell that is wholly a plain decimal number is left as it is.
     *
     * @param cell  the cell, not null
     * @param numeric  whether the cell is in a numeric column
     * @return the cell, safe to open in a spreadsheet, never null
     */
    static String neutralize(String cell, boolean numeric) {
        if (cell.isEmpty()) {
            return cell;
        }
        if (numeric && PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        char first = cell.charAt(0);
        if (isTrigger(first)) {
            return "'" + cell;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSpaceChar(c)) {
                return isTrigger(c) ? "'" + cell : cell;
            }
        }
        return cell;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '＝' || c == '＋' || c == '－' || c == '＠';
    }

    /**
     * Returns the language of the headings and whether files get a byte order mark.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "CsvReport[" + labels.languageTag() + (byteOrderMark ? ", BOM" : "") + "]";
    }
}
