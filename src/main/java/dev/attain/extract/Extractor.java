package dev.attain.extract;

import static java.util.Objects.requireNonNull;

import dev.attain.quantity.Tolerance;
import java.time.LocalDate;

/**
 * Reads the targets of a plan and the outcomes of a bulletin from their text.
 *
 * <pre>{@code
 * Extraction x = Extractor.defaults().extract(text, LocalDate.of(2020, 4, 7));
 * x.targets();    // "力争有色产业营业收入突破7000亿元" → 有色产业营业收入, 2020, 突破7000亿元, STRETCH
 * x.outcomes();   // "2022年…达1.03万亿元" → …, 2022, 1.03万亿元, published 2020-04-07
 * x.unresolved(); // every other figure, with its characters and why it was not taken
 * }</pre>
 *
 * <p>How a text is read, rule by rule, is in the {@linkplain dev.attain.extract package
 * documentation}. Reading never fails on text: an empty text, a text without figures or with
 * unpaired quotes and brackets gives an empty or partial extraction.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe: one extractor may read many texts at once.
 */
public final class Extractor {

    private static final Extractor DEFAULTS = new Extractor(Tolerance.DEFAULT);

    private final Tolerance tolerance;

    private Extractor(Tolerance tolerance) {
        this.tolerance = tolerance;
    }

    /**
     * Returns the extractor with the default rules and the default {@link Tolerance} for figures
     * such as "10家左右".
     *
     * @return the extractor, never null
     */
    public static Extractor defaults() {
        return DEFAULTS;
    }

    /**
     * Returns an extractor that reads ABOUT and NEARLY figures with the given tolerance.
     *
     * @param value  the tolerance, not null
     * @return the new extractor, never null; this instance is unaffected
     */
    public Extractor withTolerance(Tolerance value) {
        return new Extractor(requireNonNull(value, "tolerance"));
    }

    /**
     * Reads a text.
     *
     * @param text  the document's text, as published (HTML tags, noise glyphs and PDF spaces are
     *     read past), not null
     * @param published  the document's date: it resolves 今年, 明年, 去年 and 上年, tells a period
     *     already over (an outcome) from one still to come (a target), and dates the outcomes; not null
     * @return the extraction, never null
     */
    public Extraction extract(String text, LocalDate published) {
        requireNonNull(text, "text");
        requireNonNull(published, "published");
        return new Reading(text, published, tolerance).run();
    }
}
