package dev.attain.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * How many columns text takes on a terminal, after Unicode's East Asian Width property (UAX #11):
 * wide (W) and fullwidth (F) characters take two columns, combining marks and format characters
 * none, everything else one.
 *
 * <p>Wide and fullwidth characters are recognised by their Unicode blocks: Hangul Jamo, the CJK
 * radicals, symbols and punctuation (、。「」), Hiragana, Katakana, Bopomofo, the CJK unified
 * ideographs and their extensions (planes 2 and 3 included), Yi, Hangul syllables, the CJK
 * compatibility ideographs and forms, the fullwidth forms (（），：０１Ａ) and the emoji blocks
 * (pictographs, emoticons, transport, supplemental symbols). This is a block-level
 * approximation of {@code EastAsianWidth.txt}: it is exact for the Chinese, Japanese and Korean
 * text of plans and bulletins; a few rarely used symbols of the emoji blocks are counted wide
 * although a terminal shows them narrow.
 *
 * <p>Ambiguous characters (A: "≥", "…", "“”", "①", box drawing) count as narrow, as terminals
 * outside East Asian legacy encodings show them. Control characters count as zero: callers
 * replace them first (see {@link #sanitize(String)}).
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class DisplayWidth {

    /** The ellipsis that ends a truncated text: one column (East Asian Width: ambiguous). */
    static final String ELLIPSIS = "…";

    /** Inclusive ranges of wide (W) and fullwidth (F) code points, in ascending order. */
    private static final int[][] WIDE = {
        {0x1100, 0x115F},   // Hangul Jamo initial consonants
        {0x231A, 0x231B},   // watch, hourglass
        {0x2329, 0x232A},   // angle brackets
        {0x23E9, 0x23EC},   // emoji media controls
        {0x23F0, 0x23F0},
        {0x23F3, 0x23F3},
        {0x25FD, 0x25FE},
        {0x2614, 0x2615},
        {0x2648, 0x2653},   // zodiac
        {0x267F, 0x267F},
        {0x2693, 0x2693},
        {0x26A1, 0x26A1},
        {0x26AA, 0x26AB},
        {0x26BD, 0x26BE},
        {0x26C4, 0x26C5},
        {0x26CE, 0x26CE},
        {0x26D4, 0x26D4},
        {0x26EA, 0x26EA},
        {0x26F2, 0x26F3},
        {0x26F5, 0x26F5},
        {0x26FA, 0x26FA},
        {0x26FD, 0x26FD},
        {0x2705, 0x2705},
        {0x270A, 0x270B},
        {0x2728, 0x2728},
        {0x274C, 0x274C},
        {0x274E, 0x274E},
        {0x2753, 0x2755},
        {0x2757, 0x2757},
        {0x2795, 0x2797},
        {0x27B0, 0x27B0},
        {0x27BF, 0x27BF},
        {0x2B1B, 0x2B1C},
        {0x2B50, 0x2B50},
        {0x2B55, 0x2B55},
        {0x2E80, 0x303E},   // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
        {0x3041, 0x33FF},   // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed CJK, CJK compatibility
        {0x3400, 0x4DBF},   // CJK unified ideographs extension A
        {0x4E00, 0x9FFF},   // CJK unified ideographs
        {0xA000, 0xA4CF},   // Yi syllables and radicals
        {0xA960, 0xA97F},   // Hangul Jamo extended A
        {0xAC00, 0xD7A3},   // Hangul syllables
        {0xF900, 0xFAFF},   // CJK compatibility ideographs
        {0xFE10, 0xFE19},   // vertical forms
        {0xFE30, 0xFE6F},   // CJK compatibility forms, small form variants
        {0xFF00, 0xFF60},   // fullwidth ASCII variants and brackets
        {0xFFE0, 0xFFE6},   // fullwidth signs (￥, ￡)
        {0x16FE0, 0x16FE4}, // ideographic symbols
        {0x17000, 0x18CFF}, // Tangut, Khitan
        {0x1B000, 0x1B2FF}, // Kana supplement and extensions, Nushu
        {0x1F004, 0x1F004},
        {0x1F0CF, 0x1F0CF},
        {0x1F18E, 0x1F18E},
        {0x1F191, 0x1F19A},
        {0x1F200, 0x1F2FF}, // enclosed ideographic supplement
        {0x1F300, 0x1F64F}, // miscellaneous symbols and pictographs, emoticons
        {0x1F680, 0x1F6FF}, // transport and map symbols
        {0x1F7E0, 0x1F7EB}, // coloured circles and squares
        {0x1F90C, 0x1F9FF}, // supplemental symbols and pictographs
        {0x1FA70, 0x1FAFF}, // symbols and pictographs extended A
        {0x20000, 0x2FFFD}, // CJK extensions B to F, compatibility supplement
        {0x30000, 0x3FFFD}, // CJK extension G and beyond
    };

    private DisplayWidth() {
    }

    /**
     * Returns how many columns a code point takes: 2 for wide and fullwidth, 0 for combining
     * marks, format characters (zero-width joiner, variation selectors) and controls, else 1.
     *
     * @param codePoint  the code point
     * @return 0, 1 or 2
     */
    static int of(int codePoint) {
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) {
            return 0;
        }
        if (codePoint < 0x1100) {
            return isZeroWidth(codePoint) ? 0 : 1;
        }
        if (isWide(codePoint)) {
            return 2;
        }
        return isZeroWidth(codePoint) ? 0 : 1;
    }

    /**
     * Returns how many columns a text takes.
     *
     * @param text  the text, not null
     * @return the width, zero or more
     */
    static int of(CharSequence text) {
        requireNonNull(text, "text");
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * Tells whether a code point is wide or fullwidth.
     *
     * @param codePoint  the code point
     * @return true if it takes two columns
     */
    static boolean isWide(int codePoint) {
        int low = 0;
        int high = WIDE.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (codePoint < WIDE[mid][0]) {
                high = mid - 1;
            } else if (codePoint > WIDE[mid][1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean isZeroWidth(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT;
    }

    /**
     * Shortens a text to at most a width, ending it with "…" when something was cut. A wide
     * character that would straddle the limit is cut whole; combining marks stay with their
     * base.
     *
     * @param text  the text, not null
     * @param maxWidth  the largest width allowed, at least 1
     * @return the text, or its start and "…", never wider than maxWidth
     */
    static String truncate(String text, int maxWidth) {
        requireNonNull(text, "text");
        if (maxWidth < 1) {
            throw new IllegalArgumentException("maxWidth (" + maxWidth + ") must be >= 1");
        }
        if (of(text) <= maxWidth) {
            return text;
        }
        int budget = maxWidth - of(ELLIPSIS);
        StringBuilder b = new StringBuilder();
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (width + w > budget) {
                break;
            }
            b.appendCodePoint(cp);
            width += w;
            i += Character.charCount(cp);
        }
        return b.append(ELLIPSIS).toString();
    }

    /** Punctuation that never starts a line (it stays with what it closes). */
    private static final String CLOSING = "，。、；：！？）」』】〉》”’,.;:!?)]}%";

    /** Punctuation that never ends a line (it stays with what it opens). */
    private static final String OPENING = "（「『【〈《“‘([{";

    /**
     * Wraps a text into lines at most {@code maxWidth} columns wide, indentation included, each
     * ending with a line break: the first line starts with {@code firstIndent}, the others with
     * {@code nextIndent} (a hanging indent). Words of Latin letters and digits are kept whole and
     * break at spaces; Chinese, Japanese and Korean text breaks between characters, but closing
     * punctuation ("，。）") never starts a line and opening punctuation ("（“") never ends one.
     * Only a word wider than a whole line is broken inside.
     *
     * @param text  the text, not null
     * @param maxWidth  the width of a line, indentation included
     * @param firstIndent  the indentation of the first line
     * @param nextIndent  the indentation of the following lines
     * @return the wrapped lines
     */
    static String wrap(String text, int maxWidth, String firstIndent, String nextIndent) {
        requireNonNull(text, "text");
        if (maxWidth - Math.max(of(firstIndent), of(nextIndent)) < 2) {
            throw new IllegalArgumentException("maxWidth (" + maxWidth + ") leaves no room after the indentation");
        }
        StringBuilder out = new StringBuilder(firstIndent);
        int room = maxWidth - of(firstIndent);
        int used = 0;
        boolean space = false;
        for (String unit : units(text)) {
            if (unit.equals(" ")) {
                space = used > 0;
                continue;
            }
            int w = of(unit);
            if (used > 0 && used + (space ? 1 : 0) + w > room) {
                out.append('\n').append(nextIndent);
                room = maxWidth - of(nextIndent);
                used = 0;
            } else if (space) {
                out.append(' ');
                used++;
            }
            space = false;
            for (int i = 0; i < unit.length(); ) {
                int cp = unit.codePointAt(i);
                if (used > 0 && used + of(cp) > room) {
                    out.append('\n').append(nextIndent);
                    room = maxWidth - of(nextIndent);
                    used = 0;
                }
                out.appendCodePoint(cp);
                used += of(cp);
                i += Character.charCount(cp);
            }
        }
        return out.append('\n').toString();
    }

    /** The text cut into the pieces a line may break between: words, single wide characters, spaces. */
    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean open = false;
        boolean complete = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                flush(cur, units);
                units.add(" ");
                open = false;
                complete = false;
            } else if (CLOSING.indexOf(cp) >= 0) {
                cur.appendCodePoint(cp);
                open = false;
                complete = isWide(cp) || complete;
            } else if (OPENING.indexOf(cp) >= 0) {
                if (!open) {
                    flush(cur, units);
                }
                cur.appendCodePoint(cp);
                open = true;
                complete = false;
            } else {
                boolean wide = isWide(cp);
                if (!open && (wide || complete)) {
                    flush(cur, units);
                }
                cur.appendCodePoint(cp);
                open = false;
                complete = wide;
            }
        }
        flush(cur, units);
        return units;
    }

    private static void flush(StringBuilder cur, List<String> units) {
        if (cur.length() > 0) {
            units.add(cur.toString());
            cur.setLength(0);
        }
    }

    /**
     * Pads a text with spaces to a width.
     *
     * @param text  the text, not null
     * @param width  the width to reach
     * @param right  true to align the text right (pad on the left), false to align it left
     * @return the padded text; the text itself if it is already as wide
     */
    static String pad(String text, int width, boolean right) {
        int missing = width - of(text);
        if (missing <= 0) {
            return text;
        }
        String spaces = " ".repeat(missing);
        return right ? spaces + text : text + spaces;
    }

    /**
     * Makes a text safe to print on a terminal on one line: line breaks and tabs become spaces;
     * other control characters (such as ESC, which starts a terminal escape sequence, and C1
     * controls), bidirectional overrides and isolates, unpaired surrogates and noncharacters
     * become U+FFFD.
     *
     * @param text  the text, not null
     * @return the safe text, never null
     */
    static String sanitize(String text) {
        requireNonNull(text, "text");
        StringBuilder b = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = null;
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                replacement = " ";
            } else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || isBidiControl(cp)
                    || Character.getType(cp) == Character.SURROGATE || (cp & 0xFFFE) == 0xFFFE
                    || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
                replacement = "\uFFFD";
            }
            if (replacement != null && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (b != null) {
                if (replacement != null) {
                    b.append(replacement);
                } else {
                    b.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return b == null ? text : b.toString();
    }

    private static boolean isBidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }
}
