package dev.attain.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a target or an outcome was read: the document, its date, the exact quote, an address (a
 * URL or an archive reference) and the characters of the document the figure was read from.
 *
 * @param document  the document's name or file name, not blank
 * @param date  the document's date, if known
 * @param quote  the sentence the record came from, verbatim, if given
 * @param address  where the document can be found, if given
 * @param span  the characters of the document the figure phrase occupies, if known
 */
public record Source(String document, Optional<LocalDate> date, Optional<String> quote, Optional<String> address,
        Optional<Span> span) {

    /**
     * Checks the parts.
     *
     * @param document  the document, not blank
     * @param date  the date, not null
     * @param quote  the quote, not null
     * @param address  the address, not null
     * @param span  the span, not null
     */
    public Source {
        requireNonNull(document, "document");
        requireNonNull(date, "date");
        requireNonNull(quote, "quote");
        requireNonNull(address, "address");
        requireNonNull(span, "span");
        if (document.isBlank()) {
            throw new IllegalArgumentException("source document must not be blank");
        }
    }

    /**
     * A source without a span.
     *
     * @param document  the document, not blank
     * @param date  the date, not null
     * @param quote  the quote, not null
     * @param address  the address, not null
     */
    public Source(String document, Optional<LocalDate> date, Optional<String> quote, Optional<String> address) {
        this(document, date, quote, address, Optional.empty());
    }

    /**
     * Characters of a document: the half-open range {@code [start, end)} of its {@code char}
     * indices (UTF-16 code units, as Java's {@code String.substring} counts them), so that
     * {@code text.substring(start, end)} is the phrase.
     *
     * @param start  the first character's index, at least 0
     * @param end  the index after the last character, at least {@code start}
     */
    public record Span(int start, int end) {

        /**
         * Checks the bounds.
         *
         * @param start  at least 0
         * @param end  at least start
         * @throws IllegalArgumentException if start is negative or end is before start
         */
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException(
                        "span [" + start + ", " + end + ") must have 0 <= start <= end");
            }
        }
    }

    /**
     * Returns a source naming only its document.
     *
     * @param document  the document, not blank
     * @return the source, never null
     */
    public static Source of(String document) {
        return new Source(document, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a source with document, date and quote.
     *
     * @param document  the document, not blank
     * @param date  the document's date, not null
     * @param quote  the verbatim quote, not null
     * @return the source, never null
     */
    public static Source of(String document, LocalDate date, String quote) {
        return new Source(document, Optional.of(date), Optional.of(quote), Optional.empty());
    }

    /**
     * Returns a copy with the given address.
     *
     * @param newAddress  the address, not null
     * @return the new source, never null
     */
    public Source withAddress(String newAddress) {
        return new Source(document, date, quote, Optional.of(newAddress), span);
    }

    /**
     * Returns a copy with the given span of characters.
     *
     * @param start  the first character's index, at least 0
     * @param end  the index after the last character, at least start
     * @return the new source, never null
     * @throws IllegalArgumentException if the bounds are out of order
     */
    public Source withSpan(int start, int end) {
        return new Source(document, date, quote, address, Optional.of(new Span(start, end)));
    }
}
