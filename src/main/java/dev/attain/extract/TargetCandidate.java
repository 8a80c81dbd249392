package dev.attain.extract;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.attain.model.Commitment;
import dev.attain.model.Period;
import dev.attain.quantity.Figure;
import java.util.List;
import java.util.Optional;

/**
 * A target read from a plan's text: "力争有色产业营业收入突破7000亿元" gives the indicator
 * "有色产业营业收入", the requirement 突破7000亿元, the commitment STRETCH and the period the
 * document's headings set.
 *
 * @param indicator  the indicator as the text names it, with a subject, verb or measure noun carried
 *     over from an earlier item of the same list where the text leaves it out
 * @param parts  the indicators the name joins ("电子信息", "装备工业" for "电子信息和装备工业"); one
 *     element, the indicator itself, when it names one
 * @param combination  whether the requirement is on one indicator, on the sum of the parts or on
 *     each of them
 * @param period  the period the requirement is for
 * @param requirement  the requirement, read by {@link Figure#parse}
 * @param phrase  the requirement exactly as written, equal to {@code text.substring(start, end)}
 *     (noise glyphs and spaces inside it included)
 * @param start  the index of the phrase's first character in the text
 * @param end  the index after the phrase's last character
 * @param sentence  the sentence the phrase stands in, as written
 * @param commitment  STRETCH under 力争 or 争取 (up to the next semicolon or full stop), BINDING
 *     where the sentence says 约束性, EXPECTED otherwise
 * @param floor  true under 确保: the requirement is a floor the plan guarantees
 * @param kind  what the figure measures
 * @param reference  for a relative target, what it is relative to ("上年", "经济增长"), as written
 */
public record TargetCandidate(String indicator, List<String> parts, Combination combination, Period period,
        Figure requirement, String phrase, int start, int end, String sentence, Commitment commitment,
        boolean floor, FigureKind kind, Optional<String> reference) {

    /**
     * Checks the parts and copies the list.
     *
     * @param indicator  not blank
     * @param parts  not empty
     * @param combination  not null
     * @param period  not null
     * @param requirement  not null
     * @param phrase  not null
     * @param start  at least 0
     * @param end  at least start
     * @param sentence  not null
     * @param commitment  not null
     * @param floor  whether 确保 governs it
     * @param kind  not null
     * @param reference  not null
     */
    public TargetCandidate {
        parts = ImmutableList.copyOf(parts);
        Mentions.check(indicator, parts, phrase, start, end, sentence);
        requireNonNull(combination, "combination");
        requireNonNull(period, "period");
        requireNonNull(requirement, "requirement");
        requireNonNull(commitment, "commitment");
        requireNonNull(kind, "kind");
        requireNonNull(reference, "reference");
    }
}
