package dev.attain.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Seeded dataset folders for tests and benchmarks of CSV loading: an {@code indicators.json}
 * with "ei" (CNY) and "firms" (家), and an {@code outcomes.csv} of random outcomes of both in
 * five regions of Jiangxi.
 */
public final class OutcomeTables {

    private OutcomeTables() {
    }

    /**
     * Writes the folder.
     *
     * @param dir  the folder to write into, existing
     * @param rows  the number of outcome rows
     * @param seed  the seed of the random rows
     * @throws IOException if a file cannot be written
     */
    public static void generate(Path dir, int rows, long seed) throws IOException {
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
}
