package dev.attain.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.attain.quantity.Figure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans and results together: indicators, the targets set on them and the outcomes reported
 * for them, checked for consistency.
 *
 * <p>{@link #of} checks that ids are unique, that every target and outcome names a known
 * indicator, and that every figure's unit is of its indicator's dimension (元 against 家 is an
 * error; USD against CNY is allowed and evaluates as not comparable until a rate is given).
 * It lists every problem at once.
 *
 * <p>A dataset may have a {@linkplain #title() title}, such as "江西省工业强省规划目标与完成情况",
 * which reports show as their heading.
 *
 * @param indicators  the indicators, in order, ids unique
 * @param targets  the targets, in order, ids unique
 * @param outcomes  the outcomes, in order; the history of each indicator
 * @param title  what the dataset is about, for the reader: stripped, not blank; empty if none
 */
public record Dataset(ImmutableList<Indicator> indicators, ImmutableList<Target> targets,
        ImmutableList<Outcome> outcomes, Optional<String> title) {

    /**
     * Checks that the parts are consistent.
     *
     * @param indicators  the indicators, not null
     * @param targets  the targets, not null
     * @param outcomes  the outcomes, not null
     * @param title  the title, not null; stripped of surrounding white space, and a blank one
     *     counts as none
     * @throws IllegalArgumentException listing every problem, one a line
     */
    public Dataset {
        requireNonNull(indicators, "indicators");
        requireNonNull(targets, "targets");
        requireNonNull(outcomes, "outcomes");
        requireNonNull(title, "title");
        title = title.map(String::strip).filter(t -> !t.isEmpty());
        List<String> problems = problems(indicators, targets, outcomes);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("dataset has " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems));
        }
    }

    /**
     * Checks that the parts are consistent; the dataset has no title.
     *
     * @param indicators  the indicators, not null
     * @param targets  the targets, not null
     * @param outcomes  the outcomes, not null
     * @throws IllegalArgumentException listing every problem, one a line
     */
    public Dataset(ImmutableList<Indicator> indicators, ImmutableList<Target> targets,
            ImmutableList<Outcome> outcomes) {
        this(indicators, targets, outcomes, Optional.empty());
    }

    /**
     * Returns a checked dataset.
     *
     * @param indicators  the indicators, not null
     * @param targets  the targets, not null
     * @param outcomes  the outcomes, not null
     * @return the dataset, never null
     * @throws IllegalArgumentException listing every problem, one a line
     */
    public static Dataset of(Iterable<Indicator> indicators, Iterable<Target> targets, Iterable<Outcome> outcomes) {
        return new Dataset(ImmutableList.copyOf(indicators), ImmutableList.copyOf(targets),
                ImmutableList.copyOf(outcomes));
    }

    /**
     * Returns this dataset with the given title.
     *
     * @param newTitle  the title, not null; a blank one removes the title
     * @return the dataset, never null
     */
    public Dataset withTitle(String newTitle) {
        requireNonNull(newTitle, "newTitle");
        return new Dataset(indicators, targets, outcomes, Optional.of(newTitle));
    }

    /**
     * Lists the consistency problems of the given records, without throwing: duplicate ids,
     * unknown indicators, figures whose unit is of another dimension than their indicator's.
     *
     * @param indicators  the indicators, not null
     * @param targets  the targets, not null
     * @param outcomes  the outcomes, not null
     * @return the problems in words, each naming its record and field; empty if none
     */
    public static List<String> problems(List<Indicator> indicators, List<Target> targets, List<Outcome> outcomes) {
        List<String> problems = new ArrayList<>();
        Map<String, Indicator> byId = new LinkedHashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            if (byId.putIfAbsent(ind.id(), ind) != null) {
                problems.add("indicators[" + i + "] (" + ind.id() + "): field 'id': duplicate id '" + ind.id() + "'");
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            String where = "indicators[" + i + "] (" + ind.id() + "): field 'total': ";
            if (ind.total().isPresent()) {
                totalProblem(ind, byId).ifPresent(p -> problems.add(where + p));
            }
        }
        Set<String> targetIds = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String where = "targets[" + i + "] (" + t.id() + ")";
            if (!targetIds.add(t.id())) {
                problems.add(where + ": field 'id': duplicate id '" + t.id() + "'");
            }
            for (String ref : t.indicators()) {
                Indicator ind = byId.get(ref);
                if (ind == null) {
                    problems.add(where + ": field 'indicators': unknown indicator '" + ref + "'");
                    continue;
                }
                checkUnit(problems, where, t, "requirement", t.requirement(), ind);
                t.floor().ifPresent(f -> checkUnit(problems, where, t, "floor", f, ind));
                t.stretch().ifPresent(f -> checkUnit(problems, where, t, "stretch", f, ind));
                t.baseline().ifPresent(b -> checkUnit(problems, where, t, "baseline.value", b.value(), ind));
            }
            Optional<String> other = t.relation().flatMap(Relation::other);
            if (other.isPresent()) {
                Indicator ind = byId.get(other.get());
                Indicator own = byId.get(t.indicators().get(0));
                if (ind == null) {
                    problems.add(where + ": field 'comparedWith': unknown indicator '" + other.get() + "'");
                } else if (own != null && !ind.unit().isSameDimension(own.unit())) {
                    problems.add(where + ": field 'comparedWith': indicator '" + ind.id() + "' is in '"
                            + ind.unit().code() + "', which cannot be compared with '" + own.unit().code() + "'");
                }
            }
        }
        String lastId = null;
        Indicator ind = null;
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            if (o.indicator() != lastId) { // outcomes read from a table share their id's String: look it up once
                lastId = o.indicator();
                ind = byId.get(lastId);
            }
            if (ind == null) {
                problems.add(where(i, o) + ": field 'indicator': unknown indicator '" + o.indicator() + "'");
            } else {
                Optional<String> unit = ind.unitProblem(o.value());
                if (unit.isPresent()) { // the record is named only when it has a problem: millions have none
                    problems.add(where(i, o) + ": field 'value': " + unit.get());
                }
            }
        }
        return problems;
    }

    private static String where(int i, Outcome o) {
        return "outcomes[" + i + "] (" + o.indicator() + " " + o.period() + ")";
    }

    /**
     * Says what is wrong with an increment indicator's total: unknown, not a LEVEL, or in a unit
     * of another dimension.
     *
     * @param increment  the increment indicator, which names a total, not null
     * @param byId  the dataset's indicators by id, not null
     * @return the problem in words, or empty if the total fits
     */
    public static Optional<String> totalProblem(Indicator increment, Map<String, Indicator> byId) {
        String id = increment.total().orElseThrow();
        Indicator total = byId.get(id);
        if (total == null) {
            return Optional.of("unknown indicator '" + id + "'");
        }
        if (total.measure() != Measure.LEVEL) {
            return Optional.of("the total '" + id + "' must be a LEVEL indicator, not " + total.measure());
        }
        if (!total.unit().isSameDimension(increment.unit())) {
            return Optional.of("the total '" + id + "' is in '" + total.unit().code() + "', which cannot measure"
                    + " increments in '" + increment.unit().code() + "'");
        }
        return Optional.empty();
    }

    private static void checkUnit(List<String> problems, String where, Target t, String field, Figure figure,
            Indicator ind) {
        Relation.unitProblem(t.relation(), field, figure, ind)
                .ifPresent(p -> problems.add(where + ": field '" + field + "': " + p));
    }

    /**
     * Returns the indicator with the given id.
     *
     * @param id  the id, not null
     * @return the indicator, or empty if there is none
     */
    public Optional<Indicator> indicator(String id) {
        requireNonNull(id, "id");
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * Returns the indicators by id, in order.
     *
     * @return the map, never null
     */
    public ImmutableMap<String, Indicator> indicatorsById() {
        return indicators.stream().collect(ImmutableMap.toImmutableMap(Indicator::id, i -> i));
    }
}
