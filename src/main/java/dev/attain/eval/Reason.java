package dev.attain.eval;

import static java.util.Objects.requireNonNull;

/**
 * One reason in both languages, written at one place from the same numbers: the English
 * wording ("… reported 1030000000000 CNY for 2022 …") and the Chinese one, as a statistics
 * office writes it ("……2022年为1.03万亿元……").
 *
 * @param en  the English wording, not null
 * @param zh  the Chinese wording, not null
 */
record Reason(String en, String zh) {

    Reason {
        requireNonNull(en, "en");
        requireNonNull(zh, "zh");
    }

    /** This reason followed by another, each language by its own: "…; …" and "…；…". */
    Reason then(Reason next) {
        return new Reason(en + next.en, zh + next.zh);
    }
}
