package dev.attain.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server of the tests, named by the environment variable
 * {@value #ENV} (a JDBC URL with user and password, as {@code .ci/run} exports it). Without it,
 * a test needing the server fails in CI ({@code CI=true}) and is skipped elsewhere.
 */
public final class PostgresSupport {

    /** The environment variable that holds the server's JDBC URL. */
    public static final String ENV = "ATTAIN_TEST_POSTGRES_URL";

    private PostgresSupport() {
    }

    /**
     * Returns the server's URL; fails in CI and skips elsewhere when there is none.
     *
     * @return the JDBC URL, with user and password
     */
    public static String url() {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            String why = ENV + " is not set: no PostgreSQL server to test against (.ci/run starts one)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        return url;
    }

    /**
     * Returns a data source on the server whose tables go to the given schema.
     *
     * @param schema  the schema
     * @return the data source
     */
    public static PGSimpleDataSource dataSource(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url());
        ds.setCurrentSchema(schema);
        ds.setReWriteBatchedInserts(true);
        return ds;
    }

    /**
     * Creates a new empty schema on the server.
     *
     * @param prefix  the start of its name
     * @return its name
     */
    public static String freshSchema(String prefix) {
        String schema = prefix + "_" + Long.toString(System.nanoTime(), 36);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url());
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            fail("cannot create schema " + schema + " on " + ds.getServerNames()[0] + ": " + e.getMessage(), e);
        }
        return schema;
    }

    /**
     * Drops a schema made by {@link #freshSchema} and all it holds.
     *
     * @param schema  the schema
     * @throws SQLException if the server fails
     */
    public static void drop(String schema) throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url());
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
