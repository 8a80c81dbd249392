package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
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

    /** Writes a seeded table of outcomes of the indicators "ei" (CNY) and "firms" (家). */
    static void generate(Path dir, int rows, long seed) throws IOException {
        Files.writeString(dir.resolve("indicators.json"), """
                {"indicators": [
                  {"id": "ei", "name": "电子信息产业营业收入", "unit": "CNY"},
                  {"id": "firms", "name": "规上企业数", "unit": "家", "measure": "LEVEL"}
                ]}
                """, StandardCharsets.UTF_8);
        String[] regions = {"江西省", "南昌市", "赣州市", "九江市", "上饶市"};
        Random random = new Random(seed);
        try (Writer w = Files.newBufferedWriter(dir.resolve("outcomes.csv"), StandardCharsets.UTF_8)) {
            w.write("indicator,scope.region,period,value,published,status,source\n");
            StringBuilder row = new StringBuilder(80);
            for (int i = 0; i < rows; i++) {
                boolean money = random.nextBoolean();
                int month = 1 + random.nextInt(12);
                row.setLength(0);
                row.append(money ? "ei" : "firms").append(',').append(regions[random.nextInt(regions.length)])
                        .append(",2022-").append(month < 10 ? "0" : "").append(month).append(',');
                if (money) {
                    row.append(random.nextInt(100_000)).append('.').append(random.nextInt(100)).append("亿元");
                } else {
                    row.append(random.nextInt(5_000)).append('家');
                }
                row.append(",2023-0").append(1 + random.nextInt(9)).append("-15,FINAL,bulletin-")
                        .append(random.nextInt(50)).append(".txt\n");
                w.append(row);
            }
        }
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Test
    void test_read_millionRowCsv_loadsWithMemoryBoundedByTheRecordsKept() throws IOException {
        generate(dir, ROWS, 42);
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
