package dev.attain.extract;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.attain.model.Period;
import dev.attain.quantity.Figure;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An outcome read from a bulletin's or a report's text: "2022年…达1.03万亿元" gives the value
 * 1.03万亿元 for the year 2022, published on the document's date.
 *
 * @param indicator  the indicator as the text names it, with a subject, verb or measure noun carried
 *     over from an earlier item of the same list where the text leaves it out
 * @param parts  the indicators the name joins; one element, the indicator itself, when it names one
 * @param combination  whether the value is of one indicator, of the sum of the parts or of each
 * @param period  the period the value is for
 * @param value  the value, read by {@link Figure#parse}
 * @param phrase  the value exactly as written, equal to {@code text.substring(start, end)}
 * @param start  the index of the phrase's first character in the text
 * @param end  the index after the phrase's last character
 * @param sentence  the sentence the phrase stands in, as written
 * @param kind  what the figure measures
 * @param reference  for a relative value, what it is relative to ("上年同期", "全国平均水平"), as written
 * @param published  the document's date, the outcome's publication date
 */
public record OutcomeCandidate(String indicator, List<String> parts, Combination combination, Period period,
        Figure value, String phrase, int start, int end, String sentence, FigureKind kind,
        Optional<String> reference, LocalDate published) {

    /**
     * Checks the parts and copies the list.
     *
     * @param indicator  not blank
     * @param parts  not empty
     * @param combination  not null
     * @param period  not null
     * @param value  not null
     * @param phrase  not null
     * @param start  at least 0
     * @param end  at least start
     * @param sentence  not null
     * @param kind  not null
     * @param reference  not null
     * @param published  not null
     */
    public OutcomeCandidate {
        parts = ImmutableList.copyOf(parts);
        Mentions.check(indicator, parts, phrase, start, end, sentence);
        requireNonNull(combination, "combination");
        requireNonNull(period, "period");
        requireNonNull(value, "value");
        requireNonNull(kind, "kind");
        requireNonNull(reference, "reference");
        requireNonNull(published, "published");
    }
}
