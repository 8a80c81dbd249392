package dev.attain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** East Asian Width by Unicode blocks, truncation with an ellipsis, and terminal-safe text. */
class DisplayWidthTest {

    static Stream<Arguments> widths() {
        return Stream.of(
                Arguments.of("", 0),
                Arguments.of("abc", 3),
                Arguments.of("江西省", 6),
                Arguments.of("1.03万亿元", 10),
                Arguments.of("（VR）", 6),            // fullwidth brackets FF08, FF09
                Arguments.of("ＡＢ１", 6),            // fullwidth Latin and digits
                Arguments.of("、。「」", 8),          // CJK symbols and punctuation
                Arguments.of("かなカナ", 8),          // Hiragana, Katakana
                Arguments.of("한국", 4),              // Hangul syllables
                Arguments.of("ｶﾅ", 2),                // halfwidth Katakana stay narrow
                Arguments.of("≥147.1%", 7),           // ambiguous ≥ counts as narrow
                Arguments.of("“专精特新”", 10),       // ambiguous quotes narrow, ideographs wide
                Arguments.of("✓ 已完成", 8),          // ✓ is narrow (N), not ambiguous
                Arguments.of("e\u0301", 1),           // combining acute accent
                Arguments.of("a\u200Db", 2),          // zero-width joiner
                Arguments.of("\uD840\uDC0B", 2),      // 𠀋, CJK extension B (plane 2)
                Arguments.of("\uD83D\uDE00", 2),      // 😀 emoticon
                Arguments.of("\u0007x", 1));          // a control character takes no column
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("widths")
    void test_of_text(String text, int width) {
        assertEquals(width, DisplayWidth.of(text));
    }

    @Test
    void test_isWide_blockEdges() {
        assertFalse(DisplayWidth.isWide(0x10FF));
        assertTrue(DisplayWidth.isWide(0x1100));
        assertTrue(DisplayWidth.isWide(0x115F));
        assertFalse(DisplayWidth.isWide(0x1160));
        assertTrue(DisplayWidth.isWide(0x2E80));
        assertTrue(DisplayWidth.isWide(0x303E));
        assertFalse(DisplayWidth.isWide(0x303F));
        assertTrue(DisplayWidth.isWide(0x4E00));
        assertTrue(DisplayWidth.isWide(0x9FFF));
        assertTrue(DisplayWidth.isWide(0xAC00));
        assertTrue(DisplayWidth.isWide(0xD7A3));
        assertFalse(DisplayWidth.isWide(0xD7A4));
        assertTrue(DisplayWidth.isWide(0xFF01));
        assertTrue(DisplayWidth.isWide(0xFF60));
        assertFalse(DisplayWidth.isWide(0xFF61));
        assertTrue(DisplayWidth.isWide(0xFFE6));
        assertFalse(DisplayWidth.isWide(0xFFE8));
        assertTrue(DisplayWidth.isWide(0x20000));
        assertTrue(DisplayWidth.isWide(0x3FFFD));
        assertFalse(DisplayWidth.isWide(0x40000));
        assertFalse(DisplayWidth.isWide('A'));
        assertFalse(DisplayWidth.isWide(0x2265)); // ≥ is ambiguous: narrow here
    }

    @Test
    void test_truncate_fitsUnchanged() {
        assertEquals("江西省", DisplayWidth.truncate("江西省", 6));
        assertEquals("abc", DisplayWidth.truncate("abc", 3));
    }

    @Test
    void test_truncate_wideCharactersAreNeverSplit() {
        // budget 5 - 1 for the ellipsis = 4 columns: two ideographs
        assertEquals("电子…", DisplayWidth.truncate("电子信息产业", 5));
        // budget 6 - 1 = 5 columns: still two ideographs, the third would need 6
        assertEquals("电子…", DisplayWidth.truncate("电子信息产业", 6));
        assertEquals(5, DisplayWidth.of(DisplayWidth.truncate("电子信息产业", 6)));
        assertEquals("ab…", DisplayWidth.truncate("abcdef", 3));
        assertEquals("a电…", DisplayWidth.truncate("a电子信息", 5));
    }

    @Test
    void test_truncate_neverWiderThanAsked() {
        String text = "虚拟现实（VR）产业营业收入 and more ✓ 😀";
        for (int max = 1; max < 50; max++) {
            String cut = DisplayWidth.truncate(text, max);
            assertTrue(DisplayWidth.of(cut) <= max, cut + " is wider than " + max);
        }
    }

    @Test
    void test_truncate_badWidth() {
        assertThrows(IllegalArgumentException.class, () -> DisplayWidth.truncate("x", 0));
    }

    @Test
    void test_pad() {
        assertEquals("江西  ", DisplayWidth.pad("江西", 6, false));
        assertEquals("  江西", DisplayWidth.pad("江西", 6, true));
        assertEquals("江西省", DisplayWidth.pad("江西省", 4, false));
    }

    @Test
    void test_sanitize_removesTerminalEscapesAndBidiOverrides() {
        assertEquals("\uFFFD[31mred\uFFFD[0m", DisplayWidth.sanitize("\u001b[31mred\u001b[0m"));
        assertEquals("a b c", DisplayWidth.sanitize("a\nb\tc"));
        assertEquals("\uFFFDevil", DisplayWidth.sanitize("\u202Eevil"));
        assertEquals("x\uFFFD", DisplayWidth.sanitize("x\u009B")); // C1 CSI
        assertEquals("\uFFFD", DisplayWidth.sanitize("\uD800"));    // unpaired surrogate
        assertEquals("江西省 ✓", DisplayWidth.sanitize("江西省 ✓"));
    }

    @Test
    void test_wrap_linesFitAndNothingIsLost() {
        String text = "截至2023-06-30，58项目标中11项有实际值（✗ 未完成 1、? 无法判定 1、✓ 已完成 9）；47项暂无实际值。"
                + "未完成、滞后或有风险：虚拟现实（VR）产业营业收入（2020）。 Weighted by size = the sum of actuals.";
        for (int max = 12; max <= 100; max++) {
            String wrapped = DisplayWidth.wrap(text, max, "  ", "    ");
            assertTrue(wrapped.endsWith("\n"), wrapped);
            for (String line : wrapped.split("\n")) {
                assertTrue(DisplayWidth.of(line) <= max, max + ": " + line);
            }
            assertEquals(text.replace(" ", ""), wrapped.replace("\n", "").replace(" ", ""), "at " + max);
        }
    }

    @Test
    void test_wrap_hangingIndent_wordsWhole_noClosingPunctuationFirst() {
        assertEquals("  alpha beta\n    gamma\n    delta\n", DisplayWidth.wrap("alpha beta gamma delta", 12, "  ", "    "));
        // 8 columns: "完成度（" would fit, but "（" would end the line; it moves down with "大",
        // and "）" goes down with "标"
        assertEquals("完成度\n（大目\n标）\n", DisplayWidth.wrap("完成度（大目标）", 8, "", ""));
        // "，" does not start a line: it goes down with the character before it
        assertEquals("一二三\n四，五\n", DisplayWidth.wrap("一二三四，五", 8, "", ""));
        assertEquals("  短句。\n", DisplayWidth.wrap("短句。", 100, "  ", "    "));
    }
}
