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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad rows are reported by line and field, or counted with their lines; never dropped. */
class BadRowsTest {

    @TempDir
    Path dir;

    private Path file(String text) {
        Path f = dir.resolve("bad.csv");
        try {
            Files.write(f, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("a,higher,100,n/a", "actual", "expected a decimal number such as 1234.56, found 'n/a'"),
                Arguments.of("a,higher,1.2.3,5", "target", "found '1.2.3'"),
                Arguments.of("a,higher,,5", "target", "a target needs a required amount"),
                Arguments.of("a,higher,100,1e6", "actual", "found '1e6'"),
                Arguments.of("a,higher,100,-", "actual", "found '-'"),
                Arguments.of("a,higher,\"1,000\",5", "target", "found '\"1,000\"'"),
                Arguments.of("a,sideways,100,5", "polarity", "found 'sideways'"),
                Arguments.of("a,higher,100", "row", "expected 4 fields (id,polarity,target,actual), found 3"),
                Arguments.of("a,higher,100,5,6", "row", "found more"),
                Arguments.of("\"a,higher,100,5", "row", "a quoted field is not closed on its line"),
                Arguments.of("\"a\"b,higher,100,5", "id", "text after the closing quote"),
                Arguments.of("a,higher,100,5.5.", "actual", "found '5.5.'"));
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void test_failingMode_throwsRowException_namingLineAndField(String row, String field, String reason) {
        Path f = file("id,polarity,target,actual\nok,higher,1,1\n\n" + row + "\nlater,higher,1,x\n");
        assertThatExceptionOfType(RowException.class)
                .isThrownBy(() -> TargetTable.of(f).fold())
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).contains(reason);
                    assertThat(e.source()).isEqualTo(f.toString());
                    assertThat(e.getMessage()).contains("line 4, field '" + field + "'");
                });
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void test_collectingMode_countsTheRow_withItsLine(String row, String field, String reason) {
        Path f = file("id,polarity,target,actual\nok,higher,1,1\n" + row + "\nlast,lower,1,1\n");
        Tally t = TargetTable.of(f).collectingRejections(10).fold();
        assertThat(t.rejected()).isEqualTo(1);
        assertThat(t.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.reason()).contains(reason);
        });
        assertThat(t.verdicts()).isEqualTo(2);
    }

    @Test
    void test_parallel_failingMode_reportsTheLowestBadLine() {
        StringBuilder sb = new StringBuilder("id,polarity,target,actual\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append("r").append(i).append(",higher,100,").append(i == 1234 || i == 4321 ? "bad" : "99").append('\n');
        }
        Path f = file(sb.toString());
        assertThatExceptionOfType(RowException.class)
                .isThrownBy(() -> TargetTable.of(f).withThreads(8).withMinRange(1_000).fold())
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(1234 + 2);
                    assertThat(e.field()).isEqualTo("actual");
                });
    }

    @Test
    void test_parallel_collectingMode_countsAll_listsTheFirst_inLineOrder() {
        StringBuilder sb = new StringBuilder("id,polarity,target,actual\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append("r").append(i).append(",higher,100,").append(i % 100 == 7 ? "?" : "99").append('\n');
        }
        Path f = file(sb.toString());
        Tally t = TargetTable.of(f).collectingRejections(20).withThreads(8).withMinRange(1_000).fold();
        assertThat(t.rejected()).isEqualTo(50);
        assertThat(t.rejections()).hasSize(20);
        for (int k = 0; k < 20; k++) {
            assertThat(t.rejections().get(k).line()).isEqualTo(100L * k + 7 + 2);
        }
        assertThat(t.verdicts()).isEqualTo(4_950);
        assertThat(t.verdicts() + t.rejected()).isEqualTo(5_000);
    }

    @Test
    void test_header_withoutARequiredColumn_isLine1() {
        Path f = file("id,polarity,goal,actual\na,higher,1,1\n");
        assertThatExceptionOfType(RowException.class)
                .isThrownBy(() -> TargetTable.of(f).fold())
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.field()).isEqualTo("target");
                    assertThat(e.reason()).contains("no column 'target'");
                });
        assertThatExceptionOfType(RowException.class).isThrownBy(() -> TargetTable.of(file("")).fold())
                .satisfies(e -> assertThat(e.field()).isEqualTo("header"));
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> TargetTable.of(file("id,target,actual\n")).groupedBy("region").fold())
                .withMessageContaining("no column 'region'");
    }

    @Test
    void test_outcomeStream_outcomeInAnotherDimension_isReportedByPosition() {
        Indicator ind = Indicator.builder("ei", "收入", Unit.CNY).build();
        Target t = Target.builder("t").indicators("ei").period("2022")
                .requirement(Figure.of(Qualifier.EXACT, BigDecimal.TEN, Unit.CNY)).build();
        Dataset d = Dataset.of(List.of(ind), List.of(t), List.of());
        Outcome good = Outcome.of("ei", Scope.EMPTY, Period.ofYear(2022),
                Figure.of(Qualifier.EXACT, BigDecimal.ONE, Unit.CNY), LocalDate.of(2023, 1, 1));
        Outcome bad = Outcome.of("ei", Scope.EMPTY, Period.ofYear(2022),
                Figure.of(Qualifier.EXACT, BigDecimal.ONE, Unit.count("家")), LocalDate.of(2023, 1, 1));
        OutcomeStream s = OutcomeStream.of(d, LocalDate.of(2023, 6, 1));
        assertThatExceptionOfType(RowException.class)
                .isThrownBy(() -> s.fold(List.of(good, bad).iterator()))
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo("value");
                });
        Tally tally = s.collectingRejections(5).fold(List.of(good, bad, good).iterator());
        assertThat(tally.rejected()).isEqualTo(1);
        assertThat(tally.rejections().get(0).line()).isEqualTo(2);
        assertThat(tally.count(Status.MISSED)).isEqualTo(2);
    }
}
