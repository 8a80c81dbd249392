package dev.attain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.eval.Status;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Byte ranges cut at line boundaries: every row is read once, whole, by one range, whatever the
 * cut points, line ends and multibyte characters.
 */
class SplittingTest {

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.write(f, text.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    private static List<Verdict> read(Path f) {
        List<Verdict> list = new ArrayList<>();
        TargetTable.of(f).forEach(v -> list.add(v.copy()));
        return list;
    }

    @Test
    void test_split_movesEachCutToTheNextLineStart() throws IOException {
        String header = "id,polarity,target,actual\n";
        String row1 = "a,higher,100,95\n";
        String row2 = "b,lower,100,95\n";
        Path f = file(header + row1 + row2 + "c,,100,\n");
        try (FileChannel ch = FileChannel.open(f)) {
            long start = header.length();
            long size = ch.size();
            // n cuts land anywhere; each bound must be a line start
            for (int n = 1; n <= 12; n++) {
                long[] bounds = TargetTable.split(ch, start, size, n);
                assertThat(bounds[0]).isEqualTo(start);
                assertThat(bounds[bounds.length - 1]).isEqualTo(size);
                for (int i = 1; i < bounds.length - 1; i++) {
                    long b = bounds[i];
                    assertThat(b == start + row1.length() || b == start + row1.length() + row2.length())
                            .as("bound %d of %d cuts", b, n).isTrue();
                    assertThat(b).isGreaterThan(bounds[i - 1]);
                }
            }
        }
    }

    @Test
    void test_split_cutRightAfterANewline_staysThere() throws IOException {
        Path f = file("id,target,actual\nab,1,1\ncd,1,1\n");
        try (FileChannel ch = FileChannel.open(f)) {
            // data from 17; the rows are 7 bytes: 17..24, 24..31; a cut at 24 is a line start
            assertThat(TargetTable.split(ch, 17, 31, 2)).containsExactly(17, 24, 31);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 13})
    void test_fold_rowsStraddlingEveryCut_areReadOnce(int threads) {
        List<RandomRows.Row> rows = RandomRows.generate(31L, 3_000, true);
        Path f = RandomRows.write(dir.resolve("r.csv"), rows, "\n", true);
        Tally one = TargetTable.of(f).withThreads(1).fold();
        // cuts every few hundred bytes land inside rows
        Tally many = TargetTable.of(f).withThreads(threads).withMinRange(300).fold();
        assertThat(many).isEqualTo(one);
        assertThat(many.verdicts()).isEqualTo(rows.size());
    }

    @Test
    void test_crlf_lastLineWithoutNewline_bom_blankLines() throws IOException {
        String text = "\uFEFFid,polarity,target,actual\r\n"
                + "a,higher,100.00,100.00\r\n"
                + "\r\n"
                + "b,lower,100.00,111.11\r\n"
                + "\n"
                + "c,HIGHER_IS_BETTER,100.00,";
        List<Verdict> v = read(file(text));
        assertThat(v).extracting(Verdict::targetId).containsExactly("a", "b", "c");
        assertThat(v).extracting(Verdict::line).containsExactly(2L, 4L, 6L);
        assertThat(v.get(0).status()).isEqualTo(Status.ACHIEVED);
        assertThat(v.get(0).band()).isEqualTo(Status.ON_TRACK);
        assertThat(v.get(1).status()).isEqualTo(Status.MISSED);
        assertThat(v.get(1).band()).isEqualTo(Status.AT_RISK);
        assertThat(v.get(1).attainment()).hasValue(new BigDecimal("0.9000090000900009"));
        assertThat(v.get(2).status()).isEqualTo(Status.NO_DATA);
        assertThat(v.get(2).actual()).isEmpty();
    }

    @Test
    void test_lastLineWithoutNewline_inEveryRange() throws IOException {
        StringBuilder sb = new StringBuilder("id,polarity,target,actual");
        for (int i = 0; i < 500; i++) {
            sb.append("\r\n").append("区域").append(i).append(",lower,").append(1000 + i).append(".5,900");
        }
        Path f = file(sb.toString());
        Tally t = TargetTable.of(f).withThreads(4).withMinRange(100).fold();
        assertThat(t.verdicts()).isEqualTo(500);
        assertThat(t.count(Status.ACHIEVED)).isEqualTo(500);
        assertThat(t).isEqualTo(TargetTable.of(f).withThreads(1).fold());
    }

    @Test
    void test_utf8MultibyteIds_andQuotedCells() throws IOException {
        String text = "id,polarity,target,actual,region\n"
                + "电子信息产业营业收入-2022,higher,700000000000,1030000000000,江西省\n"
                + "\"装备, 工业 \"\"2022\"\"\",higher,\"100\",\" 90 \",江西省\n"
                + "𝔘𝔫𝔦𝔠𝔬𝔡𝔢-Ω,lower,10,8,\"广东省\"\n";
        Path f = file(text);
        List<Verdict> v = read(f);
        assertThat(v).extracting(Verdict::targetId)
                .containsExactly("电子信息产业营业收入-2022", "装备, 工业 \"2022\"", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢-Ω");
        assertThat(v.get(0).attainment()).hasValue(new BigDecimal("1.471428571428571"));
        assertThat(v.get(1).band()).isEqualTo(Status.AT_RISK);
        assertThat(v.get(2).attainment()).hasValue(new BigDecimal("1.25"));
        Tally t = TargetTable.of(f).groupedBy("region").withThreads(3).withMinRange(10).fold();
        assertThat(t.groups().keySet()).containsExactly("江西省", "广东省");
        assertThat(t.groups().get("江西省").verdicts()).isEqualTo(2);
        assertThat(t.groups().get("广东省").bandCount(Status.ON_TRACK)).isEqualTo(1);
    }

    @Test
    void test_groups_acrossRanges_mergeInFirstMetOrder() {
        List<RandomRows.Row> rows = RandomRows.generate(41L, 2_000, false);
        Path f = dir.resolve("g.csv");
        StringBuilder sb = new StringBuilder("region,id,polarity,target,actual\n");
        for (int i = 0; i < rows.size(); i++) {
            RandomRows.Row r = rows.get(i);
            sb.append("省").append(i * 7 % 23).append(',').append(r.id()).append(',')
                    .append(r.lower() ? "lower" : "higher").append(',').append(r.targetText()).append(',')
                    .append(r.actualText()).append('\n');
        }
        try {
            Files.writeString(f, sb.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Tally one = TargetTable.of(f).groupedBy("REGION").withThreads(1).fold();
        Tally many = TargetTable.of(f).groupedBy("region").withThreads(6).withMinRange(500).fold();
        assertThat(many).isEqualTo(one);
        assertThat(many.groups()).hasSize(23);
        assertThat(many.groups().keySet()).containsExactlyElementsOf(one.groups().keySet());
        long sum = many.groups().values().stream().mapToLong(Tally::verdicts).sum();
        assertThat(sum).isEqualTo(rows.size());
        BigDecimal total = many.groups().values().stream().map(Tally::attainmentSum)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo(many.attainmentSum());
    }

    @Test
    void test_noPolarityColumn_meansHigherIsBetter_andColumnsInAnyOrder() throws IOException {
        List<Verdict> v = read(file("actual,note,TARGET,Id\n90,x,100,a\n"));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.targetId()).isEqualTo("a");
            assertThat(x.status()).isEqualTo(Status.MISSED);
            assertThat(x.attainment()).hasValue(new BigDecimal("0.9"));
            assertThat(x.band()).isEqualTo(Status.AT_RISK);
        });
    }

    @Test
    void test_longLines_growTheBuffer() throws IOException {
        String longId = "x".repeat(3 << 20);
        List<Verdict> v = read(file("id,target,actual\n" + longId + ",10,10\nb,10,9\n"));
        assertThat(v).hasSize(2);
        assertThat(v.get(0).targetId()).hasSize(3 << 20);
        assertThat(v.get(1).line()).isEqualTo(3);
    }
}
