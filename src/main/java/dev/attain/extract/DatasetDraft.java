package dev.attain.extract;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.model.Polarity;
import dev.attain.model.Scope;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Dimension;
import dev.attain.quantity.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an {@link Extraction} into a {@link Dataset} draft for a person to review, and then to
 * write with {@code Datasets.write}.
 *
 * <pre>{@code
 * Dataset draft = extraction.draft("003_e4ac14dd2e8239c0.txt")
 *         .against(handMade)                       // reuse its indicators where the names match
 *         .scope(Scope.of("region", "江西省"))
 *         .build();
 * }</pre>
 *
 * <p>Each candidate's indicator is matched to the indicator of the dataset given with
 * {@link #against(Dataset)} whose name is most alike (made alike first: no quotes or brackets, 规上
 * for 规模以上, 营收 for 营业收入; then half or more of their character pairs shared, or the one's
 * distinctive words, without 产业, 工业, 企业, 新增 …, standing in the other), in a unit of the same
 * dimension (for counts, the same measure word) and a compatible measure; otherwise a new indicator is proposed with the candidate's
 * name, the figure's unit and the measure its kind implies. A person reviews the draft: matching by
 * name can be wrong, and says so by the names it pairs. Every target and outcome
 * cites the document, its date, the sentence as its quote, and the phrase's characters as its
 * {@link Source#span() span}. Outcomes of a part of a year (a half, months) are PRELIMINARY, the
 * others FINAL. Candidates of a relative kind (changes, signs, multiples, comparisons) and outcomes
 * of a sum have no form in the dataset yet: they are left out, and {@link #leftOut()} lists them.
 *
 * <p>This builder is mutable and not thread-safe; the dataset it builds is immutable.
 */
public final class DatasetDraft {

    private final Extraction extraction;
    private final String document;
    private Dataset against = Dataset.of(List.of(), List.of(), List.of());
    private Scope scope = Scope.EMPTY;
    private String prefix = "x-";
    private final List<Object> leftOut = new ArrayList<>();

    DatasetDraft(Extraction extraction, String document) {
        this.extraction = requireNonNull(extraction, "extraction");
        requireNonNull(document, "document");
        if (document.isBlank()) {
            throw new IllegalArgumentException("document must not be blank");
        }
        this.document = document;
    }

    /**
     * Matches indicators to this dataset's, by name.
     *
     * @param dataset  the dataset whose indicators to reuse, not null
     * @return this builder
     */
    public DatasetDraft against(Dataset dataset) {
        this.against = requireNonNull(dataset, "dataset");
        return this;
    }

    /**
     * Sets the scope of every record (the text rarely says it in a form a dataset can use).
     *
     * @param value  the scope, not null
     * @return this builder
     */
    public DatasetDraft scope(Scope value) {
        this.scope = requireNonNull(value, "scope");
        return this;
    }

    /**
     * Sets the prefix of the ids the draft makes for targets and new indicators (default "x-").
     *
     * @param value  the prefix, not null
     * @return this builder
     */
    public DatasetDraft idPrefix(String value) {
        this.prefix = requireNonNull(value, "prefix");
        return this;
    }

    /**
     * Builds the draft.
     *
     * @return the dataset: the matched and proposed indicators, the targets and the outcomes
     * @throws IllegalArgumentException if the records do not make a valid dataset (as when the
     *     dataset given to {@link #against} has an indicator of the same name in another unit)
     */
    public Dataset build() {
        leftOut.clear();
        Map<String, Indicator> used = new LinkedHashMap<>();
        List<Target> targets = new ArrayList<>();
        int n = 0;
        for (TargetCandidate c : extraction.targets()) {
            if (c.kind().isRelative()) {
                leftOut.add(c);
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (String part : c.parts()) {
                ids.add(indicator(part, c.requirement().unit(), c.kind(), used).id());
            }
            n++;
            Target.Builder b = Target.builder(prefix + c.period() + "-" + n).indicators(ids).scope(scope)
                    .period(c.period()).requirement(c.requirement()).commitment(c.commitment())
                    .source(source(c.sentence(), c.start(), c.end()));
            if (c.floor()) {
                b.floor(c.requirement());
            }
            targets.add(b.build());
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (OutcomeCandidate c : extraction.outcomes()) {
            if (c.kind().isRelative() || c.combination() == Combination.SUM) {
                leftOut.add(c);
                continue;
            }
            Indicator ind = indicator(c.parts().get(0), c.value().unit(), c.kind(), used);
            OutcomeStatus status = c.period().months() % 12 == 0
                    ? OutcomeStatus.FINAL : OutcomeStatus.PRELIMINARY;
            outcomes.add(new Outcome(ind.id(), scope, c.period(), c.value(), c.published(), status,
                    Optional.of(source(c.sentence(), c.start(), c.end()))));
        }
        return Dataset.of(used.values(), targets, outcomes);
    }

    /**
     * Returns the candidates the last {@link #build()} left out, as {@link TargetCandidate} and
     * {@link OutcomeCandidate} objects, in the order of the text.
     *
     * @return an immutable list, never null
     */
    public List<Object> leftOut() {
        return ImmutableList.copyOf(leftOut);
    }

    private Source source(String sentence, int start, int end) {
        return Source.of(document, extraction.published(), sentence).withSpan(start, end);
    }

    private Indicator indicator(String name, Unit unit, FigureKind kind, Map<String, Indicator> used) {
        Measure measure = kind.measure().orElse(Measure.FLOW);
        Indicator best = null;
        double bestScore = NameMatch.THRESHOLD;
        for (Indicator i : against.indicators()) {
            double score = NameMatch.score(name, i.name());
            if (score >= bestScore && sameUnit(i.unit(), unit) && compatible(i.measure(), measure)
                    && (best == null || score > bestScore)) {
                best = i;
                bestScore = score;
            }
        }
        if (best != null) {
            used.putIfAbsent(best.id(), best);
            return best;
        }
        for (Indicator i : used.values()) {
            if (NameMatch.normal(i.name()).equals(NameMatch.normal(name)) && i.unit().isSameDimension(unit)) {
                return i;
            }
        }
        Indicator.Builder b = Indicator.builder(prefix + "indicator-" + (used.size() + 1), name, unit)
                .measure(measure);
        if (measure == Measure.RANK) {
            b.polarity(Polarity.LOWER_IS_BETTER);
        }
        Indicator made = b.build();
        used.put(made.id(), made);
        return made;
    }

    /** Counts must count in the same word (项 is not 个); money and the rest need the same dimension. */
    private static boolean sameUnit(Unit a, Unit b) {
        return a.dimension() == Dimension.COUNT ? a.equals(b) : a.isSameDimension(b);
    }

    /** A level read from text may be a flow or a level of the dataset; other measures must agree. */
    private static boolean compatible(Measure a, Measure b) {
        boolean amountA = a == Measure.FLOW || a == Measure.LEVEL;
        boolean amountB = b == Measure.FLOW || b == Measure.LEVEL;
        return a == b || amountA && amountB;
    }
}
