package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV table of 1,000,000 outcomes loads row by row: memory grows with the records kept (a
 * couple of hundred bytes each), not with the file, which is never held whole.
 */
class CsvStreamingTest {

    static final int ROWS = 1_000_000;

    @TempDir
    Path dir;

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Test
    void test_read_millionRowCsv_loadsWithMemoryBoundedByTheRecordsKept() throws IOException {
        OutcomeTables.generate(dir, ROWS, 42);
        long fileSize = Files.size(dir.resolve("outcomes.csv"));
        long before = usedHeapAfterGc();
        LoadReport report = Datasets.readLenient(dir);
        long retained = usedHeapAfterGc() - before;
        assertThat(report.isClean()).as("%s", report.rejected().stream().limit(3).toList()).isTrue();
        assertThat(report.dataset().outcomes()).hasSize(ROWS);
        assertThat(report.read()).isEqualTo(ROWS + 2);
        assertThat(fileSize).isGreaterThan(50L * ROWS);
        // About 190 bytes per outcome kept; the bound leaves room for JVM differences.
        assertThat(retained / ROWS).as("bytes retained per record").isLessThan(400);
    }
}
