package dev.attain.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.attain.io.DatasetFormat;
import dev.attain.io.DatasetReader;
import dev.attain.io.Datasets;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Source;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Plans and every publication of every figure, kept in a relational database over plain JDBC:
 * indicators, targets, the sources outcomes were read from, and the outcomes themselves.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("data/attain"))) {          // H2 file data/attain.mv.db
 *     store.importDataset(Path.of("examples/data/jiangxi/jiangxi.json"));
 *     store.append(List.of(preliminary));                              // a new figure
 *     Dataset known = store.datasetAsOf(LocalDate.of(2023, 6, 30));   // what was published by then
 *     Scorecard card = Tracker.of(known).evaluate(LocalDate.of(2023, 6, 30));
 * }
 * }</pre>
 *
 * <p><b>Append-only.</b> Outcomes are only ever added: a revision of a figure is a new row with
 * its own publication date and status, and the earlier rows stay ({@link #history}). Indicators
 * and targets are added once and never changed in place: writing a record whose id is stored
 * with other fields is refused. The one way to remove rows is {@link #retract}, which writes
 * what it removes, and why, to the {@code attain_log} table in the same transaction.
 *
 * <p><b>Exact.</b> A figure is kept as its phrase, qualifier, unit and the bounds of its range
 * as SQL decimals ({@code NUMERIC} on PostgreSQL, H2's {@code DECFLOAT}), bound and read as
 * {@link java.math.BigDecimal}: a dataset written and read back is {@code equal} to the
 * original. Indicators and targets are kept as their dataset-format JSON records, the
 * requirement's figure also in columns; the dataset's title once, and not changed.
 *
 * <p><b>All or nothing.</b> Every write is one transaction, checked before anything is written
 * exactly as a dataset file is checked: a batch with one bad record writes nothing and the
 * exception names every bad record and field. A process killed in the middle of a write leaves
 * none of it.
 *
 * <p><b>Schema.</b> The SQL files {@code db/attain/h2/V1__attain_store.sql} and
 * {@code db/attain/postgresql/V1__attain_store.sql} (Flyway's naming) are applied when the store
 * opens a database without them; a database with a newer schema is refused.
 *
 * <h2>Implementation Requirements</h2>
 * This class is thread-safe: each call takes its own connection and transaction, and reads see
 * one snapshot of the database (repeatable read), so concurrent appends are seen whole or not
 * at all.
 */
public final class Store implements AutoCloseable {

    /** Rows sent to the database in one JDBC batch. */
    private static final int BATCH = 2_000;

    /** Reads the store's own JSON records back: they were checked when written, so no size limit. */
    private static final DatasetReader RECORDS = DatasetReader.builder().maxDocumentLength(Long.MAX_VALUE).build();

    private static final String OUTCOME_COLUMNS = "o.indicator, o.scope, o.period, o.phrase, o.qualifier, o.nominal,"
            + " o.lower_bound, o.lower_inclusive, o.upper_bound, o.upper_inclusive, o.unit, o.published, o.status,"
            + " s.document, s.doc_date, s.quote, s.address, s.span_start, s.span_end, o.seq, o.source_id"
            + " FROM attain_outcome o LEFT JOIN attain_source s ON s.id = o.source_id";

    /** Gives a new connection for each call. */
    @FunctionalInterface
    private interface Connections {
        Connection get() throws SQLException;
    }

    private final Connections connections;
    private final String description;
    /** For an embedded H2 file: held open so that the database stays open between calls. */
    private final @Nullable Connection keeper;
    /** The last plan read (see {@link #plan}); any thread may replace it with an equally valid one. */
    private volatile @Nullable CachedPlan cachedPlan;

    private Store(Connections connections, String description, @Nullable Connection keeper) {
        this.connections = connections;
        this.description = description;
        this.keeper = keeper;
    }

    /**
     * Opens (and creates if need be) the embedded H2 database at a path: the data are in the file
     * {@code <path>.mv.db}. Needs H2 ({@code com.h2database:h2}) on the class path; only one
     * process at a time may open the file.
     *
     * @param path  the database's path without the {@code .mv.db} ending, not null
     * @return the store, never null; close it when done
     * @throws StoreException if H2 is missing, the file is held by another process, or holds a
     *     newer schema
     */
    public static Store open(Path path) {
        requireNonNull(path, "path");
        String base = path.toAbsolutePath().toString();
        if (base.endsWith(".mv.db")) {
            base = base.substring(0, base.length() - ".mv.db".length());
        }
        String url = "jdbc:h2:file:" + base;
        Connection keeper;
        try {
            keeper = DriverManager.getConnection(url);
        } catch (SQLException e) {
            if ("08001".equals(e.getSQLState()) && e.getMessage() != null && e.getMessage().contains("No suitable driver")) {
                throw new StoreException("Store.open(Path) uses the embedded H2 database: add com.h2database:h2"
                        + " (version 2.5.252) to the dependencies, or give Store.of a DataSource", e);
            }
            throw new StoreException("cannot open the H2 database " + base + ".mv.db: " + e.getMessage(), e);
        }
        try {
            return init(() -> DriverManager.getConnection(url), "H2 " + base + ".mv.db", keeper);
        } catch (RuntimeException e) {
            closeQuietly(keeper);
            throw e;
        }
    }

    /**
     * Opens a store over a JDBC URL, such as {@code jdbc:postgresql://127.0.0.1:5432/attain},
     * with a new connection for each call. For many calls a second, give {@link #of} a pooled
     * data source instead.
     *
     * @param url  the JDBC URL, not null; its driver must be on the class path
     * @param info  the connection properties, such as {@code user} and {@code password}, not null
     * @return the store, never null
     * @throws StoreException if the database cannot be reached or holds a newer schema
     */
    public static Store open(String url, Properties info) {
        requireNonNull(url, "url");
        Properties copy = new Properties();
        copy.putAll(requireNonNull(info, "info"));
        String shown = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return init(() -> DriverManager.getConnection(url, copy), shown, null);
    }

    /**
     * Returns a store over a data source (H2 or PostgreSQL), applying the schema if the
     * database lacks it.
     *
     * @param dataSource  the data source, not null; a pool is best
     * @return the store, never null
     * @throws StoreException if the database cannot be reached, is neither H2 nor PostgreSQL, or
     *     holds a newer schema
     */
    public static Store of(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource");
        return init(dataSource::getConnection, dataSource.getClass().getSimpleName(), null);
    }

    private static Store init(Connections connections, String description, @Nullable Connection keeper) {
        try (Connection c = connections.get()) {
            Schema.migrate(c, Schema.vendor(c));
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + description + ": " + e.getMessage(), e);
        }
        return new Store(connections, description, keeper);
    }

    /**
     * Tells whether the store holds no indicator yet (a new database).
     *
     * @return true if no indicator is stored
     * @throws StoreException if the database fails
     */
    public boolean isEmpty() {
        return inRead("look for indicators", c -> {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM attain_indicator")) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
    }

    /**
     * Returns everything the store holds: every indicator and target, and every outcome ever
     * published, in the order they were written.
     *
     * @return the dataset, never null
     * @throws StoreException if the database fails
     */
    public Dataset dataset() {
        return read(null);
    }

    /**
     * Returns every indicator and target, and the outcomes published on or before a date, in
     * the order they were written: what was known on that date. The database selects the
     * outcomes, by an index on the publication date.
     *
     * @param date  the date, not null
     * @return the dataset, never null
     * @throws StoreException if the database fails
     */
    public Dataset datasetAsOf(LocalDate date) {
        return read(requireNonNull(date, "date"));
    }

    private Dataset read(@Nullable LocalDate asOf) {
        return inRead("read the dataset", c -> {
            List<Outcome> outcomes = new ArrayList<>();
            String sql = "SELECT " + OUTCOME_COLUMNS + (asOf == null ? "" : " WHERE o.published <= ?") + " ORDER BY o.seq";
            try (PreparedStatement st = c.prepareStatement(sql)) {
                if (asOf != null) {
                    st.setObject(1, asOf);
                }
                st.setFetchSize(BATCH);
                OutcomeReader reader = new OutcomeReader();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        outcomes.add(reader.read(rs));
                    }
                }
            }
            Dataset plan = plan(c, true);
            return new Dataset(plan.indicators(), plan.targets(), ImmutableList.copyOf(outcomes), title(c));
        });
    }

    /**
     * Returns every publication of one figure: the outcomes of an indicator for a scope and a
     * period, preliminary, final and revised, oldest publication first.
     *
     * @param indicator  the indicator's id, not null
     * @param scope  the scope, not null; equal scopes match whatever the order of their pairs
     * @param period  the period, not null
     * @return the outcomes, never null; empty if none was stored
     * @throws StoreException if the database fails
     */
    public List<Outcome> history(String indicator, Scope scope, Period period) {
        requireNonNull(indicator, "indicator");
        requireNonNull(scope, "scope");
        requireNonNull(period, "period");
        return inRead("read the history of " + indicator, c -> {
            List<Outcome> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + OUTCOME_COLUMNS
                    + " WHERE o.indicator = ? AND o.scope_key = ? AND o.period = ? ORDER BY o.published, o.seq")) {
                st.setString(1, indicator);
                st.setString(2, scopeKey(scope));
                st.setString(3, period.toString());
                OutcomeReader reader = new OutcomeReader();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(reader.read(rs));
                    }
                }
            }
            return ImmutableList.copyOf(out);
        });
    }

    /**
     * Appends outcomes of stored indicators, all or none: checked as a dataset file's outcomes
     * are (known indicator, unit of its indicator's dimension), and written in one transaction
     * only if every one passes.
     *
     * @param outcomes  the outcomes, not null
     * @return the outcomes stored, in order, never null
     * @throws IllegalArgumentException listing every bad outcome by position and field; nothing
     *     was written
     * @throws StoreException if the database fails; nothing was written
     */
    public List<Outcome> append(List<Outcome> outcomes) {
        List<Outcome> copy = ImmutableList.copyOf(requireNonNull(outcomes, "outcomes"));
        write(Optional.empty(), List.of(), List.of(), copy, "append");
        return copy;
    }

    /**
     * Reads outcomes in the dataset format (a JSON or YAML document with an {@code outcomes}
     * array, or a CSV outcome table) and appends them, all or none. Every problem is reported
     * by line, column, record and field, as for a dataset file, with the stored indicators as the
     * document's own.
     *
     * @param text  the text, not null; not closed
     * @param format  the text's format, not null
     * @param name  the name by which problems call the text, not null
     * @param reader  the reader with the limits for the text (untrusted input: keep them), not null
     * @return the outcomes stored, in order, never null
     * @throws dev.attain.io.DatasetException listing every problem; nothing was written
     * @throws IllegalArgumentException if the text holds indicators or targets; nothing was written
     * @throws StoreException if the database fails; nothing was written
     */
    public List<Outcome> append(Reader text, DatasetFormat format, String name, DatasetReader reader) {
        requireNonNull(text, "text");
        requireNonNull(format, "format");
        requireNonNull(name, "name");
        requireNonNull(reader, "reader");
        List<Indicator> indicators = inRead("read the indicators", c -> plan(c, false).indicators());
        List<Outcome> read = reader.readOutcomes(text, format, name, indicators);
        write(Optional.empty(), List.of(), List.of(), read, name);
        return read;
    }

    /**
     * Reads a dataset file or folder (as {@link Datasets#read(Path)} does, failing on any
     * problem) and writes it in one transaction: new indicators and targets are added, ones
     * stored with equal fields are kept as they are, and every outcome is appended.
     *
     * @param path  the file or folder, not null
     * @return the dataset read, never null
     * @throws dev.attain.io.DatasetException listing every problem of the files; nothing was written
     * @throws IllegalArgumentException if an indicator or target is stored with other fields, or an
     *     outcome does not fit the stored indicators; nothing was written
     * @throws StoreException if the database fails; nothing was written
     */
    public Dataset importDataset(Path path) {
        Dataset d = Datasets.read(requireNonNull(path, "path"));
        put(d, "import " + path);
        return d;
    }

    /**
     * Writes a dataset in one transaction, as {@link #importDataset} does.
     *
     * @param dataset  the dataset, not null
     * @param origin  what the data are, for the store's record of batches (a file name, a
     *     service's request), not null
     * @throws IllegalArgumentException if an indicator or target is stored with other fields;
     *     nothing was written
     * @throws StoreException if the database fails; nothing was written
     */
    public void put(Dataset dataset, String origin) {
        requireNonNull(dataset, "dataset");
        write(dataset.title(), dataset.indicators(), dataset.targets(), dataset.outcomes(),
                requireNonNull(origin, "origin"));
    }

    /**
     * Removes stored outcomes, the one exception to the append-only rule: those of an indicator,
     * scope and period published on a date with a status. What is removed, and the reason, are
     * first written to the {@code attain_log} table, in the same transaction.
     *
     * @param outcome  the outcome whose indicator, scope, period, publication date and status
     *     name the rows to remove, not null
     * @param reason  why, for the log, not blank
     * @return the number of rows removed
     * @throws StoreException if the database fails; nothing was removed
     */
    public int retract(Outcome outcome, String reason) {
        requireNonNull(outcome, "outcome");
        requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a retraction needs a reason, for the log");
        }
        return inWrite("retract " + outcome.indicator(), c -> {
            String where = " WHERE indicator = ? AND scope_key = ? AND period = ? AND published = ? AND status = ?";
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
        });
    }

    private static void bindKey(PreparedStatement st, Outcome o) throws SQLException {
        st.setString(1, o.indicator());
        st.setString(2, scopeKey(o.scope()));
        st.setString(3, o.period().toString());
        st.setObject(4, o.published());
        st.setString(5, o.status().name());
    }

    /** Checks and writes records in one transaction. */
    private void write(Optional<String> title, List<Indicator> indicators, List<Target> targets,
            List<Outcome> outcomes, String origin) {
        inWrite("write " + origin, c -> {
            Optional<String> storedTitle = title(c);
            Dataset stored = plan(c, !targets.isEmpty());
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
            return null;
        });
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

    /** The columns of attain_target that {@link #targetRow} fills, and their SQL types. */
    private static final String TARGET_COLUMNS = "id, indicators, scope_key, period, requirement,"
            + " requirement_qualifier, requirement_nominal, requirement_lower, requirement_lower_inclusive,"
            + " requirement_upper, requirement_upper_inclusive, requirement_unit, record";
    private static final int[] TARGET_TYPES = types(new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR}, FigureColumns.TYPES, new int[] {Types.VARCHAR});

    /** The columns of attain_outcome that {@link #outcomeRow} fills, and their SQL types. */
    static final String OUTCOME_ROW_COLUMNS = "batch_id, indicator, scope_key, scope, period, phrase, qualifier,"
            + " nominal, lower_bound, lower_inclusive, upper_bound, upper_inclusive, unit, published, status, source_id";
    static final int[] OUTCOME_TYPES = types(new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR}, FigureColumns.TYPES, new int[] {Types.DATE, Types.VARCHAR, Types.BIGINT});

    private static int[] types(int[] a, int[] b, int[] c) {
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
        row[2] = scopeKey(t.scope());
        row[3] = t.period().toString();
        int i = FigureColumns.values(row, 4, t.requirement());
        row[i] = Datasets.toJson(t);
        return row;
    }

    /** The values of an outcome's row, in the order of {@link #OUTCOME_ROW_COLUMNS}. */
    static Object[] outcomeRow(long batch, Outcome o, @Nullable Long sourceId) {
        Object[] row = new Object[OUTCOME_TYPES.length];
        row[0] = batch;
        row[1] = o.indicator();
        row[2] = scopeKey(o.scope());
        row[3] = o.scope().toString();
        row[4] = o.period().toString();
        int i = FigureColumns.values(row, 5, o.value());
        row[i++] = o.published();
        row[i++] = o.status().name();
        row[i] = sourceId;
        return row;
    }

    private static void bind(PreparedStatement st, Object[] row, int[] types) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                st.setNull(i + 1, types[i]);
            } else {
                st.setObject(i + 1, row[i], types[i]);
            }
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static void insertTargets(Connection c, List<Target> targets) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO attain_target (" + TARGET_COLUMNS + ") VALUES ("
                + placeholders(TARGET_TYPES.length) + ")")) {
            int n = 0;
            for (Target t : targets) {
                bind(st, targetRow(t), TARGET_TYPES);
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
        Iterator<Object[]> rows = outcomes.stream()
                .map(o -> outcomeRow(batch, o, o.source().map(sources::get).orElse(null))).iterator();
        if (PostgresCopy.canCopy(c)) {
            PostgresCopy.copy(c, "attain_outcome", OUTCOME_ROW_COLUMNS, rows);
            return;
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO attain_outcome (" + OUTCOME_ROW_COLUMNS
                + ") VALUES (" + placeholders(OUTCOME_TYPES.length) + ")")) {
            int n = 0;
            while (rows.hasNext()) {
                bind(st, rows.next(), OUTCOME_TYPES);
                st.addBatch();
                if (++n % BATCH == 0) {
                    st.executeBatch();
                }
            }
            st.executeBatch();
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
                    st.setObject(2, s.date().orElse(null), java.sql.Types.DATE);
                    st.setString(3, s.quote().orElse(null));
                    st.setString(4, s.address().orElse(null));
                    st.setObject(5, s.span().map(Source.Span::start).orElse(null), java.sql.Types.INTEGER);
                    st.setObject(6, s.span().map(Source.Span::end).orElse(null), java.sql.Types.INTEGER);
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

    private static Optional<String> title(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT title FROM attain_title")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    /**
     * The stored indicators, and targets if asked for, read back from their JSON records. Both
     * are only ever added, never changed or removed, so equal row counts mean an equal plan: the
     * last plan read is kept and given again while the counts stay the same.
     */
    private Dataset plan(Connection c, boolean withTargets) throws SQLException {
        long indicators;
        long targets;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM"
                + " attain_indicator), (SELECT COUNT(*) FROM attain_target)")) {
            rs.next();
            indicators = rs.getLong(1);
            targets = rs.getLong(2);
        }
        CachedPlan kept = cachedPlan;
        if (kept != null && kept.indicators() == indicators && kept.targets() == targets) {
            return kept.plan();
        }
        StringBuilder json = new StringBuilder("{\"targets\": [");
        if (withTargets) {
            appendRecords(c, "SELECT record FROM attain_target ORDER BY seq", json);
        }
        json.append("], \"indicators\": [");
        appendRecords(c, "SELECT record FROM attain_indicator ORDER BY seq", json);
        json.append("]}");
        Dataset plan = RECORDS.read(new StringReader(json.toString()), DatasetFormat.JSON, "the store's records");
        if (withTargets && plan.indicators().size() == indicators && plan.targets().size() == targets) {
            cachedPlan = new CachedPlan(indicators, targets, plan);
        }
        return plan;
    }

    /** A plan read, with the row counts it was read at. */
    private record CachedPlan(long indicators, long targets, Dataset plan) {
    }

    private static void appendRecords(Connection c, String sql, StringBuilder json) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            boolean first = true;
            while (rs.next()) {
                if (!first) {
                    json.append(",\n");
                }
                first = false;
                json.append(rs.getString(1));
            }
        }
    }

    /**
     * Reads outcome rows, keeping the scopes, periods and sources it has read: a dataset repeats
     * them over many rows, and they are immutable values.
     */
    private static final class OutcomeReader {

        private final Map<String, Scope> scopes = new HashMap<>();
        private final Map<String, Period> periods = new HashMap<>();
        private final Map<Long, Source> sources = new HashMap<>();

        Outcome read(ResultSet rs) throws SQLException {
            String where = "attain_outcome #" + rs.getLong(20);
            Figure value = FigureColumns.read(rs, 4, where);
            Optional<Source> source = Optional.empty();
            long sourceId = rs.getLong(21);
            if (!rs.wasNull()) {
                Source known = sources.get(sourceId);
                if (known == null) {
                    int start = rs.getInt(18);
                    Optional<Source.Span> span = rs.wasNull() ? Optional.empty()
                            : Optional.of(new Source.Span(start, rs.getInt(19)));
                    known = new Source(rs.getString(14), Optional.ofNullable(rs.getObject(15, LocalDate.class)),
                            Optional.ofNullable(rs.getString(16)), Optional.ofNullable(rs.getString(17)), span);
                    sources.put(sourceId, known);
                }
                source = Optional.of(known);
            }
            try {
                Scope scope = scopes.computeIfAbsent(rs.getString(2), Scope::parse);
                Period period = periods.computeIfAbsent(rs.getString(3), Period::parse);
                return new Outcome(rs.getString(1), scope, period, value, rs.getObject(12, LocalDate.class),
                        OutcomeStatus.valueOf(rs.getString(13)), source);
            } catch (IllegalArgumentException e) {
                throw new StoreException(where + ": " + e.getMessage(), e);
            }
        }
    }

    /** The scope as its pairs sorted by key, so that equal scopes have equal keys. */
    static String scopeKey(Scope scope) {
        return new TreeMap<>(scope.entries()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inRead(String what, Work<T> work) {
        return inTransaction(what, work, Connection.TRANSACTION_REPEATABLE_READ);
    }

    private <T> T inWrite(String what, Work<T> work) {
        return inTransaction(what, work, Connection.TRANSACTION_READ_COMMITTED);
    }

    private <T> T inTransaction(String what, Work<T> work, int isolation) {
        try (Connection c = connections.get()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(isolation);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + description + ": " + e.getMessage(), e);
        }
    }

    /**
     * Closes the store: for an embedded H2 file, the database is closed once its last
     * connection is. Closing twice does nothing.
     */
    @Override
    public void close() {
        if (keeper != null) {
            closeQuietly(keeper);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // nothing more to do: the connection is gone either way
        }
    }

    /**
     * Returns the store's database, such as {@code Store[H2 /data/attain.mv.db]}; no password.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "Store[" + description + "]";
    }
}
