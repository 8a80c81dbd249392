package dev.attain.io;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Small helpers for messages. */
final class MessageText {

    private MessageText() {
    }

    /** Returns {@code " Did you mean 'x'?"} for the closest candidate, or "" if none is close. */
    static String suggestion(String wrong, Collection<String> candidates) {
        @Nullable String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = Math.max(1, Math.min(3, wrong.length() / 3));
        for (String c : candidates) {
            int d = distance(wrong, c, allowed);
            if (d <= allowed && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best == null ? "" : " Did you mean '" + best + "'?";
    }

    /** Levenshtein distance, or more than {@code max} when it is more than max. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        if (a.equalsIgnoreCase(b)) {
            return a.equals(b) ? 0 : 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Returns the names of an enum's constants, comma separated. */
    static String constants(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * Returns the index of the first lone surrogate in the text (a high surrogate not followed
     * by a low one, or a low one not preceded by a high one), or −1 if the text is Unicode.
     */
    static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the text cut to at most 80 characters, for quoting in a message. */
    static String quote(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }

    /**
     * Cleans up a Jackson or SnakeYAML message for one line: drops echoed source lines and
     * carets, source descriptions, and joins the rest.
     */
    static String oneLine(@Nullable String message) {
        if (message == null) {
            return "unreadable input";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : message.split("\\R")) {
            if (line.isBlank() || line.startsWith("    ") || line.trim().equals("^")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(line.trim());
        }
        return sb.toString()
                .replaceAll("\\s*\\(for (Array|Object|root) starting at \\[[^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source: [^\\]]*\\]", "")
                .replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "");
    }
}
