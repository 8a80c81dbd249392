package dev.attain.eval;

import static java.util.Objects.requireNonNull;

/**
 * One reason in both languages, written at one place from the same numbers: the English
 * wording ("… reported 1030000000000 CNY for 2022 …") and the Chinese one, as a statistics
 * office writes it ("……2022年为1.03万亿元……").
 *
 * <p>A reason may be <em>decisive</em>: the one that states the verdict (the status and why),
 * which a report read at a glance shows alone ({@link Evaluation#decisiveReason}). The
 * {@link Narrator} marks it where it writes it; no report finds it by its words.
 *
 * @param en  the English wording, not null
 * @param zh  the Chinese wording, not null
 * @param decisive  whether this reason states the verdict
 */
record Reason(String en, String zh, boolean decisive) {

    Reason {
        requireNonNull(en, "en");
        requireNonNull(zh, "zh");
    }

    /** A reason that does not state the verdict. */
    Reason(String en, String zh) {
        this(en, zh, false);
    }

    /** The same words, marked as the reason that states the verdict. */
    Reason asDecisive() {
        return new Reason(en, zh, true);
    }

    /** This reason followed by another, each language by its own: "…; …" and "…；…"; decisive if either is. */
    Reason then(Reason next) {
        return new Reason(en + next.en, zh + next.zh, decisive || next.decisive);
    }
}
