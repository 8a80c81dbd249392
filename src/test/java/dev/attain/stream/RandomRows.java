package dev.attain.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Seeded random rows of a target table, for tests: the benchmark generator's rules (targets from
 * 10^6 to 10^13 with two decimals, 20% lower is better, 10% missing actuals, rows exactly on the
 * 100% and 90% bounds) and, in the edge mode, what the benchmark never has: zero and negative
 * amounts, amounts too long for a long, more than 18 decimals, mixed scales, signs and spaces.
 */
final class RandomRows {

    /** One row: its text cells and its values. */
    record Row(String id, boolean lower, String targetText, String actualText, BigDecimal target,
            @Nullable BigDecimal actual) {
    }

    private RandomRows() {
    }

    static List<Row> generate(long seed, int n, boolean edges) {
        return generate(new SplittableRandom(seed), 0, n, edges);
    }

    /** n rows from a random source, their ids numbered from first (so that rows made in parts stay distinct). */
    static List<Row> generate(SplittableRandom random, long first, int n, boolean edges) {
        List<Row> rows = new ArrayList<>(n);
        for (long i = first; i < first + n; i++) {
            boolean lower = random.nextInt(5) == 0;
            String id = (i % 7 == 0 ? "指标-" : "t-") + i;
            int shape = random.nextInt(1000);
            if (edges && shape < 150) {
                rows.add(edge(random, id, lower));
                continue;
            }
            long cents = cents(random);
            BigDecimal target;
            BigDecimal actual;
            if (random.nextInt(10) == 0) {
                target = BigDecimal.valueOf(cents, 2);
                actual = null;
            } else if (shape >= 150 && shape < 230) {
                // exactly on a bound: 100% or 90%
                long m = Math.max(1, cents / 90);
                if (random.nextBoolean()) {
                    target = BigDecimal.valueOf(cents, 2);
                    actual = target;
                } else if (lower) {
                    target = BigDecimal.valueOf(9 * m, 2);
                    actual = BigDecimal.valueOf(10 * m, 2); // target ÷ actual = 0.9
                } else {
                    target = BigDecimal.valueOf(10 * m, 2);
                    actual = BigDecimal.valueOf(9 * m, 2); // actual ÷ target = 0.9
                }
            } else if (shape >= 230 && shape < 300) {
                // one cent off a bound
                target = BigDecimal.valueOf(10 * Math.max(1, cents / 10), 2);
                BigDecimal bound = random.nextBoolean() ? target : target.multiply(new BigDecimal("0.9"));
                actual = bound.add(BigDecimal.valueOf(random.nextBoolean() ? 1 : -1, 2));
            } else {
                target = BigDecimal.valueOf(cents, 2);
                double r = 0.6 + 0.8 * random.nextDouble();
                actual = BigDecimal.valueOf(Math.max(1, Math.round(cents * r)), 2);
            }
            rows.add(new Row(id, lower, target.toPlainString(), actual == null ? "" : actual.toPlainString(), target,
                    actual));
        }
        return rows;
    }

    /** Cents for an amount from 10^6 to 10^13, log-uniform. */
    static long cents(SplittableRandom random) {
        return Math.round(Math.pow(10, 8 + 7 * random.nextDouble()));
    }

    private static Row edge(SplittableRandom random, String id, boolean lower) {
        String t;
        String a;
        switch (random.nextInt(12)) {
            case 0: // zero actual
                t = plain(cents(random), 2);
                a = random.nextBoolean() ? "0" : "0.00";
                break;
            case 1: // negative actual
                t = plain(cents(random), 2);
                a = "-" + plain(cents(random), 2);
                break;
            case 2: // zero or negative target
                t = random.nextBoolean() ? "0" : "-" + plain(cents(random), 2);
                a = plain(cents(random), 2);
                break;
            case 3: // too long for a long: 19 to 30 digits
                t = digits(random, 19 + random.nextInt(12));
                a = digits(random, 19 + random.nextInt(12));
                break;
            case 4: // one long, one not
                t = plain(cents(random), 2);
                a = digits(random, 20) + "." + digits(random, 3);
                break;
            case 5: // more than 18 decimals
                t = "0." + digits(random, 20);
                a = "0." + digits(random, 19);
                break;
            case 6: // mixed scales
                t = plain(cents(random), random.nextInt(6));
                a = plain(cents(random), random.nextInt(6));
                break;
            case 7: // signs, leading zeros, spaces
                t = " +00" + plain(cents(random), 2);
                a = "\t" + plain(cents(random), 2) + " ";
                break;
            case 8: // integers with trailing zeros
                t = cents(random) + "00";
                a = cents(random) + "0";
                break;
            case 9: // 18 significant digits exactly, in both
                t = digits(random, 18);
                a = digits(random, 16) + "." + digits(random, 2);
                break;
            case 10: // tiny and huge ratios
                t = plain(cents(random), 2);
                a = random.nextBoolean() ? "0.01" : digits(random, 17);
                break;
            default: // equal in value, different in scale
                long c = cents(random);
                t = plain(c, 2);
                a = new BigDecimal(t).setScale(5).toPlainString();
                break;
        }
        BigDecimal tv = new BigDecimal(t.strip());
        BigDecimal av = new BigDecimal(a.strip());
        return new Row(id, lower, t, a, tv, av);
    }

    private static String plain(long unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale).toPlainString();
    }

    private static String digits(SplittableRandom random, int n) {
        StringBuilder sb = new StringBuilder(n);
        sb.append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    /** The header line of a table of rows, without its line end. */
    static final String HEADER = "id,polarity,target,actual";

    /** A row as a line of a table, without its line end. */
    static String line(Row r) {
        return r.id() + "," + (r.lower() ? "lower" : "higher") + "," + r.targetText() + "," + r.actualText();
    }

    /** Writes rows as a table: header, then one line per row, with the given line end. */
    static Path write(Path file, List<Row> rows, String newline, boolean lastNewline) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (Row r : rows) {
                w.write(newline);
                w.write(line(r));
            }
            if (lastNewline) {
                w.write(newline);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
