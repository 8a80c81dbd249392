package dev.attain.extract;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;

/**
 * What was read from one text: its targets, its outcomes, every other figure with the reason it
 * was not taken, and the time expressions with the periods they named.
 *
 * <p>Nothing is dropped: every figure phrase of the text (every run of digits outside a time
 * expression, and every Chinese-numeral figure that a figure word announces) is in
 * {@link #targets()}, {@link #outcomes()} or {@link #unresolved()}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class Extraction {

    private final String text;
    private final LocalDate published;
    private final ImmutableList<TargetCandidate> targets;
    private final ImmutableList<OutcomeCandidate> outcomes;
    private final ImmutableList<Unresolved> unresolved;
    private final ImmutableList<PeriodMention> periods;

    Extraction(String text, LocalDate published, List<TargetCandidate> targets, List<OutcomeCandidate> outcomes,
            List<Unresolved> unresolved, List<PeriodMention> periods) {
        this.text = requireNonNull(text, "text");
        this.published = requireNonNull(published, "published");
        this.targets = ImmutableList.copyOf(targets);
        this.outcomes = ImmutableList.copyOf(outcomes);
        this.unresolved = ImmutableList.sortedCopyOf((a, b) -> Integer.compare(a.start(), b.start()), unresolved);
        this.periods = ImmutableList.copyOf(periods);
    }

    /**
     * Returns the text that was read.
     *
     * @return the text, never null
     */
    public String text() {
        return text;
    }

    /**
     * Returns the document's date that the reading used.
     *
     * @return the date, never null
     */
    public LocalDate published() {
        return published;
    }

    /**
     * Returns the targets, in the order of the text.
     *
     * @return an immutable list, never null
     */
    public List<TargetCandidate> targets() {
        return targets;
    }

    /**
     * Returns the outcomes, in the order of the text.
     *
     * @return an immutable list, never null
     */
    public List<OutcomeCandidate> outcomes() {
        return outcomes;
    }

    /**
     * Returns every figure of the text that is neither a target nor an outcome, in the order of
     * the text, each with its characters and why.
     *
     * @return an immutable list, never null
     */
    public List<Unresolved> unresolved() {
        return unresolved;
    }

    /**
     * Returns the time expressions read, each with the period it named.
     *
     * @return an immutable list, never null
     */
    public List<PeriodMention> periods() {
        return periods;
    }

    /**
     * Starts a dataset draft of this extraction, for a person to review.
     *
     * @param document  the document's name, such as its file name, cited by every record; not blank
     * @return the draft builder, never null
     */
    public DatasetDraft draft(String document) {
        return new DatasetDraft(this, document);
    }

    @Override
    public String toString() {
        return "Extraction[" + targets.size() + " targets, " + outcomes.size() + " outcomes, " + unresolved.size()
                + " unresolved]";
    }
}
