package dev.attain.store;

import com.google.common.collect.ImmutableList;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Source;
import dev.attain.quantity.Figure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How an outcome is kept in a row of {@code attain_outcome}, both ways: the values written for
 * it ({@link #row}), and the query that reads outcomes back, with their series (indicator,
 * scope and period, in {@code attain_series}) and sources ({@link #select}).
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class OutcomeRows {

    /** Rows fetched from the database at a time. */
    private static final int FETCH = 2_000;

    /** The columns of attain_outcome that {@link #row} fills, in order. */
    static final String COLUMNS = "batch_id, series_id, phrase, qualifier, nominal, lower_bound, lower_inclusive,"
            + " upper_bound, upper_inclusive, unit, published, status, source_id";

    /** The SQL types of {@link #COLUMNS}. */
    static final int[] TYPES = StoreWriter.types(new int[] {Types.BIGINT, Types.BIGINT}, FigureColumns.TYPES,
            new int[] {Types.DATE, Types.VARCHAR, Types.BIGINT});

    private static final String SELECT = "SELECT r.indicator, r.scope, r.period, o.phrase, o.qualifier, o.nominal,"
            + " o.lower_bound, o.lower_inclusive, o.upper_bound, o.upper_inclusive, o.unit, o.published, o.status,"
            + " s.document, s.doc_date, s.quote, s.address, s.span_start, s.span_end, o.seq, o.source_id"
            + " FROM attain_outcome o JOIN attain_series r ON r.id = o.series_id"
            + " LEFT JOIN attain_source s ON s.id = o.source_id";

    private OutcomeRows() {
    }

    /** The values of an outcome's row, in the order of {@link #COLUMNS}. */
    static Object[] row(long batch, Outcome o, long seriesId, @Nullable Long sourceId) {
        Object[] row = new Object[TYPES.length];
        row[0] = batch;
        row[1] = seriesId;
        int i = FigureColumns.values(row, 2, o.value());
        row[i++] = o.published();
        row[i++] = o.status().name();
        row[i] = sourceId;
        return row;
    }

    /** The scope as its pairs sorted by key, so that equal scopes have equal keys. */
    static String scopeKey(Scope scope) {
        return new TreeMap<>(scope.entries()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** The query {@link #select} runs for a condition. */
    static String sql(String where) {
        return SELECT + " " + where;
    }

    /** What sets a query's parameters. */
    @FunctionalInterface
    interface Parameters {
        void set(PreparedStatement st) throws SQLException;
    }

    /**
     * The outcomes of the rows that a condition selects, in an order.
     *
     * @param where  the SQL after the outcome table, its series and its source, on columns of
     *     {@code o} (attain_outcome) and {@code r} (attain_series): {@code WHERE …} (or nothing)
     *     and {@code ORDER BY …}
     */
    static ImmutableList<Outcome> select(Connection c, String where, Parameters parameters) throws SQLException {
        ImmutableList.Builder<Outcome> out = ImmutableList.builder();
        try (PreparedStatement st = c.prepareStatement(sql(where))) {
            parameters.set(st);
            st.setFetchSize(FETCH);
            Reader reader = new Reader();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
        }
        return out.build();
    }

    /**
     * Reads outcome rows, keeping the scopes, periods and sources it has read: a dataset repeats
     * them over many rows, and they are immutable values.
     */
    private static final class Reader {

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
}
