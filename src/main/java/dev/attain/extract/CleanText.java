package dev.attain.extract;

/**
 * A document's text as the extractor reads it, with a map back to the original characters.
 *
 * <p>Removed: noise glyphs that scraped pages scatter through the text, even inside numbers
 * ("1◆◆◆★■★.03万亿元": the geometric shapes U+25A0–U+25FF and the stars and other symbols
 * U+2600–U+26FF), and runs of horizontal white space that PDF extraction leaves inside Chinese text
 * ("3000 项以上"), except between two ASCII letters or digits ("CNY 700 billion" keeps its spaces).
 * HTML tags become line breaks. Carriage returns become line breaks; every other character stays.
 *
 * <p>{@link #start(int)} and {@link #end(int)} map an index of the clean text back to the
 * original, so a phrase found in the clean text is cited by the original's characters.
 */
final class CleanText {

    private final String original;
    private final char[] chars;
    private final int[] origin;
    private final int length;

    private CleanText(String original, char[] chars, int[] origin, int length) {
        this.original = original;
        this.chars = chars;
        this.origin = origin;
        this.length = length;
    }

    static CleanText of(String text) {
        int n = text.length();
        char[] out = new char[n];
        int[] origin = new int[n + 1];
        int k = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isNoise(c)) {
                i++;
            } else if (c == '<' && isTag(text, i)) {
                int close = text.indexOf('>', i + 1);
                if (close > 0 && close - i <= 400 && text.lastIndexOf('<', close - 1) == i) {
                    origin[k] = i;
                    out[k++] = '\n';
                    i = close + 1;
                } else {
                    origin[k] = i;
                    out[k++] = c;
                    i++;
                }
            } else if (isSpace(c)) {
                int j = i;
                while (j < n && (isSpace(text.charAt(j)) || isNoise(text.charAt(j)))) {
                    j++;
                }
                char before = k > 0 ? out[k - 1] : '\n';
                char after = j < n ? text.charAt(j) : '\n';
                if (isAsciiAlnum(before) && isAsciiAlnum(after)) {
                    origin[k] = i;
                    out[k++] = ' ';
                }
                i = j;
            } else {
                origin[k] = i;
                out[k++] = c == '\r' ? '\n' : c;
                i++;
            }
        }
        origin[k] = n;
        return new CleanText(text, out, origin, k);
    }

    /** Noise glyphs of scraped pages: geometric shapes, stars and other miscellaneous symbols. */
    static boolean isNoise(char c) {
        return c >= '\u25A0' && c <= '\u25FF' || c >= '\u2600' && c <= '\u26FF';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003'
                || c == '\u2009' || c == '\u200B' || c == '\f' || c == '\u000B';
    }

    /** True at "<p", "</p", "<br/", "<!--": a tag's name and then a space, '>' or '/'; not "<http://…>". */
    private static boolean isTag(String text, int i) {
        int j = i + 1;
        if (j < text.length() && (text.charAt(j) == '/' || text.charAt(j) == '!')) {
            j++;
        }
        int name = j;
        while (j < text.length() && j - name < 12 && (CleanText.isAsciiAlnum(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        return j < text.length() && (j > name || text.startsWith("<!--", i))
                && (text.charAt(j) == ' ' || text.charAt(j) == '>' || text.charAt(j) == '/' || text.charAt(j) == '\n'
                || text.startsWith("<!--", i));
    }

    static boolean isAsciiAlnum(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    String original() {
        return original;
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    char[] chars() {
        return chars;
    }

    String substring(int from, int to) {
        return new String(chars, from, to - from);
    }

    /** The original index of the clean character at {@code i}. */
    int start(int i) {
        return origin[i];
    }

    /** The original index just after the clean characters that end before {@code end}. */
    int end(int end) {
        return end == 0 ? 0 : origin[end - 1] + 1;
    }

    /** The original text of the clean range {@code [from, to)}, noise and spaces included. */
    String originalOf(int from, int to) {
        return from >= to ? "" : original.substring(start(from), end(to));
    }

    boolean startsWith(String word, int at) {
        if (at < 0 || at + word.length() > length) {
            return false;
        }
        for (int j = 0; j < word.length(); j++) {
            if (chars[at + j] != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    boolean endsWith(String word, int end) {
        return startsWith(word, end - word.length());
    }
}
