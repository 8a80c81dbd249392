package dev.attain.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A progress bar on one line of standard error: the share done, the rows read, rows per second
 * and an estimate of the time left. The total is known, or estimated from a file's size and the
 * mean length of its first lines ({@link #estimateRows}). Redrawn at most five times a second.
 */
final class Progress {

    private static final int WIDTH = 24;
    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final long estimatedRows;
    private final long start = System.nanoTime();
    private long rows;
    private long lastDrawn = start;
    private int lastLength;

    Progress(long estimatedRows, PrintWriter err) {
        this.err = err;
        this.estimatedRows = estimatedRows;
    }

    /** Counts a row, redrawing now and then. */
    void row() {
        rows++;
        if ((rows & 0xFFF) == 0) {
            long now = System.nanoTime();
            if (now - lastDrawn >= EVERY_NANOS) {
                lastDrawn = now;
                draw(now, false);
            }
        }
    }

    /** Draws the final state and ends the line. */
    void done() {
        draw(System.nanoTime(), true);
        err.println();
        err.flush();
    }

    private void draw(long now, boolean done) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = rows / seconds;
        long total = done ? rows : Math.max(rows, estimatedRows);
        double share = total == 0 ? 1 : Math.min(1, (double) rows / total);
        int filled = (int) Math.round(share * WIDTH);
        StringBuilder sb = new StringBuilder("\r[");
        sb.append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
        sb.append(String.format(Locale.ROOT, "%3d%% %,d rows  %,.0f rows/s", Math.round(share * 100), rows, rate));
        if (done) {
            sb.append(String.format(Locale.ROOT, "  done in %.1f s", seconds));
        } else if (rate > 0) {
            sb.append(String.format(Locale.ROOT, "  about %s left", duration((total - rows) / rate)));
        }
        int length = sb.length();
        if (length < lastLength) {
            sb.append(" ".repeat(lastLength - length));
        }
        lastLength = length;
        err.print(sb);
        err.flush();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }

    /** The file's size over the mean length of its first lines (up to 64 KiB). */
    static long estimateRows(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1 << 16);
            int lines = 0;
            for (byte b : head) {
                if (b == '\n') {
                    lines++;
                }
            }
            long size = Files.size(file);
            return lines == 0 ? 1 : Math.max(1, size * lines / head.length - 1);
        } catch (IOException e) {
            return 1;
        }
    }
}
