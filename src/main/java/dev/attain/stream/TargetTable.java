package dev.attain.stream;

import static java.util.Objects.requireNonNull;

import dev.attain.eval.Evaluator;
import dev.attain.eval.Thresholds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A CSV table of targets with their actuals, one row per target, judged as it is read: the
 * streaming path for tens of millions of rows, with memory bounded by a buffer per thread.
 *
 * <pre>
 * id,polarity,target,actual
 * ei-2022,higher,700000000000.00,1030000000000.00
 * energy-2022,lower,5200000.00,5000000.00
 * fdi-2022,higher,12000000.00,
 * </pre>
 *
 * <p><b>Columns.</b> The first line is the header; columns are found by name, in any order,
 * ignoring case: {@value #ID} (the target's id), {@value #TARGET} (the required amount) and
 * {@value #ACTUAL} (the reported amount) are required; {@value #POLARITY} is optional
 * ({@code higher} or {@code lower}, or {@code HIGHER_IS_BETTER} / {@code LOWER_IS_BETTER}; an
 * empty cell or no column means higher is better). Other columns are ignored unless named by
 * {@link #groupedBy(String)}. Every row must have as many fields as the header.
 *
 * <p><b>Cells.</b> UTF-8, separated by commas, lines ended by LF or CRLF (the last line may end
 * without one); a UTF-8 byte order mark is skipped; blank lines are skipped. A row that is not
 * UTF-8, holds a carriage return other than the one before its newline, or has an empty id is
 * a bad row; a header with CR-only line ends or bytes that are not UTF-8 fails the read. A cell may be
 * quoted with {@code "} ({@code ""} inside stands for one quote), but a quoted cell may not span
 * lines. Amounts are plain decimal numbers in the unit's base, such as {@code 1030000000000.00}
 * or {@code -5}, with spaces or tabs around them allowed; an empty actual means nothing was
 * reported (NO_DATA), never zero. Ids are not checked for uniqueness: that would hold every id
 * in memory.
 *
 * <p><b>Not checked.</b> A row holds plain amounts, without unit, indicator, period or
 * publication date, so what the dataset readers ({@code dev.attain.io}) refuse by those is not
 * refused here: a negative amount is read as written (the table cannot tell money, which cannot
 * be negative, from a growth rate, which can); a rank is a plain number, not checked to be a
 * whole place from 1; there are no months or publication dates to check; two rows of the same id
 * are each judged. Keep such data in a dataset to have it refused, or check it before it is
 * written to the table.
 *
 * <p><b>Verdicts.</b> Each row is a target whose requirement is its {@value #TARGET} amount (at
 * least it when higher is better, at most it when lower is better) judged against the
 * {@value #ACTUAL} amount as a figure for the whole period: the {@link Verdict} has the
 * {@link Evaluator}'s status (ACHIEVED, MISSED, or NO_DATA when the actual is empty) and
 * attainment (actual ÷ target, or target ÷ actual when lower is better, rounded by
 * {@link Evaluator#MATH_CONTEXT}), and the {@link Thresholds}' band of that attainment
 * (by default: ON_TRACK at ≥ 100%, AT_RISK at ≥ 90%, OFF_TRACK below). They are exactly what
 * the evaluator and {@link Thresholds#classify} give for the same target and outcome.
 *
 * <p><b>Speed.</b> Cells are found on the bytes; no String is made per cell. Amounts with at
 * most 18 significant digits are parsed straight into scaled longs, compared exactly and divided
 * with a correctly rounded 16-digit quotient in long arithmetic; larger ones fall back to
 * {@code BigDecimal}, with the same results. {@link #fold()} splits the file into byte ranges at
 * line boundaries, a few per thread, which the threads take one at a time as they finish the
 * last (so a thread that another process slows down holds up the fold by one small range at most),
 * and merges the ranges' tallies in order.
 *
 * <p><b>Bad rows.</b> By default the first bad row throws a {@link RowException} naming its line
 * and field (with several threads, the bad row with the lowest line). With
 * {@link #collectingRejections(int)}, bad rows are counted and listed in the {@link Tally}
 * instead, with their lines; never dropped silently.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe: the options return new instances. Reading opens
 * the file anew each time.
 */
public final class TargetTable {

    /** The name of the id column. */
    public static final String ID = "id";
    /** The name of the polarity column. */
    public static final String POLARITY = "polarity";
    /** The name of the required-amount column. */
    public static final String TARGET = "target";
    /** The name of the actual-amount column. */
    public static final String ACTUAL = "actual";

    private static final int BUFFER = 1 << 20;
    /** The least number of bytes per thread worth a thread of its own, and per range. */
    private static final long MIN_RANGE = 1 << 20;
    /**
     * How many byte ranges a thread reads, at most, on average: threads take the ranges one at a
     * time, so a thread held up for a while costs the fold a small range, not half the file.
     */
    private static final int RANGES_PER_THREAD = 8;

    private final Path file;
    private final Thresholds thresholds;
    private final int threads;
    private final @Nullable String groupBy;
    private final boolean collecting;
    private final int maxListed;
    private final long minRange;

    private TargetTable(Path file, Thresholds thresholds, int threads, @Nullable String groupBy, boolean collecting,
            int maxListed, long minRange) {
        this.file = file;
        this.thresholds = thresholds;
        this.threads = threads;
        this.groupBy = groupBy;
        this.collecting = collecting;
        this.maxListed = maxListed;
        this.minRange = minRange;
    }

    /**
     * Returns a table read from a file, with the default thresholds, as many threads as there
     * are processors, no groups, failing on the first bad row.
     *
     * @param file  the CSV file, not null
     * @return the table, never null
     */
    public static TargetTable of(Path file) {
        return new TargetTable(requireNonNull(file, "file"), Thresholds.DEFAULT,
                Runtime.getRuntime().availableProcessors(), null, false, 0, MIN_RANGE);
    }

    /**
     * Returns a copy that bands attainments by other thresholds. This instance is unaffected.
     *
     * @param value  the thresholds, not null
     * @return the new table, never null
     */
    public TargetTable withThresholds(Thresholds value) {
        return new TargetTable(file, requireNonNull(value, "thresholds"), threads, groupBy, collecting, maxListed,
                minRange);
    }

    /**
     * Returns a copy that folds with up to the given number of threads (a small file uses
     * fewer: at least one mebibyte each). This instance is unaffected.
     *
     * @param value  the number of threads, at least 1
     * @return the new table, never null
     * @throws IllegalArgumentException if value is below 1
     */
    public TargetTable withThreads(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("threads (" + value + ") must be >= 1");
        }
        return new TargetTable(file, thresholds, value, groupBy, collecting, maxListed, minRange);
    }

    /**
     * Returns a copy whose tally rolls up by the values of a column, such as {@code region}:
     * {@link Tally#groups()}. This instance is unaffected.
     *
     * @param column  the column's name in the header, not null
     * @return the new table, never null
     */
    public TargetTable groupedBy(String column) {
        return new TargetTable(file, thresholds, threads, requireNonNull(column, "column"), collecting, maxListed,
                minRange);
    }

    /**
     * Returns a copy that counts bad rows in the tally instead of throwing, listing the first
     * of them. This instance is unaffected.
     *
     * @param listed  how many rejected rows to list, 0 or more; all are counted
     * @return the new table, never null
     * @throws IllegalArgumentException if listed is negative
     */
    public TargetTable collectingRejections(int listed) {
        if (listed < 0) {
            throw new IllegalArgumentException("listed (" + listed + ") must be >= 0");
        }
        return new TargetTable(file, thresholds, threads, groupBy, true, listed, minRange);
    }

    /** A copy that gives each thread at least the given number of bytes; for tests of the splitting. */
    TargetTable withMinRange(long bytes) {
        return new TargetTable(file, thresholds, threads, groupBy, collecting, maxListed, bytes);
    }

    /**
     * Returns the file.
     *
     * @return the file, never null
     */
    public Path file() {
        return file;
    }

    /**
     * Judges every row and folds the verdicts into a tally, reading byte ranges of the file in
     * parallel.
     *
     * @return the tally, never null
     * @throws RowException at the first bad row (the one with the lowest line), unless collecting
     * @throws UncheckedIOException if the file cannot be read
     */
    public Tally fold() {
        return run(null);
    }

    /**
     * Judges every row, in file order on the calling thread, handing each verdict to a
     * consumer, and folds them into a tally as well. The verdict is a view of the row, valid
     * during the call only; keep {@link Verdict#copy()} to hold on to it.
     *
     * @param consumer  the consumer of verdicts, not null
     * @return the tally, never null
     * @throws RowException at the first bad row, unless collecting
     * @throws UncheckedIOException if the file cannot be read
     */
    public Tally forEach(Consumer<? super Verdict> consumer) {
        return run(requireNonNull(consumer, "consumer"));
    }

    private Tally run(@Nullable Consumer<? super Verdict> consumer) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            Header h = header(ch, size);
            TableLayout layout = h.layout;
            long dataStart = h.end;
            long dataBytes = size - dataStart;
            long wholeRanges = dataBytes / Math.max(1, minRange);
            int workers = consumer != null ? 1 : (int) Math.max(1, Math.min(threads, wholeRanges));
            int ranges = workers == 1 ? 1
                    : (int) Math.max(workers, Math.min((long) workers * RANGES_PER_THREAD, wholeRanges));
            long[] bounds = split(ch, dataStart, size, ranges);
            ranges = bounds.length - 1;
            TableScan[] scans = new TableScan[ranges];
            for (int i = 0; i < ranges; i++) {
                int buffer = (int) Math.min(BUFFER, Math.max(64, bounds[i + 1] - bounds[i] + 1));
                scans[i] = new TableScan(layout, thresholds, buffer, collecting, maxListed, consumer);
            }
            AtomicInteger failed = new AtomicInteger(Integer.MAX_VALUE);
            if (ranges == 1) {
                scans[0].scan(ch, bounds[0], bounds[1], 2, failed, 0);
            } else {
                runParallel(ch, scans, bounds, Math.min(workers, ranges), failed);
            }
            // merge in order; lines of range i follow those of the ranges before it
            Fold total = scans[0].fold();
            long linesBefore = 1 + scans[0].linesRead; // the header, then range 0
            RejectedRow firstFailure = scans[0].failure;
            for (int i = 1; i < ranges && firstFailure == null; i++) {
                TableScan s = scans[i];
                if (s.failure != null) {
                    firstFailure = s.failure.movedBy(linesBefore);
                    break;
                }
                total.merge(s.fold(), linesBefore);
                linesBefore += s.linesRead;
            }
            if (firstFailure != null) {
                throw new RowException(file.toString(), firstFailure);
            }
            return total.toTally();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the ranges on the given number of threads, each thread taking the next range not yet
     * taken, so that a thread slowed down (by another process on its core) leaves the rest of the
     * file to the others instead of holding up the whole fold.
     */
    private static void runParallel(FileChannel ch, TableScan[] scans, long[] bounds, int workers,
            AtomicInteger failed) throws IOException {
        AtomicInteger nextRange = new AtomicInteger();
        Throwable[] errors = new Throwable[workers];
        Thread[] ts = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            final int worker = w;
            ts[w] = new Thread(() -> {
                int range = -1;
                try {
                    while ((range = nextRange.getAndIncrement()) < scans.length && failed.get() > range) {
                        // lines are counted from 1 within a range and moved on when the folds are merged
                        scans[range].scan(ch, bounds[range], bounds[range + 1], range == 0 ? 2 : 1, failed, range);
                    }
                } catch (Throwable t) {
                    errors[worker] = t;
                    failed.accumulateAndGet(range, Math::min);
                }
            }, "attain-table-" + w);
            ts[w].start();
        }
        for (Thread t : ts) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading a table", e);
            }
        }
        for (Throwable t : errors) {
            if (t instanceof IOException io) {
                throw io;
            }
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error err) {
                throw err;
            }
        }
    }

    // ---- the header ------------------------------------------------------------------------

    private record Header(TableLayout layout, long end) {
    }

    private Header header(FileChannel ch, long size) throws IOException {
        int max = (int) Math.min(size, 1 << 20);
        ByteBuffer bb = ByteBuffer.allocate(max);
        while (bb.hasRemaining() && ch.read(bb, bb.position()) > 0) {
            // read on
        }
        byte[] b = bb.array();
        int len = bb.position();
        int start = 0;
        if (len >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            start = 3;
        }
        int nl = start;
        while (nl < len && b[nl] != '\n') {
            nl++;
        }
        int e = nl;
        if (e > start && b[e - 1] == '\r') {
            e--;
        }
        int cr = start;
        while (cr < e && b[cr] != '\r') {
            cr++;
        }
        if (cr < e) {
            throw headerError("the lines end with a carriage return (CR) alone, as classic Mac OS wrote them;"
                    + " expected LF or CRLF line ends");
        }
        if (nl == len && len == max && size > max) {
            throw headerError("the header line is longer than " + max + " bytes");
        }
        int bad = Utf8.firstInvalid(b, start, e);
        if (bad >= 0) {
            throw headerError(String.format(Locale.ROOT, "not UTF-8 text: the byte 0x%02X at byte %d of the header"
                    + " is not part of a UTF-8 character", b[bad] & 0xff, bad + 1));
        }
        String text = new String(b, start, e - start, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw headerError("the file has no header line; expected id, polarity, target, actual");
        }
        List<String> names = new ArrayList<>();
        for (String cell : text.split(",", -1)) {
            String name = cell.strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1).replace("\"\"", "\"").strip();
            }
            names.add(name);
        }
        int id = column(names, ID, true);
        int pol = column(names, POLARITY, false);
        int target = column(names, TARGET, true);
        int actual = column(names, ACTUAL, true);
        int group = -1;
        if (groupBy != null) {
            group = column(names, groupBy, false);
            if (group < 0) {
                throw new IllegalArgumentException(file + ": no column '" + groupBy + "' to group by in the header "
                        + String.join(",", names));
            }
        }
        return new Header(new TableLayout(List.copyOf(names), id, pol, target, actual, group),
                Math.min(size, nl + 1L));
    }

    private int column(List<String> names, String name, boolean required) {
        int found = -1;
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                if (found >= 0) {
                    throw headerError("the column '" + name + "' appears twice");
                }
                found = i;
            }
        }
        if (found < 0 && required) {
            throw new RowException(file.toString(), new RejectedRow(1, name,
                    "the header has no column '" + name + "'; found " + String.join(",", names)));
        }
        return found;
    }

    private RowException headerError(String reason) {
        return new RowException(file.toString(), new RejectedRow(1, "header", reason));
    }

    // ---- splitting -------------------------------------------------------------------------

    /**
     * Splits [start, size) into up to n ranges that begin at line starts: each cut is moved
     * forward to just after the next newline, so a line straddling a cut belongs to the range
     * before it. Returns the n' + 1 bounds of the n' non-empty ranges.
     */
    static long[] split(FileChannel ch, long start, long size, int n) throws IOException {
        List<Long> bounds = new ArrayList<>(n + 1);
        bounds.add(start);
        ByteBuffer bb = ByteBuffer.allocate(1 << 16);
        for (int i = 1; i < n; i++) {
            long cut = start + (size - start) * i / n;
            long prev = bounds.get(bounds.size() - 1);
            if (cut <= prev) {
                continue;
            }
            long at = nextLineStart(ch, cut, size, bb);
            if (at > prev && at < size) {
                bounds.add(at);
            }
        }
        bounds.add(size);
        long[] out = new long[bounds.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bounds.get(i);
        }
        return out;
    }

    /** The first line start at or after cut: cut itself if the byte before it is a newline. */
    private static long nextLineStart(FileChannel ch, long cut, long size, ByteBuffer bb) throws IOException {
        long p = cut - 1;
        while (p < size) {
            bb.clear();
            int n = ch.read(bb, p);
            if (n <= 0) {
                return size;
            }
            byte[] a = bb.array();
            for (int i = 0; i < n; i++) {
                if (a[i] == '\n') {
                    return p + i + 1;
                }
            }
            p += n;
        }
        return size;
    }

    /**
     * Returns the file and the options.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "TargetTable[" + file + ", " + thresholds.name() + ", threads " + threads
                + (groupBy == null ? "" : ", by " + groupBy) + (collecting ? ", collecting" : "") + "]";
    }
}
