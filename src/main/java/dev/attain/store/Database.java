package dev.attain.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The database under a {@link Store}: where its connections come from, the schema brought up to
 * date when it is opened ({@link Schema}), and the transactions every call runs in.
 *
 * <h2>Implementation Requirements</h2>
 * This class is thread-safe: each transaction takes its own connection.
 */
final class Database implements AutoCloseable {

    /** Gives a new connection for each call. */
    @FunctionalInterface
    private interface Connections {
        Connection get() throws SQLException;
    }

    /** What a transaction does with its connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** How many times {@link #write} runs work that a concurrent writer's equal key made fail. */
    private static final int ATTEMPTS = 3;

    private final Connections connections;
    private final String description;
    /** For an embedded H2 file: held open so that the database stays open between calls. */
    private final @Nullable Connection keeper;

    private Database(Connections connections, String description, @Nullable Connection keeper) {
        this.connections = connections;
        this.description = description;
        this.keeper = keeper;
    }

    /** The embedded H2 database at a path (see {@link Store#open(Path)}). */
    static Database h2(Path path) {
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

    /** The database at a JDBC URL (see {@link Store#open(String, Properties)}). */
    static Database url(String url, Properties info) {
        requireNonNull(url, "url");
        Properties copy = new Properties();
        copy.putAll(requireNonNull(info, "info"));
        String shown = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return init(() -> DriverManager.getConnection(url, copy), shown, null);
    }

    /** The database of a data source (see {@link Store#of}). */
    static Database of(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource");
        return init(dataSource::getConnection, dataSource.getClass().getSimpleName(), null);
    }

    private static Database init(Connections connections, String description, @Nullable Connection keeper) {
        try (Connection c = connections.get()) {
            Schema.migrate(c, Schema.vendor(c));
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + description + ": " + e.getMessage(), e);
        }
        return new Database(connections, description, keeper);
    }

    /** Runs work in a read-only snapshot (repeatable read): concurrent writes are seen whole or not at all. */
    <T> T read(String what, Work<T> work) {
        return inTransaction(what, work, Connection.TRANSACTION_REPEATABLE_READ);
    }

    /**
     * Runs work in one transaction, committed if it returns and rolled back if it throws. Work
     * that fails on a unique key because a concurrent transaction stored the same key first
     * (two writers adding one series) is run again, up to {@link #ATTEMPTS} times in all: it then
     * finds the key stored.
     */
    <T> T write(String what, Work<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return inTransaction(what, work, Connection.TRANSACTION_READ_COMMITTED);
            } catch (StoreException e) {
                if (attempt == ATTEMPTS || !(e.getCause() instanceof SQLException s) || !uniqueViolation(s)) {
                    throw e;
                }
            }
        }
    }

    /** Tells whether an exception, or one chained to it, is a unique key's violation (SQLSTATE 23505). */
    private static boolean uniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (SQLException s = t instanceof SQLException q ? q : null; s != null; s = s.getNextException()) {
                if ("23505".equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
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

    /** For an embedded H2 file, lets the database close with its last connection. */
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

    @Override
    public String toString() {
        return description;
    }
}
