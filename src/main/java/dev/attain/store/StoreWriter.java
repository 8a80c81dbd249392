package dev.attain.store;

import dev.attain.io.Datasets;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Source;
import dev.attain.model.Target;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A store's writes, inside the transaction the caller gives: records checked against what is
 * stored, exactly as a dataset file is checked, then written (with {@code COPY} on PostgreSQL,
 * batched inserts elsewhere; each outcome's series found or added), and the one removal,
 * {@link #retract}, logged.
 *
 * <h2>Implementation Requirements</h2>
 * This class is thread-safe: it holds only the store's {@link Plans}.
 */
final class StoreWriter {

    /** Rows sent to the database in one JDBC batch. */
    private static final int BATCH = 2_000;

    /** The columns of attain_target that {@link #targetRow} fills, and their SQL types. */
    private static final String TARGET_COLUMNS = "id, indicators, scope_key, period, requirement,"
            + " requirement_qualifier, requirement_nominal, requirement_lower, requirement_lower_inclusive,"
            + " requirement_upper, requirement_upper_inclusive, requirement_unit, record";
    private static final int[] TARGET_TYPES = types(new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR}, FigureColumns.TYPES, new int[] {Types.VARCHAR});

    private final Plans plans;

    StoreWriter(Plans plans) {
        this.plans = plans;
    }

    /**
     * Checks records against the stored ones and writes them, or throws listing every problem
     * having written nothing.
     *
     * @throws IllegalArgumentException listing every problem
     */
    void write(Connection c, Optional<String> title, List<Indicator> indicators, List<Target> targets,
            List<Outcome> outcomes, String origin) throws SQLException {
        Optional<String> storedTitle = Plans.title(c);
        Dataset stored = plans.plan(c, !targets.isEmpty());
        Map<String, Indicator> storedIndicators = new LinkedHashMap<>();
        stored.indicators().forEach(i -> storedIndicators.put(i.id(), i));
        Map<String, Target> storedTargets = new HashMap<>();
        stored.targets().forEach(t -> storedTargets.put(t.id(), t));
        List<String> problems = new ArrayList<>();
        List<Indicator> newIndicators = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            Indicator old = storedIndicators.get(ind.id());
            if (old == null) {
                newIndicators.add(ind);
            } else if (!old.equals(ind)) {
                problems.add("indicators[" + i + "] (" + ind.id() + "): stored with other fields; a stored"
                        + " indicator is not changed in place");
            }
        }
        List<Target> newTargets = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            Target old = storedTargets.get(t.id());
            if (old == null) {
                newTargets.add(t);
            } else if (!old.equals(t)) {
                problems.add("targets[" + i + "] (" + t.id() + "): stored with other fields; a stored target is"
                        + " not changed in place");
            }
        }
        if (title.isPresent() && storedTitle.isPresent() && !title.equals(storedTitle)) {
            problems.add("title: the store's dataset is titled '" + storedTitle.get() + "', not '" + title.get()
                    + "'; a stored title is not changed in place");
        }
        List<Indicator> all = new ArrayList<>(storedIndicators.values());
        all.addAll(newIndicators);
        problems.addAll(Dataset.problems(all, newTargets, outcomes));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(origin + ": " + problems.size() + " problem(s), nothing written:\n  "
                    + String.join("\n  ", problems));
        }
        if (title.isPresent() && storedTitle.isEmpty()) {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO attain_title (id, title) VALUES (1, ?)")) {
                st.setString(1, title.get());
                st.executeUpdate();
            }
        }
        insertIndicators(c, newIndicators);
        insertTargets(c, newTargets);
        insertOutcomes(c, outcomes, origin);
    }

    /**
     * Removes the stored outcomes with the indicator, scope, period, publication date and status
     * of one, first writing them and the reason to {@code attain_log}.
     *
     * @return the number of rows removed
     */
    static int retract(Connection c, Outcome outcome, String reason) throws SQLException {
        String where = " WHERE series_id IN (SELECT id FROM attain_series WHERE indicator = ? AND scope_key = ?"
                + " AND period = ?) AND published = ? AND status = ?";
        List<String> gone = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT seq, phrase FROM attain_outcome" + where)) {
            bindKey(st, outcome);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    gone.add("#" + rs.getLong(1) + " " + rs.getString(2));
                }
            }
        }
        if (gone.isEmpty()) {
            return 0;
        }
        try (PreparedStatement log = c.prepareStatement(
                "INSERT INTO attain_log (logged_at, action, detail) VALUES (?, ?, ?)")) {
            log.setTimestamp(1, Timestamp.from(Instant.now()));
            log.setString(2, "retract");
            log.setString(3, outcome.indicator() + " [" + outcome.scope() + "] " + outcome.period() + " published "
                    + outcome.published() + " " + outcome.status() + ": " + String.join("; ", gone)
                    + "; reason: " + reason);
            log.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM attain_outcome" + where)) {
            bindKey(st, outcome);
            return st.executeUpdate();
        }
    }

    private static void bindKey(PreparedStatement st, Outcome o) throws SQLException {
        st.setString(1, o.indicator());
        st.setString(2, OutcomeRows.scopeKey(o.scope()));
        st.setString(3, o.period().toString());
        st.setObject(4, o.published());
        st.setString(5, o.status().name());
    }

    private static void insertIndicators(Connection c, List<Indicator> indicators) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO attain_indicator (id, name, unit, record) VALUES (?, ?, ?, ?)")) {
            for (Indicator i : indicators) {
                st.setString(1, i.id());
                st.setString(2, i.name());
                st.setString(3, i.unit().code());
                st.setString(4, Datasets.toJson(i));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** The SQL types of three runs of columns, one after the other. */
    static int[] types(int[] a, int[] b, int[] c) {
        int[] all = new int[a.length + b.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        return all;
    }

    private static Object[] targetRow(Target t) {
        Object[] row = new Object[TARGET_TYPES.length];
        row[0] = t.id();
        row[1] = String.join(",", t.indicators());
        row[2] = OutcomeRows.scopeKey(t.scope());
        row[3] = t.period().toString();
        int i = FigureColumns.values(row, 4, t.requirement());
        row[i] = Datasets.toJson(t);
        return row;
    }

    private static void insertTargets(Connection c, List<Target> targets) throws SQLException {
        insert(c, "attain_target", TARGET_COLUMNS, TARGET_TYPES, targets.stream().map(StoreWriter::targetRow).iterator());
    }

    /**
     * Inserts rows: with {@code COPY} on PostgreSQL (many times faster), in JDBC batches of
     * {@link #BATCH} elsewhere.
     */
    private static void insert(Connection c, String table, String columns, int[] types, Iterator<Object[]> rows)
            throws SQLException {
        if (PostgresCopy.canCopy(c)) {
            PostgresCopy.copy(c, table, columns, rows);
            return;
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES ("
                + String.join(", ", Collections.nCopies(types.length, "?")) + ")")) {
            int n = 0;
            while (rows.hasNext()) {
                Object[] row = rows.next();
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        st.setNull(i + 1, types[i]);
                    } else {
                        st.setObject(i + 1, row[i], types[i]);
                    }
                }
                st.addBatch();
                if (++n % BATCH == 0) {
                    st.executeBatch();
                }
            }
            st.executeBatch();
        }
    }

    private static void insertOutcomes(Connection c, List<Outcome> outcomes, String origin) throws SQLException {
        long batch;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO attain_batch (recorded_at, origin, outcomes)"
                + " VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            st.setTimestamp(1, Timestamp.from(Instant.now()));
            st.setString(2, origin);
            st.setInt(3, outcomes.size());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                batch = keys.getLong(1);
            }
        }
        Map<Source, Long> sources = sourceIds(c, outcomes);
        Map<Series, Long> series = seriesIds(c, outcomes);
        insert(c, "attain_outcome", OutcomeRows.COLUMNS, OutcomeRows.TYPES, outcomes.stream()
                .map(o -> OutcomeRows.row(batch, o, series.get(Series.of(o)), o.source().map(sources::get).orElse(null)))
                .iterator());
    }

    /**
     * The figure an outcome is a publication of: its indicator, scope and period, a row of
     * {@code attain_series}. Equal scopes, the same pairs in any order, are one series.
     */
    private record Series(String indicator, Scope scope, Period period) {

        static Series of(Outcome o) {
            return new Series(o.indicator(), o.scope(), o.period());
        }

        /** The series' unique key in attain_series: indicator, scope_key, period. */
        List<String> key() {
            return List.of(indicator, OutcomeRows.scopeKey(scope), period.toString());
        }
    }

    private static final String SERIES_COLUMNS = "indicator, scope_key, scope, period";
    private static final int[] SERIES_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

    /**
     * The ids of the outcomes' series: stored ones found, new ones inserted. A writer that
     * inserts a series another transaction has just inserted fails on the unique key, and
     * {@link Database#write} runs it again, finding it stored.
     */
    private static Map<Series, Long> seriesIds(Connection c, List<Outcome> outcomes) throws SQLException {
        Map<List<String>, Series> byKey = new LinkedHashMap<>();
        Map<Series, Boolean> seen = new HashMap<>();
        for (Outcome o : outcomes) {
            Series s = Series.of(o);
            if (seen.putIfAbsent(s, Boolean.TRUE) == null) {
                byKey.put(s.key(), s);
            }
        }
        Map<Series, Long> ids = new HashMap<>();
        findSeries(c, byKey, ids);
        List<Object[]> missing = new ArrayList<>();
        Map<List<String>, Series> inserted = new LinkedHashMap<>();
        byKey.forEach((key, s) -> {
            if (!ids.containsKey(s)) {
                missing.add(new Object[] {key.get(0), key.get(1), s.scope().toString(), key.get(2)});
                inserted.put(key, s);
            }
        });
        if (!missing.isEmpty()) {
            insert(c, "attain_series", SERIES_COLUMNS, SERIES_TYPES, missing.iterator());
            findSeries(c, inserted, ids);
        }
        return ids;
    }

    /**
     * Series keys sent in one query by {@link #findSeries}: H2 takes arrays of at most 65,536
     * elements.
     */
    static final int SERIES_A_QUERY = 10_000;

    /**
     * Puts the ids of the stored series among some into {@code ids}: one query for every
     * {@link #SERIES_A_QUERY} series, their keys sent as three arrays.
     */
    private static void findSeries(Connection c, Map<List<String>, Series> byKey, Map<Series, Long> ids)
            throws SQLException {
        List<List<String>> keys = new ArrayList<>(byKey.keySet());
        try (PreparedStatement st = c.prepareStatement("SELECT s.id, s.indicator, s.scope_key, s.period"
                + " FROM UNNEST(?, ?, ?) AS k (indicator, scope_key, period) JOIN attain_series s"
                + " ON s.indicator = k.indicator AND s.scope_key = k.scope_key AND s.period = k.period")) {
            for (int from = 0; from < keys.size(); from += SERIES_A_QUERY) {
                List<List<String>> part = keys.subList(from, Math.min(keys.size(), from + SERIES_A_QUERY));
                for (int k = 0; k < 3; k++) {
                    String[] column = new String[part.size()];
                    for (int i = 0; i < column.length; i++) {
                        column[i] = part.get(i).get(k);
                    }
                    st.setArray(k + 1, c.createArrayOf("varchar", column));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Series s = byKey.get(List.of(rs.getString(2), rs.getString(3), rs.getString(4)));
                        if (s != null) {
                            ids.put(s, rs.getLong(1));
                        }
                    }
                }
            }
        }
    }

    /** The ids of the outcomes' sources: stored ones found, new ones inserted. */
    private static Map<Source, Long> sourceIds(Connection c, List<Outcome> outcomes) throws SQLException {
        Map<Source, Long> ids = new HashMap<>();
        try (PreparedStatement find = c.prepareStatement("SELECT MIN(id) FROM attain_source WHERE document = ?"
                + " AND doc_date IS NOT DISTINCT FROM ? AND quote IS NOT DISTINCT FROM ?"
                + " AND address IS NOT DISTINCT FROM ? AND span_start IS NOT DISTINCT FROM ?"
                + " AND span_end IS NOT DISTINCT FROM ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO attain_source (document, doc_date, quote,"
                        + " address, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (Outcome o : outcomes) {
                if (o.source().isEmpty() || ids.containsKey(o.source().get())) {
                    continue;
                }
                Source s = o.source().get();
                for (PreparedStatement st : List.of(find, insert)) {
                    st.setString(1, s.document());
                    st.setObject(2, s.date().orElse(null), Types.DATE);
                    st.setString(3, s.quote().orElse(null));
                    st.setString(4, s.address().orElse(null));
                    st.setObject(5, s.span().map(Source.Span::start).orElse(null), Types.INTEGER);
                    st.setObject(6, s.span().map(Source.Span::end).orElse(null), Types.INTEGER);
                }
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next() && rs.getObject(1) != null) {
                        ids.put(s, rs.getLong(1));
                        continue;
                    }
                }
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.put(s, keys.getLong(1));
                }
            }
        }
        return ids;
    }
}
