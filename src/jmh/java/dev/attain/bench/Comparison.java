package dev.attain.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the streaming comparison and prints the table: Attain end to end against DuckDB, H2, a
 * hand-written double loop and two reference loops, on the same generated CSV, with the
 * agreement check and the rows each double engine misplaces.
 *
 * <p>Run (from the project directory; the tables are written to {@code target/bench/}):
 * <pre>
 * mvn -Pjmh test-compile exec:exec -Djmh.main=dev.attain.bench.Comparison \
 *     -Djmh.args="--rows 1000000,10000000"
 * </pre>
 * Options: {@code --rows N[,N…]} (default 1000000,10000000), {@code --runs R} timed runs per
 * engine (default 5), {@code --warmups W} (default 2), {@code --engines
 * attain,duckdb,h2,doubles,split,bigdecimal} (default all), {@code --no-check}, {@code --h2-max-rows N}
 * (default 1000000: H2 holds its table in memory, about 3 GB of heap per million rows).
 *
 * <p>Each engine runs in a JVM of its own (the same java, the Maven test classpath), W warm-up
 * runs then R timed runs of the whole computation from the file; the table gives the best and
 * the median time. Attain's JVM has {@code -Xmx512m}: its runs succeeding there, and the peak
 * heap its memory pools report, are the peak-heap figures. The load average of the machine is
 * printed before and after each engine, since the machine may be shared.
 */
public final class Comparison {

    private static final List<String> ALL = List.of("attain", "duckdb", "h2", "doubles", "split", "bigdecimal");

    private Comparison() {
    }

