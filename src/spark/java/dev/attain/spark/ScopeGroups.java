package dev.attain.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * Reads a partition of the joined table scope by scope: the one place that decides which
 * outcome rows a target meets. The rows come sorted by scope key ({@code _skey}), then kind
 * ({@code _kind}: 0 a target, 1 an outcome), then the outcome's indicator ({@code _ind}) and its
 * place in the outcome table ({@code _ord}); see {@link SparkTracker}. So each scope's targets
 * come first, then its outcomes indicator by indicator, in table order.
 *
 * <p>A target meets the outcomes in its scope of each indicator it names; of those, only the
 * ones whose period ends by the end of the latest period of a target in the scope on that
 * indicator come along (no other can count; an unreadable period is kept, so that the
 * evaluation reports it). An outcome whose indicator no target in its scope names is
 * <em>unmatched</em>: kept only when asked for, for {@link SparkEvaluations#unmatched()}.
 * A scope's targets are held until its last row; its outcomes stream past, and only those
 * its targets meet are kept.
 */
final class ScopeGroups implements Iterator<ScopeGroups.Group> {

    /** The rows of one scope: its targets, the outcomes they meet, and the outcomes none names. */
    record Group(List<TargetRow> targets, Map<String, List<Row>> outcomes, List<Row> unmatched) {
    }

    /** A target's row ({@code t}) and the ids of the indicators it names, read by Spark ({@code _inds}). */
    record TargetRow(Row row, List<String> indicators) {
    }

    private final Iterator<Row> input;
    private final boolean unmatchedOnly;
    private @Nullable Row pending;

    /**
     * Reads the sorted rows of a partition.
     *
     * @param input  the rows, sorted as the class comment says
     * @param unmatchedOnly  true to keep only the unmatched outcomes (the targets' rows may then
     *        be null: only their scopes and indicators are read), false to keep the targets and
     *        the outcomes they meet
     */
    ScopeGroups(Iterator<Row> input, boolean unmatchedOnly) {
        this.input = input;
        this.unmatchedOnly = unmatchedOnly;
    }

    @Override
    public boolean hasNext() {
        return pending != null || input.hasNext();
    }

    @Override
    public Group next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row first = pending != null ? pending : input.next();
        pending = null;
        String key = first.getString(0);
        List<TargetRow> targets = new ArrayList<>();
        // per indicator named in the scope: the last month of the latest target period (null: keep all)
        Map<String, Integer> latest = new HashMap<>();
        Map<String, List<Row>> outcomes = new LinkedHashMap<>();
        List<Row> unmatched = new ArrayList<>();
        Row r = first;
        while (true) {
            if (r.getInt(1) == 0) {
                List<String> inds = r.isNullAt(6) ? List.of() : r.getList(6);
                Integer last = null;
                if (!unmatchedOnly) {
                    Row t = r.getStruct(4);
                    targets.add(new TargetRow(t, inds));
                    last = Columns.lastMonth(RowReader.text(t, "period"));
                }
                for (String ind : inds) {
                    if (ind != null) {
                        latest.merge(ind, last == null ? Integer.MAX_VALUE : last, Math::max);
                    }
                }
            } else {
                String ind = r.isNullAt(2) ? null : r.getString(2);
                Integer bound = ind == null ? null : latest.get(ind);
                Row o = r.getStruct(5);
                if (bound == null) {
                    if (unmatchedOnly) {
                        unmatched.add(o);
                    }
                } else if (!unmatchedOnly) {
                    Integer last = Columns.lastMonth(RowReader.text(o, "period"));
                    if (last == null || last <= bound) {
                        outcomes.computeIfAbsent(ind, k -> new ArrayList<>()).add(o);
                    }
                }
            }
            if (!input.hasNext()) {
                break;
            }
            r = input.next();
            if (!Objects.equals(key, r.getString(0))) {
                pending = r;
                break;
            }
        }
        return new Group(targets, outcomes, unmatched);
    }
}
