package dev.attain.extract;

import static java.util.Objects.requireNonNull;

/**
 * A figure seen in the text that is neither a target nor an outcome, with where it is and why.
 *
 * @param phrase  the figure or number as written, equal to {@code text.substring(start, end)}
 * @param start  the index of its first character in the text
 * @param end  the index after its last character
 * @param sentence  the sentence it stands in, as written
 * @param why  why it was not taken
 * @param detail  the particulars in words: the parser's message, the figure that supersedes it …
 */
public record Unresolved(String phrase, int start, int end, String sentence, Why why, String detail) {

    /** Why a figure was not taken as a target or an outcome. */
    public enum Why {
        /** Digits in a name, code or identifier: "5G", "“2+6+N”", "IPV6", "〔2020〕25号". */
        NOT_A_QUANTITY,
        /** Digits that {@link dev.attain.quantity.Figure#parse} cannot read as a figure ("1/3"). */
        UNREADABLE,
        /** A number without a unit, which a plan or bulletin does not state a figure in. */
        NO_UNIT,
        /** A figure inside an indicator's name: "投资过亿元项目", "年营业收入超1000亿元的(集群)". */
        PART_OF_INDICATOR,
        /** No indicator could be found before or after the figure. */
        NO_INDICATOR,
        /** The text says no period the figure is for ("近年来", "年均"). */
        NO_PERIOD,
        /** A count that describes an event rather than measures an indicator ("分8个组", "为期4天"). */
        NOT_A_STATISTIC,
        /** A wider figure for the same indicator and period next to a narrower one ("突破万亿元、达1.03万亿元"). */
        SUPERSEDED,
        /** The same figure for the same indicator and period already read earlier in the text. */
        REPEATED
    }

    /**
     * Checks the parts.
     *
     * @param phrase  not null
     * @param start  at least 0
     * @param end  at least start
     * @param sentence  not null
     * @param why  not null
     * @param detail  not null
     */
    public Unresolved {
        requireNonNull(phrase, "phrase");
        requireNonNull(sentence, "sentence");
        requireNonNull(why, "why");
        requireNonNull(detail, "detail");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("unresolved [" + start + ", " + end + ") must have 0 <= start <= end");
        }
    }
}
