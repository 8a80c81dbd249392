package dev.attain.extract;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The checks every candidate's text parts share. */
final class Mentions {

    private Mentions() {
    }

    static void check(String indicator, List<String> parts, String phrase, int start, int end, String sentence) {
        requireNonNull(indicator, "indicator");
        requireNonNull(phrase, "phrase");
        requireNonNull(sentence, "sentence");
        if (indicator.isBlank()) {
            throw new IllegalArgumentException("indicator must not be blank");
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("parts must name at least one indicator");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("phrase [" + start + ", " + end + ") must have 0 <= start <= end");
        }
    }
}
