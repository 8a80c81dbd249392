package dev.attain.model;

import static java.util.Objects.requireNonNull;

import dev.attain.quantity.Figure;
import java.time.LocalDate;
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
