package dev.attain.io;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a large CSV outcome table in parts, one thread a part, as the streaming path reads its
 * tables: the file is cut after line feeds into byte ranges, each range is decoded by its own
 * {@link Utf8Reader}, parsed by its own FastCSV reader and its rows checked by its own
 * {@link CsvOutcomes} into an {@link Assembler.Batch}; the batches are taken in in the order of
 * the ranges. Every row meets the same code, and so the same checks, as when the file is read in
 * one piece.
 *
 * <p>A first pass over the bytes (in parallel too) counts, in each range, the line ends (LF, CRLF
 * and a lone CR each end one, as {@link Utf8Reader} counts them) and the lines that are not empty
 * (FastCSV's records, in a file without quotes), so that each range knows the number of its first
 * line and of its first row before it is read. A file holding a quote character is read in one
 * piece: a quoted cell may hold a line break, so a line feed is not a safe place to cut. After the
 * read, each range's counts are checked against what its reader found; should they differ, the
 * batches are dropped and the file is read again in one piece.
 */
final class CsvParts {

    /** Files smaller than this are read in one piece: the threads would cost more than they save. */
    static final long MIN_SIZE = 4L << 20;
    private static final int MAX_THREADS = 8;
    private static final int BUFFER = 1 << 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private CsvParts() {
    }

    /** The processors available, at most {@value #MAX_THREADS}: the threads a large table is read by. */
    static int threads() {
        return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }

    /** One byte range, its counts from the first pass and its reading's outcome. */
    private static final class Part {
        final long start;
        final long end;
        long lineEnds;
        long records;
        boolean quote;
        long firstLine;
        long recordsBefore;
        Assembler.@Nullable Batch batch;
        /** False if the reading of the part stopped on a problem that leaves the rest unread. */
        boolean whole;
        long linesRead;
        long rowsRead;

        Part(long start, long end) {
            this.start = start;
            this.end = end;
        }
    }

    /**
     * Reads the table into the assembler in parts, if it is large enough to gain from it and
     * can be cut; returns false, having reported nothing, if it is to be read in one piece.
     */
    static boolean read(CsvOutcomes table, Path path, Assembler assembler, int threads) {
        return read(table, path, assembler, threads, MIN_SIZE);
    }

    /** As {@link #read(CsvOutcomes, Path, Assembler, int)}, cutting files from minSize bytes on. */
    static boolean read(CsvOutcomes table, Path path, Assembler assembler, int threads, long minSize) {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            if (threads < 2 || size < minSize) {
                return false;
            }
            List<Part> parts = cut(ch, size, threads);
            if (parts.size() < 2) {
                return false;
            }
            inParallel(parts, p -> count(ch, p));
            long line = 1;
            long records = 0;
            for (Part p : parts) {
                if (p.quote) {
                    return false;
                }
                p.firstLine = line;
                p.recordsBefore = records;
                line += p.lineEnds;
                records += p.records;
            }
            if (parts.get(0).records == 0) {
                return false; // the header is not in the first part
            }
            CsvOutcomes[] readers = new CsvOutcomes[parts.size()];
            Part first = parts.get(0);
            first.batch = assembler.batch();
            readers[0] = new CsvOutcomes(table, first.batch);
            try (Utf8Reader utf8 = new Utf8Reader(new RangeStream(ch, first.start, first.end), 1);
                    CsvReader<CsvRow> csv = readers[0].open(Readers.skipBom(utf8), 1)) {
                Iterator<CsvRow> it = csv.iterator();
                if (!readers[0].header(it)) {
                    assembler.absorb(first.batch); // the header's problems: no row is read
                    return true;
                }
                for (int i = 1; i < parts.size(); i++) {
                    Part p = parts.get(i);
                    p.batch = assembler.batch();
                    readers[i] = new CsvOutcomes(readers[0], p.batch);
                }
                inParallel(parts, p -> {
                    int i = parts.indexOf(p);
                    if (i == 0) {
                        p.whole = readers[0].rows(it, 0, 1);
                        p.linesRead = utf8.line() - 1;
                        p.rowsRead = readers[0].rowsRead() + 1; // and the header
                    } else {
                        readPart(ch, p, readers[i]);
                    }
                });
            }
            for (Part p : parts) {
                if (p.whole && (p.linesRead != p.lineEnds || p.rowsRead != p.records)) {
                    return false; // the first pass counted other than the readers: read it in one piece
                }
            }
            for (Part p : parts) {
                assembler.absorb(p.batch);
                if (!p.whole) {
                    break; // the rows after the problem were not read
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readPart(FileChannel ch, Part p, CsvOutcomes reader) {
        try (Utf8Reader utf8 = new Utf8Reader(new RangeStream(ch, p.start, p.end), p.firstLine);
                CsvReader<CsvRow> csv = reader.open(utf8, p.firstLine)) {
            p.whole = reader.rows(csv.iterator(), p.recordsBefore - 1, p.firstLine);
            p.linesRead = utf8.line() - p.firstLine;
            p.rowsRead = reader.rowsRead();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts the file into about equal ranges, each but the last ending just after a line feed. */
    private static List<Part> cut(FileChannel ch, long size, int n) throws IOException {
        List<Part> parts = new ArrayList<>(n);
        ByteBuffer buf = ByteBuffer.allocate(BUFFER);
        long start = 0;
        for (int i = 1; i < n && start < size; i++) {
            long at = Math.max(start, size * i / n);
            long cut = -1;
            while (cut < 0 && at < size) {
                buf.clear();
                int r = ch.read(buf, at);
                if (r <= 0) {
                    break;
                }
                for (int j = 0; j < r; j++) {
                    if (buf.get(j) == '\n') {
                        cut = at + j + 1;
                        break;
                    }
                }
                at += r;
            }
            if (cut < 0 || cut >= size) {
                break;
            }
            parts.add(new Part(start, cut));
            start = cut;
        }
        parts.add(new Part(start, size));
        return parts;
    }

    /**
     * Counts a range's line ends and its lines that are not empty, and notes whether it holds a
     * quote. A range starts at a line's start; it ends after a line feed or at the end of the file,
     * where a last line without a line end is counted as a line that is not empty (if it is not).
     */
    private static void count(FileChannel ch, Part p) {
        ByteBuffer buf = ByteBuffer.allocate(BUFFER);
        byte[] b = buf.array();
        long ends = 0;
        long records = 0;
        boolean quote = false;
        boolean lineHasText = false;
        boolean afterCr = false;
        try {
            for (long at = p.start; at < p.end;) {
                buf.clear();
                buf.limit((int) Math.min(BUFFER, p.end - at));
                int r = ch.read(buf, at);
                if (r <= 0) {
                    throw new IOException("the file ended before byte " + p.end + "; was it changed while read?");
                }
                for (int j = 0; j < r; j++) {
                    if (j + 8 <= r && !special((long) LONGS.get(b, j))) { // eight bytes of text: the common case
                        lineHasText = true;
                        afterCr = false;
                        j += 7;
                        continue;
                    }
                    byte c = b[j];
                    if (c == '\n') {
                        if (!afterCr) {
                            ends++;
                            records += lineHasText ? 1 : 0;
                        }
                        lineHasText = false;
                        afterCr = false;
                    } else if (c == '\r') {
                        ends++;
                        records += lineHasText ? 1 : 0;
                        lineHasText = false;
                        afterCr = true;
                    } else {
                        quote |= c == '"';
                        lineHasText = true;
                        afterCr = false;
                    }
                }
                at += r;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.lineEnds = ends;
        p.records = records + (lineHasText ? 1 : 0);
        p.quote = quote;
    }

    /** Whether a word of eight bytes holds a line feed, a carriage return or a quote. */
    private static boolean special(long w) {
        return (zeroByte(w ^ 0x0A0A0A0A0A0A0A0AL) | zeroByte(w ^ 0x0D0D0D0D0D0D0D0DL)
                | zeroByte(w ^ 0x2222222222222222L)) != 0;
    }

    /** Non-zero exactly when a byte of the word is zero. */
    private static long zeroByte(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /** A task on one part. */
    private interface PartTask {
        void run(Part part);
    }

    /** Runs the task on every part, the first on this thread, and waits; rethrows what a task threw. */
    private static void inParallel(List<Part> parts, PartTask task) {
        List<Thread> threads = new ArrayList<>();
        Throwable[] failure = new Throwable[parts.size()];
        for (int i = 1; i < parts.size(); i++) {
            int index = i;
            Thread t = new Thread(() -> {
                try {
                    task.run(parts.get(index));
                } catch (Throwable e) {
                    failure[index] = e;
                }
            }, "attain-csv-part-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        try {
            task.run(parts.get(0));
        } catch (RuntimeException | Error e) {
            failure[0] = e;
        }
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Throwable f : failure) {
            if (f instanceof RuntimeException e) {
                throw e;
            }
            if (f instanceof Error e) {
                throw e;
            }
        }
    }

    /** The bytes of a range of a file, read at their positions, so that ranges can be read at once. */
    private static final class RangeStream extends InputStream {
        private final FileChannel ch;
        private long at;
        private final long end;

        RangeStream(FileChannel ch, long start, long end) {
            this.ch = ch;
            this.at = start;
            this.end = end;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at >= end) {
                return -1;
            }
            int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - at)), at);
            if (n > 0) {
                at += n;
            }
            return n;
        }
    }
}
