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

    private static void assertAligned(String text) {
        String[] lines = text.split("\n");
        int rule = 3; // title, blank, headings, rule
        assertTrue(lines[rule].startsWith("---"), lines[rule]);
        List<Integer> starts = columnStarts(lines[rule]);
        assertEquals(8, starts.size(), lines[rule]);
        for (int l = rule - 1; l < lines.length && !lines[l].isEmpty(); l++) {
            for (int s : starts.subList(1, starts.size())) {
                assertEquals(' ', atColumn(lines[l], s - 1), "column " + s + " of line: " + lines[l]);
                assertEquals(' ', atColumn(lines[l], s - 2), "column " + s + " of line: " + lines[l]);
                assertTrue(atColumn(lines[l], s) != 0, "a wide character straddles column " + s + ": " + lines[l]);
            }
        }
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
        String zh = ConsoleReport.of(Locale.CHINESE).withReasonWidth(200).render(card);
        assertTrue(zh.contains("电子信息产业营业收入（ei）2022年为1.03万亿元（2023-02-01发布，终值）"), zh);
        assertFalse(zh.contains(" reported "), zh);
        String en = ConsoleReport.of(Locale.ENGLISH).withReasonWidth(200).render(card);
        assertTrue(en.contains("Electronics industry revenue (ei) reported 1030000000000 CNY for 2022"), en);
    }

    @Test
    void test_render_narrowColumns_stillAligned() {
        String text = ConsoleReport.of(Locale.CHINESE).withNameWidth(7).withReasonWidth(9).render(Fixtures.scorecard());
        assertAligned(text);
        assertTrue(text.contains("电子信…"), text);
    }

    @Test
    void test_render_shortfallsFirst_andSummary() {
        String text = ConsoleReport.of(Locale.ENGLISH).render(Fixtures.scorecard());
        assertTrue(text.indexOf("jx-2022-manuf") < text.indexOf("jx-2023-invest"));
        assertTrue(text.indexOf("jx-2023-invest") < text.indexOf("jx-2022-ei-equip"));
        assertTrue(text.contains("Summary (6 targets)\n  ✗ missed         1\n"), text);
    }

    @Test
    void test_render_hostileText_isTerminalSafe() {
        Scorecard card = Scorecard.of(Fixtures.AS_OF, List.of(Fixtures.hostile()));
        String text = ConsoleReport.of(Locale.ENGLISH).withReasonWidth(200).render(card);
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
    }
}
