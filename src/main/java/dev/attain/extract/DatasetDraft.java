package dev.attain.extract;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.attain.model.Aggregation;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.model.Polarity;
import dev.attain.model.Relation;
import dev.attain.model.Scope;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Dimension;
import dev.attain.quantity.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
 * others FINAL.
 *
 * <p>Targets on each of several indicators ("均", "分别") are one target {@code "of": "EACH"}. Targets
 * of a relative kind take the dataset's relative forms:
 * <ul>
 *   <li>a sign ("进出口保持正增长") is a requirement above 0% on the growth rate the name says
 *       ("进出口增长率", a RATE in %);
 *   <li>a change in points against last year ("比上年提高2个百分点") is a change since the
 *       previous period ({@code "change": "PREVIOUS"}) of a share in %;
 *   <li>a multiple of a base ("比2020年翻一番") is a change since the base year the text names,
 *       on an indicator of the dataset given to {@link #against} whose name matches;
 *   <li>a comparison ("居民收入增长与经济增长保持同步") is a difference of at least 0 percentage
 *       points from the other indicator ({@code "comparedWith"}), both growth rates in %.
 * </ul>
 * An increment the draft proposes ("新增省级“专精特新”中小企业1141家") and a count of the same
 * thing ("总数达4579家") are paired: the increment names the count as its
 * {@link Indicator#total() total}, a LEVEL, so that a later year whose bulletin gives only the
 * totals is judged from them.
 * What still has no form is left out, and {@link #leftOut()} lists it: changes against anything
 * but last year ("高于全国平均水平6个百分点"), changes of place in a ranking, multiples without a
 * base year or a matching indicator, relative outcomes and outcomes of a sum.
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
    /** The ids of the indicators the last {@link #build()} proposed (not reused from {@link #against}). */
    private final Set<String> proposed = new HashSet<>();

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
        proposed.clear();
        Map<String, Indicator> used = new LinkedHashMap<>();
        List<Target> targets = new ArrayList<>();
        int n = 0;
        for (TargetCandidate c : extraction.targets()) {
            Target.Builder b = Target.builder(prefix + c.period() + "-" + (n + 1)).scope(scope)
                    .period(c.period()).requirement(c.requirement()).commitment(c.commitment())
                    .source(source(c.sentence(), c.start(), c.end()));
            if (!relative(c, b, used)) {
                leftOut.add(c);
                continue;
            }
            n++;
            if (c.floor()) {
                b.floor(c.requirement());
            }
            if (c.combination() == Combination.EACH && c.parts().size() > 1) {
                b.of(Aggregation.EACH);
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
        pairTotals(used);
        return Dataset.of(used.values(), targets, outcomes);
    }

    /**
     * Pairs each increment the draft proposes ("新增省级“专精特新”中小企业") with a count of the
     * same thing it proposes or reuses ("省级“专精特新”中小企业总数", "…企业达210家"), the names
     * alike once the verb and a closing 总数, 数量 or 数 are set aside, in the same measure word:
     * the increment names the count as its total, which a proposed one becomes a LEVEL of.
     */
    private void pairTotals(Map<String, Indicator> used) {
        Map<String, Indicator> counts = new HashMap<>();
        for (Indicator i : used.values()) {
            boolean stock = i.measure() == Measure.LEVEL || i.measure() == Measure.FLOW && proposed.contains(i.id());
            if (stock && i.unit().dimension() == Dimension.COUNT) {
                counts.putIfAbsent(countBase(i.name()), i);
            }
        }
        for (Indicator inc : List.copyOf(used.values())) {
            String verb = Words.prefixOf(inc.name(), Words.INCREMENT);
            if (inc.measure() != Measure.INCREMENT || !proposed.contains(inc.id()) || verb.isEmpty()) {
                continue;
            }
            Indicator total = counts.get(countBase(inc.name().substring(verb.length())));
            if (total == null || !total.unit().equals(inc.unit())) {
                continue;
            }
            if (total.measure() != Measure.LEVEL) {
                total = Indicator.builder(total.id(), total.name(), total.unit()).measure(Measure.LEVEL).build();
                used.put(total.id(), total);
            }
            used.put(inc.id(), Indicator.builder(inc.id(), inc.name(), inc.unit()).measure(Measure.INCREMENT)
                    .total(total.id()).build());
        }
    }

    /** A count's name made alike, without a closing 总数, 数量 or 数: "省级专精特新中小企业". */
    private static String countBase(String name) {
        String n = NameMatch.normal(name);
        for (String end : List.of("总数", "数量", "数")) {
            if (n.endsWith(end) && n.length() > end.length()) {
                return n.substring(0, n.length() - end.length());
            }
        }
        return n;
    }

    /**
     * Gives a target builder its indicators, and for a relative candidate its relative form;
     * false, touching nothing, when the candidate's kind has no form here.
     */
    private boolean relative(TargetCandidate c, Target.Builder b, Map<String, Indicator> used) {
        String reference = c.reference().orElse("");
        boolean lastYear = reference.equals("上年") || reference.equals("去年") || reference.equals("上年同期");
        switch (c.kind()) {
            case SIGN:
                b.indicators(indicator(c.parts().get(0), Unit.PERCENT, Measure.RATE, used).id());
                return true;
            case POINTS_CHANGE:
                if (!lastYear || c.parts().size() > 1) {
                    return false;
                }
                b.indicators(indicator(c.parts().get(0), Unit.PERCENT, Measure.SHARE, used).id());
                b.relation(Relation.sincePrevious());
                return true;
            case MULTIPLE: {
                Optional<Period> base = basePeriod(c);
                Optional<Indicator> known = base.isEmpty() || c.parts().size() > 1 ? Optional.empty()
                        : matching(c.parts().get(0), null, Measure.FLOW);
                if (known.isEmpty() || !base.get().end().isBefore(c.period().start())) {
                    return false;
                }
                used.putIfAbsent(known.get().id(), known.get());
                b.indicators(known.get().id()).relation(Relation.since(base.get()));
                return true;
            }
            case RELATIVE: {
                if (reference.isEmpty() || c.parts().size() > 1) {
                    return false;
                }
                String own = indicator(c.parts().get(0), Unit.PERCENT, Measure.RATE, used).id();
                String other = indicator(reference, Unit.PERCENT, Measure.RATE, used).id();
                if (own.equals(other)) {
                    return false;
                }
                b.indicators(own).relation(Relation.comparedWith(other));
                return true;
            }
            case RANK_CHANGE:
                return false;
            default: {
                List<String> ids = new ArrayList<>();
                for (String part : c.parts()) {
                    ids.add(indicator(part, c.requirement().unit(), c.kind(), used).id());
                }
                b.indicators(ids);
                return true;
            }
        }
    }

    /**
     * The base year of a multiple, as the text names it just before the phrase ("比2020年翻一番"):
     * a year mentioned at most two characters before it, in the same sentence, after 比 or 较.
     */
    private Optional<Period> basePeriod(TargetCandidate c) {
        for (PeriodMention m : extraction.periods()) {
            if (m.end() <= c.start() && c.start() - m.end() <= 2 && m.period().kind() == Period.Kind.YEAR
                    && (c.sentence().contains("比" + m.text()) || c.sentence().contains("较" + m.text()))) {
                return Optional.of(m.period());
            }
        }
        return Optional.empty();
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
        return indicator(name, unit, kind.measure().orElse(Measure.FLOW), used);
    }

    private Indicator indicator(String name, Unit unit, Measure measure, Map<String, Indicator> used) {
        Optional<Indicator> known = matching(name, unit, measure);
        if (known.isPresent()) {
            used.putIfAbsent(known.get().id(), known.get());
            return known.get();
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
        proposed.add(made.id());
        return made;
    }

    /**
     * The indicator of the dataset given to {@link #against} whose name is most alike, in a unit
     * like the given one (any unit when null) and a compatible measure; empty if none is alike
     * enough.
     */
    private Optional<Indicator> matching(String name, @Nullable Unit unit, Measure measure) {
        Indicator best = null;
        double bestScore = NameMatch.THRESHOLD;
        for (Indicator i : against.indicators()) {
            double score = NameMatch.score(name, i.name());
            if (score >= bestScore && (unit == null || sameUnit(i.unit(), unit)) && compatible(i.measure(), measure)
                    && (best == null || score > bestScore)) {
                best = i;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
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
