package dev.attain.store;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import org.postgresql.PGConnection;

/**
 * Rows written to PostgreSQL with {@code COPY … FROM STDIN} (the text format) instead of
 * batched inserts: the same rows, many times faster. Used only when the connection is the
 * PostgreSQL JDBC driver's; the driver is an optional dependency, so this class is loaded only
 * then.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
final class PostgresCopy {

    private PostgresCopy() {
    }

    /** Tells whether the connection is the PostgreSQL driver's, which can COPY. */
    static boolean canCopy(Connection c) {
        try {
            return c.isWrapperFor(PGConnection.class);
        } catch (SQLException | LinkageError e) {
            return false; // another driver, or none of PostgreSQL's on the class path
        }
    }

    /** Copies rows (values as {@link OutcomeRows#row} makes them) into a table's columns. */
    static void copy(Connection c, String table, String columns, Iterator<Object[]> rows) throws SQLException {
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN",
                    new RowReader(rows));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
    }

    /** The rows in COPY's text format: tab-separated, \N for null, backslash escapes. */
    private static final class RowReader extends Reader {

        private final Iterator<Object[]> rows;
        private final StringBuilder line = new StringBuilder(256);
        private int pos;

        RowReader(Iterator<Object[]> rows) {
            this.rows = rows;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (pos == line.length()) {
                if (!rows.hasNext()) {
                    return -1;
                }
                line.setLength(0);
                pos = 0;
                Object[] row = rows.next();
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        line.append('\t');
                    }
                    append(row[i]);
                }
                line.append('\n');
            }
            int n = Math.min(len, line.length() - pos);
            line.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        private void append(Object value) {
            if (value == null) {
                line.append("\\N");
            } else if (value instanceof BigDecimal d) {
                line.append(d.toPlainString());
            } else if (value instanceof Boolean b) {
                line.append(b ? 't' : 'f');
            } else {
                String s = value.toString();
                for (int i = 0; i < s.length(); i++) {
                    char ch = s.charAt(i);
                    switch (ch) {
                        case '\\' -> line.append("\\\\");
                        case '\t' -> line.append("\\t");
                        case '\n' -> line.append("\\n");
                        case '\r' -> line.append("\\r");
                        default -> line.append(ch);
                    }
                }
            }
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
