package dev.attain.bench;

import dev.attain.eval.Status;
import dev.attain.stream.TargetTable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The agreement checks: exact engines must give Attain's answer exactly (counts and the sum of
 * ratios, to the last digit); double engines the same sum to 1e-9 relative; and a count, row by
 * row, of the rows each double engine puts in another status than the exact one.
 */
public final class Checks {

    /** The largest relative difference of a double engine's sum allowed. */
    public static final double RELATIVE = 1e-9;

    private Checks() {
    }

    /**
     * Checks an answer against Attain's.
     *
     * @param attain  Attain's answer
     * @param other  the other engine's
     * @return "exact", "1e-9 ok (Δ …)" or a description of the disagreement starting with "FAIL"
     */
    public static String agree(Answer attain, Answer other) {
        if (other.exact()) {
            boolean same = attain.sameCounts(other) && attain.sum().compareTo(other.sum()) == 0;
            return same ? "exact" : "FAIL: " + other + " vs " + attain;
        }
        double rel = other.relativeDifference(attain);
        if (rel > RELATIVE || other.rows() != attain.rows() || other.noData() != attain.noData()) {
            return "FAIL: " + other + " vs " + attain + " (Δ " + rel + ")";
        }
        return String.format("Δsum %.1e ok", rel);
    }

    /** Attain's band per row (by row index), and a check that it is the exact comparison's. */
    public record ExactBands(byte[] bands, long disagreements) {
    }

    /**
     * Reads the table through {@link TargetTable#forEach}, one thread, recording each row's band
     * by its index (line − 2), and counts the rows where that band differs from the exact class
     * by cross-multiplication (ratio ≥ 1: actual ≥ target; ≥ 0.9: 10·actual ≥ 9·target; the
     * other way round when lower is better) — zero when rounding to 16 digits never moves a row
     * across a bound, as it cannot for amounts below 10^15 cents.
     *
     * @param file  the table
     * @param rows  the number of rows
     * @return the bands and the count of disagreements
     */
    public static ExactBands exactBands(Path file, int rows) {
        byte[] bands = new byte[rows];
        long[] disagree = {0};
        BigDecimal nine = BigDecimal.valueOf(9);
        BigDecimal ten = BigDecimal.TEN;
        TargetTable.of(file).forEach(v -> {
            int i = (int) (v.line() - 2);
            bands[i] = (byte) v.band().ordinal();
            if (v.actual().isPresent()) {
                BigDecimal t = v.required().get();
                BigDecimal a = v.actual().get();
                boolean lower = v.targetId().isEmpty() ? false : isLower(v);
                BigDecimal num = lower ? t : a;
                BigDecimal den = lower ? a : t;
                Status exact = num.compareTo(den) >= 0 ? Status.ON_TRACK
                        : num.multiply(ten).compareTo(den.multiply(nine)) >= 0 ? Status.AT_RISK : Status.OFF_TRACK;
                if (exact != v.band()) {
                    disagree[0]++;
                }
            }
        });
        return new ExactBands(bands, disagree[0]);
    }

    /** Whether a verdict's row is lower-is-better: its status against its attainment tells. */
    private static boolean isLower(dev.attain.stream.Verdict v) {
        // ACHIEVED means actual ≥ target when higher is better; the attainment's direction tells the rest
        BigDecimal t = v.required().get();
        BigDecimal a = v.actual().get();
        BigDecimal att = v.attainment().get();
        BigDecimal up = a.divide(t, dev.attain.eval.Evaluator.MATH_CONTEXT);
        return att.compareTo(up) != 0;
    }

    /**
     * Counts the rows the double loop puts in another status than Attain.
     *
     * @param file  the table
     * @param exact  Attain's band per row
     * @return the number of misplaced rows
     */
    public static long misplacedByDoubles(Path file, byte[] exact) {
        byte[] bands = new byte[exact.length];
        Engines.doubles(file, 2, bands);
        long n = 0;
        for (int i = 0; i < exact.length; i++) {
            if (bands[i] != exact[i]) {
                n++;
            }
        }
        return n;
    }

