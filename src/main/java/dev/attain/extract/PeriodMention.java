package dev.attain.extract;

import static java.util.Objects.requireNonNull;

import dev.attain.model.Period;

/**
 * A time expression read in the text and the period it was taken to name: "2020年",
 * "上半年" (of the year the text is about), "1-5月", "到2025年", "“十四五”期间".
 *
 * @param text  the expression as written, equal to the document's {@code substring(start, end)}
 * @param start  the index of its first character in the document
 * @param end  the index after its last character
 * @param period  the period it names
 */
public record PeriodMention(String text, int start, int end, Period period) {

    /**
     * Checks the parts.
     *
     * @param text  not null
     * @param start  at least 0
     * @param end  at least start
     * @param period  not null
     */
    public PeriodMention {
        requireNonNull(text, "text");
        requireNonNull(period, "period");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("mention [" + start + ", " + end + ") must have 0 <= start <= end");
        }
    }
}
