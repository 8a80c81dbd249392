package dev.attain.store;

import dev.attain.io.DatasetFormat;
import dev.attain.io.DatasetReader;
import dev.attain.model.Dataset;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The plan a store holds, read back: its indicators and targets, from the dataset-format JSON
 * records they were written as, and the dataset's title. Both indicators and targets are only
 * ever added, never changed or removed, so equal row counts mean an equal plan: the last plan
 * read is kept and given again while the counts stay the same.
 *
 * <h2>Implementation Requirements</h2>
 * This class is thread-safe: any thread may replace the kept plan with an equally valid one.
 */
final class Plans {

    /** Reads the store's own JSON records back: they were checked when written, so no size limit. */
    private static final DatasetReader RECORDS = DatasetReader.builder().maxDocumentLength(Long.MAX_VALUE).build();

    /** The last plan read, with the row counts it was read at. */
    private volatile @Nullable Kept kept;

    /**
     * The stored indicators, and targets if asked for (an empty list otherwise), as of the
     * connection's transaction.
     */
    Dataset plan(Connection c, boolean withTargets) throws SQLException {
        long indicators;
        long targets;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM"
                + " attain_indicator), (SELECT COUNT(*) FROM attain_target)")) {
            rs.next();
            indicators = rs.getLong(1);
            targets = rs.getLong(2);
        }
        Kept last = kept;
        if (last != null && last.indicators() == indicators && last.targets() == targets) {
            return last.plan();
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
            kept = new Kept(indicators, targets, plan);
        }
        return plan;
    }

    /** The dataset's title, if one was stored. */
    static Optional<String> title(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT title FROM attain_title")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
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

    /** A plan read, with the row counts it was read at. */
    private record Kept(long indicators, long targets, Dataset plan) {
    }
}
