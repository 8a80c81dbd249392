package dev.attain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attain.eval.Evaluator;
import dev.attain.eval.Scorecard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The console table: columns line up by display width, text is terminal-safe, widths are settable. */
class ConsoleReportTest {

    /** The display columns at which the table's columns start, read off the rule line of dashes. */
    private static List<Integer> columnStarts(String rule) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < rule.length(); i++) {
            if (rule.charAt(i) == '-' && (i == 0 || rule.charAt(i - 1) == ' ')) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** The code point at a display column, or 0 if a wide character covers it from the left. */
    private static int atColumn(String line, int column) {
        int col = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (col == column) {
                return cp;
            }
            if (col + w > column) {
                return 0;
            }
            col += w;
            i += Character.charCount(cp);
        }
        return ' ';
    }

    /**
     * Asserts that the rows of the targets' tables line up with the rule under their headings:
     * every row of a group (not the group headings, the reason lines or the collapsed no-data
     * lines) has two spaces before each column and no wide character across a column's start.
     */
    private static void assertAligned(String text) {
        String[] lines = text.split("\n");
        int rule = 0;
        while (rule < lines.length && !lines[rule].startsWith("  ---")) {
            rule++;
        }
        assertTrue(rule < lines.length, text);
        List<Integer> starts = columnStarts(lines[rule]);
        assertEquals(5, starts.size(), lines[rule]);
        int rows = 0;
        for (int l = rule - 1; l < lines.length && !lines[l].equals("Summary") && !lines[l].equals("汇总"); l++) {
            String line = lines[l];
            if (line.isEmpty() || line.startsWith("■") || line.contains("↳") || line.matches("  - \\d.*")) {
                continue;
            }
            rows++;
            for (int s : starts.subList(1, starts.size())) {
                assertEquals(' ', atColumn(line, s - 1), "column " + s + " of line: " + line);
                assertEquals(' ', atColumn(line, s - 2), "column " + s + " of line: " + line);
                assertTrue(atColumn(line, s) != 0, "a wide character straddles column " + s + ": " + line);
            }
        }
        assertTrue(rows >= 3, text);
    }

    @Test
    void test_render_chinese_columnsLineUpByDisplayWidth() {
        assertAligned(ConsoleReport.of(Locale.CHINESE).render(Fixtures.scorecard()));
    }

    @Test
    void test_render_english_columnsLineUpByDisplayWidth() {
        assertAligned(ConsoleReport.of(Locale.ENGLISH).render(Fixtures.scorecard()));
    }

    @Test
    void test_render_chinese_showsTheEvaluatorsChineseReasons() {
        Scorecard card = Evaluator.defaults().evaluate(Fixtures.dataset(), LocalDate.of(2023, 3, 1));
        String zh = ConsoleReport.of(Locale.CHINESE).withLineWidth(200).render(card);
        assertTrue(zh.contains("↳ 要求突破7000亿元，已完成；完成度≥147.1%\n"), zh);
        assertFalse(zh.contains(" reported "), zh);
        String en = ConsoleReport.of(Locale.ENGLISH).withLineWidth(200).render(card);
        assertTrue(en.contains("↳ the requirement > CNY 700 billion is met; attainment ≥ 147.1%\n"), en);
    }

    @Test
    void test_render_narrowColumns_stillAligned() {
        String text = ConsoleReport.of(Locale.CHINESE).withNameWidth(7).withReasonWidth(9).render(Fixtures.scorecard());
        assertAligned(text);
        assertTrue(text.contains("电子信…"), text);
        for (String line : text.split("\n")) {
            if (line.contains("↳")) {
                assertTrue(DisplayWidth.of(line.strip()) <= 12, line);
            }
        }
    }

    @Test
    void test_render_groupsWithShortfallsFirst_noDataCollapsed_andClosingFromTheCounts() {
        String text = ConsoleReport.of(Locale.ENGLISH).render(Fixtures.scorecard());
        assertTrue(text.indexOf("Manufacturing value add") < text.indexOf("Industrial investment"), text);
        assertTrue(text.indexOf("Industrial investment") < text.indexOf("Electronics industry re"), text);
        assertTrue(text.contains("\n■ No source given · 2022 (3 targets: ✗1 ?1 -1)\n"), text);
        assertTrue(text.contains("\n  - 1 target has no reported figure: New high-tech enterprises\n"), text);
        assertFalse(text.contains("- no data"), "a target without data is not a row: " + text);
        // the closing summary wraps at 100 columns with a hanging indent
        assertTrue(text.replace("\n    ", " ").contains("As of 2023-08-01, 5 of 6 targets have a reported figure (✗ missed 1, ! at risk 1,"
                + " ? indeterminate 1, + on track 1, ✓ achieved 1); 1 have none. Missed, off track or at risk:"
                + " Manufacturing value added (2022), Industrial investment (2023)."), text);
        String all = ConsoleReport.of(Locale.ENGLISH).withNoDataListed(true).render(Fixtures.scorecard());
        assertTrue(all.contains("  - no data        New high-tech enterpris…"), all);
        assertFalse(all.contains("has no reported figure"), all);
    }

    @Test
    void test_render_hostileText_isTerminalSafe() {
        Scorecard card = Scorecard.of(Fixtures.AS_OF, List.of(Fixtures.hostile()));
        String text = ConsoleReport.of(Locale.ENGLISH).withNoDataListed(true).withLineWidth(300).render(card);
        assertFalse(text.contains("\u001b"), "no ESC reaches the terminal");
        assertFalse(text.contains("\u202E"), "no bidi override reaches the terminal");
        assertTrue(text.contains("\uFFFD[31mred"), text);
        assertAligned(text);
    }

    @Test
    void test_render_empty() {
        assertEquals("Scorecard as of 2023-08-01 (0 targets)\n\nNo targets.\n",
                ConsoleReport.of(Locale.ENGLISH).render(Scorecard.of(Fixtures.AS_OF, List.of())));
    }

    @Test
    void test_noTrailingSpaces() {
        for (String line : ConsoleReport.of(Locale.CHINESE).render(Fixtures.scorecard()).split("\n")) {
            assertFalse(line.endsWith(" "), "trailing space: " + line);
        }
    }

    @Test
    void test_withWidth_tooSmall() {
        assertThrows(IllegalArgumentException.class, () -> ConsoleReport.of(Locale.ENGLISH).withNameWidth(3));
        assertThrows(IllegalArgumentException.class, () -> ConsoleReport.of(Locale.ENGLISH).withReasonWidth(0));
        assertThrows(IllegalArgumentException.class, () -> ConsoleReport.of(Locale.ENGLISH).withLineWidth(39));
    }
}
