package dev.attain.bench;

import dev.attain.eval.Evaluator;
import dev.attain.eval.Status;
import dev.attain.stream.Tally;
import dev.attain.stream.TargetTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engines compared, each computing the same {@link Answer} from the same CSV table.
 *
 * <p>The status rule, from Attain's default thresholds: ratio = actual ÷ target (target ÷ actual
 * when lower is better); ON_TRACK at ratio ≥ 1, AT_RISK at ≥ 0.9, OFF_TRACK below; NO_DATA when
 * the actual is empty. Attain and the exact engines take the ratio rounded to 16 significant
 * digits, half to even ({@link Evaluator#MATH_CONTEXT}); the double engines take the double
 * quotient of the doubles nearest to the amounts.
 */
public final class Engines {

    private static final MathContext MC = Evaluator.MATH_CONTEXT;
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal NINE_TENTHS = new BigDecimal("0.9");

    private Engines() {
    }

    // ---- (a) Attain --------------------------------------------------------------------------

    /**
     * Attain end to end: {@link TargetTable#fold()} on all processors.
     *
     * @param file  the table
     * @return the answer
     */
    public static Answer attain(Path file) {
        Tally t = TargetTable.of(file).fold();
        return new Answer("attain", t.verdicts(), t.bandCount(Status.ON_TRACK), t.bandCount(Status.AT_RISK),
                t.bandCount(Status.OFF_TRACK), t.bandCount(Status.NO_DATA), t.attainmentSum(), true);
    }

    // ---- (b) DuckDB ----------------------------------------------------------------------------

    /** The query: read_csv with the types DuckDB detects (target and actual become DOUBLE). */
    static String duckSql(Path file) {
        return "SELECT count(*), count(*) FILTER (WHERE r >= 1.0), count(*) FILTER (WHERE r >= 0.9 AND r < 1.0),"
                + " count(*) FILTER (WHERE r < 0.9), count(*) FILTER (WHERE actual IS NULL), sum(r)"
                + " FROM (SELECT actual, CASE WHEN polarity = 'lower' THEN target / actual ELSE actual / target END AS r"
                + " FROM read_csv('" + file.toAbsolutePath() + "'))";
    }

    /**
     * Opens an in-process DuckDB with the given number of threads.
     *
     * @param threads  the threads DuckDB may use
     * @return the connection
     */
    public static Connection duckdb(int threads) {
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = c.createStatement()) {
                s.execute("SET threads = " + threads);
            }
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * DuckDB SQL over the CSV, end to end.
     *
     * @param c  a DuckDB connection
     * @param file  the table
     * @return the answer
     */
    public static Answer duckdb(Connection c, Path file) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(duckSql(file))) {
            r.next();
            return new Answer("duckdb", r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                    new BigDecimal(r.getDouble(6)), false);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The column types DuckDB detects in the table, for the report.
     *
     * @param c  a DuckDB connection
     * @param file  the table
     * @return such as {@code id VARCHAR, polarity VARCHAR, target DOUBLE, actual DOUBLE}
     */
    public static String duckTypes(Connection c, Path file) {
        StringBuilder sb = new StringBuilder();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_csv('" + file.toAbsolutePath() + "')")) {
            while (r.next()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(r.getString(1)).append(' ').append(r.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sb.toString();
    }

    // ---- (c) H2 --------------------------------------------------------------------------------

    /**
     * Opens a new in-memory H2 database that does not reuse the results of repeated queries.
     *
     * @param name  the database name
     * @return the connection
     */
    public static Connection h2(String name) {
        try {
            Connection c = DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=0");
            try (Statement s = c.createStatement()) {
                // a repeated query must compute again, not return the result kept from the last run
                s.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
            }
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Loads the CSV into a table t with DECIMAL(17, 2) amounts (and the polarity: the id is not
     * needed for the answer).
     *
     * @param c  an H2 connection
     * @param file  the table
     */
    public static void h2Load(Connection c, Path file) {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS t");
            s.execute("CREATE TABLE t(polarity VARCHAR(16), target DECIMAL(17, 2),"
                    + " actual DECIMAL(17, 2)) AS SELECT polarity, CAST(target AS DECIMAL(17, 2)),"
                    + " CAST(actual AS DECIMAL(17, 2)) FROM CSVREAD('" + file.toAbsolutePath() + "', NULL,"
                    + " 'charset=UTF-8')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * H2's ratio rounded as Attain rounds it, to 16 significant digits half to even, in exact
     * NUMERIC arithmetic: with n and d the numerator and denominator in cents, e = ⌊log10(n ÷
     * d)⌋ found by exact comparisons, k = 15 − e, q = ⌊n·10^k ÷ d⌋ and its remainder by MOD,
     * q + 1 when the remainder is over half of d (or exactly half and q is odd); the ratio is
     * q × 10^−k. Ratios from 10^−8 to 10^9 (amounts from 10^6 to 10^13 give 10^−7 to 10^7).
     * Columns: q, k, p = 10^k.
     */
    static String h2ExactRatio() {
        String n = "CAST(CASE WHEN polarity = 'lower' THEN target ELSE actual END * 100 AS NUMERIC(20, 0))";
        String d = "CAST(CASE WHEN polarity = 'lower' THEN actual ELSE target END * 100 AS NUMERIC(20, 0))";
        StringBuilder e = new StringBuilder("CASE");
        for (int x = 8; x >= -8; x--) {
            e.append(" WHEN n >= d * ").append(pow10(x)).append(" THEN ").append(x);
        }
        e.append(" END");
        StringBuilder p = new StringBuilder("CASE e");
        for (int x = 8; x >= -8; x--) {
            p.append(" WHEN ").append(x).append(" THEN CAST(").append(pow10(15 - x)).append(" AS NUMERIC(40, 0))");
        }
        p.append(" END");
        String l1 = "SELECT n, d, " + e + " AS e FROM (SELECT " + n + " AS n, " + d + " AS d FROM t"
                + " WHERE actual IS NOT NULL)";
        String l2 = "SELECT d, 15 - e AS k, p, n * p AS s FROM (SELECT n, d, e, " + p + " AS p FROM (" + l1 + "))";
        String l3 = "SELECT d, k, p, MOD(s, d) AS rem, CAST((s - MOD(s, d)) / d AS NUMERIC(40, 0)) AS q0 FROM (" + l2
                + ")";
        return "SELECT k, p, q0 + CASE WHEN 2 * rem > d OR (2 * rem = d AND MOD(q0, 2) = 1) THEN 1 ELSE 0 END AS q"
                + " FROM (" + l3 + ")";
    }

    private static String pow10(int x) {
        return x >= 0 ? "1" + "0".repeat(x) : "0." + "0".repeat(-x - 1) + "1";
    }

    /**
     * H2 query, exact and comparable with Attain: counts and the sum of ratios rounded to 16
     * significant digits half to even.
     *
     * @param c  an H2 connection with table t loaded
     * @return the answer
     */
    public static Answer h2Query(Connection c) {
        // ratio = q × 10^−k, exact: sum per k, then scale in Java (exactly)
        String sql = "SELECT k, count(*), sum(q), count(CASE WHEN q >= p THEN 1 END),"
                + " count(CASE WHEN q * 10 >= 9 * p AND q < p THEN 1 END) FROM (" + h2ExactRatio() + ") GROUP BY k";
        try (Statement s = c.createStatement()) {
            long none;
            long rows;
            try (ResultSet r = s.executeQuery("SELECT count(*), count(CASE WHEN actual IS NULL THEN 1 END) FROM t")) {
                r.next();
                rows = r.getLong(1);
                none = r.getLong(2);
            }
            long on = 0;
            long risk = 0;
            long judged = 0;
            BigDecimal sum = BigDecimal.ZERO;
            try (ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    int k = r.getInt(1);
                    if (r.wasNull()) {
                        throw new IllegalStateException("a ratio outside 10^-8 to 10^9");
                    }
                    judged += r.getLong(2);
                    sum = sum.add(r.getBigDecimal(3).movePointLeft(k));
                    on += r.getLong(4);
                    risk += r.getLong(5);
                }
            }
            return new Answer("h2", rows, on, risk, judged - on - risk, none, sum, true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * H2 query with H2's own quotient (NUMERIC scale 34 for DECIMAL(17, 2) ÷ DECIMAL(17, 2),
     * rounded half up): the counts agree with Attain's; the sum does not, by the rounding.
     *
     * @param c  an H2 connection with table t loaded
     * @return the answer
     */
    public static Answer h2Plain(Connection c) {
        String sql = "SELECT count(*), count(CASE WHEN r >= 1 THEN 1 END), count(CASE WHEN r >= 0.9 AND r < 1 THEN 1"
                + " END), count(CASE WHEN r < 0.9 THEN 1 END), count(CASE WHEN actual IS NULL THEN 1 END), sum(r)"
                + " FROM (SELECT actual, CASE WHEN polarity = 'lower' THEN target / actual ELSE actual / target END"
                + " AS r FROM t)";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return new Answer("h2 plain", r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                    r.getBigDecimal(6), true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The scale H2 gives the quotient of two DECIMAL(17, 2) columns, for the report.
     *
     * @param c  an H2 connection with table t loaded
     * @return such as {@code NUMERIC(51, 34)}
     */
    public static String h2QuotientType(Connection c) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT actual / target FROM t LIMIT 1")) {
            var m = r.getMetaData();
            return m.getColumnTypeName(1) + "(" + m.getPrecision(1) + ", " + m.getScale(1) + ")";
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- (d) doubles, by hand ------------------------------------------------------------------

    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18};

    /**
     * The practical limit: the table read at byte level in parallel ranges, amounts parsed into
     * doubles (the digits as a long, divided by a power of ten: correctly rounded), the ratio
     * in double. No checks beyond what the generated table needs.
     *
     * @param file  the table
     * @param threads  the number of threads
     * @return the answer
     */
    public static Answer doubles(Path file, int threads) {
        return doubles(file, threads, null);
    }

    /**
     * The double loop, recording each row's status (by row index) when bands is not null.
     *
     * @param file  the table
     * @param threads  the number of threads
     * @param bands  the status ordinal per row, filled when not null
     * @return the answer
     */
    public static Answer doubles(Path file, int threads, byte[] bands) {
        try (FileChannel ch = FileChannel.open(file)) {
            long size = ch.size();
            long start = headerEnd(ch);
            long[] bounds = new long[threads + 1];
            bounds[0] = start;
            for (int i = 1; i < threads; i++) {
                bounds[i] = Math.max(bounds[i - 1], lineStart(ch, start + (size - start) * i / threads, size));
            }
            bounds[threads] = size;
            DoubleScan[] scans = new DoubleScan[threads];
            Thread[] ts = new Thread[threads];
            for (int i = 0; i < threads; i++) {
                scans[i] = new DoubleScan(bands);
                final int idx = i;
                ts[i] = new Thread(() -> scans[idx].scan(ch, bounds[idx], bounds[idx + 1]));
                ts[i].start();
            }
            long rows = 0;
            long on = 0;
            long risk = 0;
            long off = 0;
            long none = 0;
            double sum = 0;
            for (int i = 0; i < threads; i++) {
                ts[i].join();
                DoubleScan s = scans[i];
                if (s.error != null) {
                    throw new IllegalStateException(s.error);
                }
                rows += s.rows;
                on += s.on;
                risk += s.risk;
                off += s.off;
                none += s.none;
                sum += s.sum;
            }
            return new Answer("java doubles", rows, on, risk, off, none, new BigDecimal(sum), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long headerEnd(FileChannel ch) throws IOException {
        return lineStart(ch, 1, ch.size());
    }

    /** The first line start at or after p (p itself when the byte before it is a newline). */
    static long lineStart(FileChannel ch, long p, long size) throws IOException {
        ByteBuffer bb = ByteBuffer.allocate(4096);
        long at = p - 1;
        while (at < size) {
            bb.clear();
            int n = ch.read(bb, at);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (bb.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += n;
        }
        return size;
    }

    /** One thread of the double loop. */
    private static final class DoubleScan {
        final byte[] bands;
        long rows;
        long on;
        long risk;
        long off;
        long none;
        double sum;
        Exception error;

        DoubleScan(byte[] bands) {
            this.bands = bands;
        }

        void scan(FileChannel ch, long from, long to) {
            try {
                byte[] buf = new byte[1 << 20];
                long pos = from;
                int len = 0;
                while (pos < to || len > 0) {
                    int want = (int) Math.min(buf.length - len, to - pos);
                    if (want > 0) {
                        int n = ch.read(ByteBuffer.wrap(buf, len, want), pos);
                        pos += n;
                        len += n;
                    }
                    boolean last = pos >= to;
                    int p = 0;
                    int lineStart = 0;
                    while (true) {
                        int nl = -1;
                        for (int i = lineStart; i < len; i++) {
                            if (buf[i] == '\n') {
                                nl = i;
                                break;
                            }
                        }
                        if (nl < 0) {
                            if (last && lineStart < len) {
                                nl = len;
                            } else {
                                break;
                            }
                        }
                        line(buf, lineStart, nl);
                        lineStart = nl + 1;
                        p = lineStart;
                        if (p >= len) {
                            break;
                        }
                    }
                    int keep = Math.max(0, len - p);
                    System.arraycopy(buf, p, buf, 0, keep);
                    len = keep;
                    if (last && len == 0) {
                        break;
                    }
                }
            } catch (IOException e) {
                error = e;
            }
        }

        private void line(byte[] b, int s, int e) {
            // id: r<index>
            int p = s + 1;
            long index = 0;
            while (b[p] != ',') {
                index = index * 10 + (b[p++] - '0');
            }
            p++;
            boolean lower = b[p] == 'l';
            while (b[p] != ',') {
                p++;
            }
            p++;
            long v = 0;
            int scale = 0;
            boolean dot = false;
            while (b[p] != ',') {
                byte ch = b[p++];
                if (ch == '.') {
                    dot = true;
                } else {
                    v = v * 10 + (ch - '0');
                    if (dot) {
                        scale++;
                    }
                }
            }
            double target = v / POW10[scale];
            p++;
            rows++;
            if (p >= e || b[p] == '\r') {
                none++;
                if (bands != null) {
                    bands[(int) index] = (byte) Status.NO_DATA.ordinal();
                }
                return;
            }
            v = 0;
            scale = 0;
            dot = false;
            while (p < e && b[p] != '\r') {
                byte ch = b[p++];
                if (ch == '.') {
                    dot = true;
                } else {
                    v = v * 10 + (ch - '0');
                    if (dot) {
                        scale++;
                    }
                }
            }
            double actual = v / POW10[scale];
            double r = lower ? target / actual : actual / target;
            sum += r;
            Status st;
            if (r >= 1.0) {
                on++;
                st = Status.ON_TRACK;
            } else if (r >= 0.9) {
                risk++;
                st = Status.AT_RISK;
            } else {
                off++;
                st = Status.OFF_TRACK;
            }
            if (bands != null) {
                bands[(int) index] = (byte) st.ordinal();
            }
        }
    }

    // ---- references: split only, BigDecimal ------------------------------------------------------

    /**
     * Reference: reads the lines and splits them into String cells, nothing more (one thread).
     *
     * @param file  the table
     * @return the rows and the total length of the cells, in an answer with no counts
     */
    public static Answer splitOnly(Path file) {
        long rows = 0;
        long chars = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] cells = line.split(",", -1);
                rows++;
                for (String c : cells) {
                    chars += c.length();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Answer("split only", rows, 0, 0, 0, 0, BigDecimal.valueOf(chars), false);
    }

    /**
     * Reference: lines split into String cells, amounts as {@code new BigDecimal(cell)}, the
     * ratio by {@code divide(…, DECIMAL64)} (one thread): exact, as Attain.
     *
     * @param file  the table
     * @return the answer
     */
    public static Answer bigDecimal(Path file) {
        long rows = 0;
        long on = 0;
        long risk = 0;
        long off = 0;
        long none = 0;
        BigDecimal sum = BigDecimal.ZERO;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] cells = line.split(",", -1);
                rows++;
                if (cells[3].isEmpty()) {
                    none++;
                    continue;
                }
                BigDecimal target = new BigDecimal(cells[2]);
                BigDecimal actual = new BigDecimal(cells[3]);
                BigDecimal ratio = cells[1].equals("lower") ? target.divide(actual, MC) : actual.divide(target, MC);
                sum = sum.add(ratio);
                if (ratio.compareTo(ONE) >= 0) {
                    on++;
                } else if (ratio.compareTo(NINE_TENTHS) >= 0) {
                    risk++;
                } else {
                    off++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Answer("java BigDecimal", rows, on, risk, off, none, sum, true);
    }

    /** Counts lines of a file, for sanity. */
    static long lines(Path file) {
        AtomicLong n = new AtomicLong();
        try (var s = Files.lines(file)) {
            s.forEach(l -> n.incrementAndGet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n.get();
    }
}
