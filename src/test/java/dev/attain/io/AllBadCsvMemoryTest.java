package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV of a few million rows, every one of them bad (about 200 MB), loads in a child JVM
 * limited to a 256 MB heap: the first 1,000 rejections are kept in full and the rest counted.
 * Before rejections were bounded, every one was kept (215 to 335 bytes each) and such a file
 * exhausted even a 1 GB heap. The file is generated here, never committed.
 */
class AllBadCsvMemoryTest {

    static final int ROWS = 3_000_000;

    @TempDir
    Path dir;

    @Test
    void test_readLenient_allBadCsvOfMillionsOfRows_loadsUnder256MbAndCountsTheRest() throws Exception {
        Files.writeString(dir.resolve("indicators.json"), LenientCsvTest.INDICATORS, StandardCharsets.UTF_8);
        Path csv = dir.resolve("outcomes.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("indicator,scope.region,period,value,published,status,source\n");
            for (int i = 0; i < ROWS; i++) {
                // an unknown indicator, and each row's own source: nothing repeats to be shared
                w.write("equipment-revenue,江西省,2022,7000亿元,2023-02-01,FINAL,bulletin-of-the-province-");
                w.write(Integer.toString(i));
                w.write(".txt\n");
            }
        }
        assertThat(Files.size(csv)).isGreaterThan(200_000_000L);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), dir.toString()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("read " + (ROWS + 2) + ", accepted 2, rejected " + ROWS
                + " (" + (ROWS - 1000) + " not kept)");
        assertThat(out).contains("kept 1000, first line 2, last line 1001");
        assertThat(out).contains("field 'indicator' (2:1): unknown indicator 'equipment-revenue'");
    }

    /** Runs in the child JVM: reads the folder leniently and prints what it found. */
    public static final class Child {
        private Child() {
        }

        /**
         * Reads the folder given.
         *
         * @param args  the folder
         */
        public static void main(String[] args) {
            LoadReport r = Datasets.readLenient(Path.of(args[0]));
            System.out.println(r);
            System.out.println("kept " + r.rejected().size() + ", first line " + r.rejected().get(0).line()
                    + ", last line " + r.rejected().get(r.rejected().size() - 1).line());
            System.out.println(r.rejected().get(0));
        }
    }
}
