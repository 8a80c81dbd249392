package dev.attain.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer (RFC 8259): two-space indents, {@code "name": value}, one
 * array element or object member a line, as the io module's mapper writes. Strings are escaped
 * for JSON, and {@code < > &}, U+2028, U+2029 and unpaired surrogates are written as
 * {@code \}{@code uXXXX} too, so that the text stays inert when pasted into HTML or JavaScript.
 *
 * <p>Not thread-safe: one instance writes one document.
 */
final class JsonText {

    private final StringBuilder out = new StringBuilder();
    /** Per open container: how many values it has so far. */
    private final Deque<int[]> counts = new ArrayDeque<>();
    private boolean afterName;

    JsonText startObject() {
        beforeValue();
        out.append('{');
        counts.push(new int[1]);
        return this;
    }

    JsonText endObject() {
        return end('}');
    }

    JsonText startArray() {
        beforeValue();
        out.append('[');
        counts.push(new int[1]);
        return this;
    }

    JsonText endArray() {
        return end(']');
    }

    JsonText name(String name) {
        separate();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonText value(String value) {
        beforeValue();
        string(value);
        return this;
    }

    JsonText value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    JsonText value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    JsonText nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    JsonText field(String name, String value) {
        return name(name).value(value);
    }

    JsonText field(String name, long value) {
        return name(name).value(value);
    }

    JsonText field(String name, boolean value) {
        return name(name).value(value);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private JsonText end(char bracket) {
        int n = counts.pop()[0];
        if (n > 0) {
            newline();
        } else {
            out.append(' ');
        }
        out.append(bracket);
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        separate();
    }

    /** Writes the comma and line break before a member or element, if in a container. */
    private void separate() {
        if (counts.isEmpty()) {
            return;
        }
        int[] n = counts.peek();
        if (n[0] > 0) {
            out.append(',');
        }
        n[0]++;
        newline();
    }

    private void newline() {
        out.append('\n');
        for (int i = 0; i < counts.size(); i++) {
            out.append("  ");
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                            || (Character.isSurrogate(c) && !pairedAt(s, i))) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c)) {
                        out.append(c).append(s.charAt(++i));
                    } else {
                        out.append(c);
                    }
                    break;
            }
        }
        out.append('"');
    }

    /** Tells whether the surrogate at i is half of a well-formed pair. */
    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return false; // a low surrogate reached on its own is unpaired: pairs are consumed whole
    }
}
