package dev.attain.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.SplittableRandom;

/**
 * Writes the benchmark table: a seeded CSV of N targets with their actuals, in Attain's
 * {@code TargetTable} form ({@code id,polarity,target,actual}).
 *
 * <ul>
 *   <li>id {@code r<i>}, i from 0: line i + 2 of the file;
 *   <li>polarity {@code lower} for 20% of the rows, else {@code higher};
 *   <li>target from 10^6 to 10^13 元, log-uniform, with two decimals;
 *   <li>actual: empty (no data, never zero) for 10% of the rows; exactly on a status bound for
 *       0.5% (half at 100%: actual = target; half at 90%: actual = 0.9 × target when higher is
 *       better, target ÷ actual = 0.9 when lower is better, exactly in cents); otherwise target ×
 *       r, r uniform in [0.7, 1.3], rounded to the cent and kept within 10^6 to 10^13 元.
 * </ul>
 *
 * <p>The same seed and N give the same bytes. Files go to {@code target/bench/} and are reused
 * when present with the expected size marker.
 *
 * <p>Run alone: {@code mvn -Pjmh test-compile exec:exec -Djmh.main=dev.attain.bench.TableGenerator
 * -Djmh.args="1000000 10000000"}.
 */
public final class TableGenerator {

    /** The seed of every benchmark table. */
    public static final long SEED = 20_221_231L;

    private static final long MIN_CENTS = 100_000_000L; // 10^6 元
    private static final long MAX_CENTS = 1_000_000_000_000_000L; // 10^13 元

    private TableGenerator() {
    }

    /**
     * Writes (or reuses) the table of n rows in a directory.
     *
     * @param dir  the directory, created if needed
     * @param rows  the number of rows
     * @return the file
     */
    public static Path ensure(Path dir, long rows) {
        Path file = dir.resolve("targets-" + rows + ".csv");
        Path done = dir.resolve("targets-" + rows + ".csv.done");
        try {
            if (Files.exists(file) && Files.exists(done)
                    && Files.readString(done).strip().equals(Long.toString(Files.size(file)))) {
                return file;
            }
            Files.createDirectories(dir);
            Path tmp = dir.resolve("targets-" + rows + ".csv.tmp");
            write(tmp, rows, SEED);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(done, Long.toString(Files.size(file)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes n rows from a seed.
     *
     * @param file  the file
     * @param rows  the number of rows
     * @param seed  the seed
     * @throws IOException if the file cannot be written
     */
    public static void write(Path file, long rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] line = new byte[128];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write("id,polarity,target,actual\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (long i = 0; i < rows; i++) {
                boolean lower = random.nextInt(5) == 0;
                long target = Math.round(Math.pow(10, 8 + 7 * random.nextDouble()));
                long actual;
                boolean missing = random.nextInt(10) == 0;
                int shape = random.nextInt(1000);
                if (missing) {
                    actual = -1;
                } else if (shape < 3) {
                    actual = target; // 100%
                } else if (shape < 6) {
                    // 90%, exactly in cents
                    long m = Math.max(MIN_CENTS / 9 + 1, target / 10);
                    if (lower) {
                        target = 9 * m;
                        actual = 10 * m;
                    } else {
                        target = 10 * m;
                        actual = 9 * m;
                    }
                } else {
                    double r = 0.7 + 0.6 * random.nextDouble();
                    actual = Math.min(MAX_CENTS, Math.max(MIN_CENTS, Math.round(target * r)));
                }
                int n = 0;
                line[n++] = 'r';
                n = digits(line, n, i);
                line[n++] = ',';
                byte[] pol = lower ? LOWER : HIGHER;
                System.arraycopy(pol, 0, line, n, pol.length);
                n += pol.length;
                line[n++] = ',';
                n = cents(line, n, target);
                line[n++] = ',';
                if (actual >= 0) {
                    n = cents(line, n, actual);
                }
                line[n++] = '\n';
                out.write(line, 0, n);
            }
        }
    }

    private static final byte[] LOWER = {'l', 'o', 'w', 'e', 'r'};
    private static final byte[] HIGHER = {'h', 'i', 'g', 'h', 'e', 'r'};

    private static int digits(byte[] b, int n, long v) {
        String s = Long.toString(v);
        for (int i = 0; i < s.length(); i++) {
            b[n++] = (byte) s.charAt(i);
        }
        return n;
    }

    private static int cents(byte[] b, int n, long v) {
        n = digits(b, n, v / 100);
        b[n++] = '.';
        long c = v % 100;
        b[n++] = (byte) ('0' + c / 10);
        b[n++] = (byte) ('0' + c % 10);
        return n;
    }

    /**
     * Writes the tables for the sizes given, into target/bench.
     *
     * @param args  the numbers of rows, such as {@code 1000000 10000000}
     */
    public static void main(String[] args) {

        for (String a : args.length == 0 ? new String[] {"1000000"} : args) {
            long t0 = System.nanoTime();
            Path f = ensure(Path.of("target", "bench"), Long.parseLong(a.replace("_", "")));
            System.out.printf("%s in %.1f s%n", f, (System.nanoTime() - t0) / 1e9);
        }
    }
}