    /**
     * Counts the rows DuckDB's query (amounts read as DOUBLE, as read_csv detects them) puts in
     * another status than the exact one, where the exact one comes from the same file read with
     * DECIMAL(18, 2) amounts and compared by cross-multiplication in DuckDB; each misplaced row's
     * exact status is then checked against Attain's, row by row.
     *
     * @param c  a DuckDB connection
     * @param file  the table
     * @param exact  Attain's band per row
     * @return the number of misplaced rows
     * @throws IllegalStateException if DuckDB's exact status of a row differs from Attain's, or rows are lost
     */
    public static long misplacedByDuckdb(Connection c, Path file, byte[] exact) {
        String f = file.toAbsolutePath().toString();
        String sql = "WITH d AS (SELECT id, CASE WHEN actual IS NULL THEN 'NO_DATA' WHEN r >= 1.0 THEN 'ON_TRACK'"
                + " WHEN r >= 0.9 THEN 'AT_RISK' ELSE 'OFF_TRACK' END AS s FROM (SELECT id, actual,"
                + " CASE WHEN polarity = 'lower' THEN target / actual ELSE actual / target END AS r FROM read_csv('" + f
                + "'))), x AS (SELECT id, CASE WHEN actual IS NULL THEN 'NO_DATA'"
                + " WHEN (CASE WHEN polarity = 'lower' THEN target >= actual ELSE actual >= target END) THEN 'ON_TRACK'"
                + " WHEN (CASE WHEN polarity = 'lower' THEN target * 10 >= actual * 9 ELSE actual * 10 >= target * 9 END)"
                + " THEN 'AT_RISK' ELSE 'OFF_TRACK' END AS s FROM read_csv('" + f + "', types = {'target': 'DECIMAL(18,2)',"
                + " 'actual': 'DECIMAL(18,2)'}))";
        try (Statement s = c.createStatement()) {
            long joined;
            try (ResultSet r = s.executeQuery(sql + " SELECT count(*) FROM d JOIN x USING (id)")) {
                r.next();
                joined = r.getLong(1);
            }
            if (joined != exact.length) {
                throw new IllegalStateException("DuckDB joined " + joined + " rows of " + exact.length);
            }
            List<String> wrong = new ArrayList<>();
            long n = 0;
            try (ResultSet r = s.executeQuery(sql + " SELECT d.id, d.s, x.s FROM d JOIN x USING (id) WHERE d.s <> x.s")) {
                while (r.next()) {
                    n++;
                    int i = Integer.parseInt(r.getString(1).substring(1));
                    Status duck = Status.valueOf(r.getString(2));
                    Status x = Status.valueOf(r.getString(3));
                    if (x.ordinal() != exact[i] || duck.ordinal() == exact[i]) {
                        wrong.add(r.getString(1));
                    }
                }
            }
            // and the rows DuckDB's exact status agrees with its double one must agree with Attain's
            long sameAsAttain = 0;
            try (ResultSet r = s.executeQuery(sql + " SELECT x.s, count(*) FROM x GROUP BY x.s")) {
                long[] counts = new long[Status.values().length];
                for (byte b : exact) {
                    counts[b]++;
                }
                while (r.next()) {
                    Status x = Status.valueOf(r.getString(1));
                    if (counts[x.ordinal()] != r.getLong(2)) {
                        wrong.add("count of " + x + ": DuckDB exact " + r.getLong(2) + ", Attain " + counts[x.ordinal()]);
                    }
                    sameAsAttain += r.getLong(2);
                }
            }
            if (!wrong.isEmpty() || sameAsAttain != exact.length) {
                throw new IllegalStateException("DuckDB's exact statuses differ from Attain's: " + wrong);
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
