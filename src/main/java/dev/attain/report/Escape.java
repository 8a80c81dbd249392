package dev.attain.report;

import static java.util.Objects.requireNonNull;

/**
 * The one escape function of the HTML report, for HTML text, attribute values (always written
 * in double quotes) and inline SVG text alike.
 *
 * <p>{@code & < > " '} become {@code &amp; &lt; &gt; &quot; &#39;}, so no text from the data
 * can open a tag, end an attribute or start an entity. Control characters, bidirectional
 * overrides, unpaired surrogates and noncharacters become U+FFFD (line breaks and tabs become
 * spaces), so the page is also well-formed XML where the SVG is cut out on its own.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class Escape {

    private Escape() {
    }

    /**
     * Escapes text from the data for HTML and SVG, in element content and in double-quoted
     * attribute values.
     *
     * @param text  the text, not null
     * @return the escaped text, never null
     */
    static String html(String text) {
        String s = DisplayWidth.sanitize(requireNonNull(text, "text"));
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r;
            switch (c) {
                case '&':
                    r = "&amp;";
                    break;
                case '<':
                    r = "&lt;";
                    break;
                case '>':
                    r = "&gt;";
                    break;
                case '"':
                    r = "&quot;";
                    break;
                case '\'':
                    r = "&#39;";
                    break;
                default:
                    r = null;
                    break;
            }
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
