package dev.attain.spark;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.attain.eval.Evaluation;
import dev.attain.eval.RollUp;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.model.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;

/**
 * Compares Spark's rows with the in-memory evaluator's scorecard, row by row and field by
 * field, and the roll-up counts with the scorecard's; collects every difference, each naming
 * the target's id and the field, so that a failure says which rows differ and how.
 */
final class SameAsInMemory {

    private static final int SHOWN = 25;

    private final List<String> differences = new ArrayList<>();
    private int count;

    private SameAsInMemory() {
    }

    /** The differences between the rows and the scorecard; empty when they agree. */
    static List<String> rows(Scorecard card, Iterator<Row> rows) {
        SameAsInMemory s = new SameAsInMemory();
        Map<String, Evaluation> byId = new HashMap<>();
        for (Evaluation e : card.evaluations()) {
            byId.put(e.target().id(), e);
        }
        Set<String> seen = new java.util.HashSet<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            String id = r.getAs("id");
            if (!seen.add(id)) {
                s.differ(id, "id", "one row", "another row");
                continue;
            }
            Evaluation e = byId.get(id);
            if (e == null) {
                s.differ(id, "id", "no such target", "a row");
                continue;
            }
            s.compare(id, e, r);
        }
        for (String id : byId.keySet()) {
            if (!seen.contains(id)) {
                s.differ(id, "id", "a row", "no row");
            }
        }
        return s.summary();
    }

    private void compare(String id, Evaluation e, Row r) {
        same(id, "problem", null, r.getAs("problem"));
        same(id, "status", e.status().name(), r.getAs("status"));
        same(id, "unit", e.unit().code(), r.getAs("unit"));
        measure(id, "attainment", e.attainment(), r);
        measure(id, "difference", e.difference(), r);
        measure(id, "gap", e.gap(), r);
        same(id, "reasons", e.reasons(), r.getList(r.fieldIndex("reasons")));
        same(id, "reasons_zh", e.reasonsZh(), r.getList(r.fieldIndex("reasons_zh")));
        Set<String> tags = new LinkedHashSet<>(e.target().tags());
        for (Indicator ind : e.indicators()) {
            tags.addAll(ind.tags());
        }
        same(id, "tags", List.copyOf(tags), r.getList(r.fieldIndex("tags")));
        same(id, "scope", e.target().scope().entries(), r.getJavaMap(r.fieldIndex("scope")));
    }

    /** An interval's text, bounds and decimals against the evaluator's range, read back from the row. */
    private void measure(String id, String m, Optional<Range<BigDecimal>> expected, Row r) {
        String text = r.getAs(m);
        String min = r.getAs(m + "_min");
        String max = r.getAs(m + "_max");
        BigDecimal minDecimal = r.getAs(m + "_min_decimal");
        BigDecimal maxDecimal = r.getAs(m + "_max_decimal");
        if (expected.isEmpty()) {
            if (text != null || min != null || max != null || minDecimal != null || maxDecimal != null) {
                differ(id, m, "none", text);
            }
            return;
        }
        Range<BigDecimal> range = expected.get();
        if (text == null) {
            differ(id, m, range, null);
            return;
        }
        boolean lowClosed = range.hasLowerBound() && range.lowerBoundType() == BoundType.CLOSED;
        boolean highClosed = range.hasUpperBound() && range.upperBoundType() == BoundType.CLOSED;
        if ((text.charAt(0) == '[') != lowClosed || (text.charAt(text.length() - 1) == ']') != highClosed) {
            differ(id, m + " (bound types)", range, text);
        }
        bound(id, m + "_min", range.hasLowerBound() ? range.lowerEndpoint() : null, min, minDecimal);
        bound(id, m + "_max", range.hasUpperBound() ? range.upperEndpoint() : null, max, maxDecimal);
        String[] ends = text.substring(1, text.length() - 1).split("\\.\\.", -1);
        same(id, m + " (text)", List.of(min == null ? "-∞" : min, max == null ? "+∞" : max), List.of(ends));
    }

    private void bound(String id, String field, BigDecimal expected, String text, BigDecimal decimal) {
        if (expected == null) {
            if (text != null || decimal != null) {
                differ(id, field, "unbounded", text);
            }
            return;
        }
        if (text == null || new BigDecimal(text).compareTo(expected) != 0 || text.contains("E")) {
            differ(id, field, expected.toPlainString(), text);
        }
        BigDecimal s = expected.stripTrailingZeros();
        boolean fits = s.scale() <= 18 && s.precision() - s.scale() <= 20;
        if (fits ? decimal == null || decimal.compareTo(expected) != 0 : decimal != null) {
            differ(id, field + "_decimal", fits ? expected.toPlainString() : "null (does not fit)", decimal);
        }
    }

    private void same(String id, String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differ(id, field, expected, actual);
        }
    }

    private void differ(String id, String field, Object expected, Object actual) {
        count++;
        if (differences.size() < SHOWN) {
            differences.add("target " + id + ": " + field + ": in memory " + expected + ", on Spark " + actual);
        }
    }

    private List<String> summary() {
        if (count > SHOWN) {
            differences.add("… " + (count - SHOWN) + " more differences");
        }
        return differences;
    }

    /** The scorecard's counts as Spark's counts table writes them: dimension, group, status → targets. */
    static Map<String, Long> counts(Scorecard card) {
        Map<String, Long> out = new TreeMap<>();
        put(out, "all", card.total().orElseThrow());
        card.byTag().values().forEach(r -> put(out, "tag", r));
        Set<String> keys = new TreeSet<>();
        card.evaluations().forEach(e -> keys.addAll(e.target().scope().entries().keySet()));
        for (String key : keys) {
            card.byScope(key).values().forEach(r -> put(out, "scope." + key, r));
        }
        return out;
    }

    private static void put(Map<String, Long> out, String dimension, RollUp r) {
        for (Status s : Status.values()) {
            if (r.count(s) > 0) {
                out.put(dimension + " | " + r.key() + " | " + s.name(), (long) r.count(s));
            }
        }
    }

    /** Spark's counts table in the same form. */
    static Map<String, Long> counts(List<Row> rows) {
        Map<String, Long> out = new TreeMap<>();
        for (Row r : rows) {
            out.put(r.getAs("dimension") + " | " + r.getAs("group") + " | " + r.getAs("status"), r.getAs("targets"));
        }
        return out;
    }
}
