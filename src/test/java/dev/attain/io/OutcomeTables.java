package dev.attain.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Seeded dataset folders for tests and benchmarks of CSV loading: an {@code indicators.json}
 * with "ei" (CNY) and "firms" (家), and an {@code outcomes.csv} of outcomes of both in five
 * regions of Jiangxi, for each month of 2022, with random values, published from 2023-01-15 on.
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
            LocalDate first = LocalDate.of(2023, 1, 15);
            for (int i = 0; i < rows; i++) {
                // no two rows share indicator, region, month and publication date (each of the 120
                // combinations once in a block of 120 rows, a block a day), as no two figures of a
                // bulletin do: two different figures under one key are refused as contradicting
                int combination = i % 120;
                boolean money = combination % 2 == 0;
                int month = 1 + combination / 10;
                row.setLength(0);
                row.append(money ? "ei" : "firms").append(',').append(regions[combination / 2 % regions.length])
                        .append(",2022-").append(month < 10 ? "0" : "").append(month).append(',');
                if (money) {
                    row.append(random.nextInt(100_000)).append('.').append(random.nextInt(100)).append("亿元");
                } else {
                    row.append(random.nextInt(5_000)).append('家');
                }
                row.append(',').append(first.plusDays(i / 120)).append(",FINAL,bulletin-")
                        .append(random.nextInt(50)).append(".txt\n");
                w.append(row);
            }
        }
    }
}
