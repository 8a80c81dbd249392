package dev.attain.bench;

import dev.attain.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, empty stores for the store benchmarks: an H2 file in a new folder, or a new schema on
 * the PostgreSQL server named by {@code ATTAIN_TEST_POSTGRES_URL} (as {@code .ci/postgres}
 * exports it), and their removal.
 */
final class StoreDatabases {

    private final String db;
    private Path dir;
    private String schema;

    /**
     * Creates the helper.
     *
     * @param db  {@code h2} or {@code postgresql}
     */
    StoreDatabases(String db) {
        this.db = db;
    }

    /** Opens a store over a new, empty database. */
    Store fresh() {
        try {
            if (db.equals("h2")) {
                dir = Files.createTempDirectory("attain-store-bench");
                return Store.open(dir.resolve("store"));
            }
            schema = "attain_bench_" + Long.toString(System.nanoTime(), 36);
            try (Connection c = server(null).getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
            }
            return Store.of(server(schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts a table's rows in the database that {@link #fresh} made, with plain SQL. */
    long count(String table) {
        try (Connection c = dir != null
                ? DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath())
                : server(schema).getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes the database that {@link #fresh} made. */
    void remove() {
        try {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
                dir = null;
            }
            if (schema != null) {
                try (Connection c = server(null).getConnection(); Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA " + schema + " CASCADE");
                }
                schema = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PGSimpleDataSource server(String schema) {
        String url = System.getenv("ATTAIN_TEST_POSTGRES_URL");
        if (url == null) {
            throw new IllegalStateException("ATTAIN_TEST_POSTGRES_URL is not set: start a server with"
                    + " `source .ci/postgres` first");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }
}
