package dev.attain.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.attain.io.DatasetFormat;
import dev.attain.io.DatasetReader;
import dev.attain.io.Datasets;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import java.io.Reader;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;

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
 * <p><b>Schema.</b> The SQL files under {@code db/attain/h2/} and {@code db/attain/postgresql/}
 * ({@code V1__attain_store.sql}, {@code V2__…}: Flyway's naming) are applied when the store opens
 * a database without them; a database with a newer schema is refused.
 *
 * <p>Inside, {@link Database} holds the connections and runs the transactions, {@link Schema}
 * applies the SQL files, {@link StoreWriter} checks and writes, {@link OutcomeRows} maps an
 * outcome to its row and back, and {@link Plans} reads the indicators and targets.
 *
 * <h2>Implementation Requirements</h2>
 * This class is thread-safe: each call takes its own connection and transaction, and reads see
 * one snapshot of the database (repeatable read), so concurrent appends are seen whole or not
 * at all.
 */
public final class Store implements AutoCloseable {

    /**
     * The condition of {@link #datasetAsOf}: the index {@code attain_outcome_published} answers
     * it (a test reads the database's plan for it).
     */
    static final String AS_OF = "WHERE o.published <= ? ORDER BY o.seq";

    /**
     * The condition of {@link #history}: the series' unique key finds the series, and the index
     * {@code attain_outcome_series} its outcomes (a test reads the database's plan for it).
     */
    static final String HISTORY = "WHERE o.series_id = (SELECT id FROM attain_series WHERE indicator = ?"
            + " AND scope_key = ? AND period = ?) ORDER BY o.published, o.seq";

    private final Database db;
    private final Plans plans = new Plans();
    private final StoreWriter writer = new StoreWriter(plans);

    private Store(Database db) {
        this.db = db;
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
        return new Store(Database.h2(path));
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
        return new Store(Database.url(url, info));
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
        return new Store(Database.of(dataSource));
    }

    /**
     * Tells whether the store holds no indicator yet (a new database).
     *
     * @return true if no indicator is stored
     * @throws StoreException if the database fails
     */
    public boolean isEmpty() {
        return db.read("look for indicators", c -> {
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
        return read("ORDER BY o.seq", st -> { });
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
        requireNonNull(date, "date");
        return read(AS_OF, st -> st.setObject(1, date));
    }

    private Dataset read(String where, OutcomeRows.Parameters parameters) {
        return db.read("read the dataset", c -> {
            ImmutableList<Outcome> outcomes = OutcomeRows.select(c, where, parameters);
            Dataset plan = plans.plan(c, true);
            return new Dataset(plan.indicators(), plan.targets(), outcomes, Plans.title(c));
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
        return db.read("read the history of " + indicator, c -> OutcomeRows.select(c,
                HISTORY, st -> {
                    st.setString(1, indicator);
                    st.setString(2, OutcomeRows.scopeKey(scope));
                    st.setString(3, period.toString());
                }));
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
        List<Indicator> indicators = db.read("read the indicators", c -> plans.plan(c, false).indicators());
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
        return db.write("retract " + outcome.indicator(), c -> StoreWriter.retract(c, outcome, reason));
    }

    /** Checks and writes records in one transaction. */
    private void write(Optional<String> title, List<Indicator> indicators, List<Target> targets,
            List<Outcome> outcomes, String origin) {
        db.write("write " + origin, c -> {
            writer.write(c, title, indicators, targets, outcomes, origin);
            return null;
        });
    }

    /**
     * Closes the store: for an embedded H2 file, the database is closed once its last
     * connection is. Closing twice does nothing.
     */
    @Override
    public void close() {
        db.close();
    }

    /**
     * Returns the store's database, such as {@code Store[H2 /data/attain.mv.db]}; no password.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "Store[" + db + "]";
    }
}
