package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.quantity.Tolerance;
import dev.attain.quantity.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A CSV outcome table read in parts by several threads gives the very report it gives read in
 * one piece: the same outcomes in the same order, the same rejections with the same rows, lines,
 * columns and messages, the same counts. Tables are generated from a seed (printed on failure)
 * with every kind of bad row, blank lines and all three line ends, cut into 2 to 5 parts.
 */
class CsvPartsTest {

    private static final String HEADER = "indicator,scope.region,period,value,published,status,source";
    private static final List<Indicator> INDICATORS = List.of(
            Indicator.builder("ei", "电子信息产业营业收入", Unit.of("CNY")).build(),
            Indicator.builder("firms", "规上企业数", Unit.of("家")).measure(Measure.LEVEL).build());

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return LongStream.range(0, 12).mapToObj(i -> 20221800L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void test_readInParts_mixedTable_sameReportAsInOnePiece(long seed) throws IOException {
        Path csv = write(table(new Random(seed), 3000), null);
        int threads = 2 + (int) (seed % 4);

        assertSame(seed, csv, threads, 1000, 1 << 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void test_readInParts_fewRejectionsKept_keepsTheSameFirstOnesAndCountsTheRest(long seed) throws IOException {
        Path csv = write(table(new Random(seed), 3000), null);

        LoadReport parts = assertSame(seed, csv, 3, 7, 1 << 20);
        assertThat(parts.rejected()).as("seed %d", seed).hasSize(7);
        assertThat(parts.notKept()).as("seed %d", seed).isPositive();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void test_readInParts_invalidUtf8InALaterPart_reportedAtItsLineWithTheRowsBeforeItRead(long seed)
            throws IOException {
        Random random = new Random(seed);
        String text = table(random, 3000);
        int at = text.indexOf('\n', text.length() / 2 + random.nextInt(text.length() / 3)) + 1;
        Path csv = write(text, at);

        // every rejection kept: the table's conflicting rows put more than 1,000 before the bad byte
        LoadReport parts = assertSame(seed, csv, 2 + (int) (seed % 3), 10_000, 1 << 20);
        assertThat(parts.rejected()).as("seed %d", seed)
                .anySatisfy(r -> assertThat(r.reason()).contains("not UTF-8 text at line")
                        .contains("the rows before it were read"));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void test_readInParts_rowOverTheLengthLimit_stopsThereAsInOnePiece(long seed) throws IOException {
        Random random = new Random(seed);
        String text = table(random, 3000);
        int at = text.indexOf('\n', text.length() / 3 + random.nextInt(text.length() / 2)) + 1;
        String longRow = "ei,南昌市,2022-01," + "1".repeat(300) + "元,2023-01-15,FINAL,x.txt\n";
        Path csv = write(text.substring(0, at) + longRow + text.substring(at), null);

        LoadReport parts = assertSame(seed, csv, 3, 1000, 200);
        assertThat(parts.rejected()).as("seed %d", seed)
                .anySatisfy(r -> assertThat(r.reason()).contains("maxCsvRecordLength"));
    }

    @Test
    void test_readInParts_tableWithAQuote_isReadInOnePiece() throws IOException {
        Random random = new Random(7);
        String text = table(random, 3000);
        Path csv = write(text + "ei,南昌市,2022-01,5亿元,2023-01-15,FINAL,\"a, b.txt\"\n", null);

        LoadReport report = assertSame(7, csv, 4, 1000, 1 << 20, false);
        assertThat(report.dataset().outcomes().get(report.dataset().outcomes().size() - 1).source())
                .hasValueSatisfying(s -> assertThat(s.document()).isEqualTo("a, b.txt"));
    }

    /** Reads the file in one piece and in parts, checks that the reports are the same, returns the latter. */
    private LoadReport assertSame(long seed, Path csv, int threads, int maxKept, int maxRecordLength) {
        return assertSame(seed, csv, threads, maxKept, maxRecordLength, true);
    }

    private LoadReport assertSame(long seed, Path csv, int threads, int maxKept, int maxRecordLength,
            boolean inParts) {
        Assembler one = assembler(maxKept);
        reader(one, csv, maxRecordLength).read(csv, one, 1);
        LoadReport whole = one.finish();

        Assembler many = assembler(maxKept);
        many.file(csv.toString());
        CsvOutcomes reader = reader(many, csv, maxRecordLength);
        boolean cut = CsvParts.read(reader, csv, many, threads, 0);
        if (!cut) {
            reader.read(csv, many, 1);
        }
        LoadReport parts = many.finish();

        assertThat(cut).as("seed %d: read in parts", seed).isEqualTo(inParts);
        assertThat(parts.rejected()).as("seed %d", seed).containsExactlyElementsOf(whole.rejected());
        assertThat(parts.dataset()).as("seed %d", seed).isEqualTo(whole.dataset());
        assertThat(parts.notKept()).as("seed %d", seed).isEqualTo(whole.notKept());
        assertThat(parts.read()).as("seed %d", seed).isEqualTo(whole.read());
        assertThat(whole.dataset().outcomes()).as("seed %d", seed).isNotEmpty();
        return parts;
    }

    private static Assembler assembler(int maxKept) {
        Assembler a = new Assembler("outcomes", maxKept);
        a.known(INDICATORS);
        a.resolve();
        return a;
    }

    private static CsvOutcomes reader(Assembler a, Path csv, int maxRecordLength) {
        return new CsvOutcomes(a, csv.toString(), Tolerance.DEFAULT, maxRecordLength);
    }

    /** Writes the text as UTF-8, with a malformed byte at the given character if one is given. */
    private Path write(String text, Integer badAt) throws IOException {
        Path csv = dir.resolve("outcomes.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (badAt == null) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        } else {
            out.writeBytes(text.substring(0, badAt).getBytes(StandardCharsets.UTF_8));
            out.write(0xFF);
            out.writeBytes(text.substring(badAt).getBytes(StandardCharsets.UTF_8));
        }
        Files.write(csv, out.toByteArray());
        return csv;
    }

    /** A table of mostly valid rows, with bad ones of every kind, blank lines and mixed line ends. */
    private static String table(Random random, int rows) {
        String[] regions = {"江西省", "南昌市", "赣州市", " 九江市 ", ""};
        StringBuilder sb = new StringBuilder();
        if (random.nextBoolean()) {
            sb.append('\uFEFF');
        }
        sb.append(HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            int kind = random.nextInt(40);
            boolean money = random.nextBoolean();
            String indicator = money ? "ei" : "firms";
            String value = money ? random.nextInt(100_000) + "." + random.nextInt(100) + "亿元"
                    : random.nextInt(5_000) + "家";
            int month = 1 + random.nextInt(12);
            String period = "2022-" + (month < 10 ? "0" : "") + month;
            String published = "2023-0" + (1 + random.nextInt(9)) + "-15";
            String status = random.nextInt(10) == 0 ? "" : "FINAL";
            String source = random.nextInt(5) == 0 ? "" : "bulletin-" + random.nextInt(50) + ".txt";
            switch (kind) {
                case 0 -> value = "很多";
                case 1 -> value = "";
                case 2 -> period = "2022-13";
                case 3 -> published = "2023-02-30";
                case 4 -> status = "DRAFT";
                case 5 -> indicator = "eii";
                case 6 -> value = money ? "5家" : "5亿元";
                case 7 -> indicator = "";
                default -> {
                }
            }
            String row = indicator + "," + regions[random.nextInt(regions.length)] + "," + period + "," + value
                    + "," + published + "," + status + "," + source;
            if (kind == 8) {
                row = row + ",extra";
            } else if (kind == 9) {
                row = row.substring(0, row.lastIndexOf(','));
            } else if (kind == 10) {
                row = " ";
            } else if (kind == 11) {
                row = "";
            }
            sb.append(row);
            int end = random.nextInt(20);
            sb.append(end == 0 ? "\r" : end == 1 ? "\r\n" : "\n");
        }
        if (random.nextBoolean()) {
            sb.append("ei,南昌市,2022-12,1亿元,2023-01-15,FINAL,last.txt"); // no line end
        }
        return sb.toString();
    }
}
