package dev.attain.spark;

import com.google.common.collect.AbstractIterator;
import com.google.common.collect.Iterators;
import com.google.common.collect.Range;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Scorecard;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Judges the targets of one partition with Attain's own {@link Evaluator}. The partition's rows
 * come scope by scope ({@link ScopeGroups}): each scope's targets with the outcomes they meet.
 * Both are read into Attain's model here, on the executor, and a few thousand targets at a time
 * are evaluated as one {@link Dataset}. Every target gives
 * exactly one output row: its evaluation, or {@code REJECTED} with the problem, naming the
 * record and field, when a cell of the target or of one of its outcomes cannot be read or the
 * records do not fit together.
 */
final class GroupEvaluator implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** The status of a target that could not be evaluated; see the {@code problem} column. */
    static final String REJECTED = "REJECTED";

    private static final int BATCH = 2_048;

    private final List<Row> indicatorRows;
    private final EvaluatorFactory factory;
    private final LocalDate asOf;

    GroupEvaluator(List<Row> indicatorRows, EvaluatorFactory factory, LocalDate asOf) {
        this.indicatorRows = indicatorRows;
        this.factory = factory;
        this.asOf = asOf;
    }

    /** One target read from its rows: the target, or the problem that stopped it. */
    private record Group(String id, @Nullable Target target, TreeMap<Long, Outcome> outcomes, @Nullable String problem,
            Map<String, String> scope, List<String> tags) {
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Map<String, Indicator> indicators = new HashMap<>();
        Map<String, String> badIndicators = new HashMap<>();
        for (Row r : indicatorRows) {
            String id = RowReader.text(r, "id");
            try {
                indicators.put(id, RowReader.indicator(r));
            } catch (RowReader.BadCell e) {
                badIndicators.put(String.valueOf(id), e.getMessage());
            }
        }
        Evaluator evaluator = factory.create();
        ScopeGroups scopes = new ScopeGroups(input, false);
        return Iterators.concat(new AbstractIterator<Iterator<Row>>() {
            @Override
            protected Iterator<Row> computeNext() {
                if (!scopes.hasNext()) {
                    return endOfData();
                }
                List<Group> batch = new ArrayList<>(BATCH);
                while (batch.size() < BATCH && scopes.hasNext()) {
                    read(scopes.next(), indicators, badIndicators, batch);
                }
                return evaluate(batch, indicators, evaluator).iterator();
            }
        });
    }

    /**
     * Reads the targets of one scope and the outcomes they meet: each indicator's outcomes once,
     * shared by the targets on it; a target on a sum of indicators meets those of each.
     */
    private static void read(ScopeGroups.Group scope, Map<String, Indicator> indicators,
            Map<String, String> badIndicators, List<Group> into) {
        Map<String, TreeMap<Long, Outcome>> byIndicator = new HashMap<>();
        Map<String, String> badOutcomes = new HashMap<>();
        scope.outcomes().forEach((ind, rows) -> {
            TreeMap<Long, Outcome> outcomes = new TreeMap<>();
            for (Row o : rows) {
                try {
                    outcomes.put(o.getLong(o.fieldIndex("_ord")), RowReader.outcome(o));
                } catch (RowReader.BadCell e) {
                    badOutcomes.put(ind, RowReader.describeOutcome(o) + ": " + e.getMessage());
                    break;
                }
            }
            byIndicator.put(ind, outcomes);
        });
        for (ScopeGroups.TargetRow t : scope.targets()) {
            TreeMap<Long, Outcome> outcomes;
            if (t.indicators().size() == 1) {
                outcomes = byIndicator.getOrDefault(t.indicators().get(0), new TreeMap<>());
            } else {
                outcomes = new TreeMap<>();
                for (String ind : t.indicators()) {
                    outcomes.putAll(byIndicator.getOrDefault(ind, new TreeMap<>()));
                }
            }
            String badOutcome = null;
            for (String ind : t.indicators()) {
                if (badOutcome == null) {
                    badOutcome = badOutcomes.get(ind);
                }
            }
            into.add(read(t.row(), outcomes, badOutcome, indicators, badIndicators));
        }
    }

    private static Group read(Row t, TreeMap<Long, Outcome> outcomes, @Nullable String badOutcome,
            Map<String, Indicator> indicators, Map<String, String> badIndicators) {
        Map<String, String> scope = t.getJavaMap(t.fieldIndex(Columns.SCOPE));
        List<String> tags;
        try {
            tags = RowReader.list(t, "tags");
        } catch (RowReader.BadCell e) {
            tags = List.of();
        }
        String id = RowReader.text(t, "id");
        String name = "target (" + (id == null ? "without id" : id) + ")";
        try {
            id = RowReader.id(t);
            Target target = RowReader.target(t, id);
            for (String ind : target.indicators()) {
                if (badIndicators.containsKey(ind)) {
                    return rejected(id, name + ": field 'indicators': indicator '" + ind + "' was rejected: "
                            + badIndicators.get(ind), scope, tags);
                }
                if (!indicators.containsKey(ind)) {
                    return rejected(id, name + ": field 'indicators': unknown indicator '" + ind + "'", scope, tags);
                }
            }
            if (badOutcome != null) {
                return rejected(id, name + ": " + badOutcome, scope, tags);
            }
            Set<String> allTags = new LinkedHashSet<>(target.tags());
            for (String ind : target.indicators()) {
                allTags.addAll(indicators.get(ind).tags());
            }
            return new Group(id, target, outcomes, null, scope, List.copyOf(allTags));
        } catch (RowReader.BadCell e) {
            return rejected(id == null ? "" : id, name + ": " + e.getMessage(), scope, tags);
        }
    }

    private static Group rejected(String id, String problem, Map<String, String> scope, List<String> tags) {
        return new Group(id, null, new TreeMap<>(), problem, scope, tags);
    }

    /** Evaluates a batch as one dataset; when its records do not fit together, target by target. */
    private List<Row> evaluate(List<Group> batch, Map<String, Indicator> indicators, Evaluator evaluator) {
        List<Row> rows = new ArrayList<>(batch.size());
        List<Group> good = new ArrayList<>(batch.size());
        for (Group g : batch) {
            if (g.target() == null) {
                rows.add(rejectedRow(g, g.problem()));
            } else {
                good.add(g);
            }
        }
        if (good.isEmpty()) {
            return rows;
        }
        Map<String, Evaluation> all = evaluateTogether(good, indicators, evaluator);
        for (Group g : good) {
            Evaluation e = all == null ? null : all.get(g.id());
            if (e != null) {
                rows.add(row(g, e));
                continue;
            }
            String problem = problems(List.of(g), indicators);
            if (problem == null) {
                try {
                    e = evaluator.evaluate(dataset(List.of(g), indicators), asOf).evaluations().get(0);
                } catch (RuntimeException ex) {
                    problem = "the evaluation failed: " + ex;
                }
            }
            rows.add(e != null ? row(g, e) : rejectedRow(g, "target (" + g.id() + "): " + problem));
        }
        return rows;
    }

    /** The evaluations by target id, or null when the records do not fit together or ids repeat. */
    private @Nullable Map<String, Evaluation> evaluateTogether(List<Group> groups, Map<String, Indicator> indicators,
            Evaluator evaluator) {
        Dataset dataset;
        try {
            dataset = dataset(groups, indicators);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (dataset.targets().size() != groups.size()) {
            return null;
        }
        try {
            Scorecard card = evaluator.evaluate(dataset, asOf);
            Map<String, Evaluation> byId = new HashMap<>(groups.size() * 2);
            for (Evaluation e : card.evaluations()) {
                if (byId.put(e.target().id(), e) != null) {
                    return null;
                }
            }
            return byId;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** What makes the records of these targets not fit together, in words; null if they do. */
    private static @Nullable String problems(List<Group> groups, Map<String, Indicator> indicators) {
        List<Indicator> inds = new ArrayList<>(used(groups, indicators).values());
        List<Target> targets = groups.stream().map(Group::target).toList();
        List<String> problems = Dataset.problems(inds, targets, outcomes(groups));
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    private static Dataset dataset(List<Group> groups, Map<String, Indicator> indicators) {
        return Dataset.of(used(groups, indicators).values(), groups.stream().map(Group::target).toList(),
                outcomes(groups));
    }

    private static Map<String, Indicator> used(List<Group> groups, Map<String, Indicator> indicators) {
        Map<String, Indicator> used = new LinkedHashMap<>();
        for (Group g : groups) {
            for (String id : g.target().indicators()) {
                used.computeIfAbsent(id, indicators::get);
            }
        }
        return used;
    }

    /** The outcomes of the groups, each once, in the order of the outcome table. */
    private static List<Outcome> outcomes(List<Group> groups) {
        if (groups.size() == 1) {
            return new ArrayList<>(groups.get(0).outcomes().values());
        }
        TreeMap<Long, Outcome> all = new TreeMap<>();
        Set<TreeMap<Long, Outcome>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Group g : groups) {
            if (seen.add(g.outcomes())) {
                all.putAll(g.outcomes());
            }
        }
        return new ArrayList<>(all.values());
    }

    private static Row row(Group g, Evaluation e) {
        Object[] v = new Object[SparkRows.EVALUATIONS.size()];
        v[0] = g.id();
        v[1] = e.status().name();
        v[2] = e.unit().code();
        measure(v, 3, e.attainment().orElse(null));
        measure(v, 8, e.difference().orElse(null));
        measure(v, 13, e.gap().orElse(null));
        v[18] = seq(e.reasons());
        v[19] = seq(e.reasonsZh());
        v[20] = seq(g.tags());
        v[21] = map(g.scope());
        v[22] = null;
        return RowFactory.create(v);
    }

    private static Row rejectedRow(Group g, @Nullable String problem) {
        Object[] v = new Object[SparkRows.EVALUATIONS.size()];
        v[0] = g.id();
        v[1] = REJECTED;
        v[18] = seq(List.of());
        v[19] = seq(List.of());
        v[20] = seq(g.tags());
        v[21] = map(g.scope());
        v[22] = String.valueOf(problem);
        return RowFactory.create(v);
    }

    /** A list as the row encoder takes an array: a Scala sequence. */
    private static scala.collection.immutable.Seq<String> seq(List<String> list) {
        return CollectionConverters.asScala(list).toSeq();
    }

    /** A map as the row encoder takes it: a Scala map. */
    private static scala.collection.Map<String, String> map(Map<String, String> map) {
        return CollectionConverters.asScala(map);
    }

    /** Five cells from an interval: its text, its bounds as exact text, and as decimal(38,18) where they fit. */
    private static void measure(Object[] v, int at, @Nullable Range<BigDecimal> r) {
        if (r == null) {
            return;
        }
        v[at] = SparkRows.intervalText(r);
        BigDecimal low = r.hasLowerBound() ? r.lowerEndpoint() : null;
        BigDecimal high = r.hasUpperBound() ? r.upperEndpoint() : null;
        v[at + 1] = low == null ? null : low.toPlainString();
        v[at + 2] = high == null ? null : high.toPlainString();
        v[at + 3] = SparkRows.decimal38(low);
        v[at + 4] = SparkRows.decimal38(high);
    }
}
