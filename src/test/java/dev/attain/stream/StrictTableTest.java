package dev.attain.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.attain.eval.Status;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@link TargetTable} is as strict as the dataset reader: bytes that are not UTF-8, empty ids
 * and CR-only line ends are bad rows (or a bad header) with a clear message, never read as
 * U+FFFD, an empty target or a missing column; and a rejected outcome counts as one row.
 */
class StrictTableTest {

    @TempDir
    Path dir;

    private Path file(byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p);
        }
        Path f = dir.resolve("t.csv");
        Files.write(f, out.toByteArray());
        return f;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void test_invalidUtf8InARow_isABadRowNamingTheColumn() throws IOException {
        Path f = file(utf8("id,region,polarity,target,actual\nok,江西,higher,1,1\nbad"), new byte[] {(byte) 0xE6,
            (byte) 0x28}, utf8(",江西,higher,1,1\nok2,赣州,higher,1,2\n"));
        Tally t = TargetTable.of(f).collectingRejections(5).fold();
        assertThat(t.verdicts()).isEqualTo(2);
        assertThat(t.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.field()).isEqualTo("id");
            assertThat(r.reason()).isEqualTo("not UTF-8 text: the byte 0xE6 at byte 4 of the line is not part of a"
                    + " UTF-8 character");
        });
        assertThatExceptionOfType(RowException.class).isThrownBy(() -> TargetTable.of(f).fold())
                .satisfies(e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void test_invalidUtf8InAGroupColumnOfALongLine_isABadRow() throws IOException {
        String pad = "x".repeat(40);
        Path f = file(utf8("id,region,target,actual\nr1," + pad), new byte[] {(byte) 0xC0, (byte) 0x80},
                utf8(",10,9\n"));
        Tally t = TargetTable.of(f).groupedBy("region").collectingRejections(5).fold();
        assertThat(t.rejections()).singleElement().satisfies(r -> assertThat(r.field()).isEqualTo("region"));
        assertThat(t.groups()).isEmpty();
    }

    @Test
    void test_invalidUtf8InTheHeader_failsTheRead() throws IOException {
        Path f = file(utf8("id,target,actual,"), new byte[] {(byte) 0xFF}, utf8("\nr,1,1,x\n"));
        assertThatExceptionOfType(RowException.class).isThrownBy(() -> TargetTable.of(f).fold())
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.reason()).contains("not UTF-8 text: the byte 0xFF at byte 18 of the header");
                });
    }

    @Test
    void test_validUtf8OfEveryLength_isRead() throws IOException {
        Path f = file(utf8("id,region,target,actual\né-1,赣州 😀,10,9\n"));
        List<String> ids = new ArrayList<>();
        Tally t = TargetTable.of(f).groupedBy("region").forEach(v -> ids.add(v.targetId()));
        assertThat(ids).containsExactly("é-1");
        assertThat(t.groups()).containsOnlyKeys("赣州 😀");
    }

    @Test
    void test_emptyId_isABadRow() throws IOException {
        Path f = file(utf8("id,target,actual\n,10,9\n  ,10,9\n\"\",10,9\nok,10,9\n"));
        Tally t = TargetTable.of(f).collectingRejections(5).fold();
        assertThat(t.verdicts()).isEqualTo(1);
        assertThat(t.rejections()).extracting(RejectedRow::line).containsExactly(2L, 3L, 4L);
        assertThat(t.rejections()).allSatisfy(r -> {
            assertThat(r.field()).isEqualTo("id");
            assertThat(r.reason()).isEqualTo("required field is empty: every row names its target");
        });
    }

    @Test
    void test_crOnlyLineEnds_areNamedAsSuch() throws IOException {
        Path f = file(utf8("id,target,actual\ra,10,9\rb,10,11\r"));
        assertThatExceptionOfType(RowException.class).isThrownBy(() -> TargetTable.of(f).fold())
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.field()).isEqualTo("header");
                    assertThat(e.reason()).contains("carriage return (CR) alone").doesNotContain("no column");
                });
    }

    @Test
    void test_crInsideARow_isABadRow_crlfIsFine() throws IOException {
        Path f = file(utf8("id,target,actual\r\na,10,9\r\nb,10\r,11\r\nc,10,11\n"));
        Tally t = TargetTable.of(f).collectingRejections(5).fold();
        assertThat(t.verdicts()).isEqualTo(2);
        assertThat(t.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.field()).isEqualTo("target");
            assertThat(r.reason()).contains("carriage return (CR) inside the line");
        });
    }

    @Test
    void test_outcomeStream_oneBadRowMatchingFiveTargets_isOneRejectedRow() {
        Indicator ind = Indicator.builder("ei", "收入", Unit.CNY).build();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            targets.add(Target.builder("t" + i).indicators("ei").period("2022")
                    .requirement(Figure.of(Qualifier.EXACT, BigDecimal.TEN, Unit.CNY)).build());
        }
        Dataset d = Dataset.of(List.of(ind), targets, List.of());
        Outcome good = Outcome.of("ei", Scope.EMPTY, Period.ofYear(2022),
                Figure.of(Qualifier.EXACT, BigDecimal.ONE, Unit.CNY), LocalDate.of(2023, 1, 1));
        Outcome bad = Outcome.of("ei", Scope.EMPTY, Period.ofYear(2022),
                Figure.of(Qualifier.EXACT, BigDecimal.ONE, Unit.count("家")), LocalDate.of(2023, 1, 1));
        Tally tally = OutcomeStream.of(d, LocalDate.of(2023, 6, 1)).collectingRejections(10)
                .fold(List.of(bad, good).iterator());
        assertThat(tally.rejected()).isEqualTo(1);
        assertThat(tally.rejections()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(1));
        assertThat(tally.count(Status.MISSED)).isEqualTo(5);
    }
}