    /**
     * Runs the comparison, or (with {@code --worker} or {@code --check}) one part of it.
     *
     * @param args  the options
     * @throws Exception if a run fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--worker")) {
            worker(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            return;
        }
        if (args.length > 0 && args[0].equals("--check")) {
            check(Path.of(args[1]), Integer.parseInt(args[2]), Arrays.asList(args[3].split(",")));
            return;
        }
        List<Long> sizes = List.of(1_000_000L, 10_000_000L);
        int runs = 5;
        int warmups = 2;
        List<String> engines = ALL;
        boolean check = true;
        long h2Max = 1_000_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> sizes = Arrays.stream(args[++i].split(",")).map(s -> Long.parseLong(s.replace("_", "")))
                        .toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                case "--engines" -> engines = Arrays.asList(args[++i].split(","));
                case "--no-check" -> check = false;
                case "--h2-max-rows" -> h2Max = Long.parseLong(args[++i].replace("_", ""));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.println("Attain streaming comparison");
        System.out.println("machine: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + memory() + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        System.out.println("JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (each engine in its own JVM, default GC)");
        System.out.println("load average at start: " + load());
        for (long rows : sizes) {
            List<String> here = engines;
            if (rows > h2Max && engines.contains("h2")) {
                here = engines.stream().filter(e -> !e.equals("h2")).toList();
                System.out.printf(Locale.ROOT, "%nh2 is not run at %,d rows: its in-memory table of DECIMAL rows needs"
                        + " about 3 GB of heap per million rows (raise --h2-max-rows to run it)%n", rows);
            }
            run(rows, here, runs, warmups, check);
        }
        System.out.println("load average at end: " + load());
    }

    // ---- the driver ----------------------------------------------------------------------------

    private record Result(String engine, int threads, double best, double median, Answer answer, long peakHeap,
            String heapFlag, String loadBefore, String loadAfter) {
    }

    private static void run(long rows, List<String> engines, int runs, int warmups, boolean check) throws Exception {
        long t0 = System.nanoTime();
        Path file = TableGenerator.ensure(Path.of("target", "bench").toAbsolutePath(), rows);
        System.out.printf(Locale.ROOT, "%n== %,d rows: %s, %,d bytes (ready in %.1f s)%n", rows, file,
                Files.size(file), (System.nanoTime() - t0) / 1e9);
        Map<String, String> checks = new LinkedHashMap<>();
        if (check) {
            List<String> out = child("-Xmx" + heapFor("check", rows), List.of("--check", file.toString(),
                    Long.toString(rows), String.join(",", engines)));
            for (String line : out) {
                if (line.startsWith("CHECK|")) {
                    String[] p = line.split("\\|", 3);
                    checks.put(p[1], p[2]);
                }
            }
            checks.forEach((k, v) -> System.out.println("check " + k + ": " + v));
        }
        List<Result> results = new ArrayList<>();
        for (String engine : engines) {
            String before = load();
            String heap = heapFor(engine, rows);
            int r = engine.equals("h2") || engine.equals("bigdecimal") || engine.equals("split") ? Math.max(1, runs / 2)
                    : runs;
            int w = engine.equals("h2") ? 1 : warmups;
            List<String> out = child("-Xmx" + heap, List.of("--worker", engine, file.toString(), Integer.toString(w),
                    Integer.toString(r)));
            String after = load();
            for (String line : out) {
                if (line.startsWith("RESULT|")) {
                    results.add(parse(line, "-Xmx" + heap, before, after));
                }
            }
        }
        print(rows, results, checks);
    }

    private static String heapFor(String engine, long rows) {
        return switch (engine) {
            case "attain" -> "512m";
            case "h2" -> Math.max(4, (rows * 3 + 999_999) / 1_000_000) + "g";
            case "check" -> Math.max(3, (rows * 3 + 999_999) / 1_000_000) + "g";
            default -> "2g";
        };
    }

    private static Result parse(String line, String heapFlag, String before, String after) {
        String[] p = line.split("\\|");
        Answer a = new Answer(p[1], Long.parseLong(p[6]), Long.parseLong(p[7]), Long.parseLong(p[8]),
                Long.parseLong(p[9]), Long.parseLong(p[10]), new BigDecimal(p[11]), Boolean.parseBoolean(p[12]));
        return new Result(p[1], Integer.parseInt(p[2]), Double.parseDouble(p[3]), Double.parseDouble(p[4]), a,
                Long.parseLong(p[5]), heapFlag, before, after);
    }

    private static void print(long rows, List<Result> results, Map<String, String> checks) {
        Result attain = results.stream().filter(r -> r.engine.startsWith("attain")).findFirst().orElse(null);
        System.out.printf(Locale.ROOT, "%n%,d rows%n", rows);
        System.out.printf(Locale.ROOT, "%-28s %7s %8s %8s %11s %9s  %9s %9s %9s %9s  %s%n", "engine", "threads",
                "best s", "median s", "rows/s", "÷ attain", "on track", "at risk", "off track", "no data",
                "agreement with attain");
        for (Result r : results) {
            boolean self = r == attain;
            String ratio = attain == null ? "" : self ? "1.00" : String.format(Locale.ROOT, "%.2f", r.best / attain.best);
            String agree = attain == null || self ? "" : r.engine.startsWith("split") ? "(reads and splits only)"
                    : Checks.agree(attain.answer, r.answer);
            boolean counts = !r.engine.startsWith("split");
            System.out.printf(Locale.ROOT, "%-28s %7d %8.3f %8.3f %,11.0f %9s  %9s %9s %9s %9s  %s%n", r.engine,
                    r.threads, r.best, r.median, rows / r.best, ratio, counts ? r.answer.onTrack() : "",
                    counts ? r.answer.atRisk() : "", counts ? r.answer.offTrack() : "", counts ? r.answer.noData() : "",
                    agree);
        }
        System.out.println("(÷ attain: the engine's best time divided by Attain's; above 1, Attain is faster)");
        System.out.println();
        for (Result r : results) {
            if (!r.engine.startsWith("split")) {
                System.out.printf(Locale.ROOT, "sum of ratios, %-28s %s%n", r.engine, r.answer.sum().toPlainString());
            }
        }
        String mis = checks.get("misplaced");
        if (mis != null) {
            System.out.println("misplaced rows (status differs from the exact one, row by row): " + mis);
        }
        System.out.println();
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-28s %s, peak heap used %,d MB; load average before %s, after %s%n",
                    r.engine, r.heapFlag, r.peakHeap >> 20, r.loadBefore, r.loadAfter);
        }
    }

    private static List<String> child(String heap, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add(heap);
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add(Comparison.class.getName());
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
                if (!line.startsWith("RESULT|") && !line.startsWith("CHECK|")) {
                    System.out.println("  | " + line);
                }
            }
        }
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException("child " + args + " exited with " + code);
        }
        return lines;
    }

    /** The classpath of this class: the exec plugin's class loader's URLs, or java.class.path. */
    static String classpath() {
        ClassLoader cl = Comparison.class.getClassLoader();
        if (cl instanceof URLClassLoader u && u.getURLs().length > 0) {
            List<String> parts = new ArrayList<>();
            for (URL url : u.getURLs()) {
                try {
                    parts.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    // ---- the workers ---------------------------------------------------------------------------

    private static void worker(String engine, Path file, int warmups, int runs) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Connection duck = engine.equals("duckdb") ? Engines.duckdb(cores) : null;
        double[] times = new double[runs];
        Answer answer = null;
        int threads = switch (engine) {
            case "attain", "doubles" -> cores;
            case "duckdb" -> cores;
            default -> 1;
        };
        for (int i = -warmups; i < runs; i++) {
            if (i == 0) {
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    pool.resetPeakUsage();
                }
            }
            long t0 = System.nanoTime();
            answer = switch (engine) {
                case "attain" -> Engines.attain(file);
                case "duckdb" -> Engines.duckdb(duck, file);
                case "h2" -> {
                    try (Connection c = Engines.h2("bench" + i)) {
                        Engines.h2Load(c, file);
                        yield Engines.h2Query(c);
                    }
                }
                case "doubles" -> Engines.doubles(file, cores);
                case "split" -> Engines.splitOnly(file);
                case "bigdecimal" -> Engines.bigDecimal(file);
                default -> throw new IllegalArgumentException("unknown engine " + engine);
            };
            double s = (System.nanoTime() - t0) / 1e9;
            if (i >= 0) {
                times[i] = s;
            }
            System.out.printf(Locale.ROOT, "%s %s %.3f s%n", engine, i < 0 ? "warm-up" : "run " + (i + 1), s);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        Arrays.sort(times);
        String name = switch (engine) {
            case "attain" -> "attain (dev.attain.stream)";
            case "duckdb" -> "duckdb (read_csv, DOUBLE)";
            case "h2" -> "h2 (load + query, DECIMAL)";
            case "doubles" -> "java doubles (limit)";
            case "split" -> "split only (reference)";
            case "bigdecimal" -> "java BigDecimal (reference)";
            default -> engine;
        };
        System.out.println("RESULT|" + name + "|" + threads + "|" + times[0] + "|" + times[runs / 2] + "|" + peak + "|"
                + answer.rows() + "|" + answer.onTrack() + "|" + answer.atRisk() + "|" + answer.offTrack() + "|"
                + answer.noData() + "|" + answer.sum().toPlainString() + "|" + answer.exact());
        if (duck != null) {
            duck.close();
        }
    }

    private static void check(Path file, int rows, List<String> engines) throws Exception {
        Answer attain = Engines.attain(file);
        System.out.println("CHECK|attain|" + attain);
        Checks.ExactBands exact = Checks.exactBands(file, rows);
        System.out.println("CHECK|attain per row|bands equal to exact cross-multiplication on every row: "
                + (exact.disagreements() == 0 ? "yes" : "NO, " + exact.disagreements() + " rows differ"));
        List<String> misplaced = new ArrayList<>();
        if (engines.contains("doubles")) {
            Answer d = Engines.doubles(file, 2);
            System.out.println("CHECK|java doubles|" + Checks.agree(attain, d));
            misplaced.add("java doubles " + Checks.misplacedByDoubles(file, exact.bands()));
        }
        if (engines.contains("duckdb")) {
            try (Connection c = Engines.duckdb(Runtime.getRuntime().availableProcessors())) {
                System.out.println("CHECK|duckdb types|" + Engines.duckTypes(c, file));
                System.out.println("CHECK|duckdb|" + Checks.agree(attain, Engines.duckdb(c, file)));
                misplaced.add("duckdb " + Checks.misplacedByDuckdb(c, file, exact.bands()));
            }
        }
        if (engines.contains("h2")) {
            try (Connection c = Engines.h2("check")) {
                Engines.h2Load(c, file);
                System.out.println("CHECK|h2|" + Checks.agree(attain, Engines.h2Query(c)) + " (ratios rounded in SQL"
                        + " to 16 significant digits, half even)");
                Answer plain = Engines.h2Plain(c);
                System.out.println("CHECK|h2 quotient|H2 divides DECIMAL(17,2) by DECIMAL(17,2) into "
                        + Engines.h2QuotientType(c) + " (34 decimals, rounded half up); Attain rounds to 16 significant"
                        + " digits, half even (DECIMAL64). With H2's own quotient: counts "
                        + (plain.sameCounts(attain) ? "equal" : "DIFFER") + ", sum differs by "
                        + plain.sum().subtract(attain.sum()).toPlainString());
            }
        }
        if (engines.contains("bigdecimal")) {
            System.out.println("CHECK|java BigDecimal|" + Checks.agree(attain, Engines.bigDecimal(file)));
        }
        System.out.println("CHECK|misplaced|" + String.join(", ", misplaced));
    }

    // ---- the machine -----------------------------------------------------------------------------

    private static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return (kb >> 20) + " GiB";
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // not Linux
        }
        return (Runtime.getRuntime().maxMemory() >> 20) + " MB heap";
    }

    static String load() {
        try {
            String[] p = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return p[0] + " " + p[1] + " " + p[2];
        } catch (IOException e) {
            return "n/a";
        }
    }
}
