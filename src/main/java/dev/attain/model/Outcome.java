package dev.attain.model;

import static java.util.Objects.requireNonNull;

import dev.attain.quantity.Figure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A reported figure for an indicator, scope and period, published on a date: "电子信息产业营业收入
 * 2022年达1.03万亿元", published 2023-02-01, final.
 *
 * @param indicator  the id of the indicator, not blank
 * @param scope  where it applies, not null
 * @param period  the period it is for, not null
 * @param value  the figure as reported, not null
 * @param published  the date it was published, not null
 * @param status  preliminary, final or revised, not null
 * @param source  where it was read, if given
 */
public record Outcome(String indicator, Scope scope, Period period, Figure value, LocalDate published,
        OutcomeStatus status, Optional<Source> source) {

    /**
     * Checks the parts.
     *
     * @param indicator  the indicator id, not blank
     * @param scope  the scope, not null
     * @param period  the period, not null
     * @param value  the figure, not null
     * @param published  the publication date, not null
     * @param status  the status, not null
     * @param source  the source, not null
     */
    public Outcome {
        Target.requireText(indicator, "outcome indicator");
        requireNonNull(scope, "scope");
        requireNonNull(period, "period");
        requireNonNull(value, "value");
        requireNonNull(published, "published");
        requireNonNull(status, "status");
        requireNonNull(source, "source");
    }

    /** The first day a figure may be published on: 1900-01-01. */
    public static final LocalDate FIRST_PUBLISHED = LocalDate.of(1900, 1, 1);
    /** The last day a figure may be published on: 2200-12-31. */
    public static final LocalDate LAST_PUBLISHED = LocalDate.of(2200, 12, 31);

    /**
     * Says why this outcome's publication date is impossible: before {@link #FIRST_PUBLISHED} or
     * after {@link #LAST_PUBLISHED} (a mistyped year), or a FINAL or REVISED figure published on
     * or before the last day of its period (a figure published while its period runs is
     * PRELIMINARY at most).
     *
     * @return the problem in words, or empty if the date is possible
     */
    public Optional<String> publicationProblem() {
        if (published.isBefore(FIRST_PUBLISHED) || published.isAfter(LAST_PUBLISHED)) {
            return Optional.of("publication date " + published + " is outside " + FIRST_PUBLISHED + ".."
                    + LAST_PUBLISHED + ": no figure is published then; is the year mistyped?");
        }
        YearMonth last = period.last(); // published after the period's last day: in a later month
        boolean ended = published.getYear() * 12L + published.getMonthValue() > last.getYear() * 12L
                + last.getMonthValue();
        if (status != OutcomeStatus.PRELIMINARY && !ended) {
            return Optional.of("a " + status + " figure for " + period + " published on " + published
                    + ", before the period ended on " + period.end() + ": a figure published while its period"
                    + " runs is PRELIMINARY; mark it so, or correct the date or the period");
        }
        return Optional.empty();
    }

    /**
     * Returns a final outcome without source.
     *
     * @param indicator  the indicator id, not blank
     * @param scope  the scope, not null
     * @param period  the period, not null
     * @param value  the figure, not null
     * @param published  the publication date, not null
     * @return the outcome, never null
     */
    public static Outcome of(String indicator, Scope scope, Period period, Figure value, LocalDate published) {
        return new Outcome(indicator, scope, period, value, published, OutcomeStatus.FINAL, Optional.empty());
    }

    /**
     * Returns a copy with the given status.
     *
     * @param newStatus  the status, not null
     * @return the new outcome, never null
     */
    public Outcome withStatus(OutcomeStatus newStatus) {
        return new Outcome(indicator, scope, period, value, published, newStatus, source);
    }

    /**
     * Returns a copy with the given source.
     *
     * @param newSource  the source, not null
     * @return the new outcome, never null
     */
    public Outcome withSource(Source newSource) {
        return new Outcome(indicator, scope, period, value, published, status,
                Optional.of(requireNonNull(newSource, "source")));
    }
}
