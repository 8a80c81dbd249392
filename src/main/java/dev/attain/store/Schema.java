package dev.attain.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The store's schema: the SQL files under {@code db/attain/<vendor>/} on the class path, named
 * as Flyway names migrations ({@code V1__attain_store.sql}), applied in order to a database
 * that lacks them; a database whose {@code attain_schema_version} names a newer version than
 * {@link #CURRENT} is refused.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class Schema {

    /** The newest schema version this code knows. */
    static final int CURRENT = 3;

    /** The migration files, in order: version i + 1 is {@code FILES.get(i)}. */
    private static final List<String> FILES = List.of("V1__attain_store.sql",
            "V2__outcome_source_checked_by_the_store.sql", "V3__outcome_series.sql");

    private Schema() {
    }

    /** The vendor folder of the connected database: {@code h2} or {@code postgresql}. */
    static String vendor(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        String p = product.toLowerCase(Locale.ROOT);
        if (p.equals("h2")) {
            return "h2";
        }
        if (p.equals("postgresql")) {
            return "postgresql";
        }
        throw new StoreException("the store runs on H2 and PostgreSQL; this database is '" + product + "'");
    }

    /**
     * Brings the database to {@link #CURRENT}, or refuses it.
     *
     * @throws StoreException if the database's schema is newer than this code knows
     */
    static void migrate(Connection c, String vendor) throws SQLException {
        int version = version(c);
        if (version > CURRENT) {
            throw new StoreException("the database holds Attain store schema version " + version
                    + "; this version of Attain knows versions up to " + CURRENT + ": use a newer Attain");
        }
        if (version == CURRENT) {
            return;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (int v = version + 1; v <= CURRENT; v++) {
                for (String sql : statements(script(vendor, v))) {
                    st.execute(sql);
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The version recorded in the database, 0 if it has no Attain tables. */
    static int version(Connection c) throws SQLException {
        if (!hasTable(c, "attain_schema_version")) {
            return 0;
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT MAX(version) FROM attain_schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema(); // the one the store's unqualified names resolve to, not any other
        for (String n : List.of(name, name.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = md.getTables(null, schema, n, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The script of a version for a vendor, from the class path. */
    static String script(String vendor, int version) {
        return read("/db/attain/" + vendor + "/" + FILES.get(version - 1));
    }

    private static String read(String resource) {
        try (InputStream in = Schema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("schema file " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script into statements: each ends with ';' at the end of a line; '--' comments dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String l = line.strip();
            if (l.startsWith("--") || l.isEmpty()) {
                continue;
            }
            sb.append(line).append('\n');
            if (l.endsWith(";")) {
                String s = sb.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                sb.setLength(0);
            }
        }
        if (!sb.toString().isBlank()) {
            out.add(sb.toString().strip());
        }
        return out;
    }
}
