package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One file with ten different problems: reading it reports all ten, each where it is. */
class TenProblemsTest {

    static Path resource(String name) {
        try {
            return Path.of(TenProblemsTest.class.getResource("/datasets/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void test_read_tenProblems_allTenReported() {
        Path file = resource("ten-problems.json");
        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.read(file));
        List<String> lines = e.problems().stream()
                .map(p -> p.line() + " " + p.record().orElse("") + " " + p.field().orElse("") + ": " + p.message())
                .toList();
        assertThat(e.problems()).as(String.join("\n", lines)).hasSize(10);
        assertThat(lines).satisfiesExactly(
                l -> assertThat(l).startsWith("4 indicators[1] (ei) id: duplicate id 'ei'"),
                l -> assertThat(l).startsWith("5 indicators[2] (firms) measure: unknown value 'COUNTS'"),
                l -> assertThat(l).startsWith("8 targets[0] (t1) requirement: required field is missing"),
                l -> assertThat(l).startsWith("8 targets[0] (t1) requirment: unknown field"),
                l -> assertThat(l).startsWith("9 targets[1] (t2) indicator: unknown indicator 'equip'"),
                l -> assertThat(l).startsWith("10 targets[2] (t3) period: Period '2022-Q5' cannot be parsed"),
                l -> assertThat(l).startsWith("10 targets[2] (t3) requirement: unit '家' (COUNT) does not measure"),
                l -> assertThat(l).startsWith("12 targets[3] (t4) baseline.period: baseline period 2026 starts after"),
                l -> assertThat(l).startsWith("12 targets[3] (t4) weight: expected a number, found a string"),
                l -> assertThat(l).startsWith("15 outcomes[0] (ei 2022) value: Figure '很多亿元' cannot be parsed at"
                        + " index 0"));
        assertThat(e.getMessage()).startsWith("Dataset " + file + " has 10 problems:\n  " + file + ":4:12: ");
        assertThat(e.getMessage().lines().count()).isEqualTo(11);
    }

    @Test
    void test_readLenient_tenProblems_keepsTheValidRecords() {
        LoadReport r = Datasets.readLenient(resource("ten-problems.json"));
        assertThat(r.dataset().indicators()).extracting(i -> i.id()).containsExactly("ei");
        assertThat(r.dataset().targets()).isEmpty();
        assertThat(r.dataset().outcomes()).isEmpty();
        assertThat(r.rejected()).hasSize(7);
        assertThat(r.read()).isEqualTo(8).isEqualTo(r.accepted() + r.rejected().size());
    }
}
