/**
 * Reports: renderers of a {@link dev.attain.eval.Scorecard} for people and programs, with
 * Chinese or English labels chosen by a {@link java.util.Locale} (any Chinese locale gives
 * Chinese, any other English).
 *
 * <ul>
 *   <li>{@link dev.attain.report.ConsoleReport}: text for a terminal of 100 columns, aligned by
 *       East Asian Width (a Chinese character takes two columns): the targets grouped by plan
 *       and period, shortfalls first, the decisive reason of each, the targets without data
 *       collapsed into one line per group; roll-ups by plan, tag and commitment; what was
 *       reported without a target; a closing summary computed from the data.
 *   <li>{@link dev.attain.report.MarkdownReport}: the same picture for memos and issues, data escaped.
 *   <li>{@link dev.attain.report.CsvReport}: one row per evaluation with every number a
 *       spreadsheet needs, formula injection neutralised (OWASP), written with FastCSV.
 *   <li>{@link dev.attain.report.JsonReport}: the one JSON shape of a scorecard and of an
 *       evaluation, also written by {@link dev.attain.report.ScorecardModule} in a caller's own
 *       Jackson mapper.
 *   <li>{@link dev.attain.report.AsOfReport}: how the picture changed between scorecards of the
 *       same dataset as of several dates: counts per status at each date, and the targets that
 *       changed status with the reason that decided the new one.
 *   <li>{@link dev.attain.report.HtmlReport}: one self-contained page with the dataset's title,
 *       the roll-ups, a collapsible section per plan (shortfalls open), an SVG bullet graph per
 *       target (bands only while a period runs), a table sortable by one inline script that the
 *       page's Content Security Policy names by hash (the page reads the same without it), and a
 *       trajectory per indicator with two or more reported periods; nothing is requested elsewhere.
 * </ul>
 *
 * <p>All five implement {@link dev.attain.report.ScorecardRenderer}: {@code render(card)} gives
 * the text, {@code write(card, path)} writes it in UTF-8.
 *
 * <pre>{@code
 * Scorecard card = Tracker.of(dataset).evaluate(LocalDate.of(2023, 3, 1));
 * System.out.print(ConsoleReport.of(Locale.CHINESE).render(card));
 * HtmlReport.of(Locale.CHINESE).withHistory(dataset).write(card, Path.of("scorecard.html"));
 * }</pre>
 *
 * <p>Numbers are written by the figures formatter ({@link dev.attain.quantity.FigureFormat}):
 * "1.03万亿元", "≥147.1%", "[95.0%, 105.0%]", "+0.1个百分点"; in the console, Markdown and HTML by
 * its {@linkplain dev.attain.quantity.FigureFormat#forReading() variant for reading} (computed
 * amounts to four significant digits, English unit words), in CSV and workbooks exactly. Text from the data is escaped
 * for each format: made terminal-safe for the console, Markdown-escaped, formula-neutralised
 * in CSV, JSON-escaped, and HTML-escaped by one function for HTML and SVG. The console,
 * Markdown, CSV and HTML renderers write the evaluator's reasons in their own language
 * ({@link dev.attain.eval.Evaluation#reasons(java.util.Locale)}); JSON keeps them in English.
 * Every renderer is immutable and thread-safe.
 */
@NullMarked
package dev.attain.report;

import org.jspecify.annotations.NullMarked;
