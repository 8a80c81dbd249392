package dev.attain.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a target or an outcome was read: the document, its date, the exact quote and an
 * address (a URL or an archive reference).
 *
 * @param document  the document's name or file name, not blank
 * @param date  the document's date, if known
 * @param quote  the sentence the record came from, verbatim, if given
 * @param address  where the document can be found, if given
 */
public record Source(String document, Optional<LocalDate> date, Optional<String> quote, Optional<String> address) {

    /**
     * Checks the parts.
     *
     * @param document  the document, not blank
     * @param date  the date, not null
     * @param quote  the quote, not null
     * @param address  the address, not null
     */
    public Source {
        requireNonNull(document, "document");
        requireNonNull(date, "date");
        requireNonNull(quote, "quote");
        requireNonNull(address, "address");
        if (document.isBlank()) {
            throw new IllegalArgumentException("source document must not be blank");
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
        return new Source(document, date, quote, Optional.of(newAddress));
    }
}
