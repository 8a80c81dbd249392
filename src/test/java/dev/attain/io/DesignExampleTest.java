package dev.attain.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Commitment;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.PaceModel;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The JSON of design.md § The dataset format, copied verbatim into
 * {@code datasets/design-example.json}, reads as written there. The example defines only the
 * indicator {@code ei}, while its targets refer to {@code equip} and {@code va} too: every
 * record reads without a problem of its own, and those two references are the only problems.
 */
class DesignExampleTest {

    @Test
    void test_read_designExample_readsEveryRecordAndReportsOnlyTheUndefinedIndicators() {
        LoadReport r = Datasets.readLenient(TenProblemsTest.resource("design-example.json"));
        assertThat(r.problems()).extracting(p -> p.record().orElseThrow() + " " + p.field().orElseThrow() + ": "
                + p.message()).containsExactly(
                        "targets[0] (jx-2022-ei-equip) indicators[1]: unknown indicator 'equip'",
                        "targets[1] (jx-2025-va) indicator: unknown indicator 'va'");
        assertThat(r.problems()).extracting(Problem::line).containsExactly(7, 11);
        assertThat(r.dataset().indicators()).extracting(Indicator::id).containsExactly("ei");
        assertThat(r.dataset().outcomes()).singleElement().satisfies(o ->
                assertThat(o.value().nominal()).isEqualByComparingTo("1030000000000"));
    }

    @Test
    void test_read_designExampleWithItsIndicatorsDefined_isValid() {
        String original = readResource("design-example.json");
        String anchor = "\"tags\": [\"2+6+N\"]}\n";
        assertThat(original).contains(anchor);
        String completed = original.replace(anchor, "\"tags\": [\"2+6+N\"]},\n"
                + "    {\"id\": \"equip\", \"name\": \"装备制造产业营业收入\", \"unit\": \"CNY\"},\n"
                + "    {\"id\": \"va\", \"name\": \"工业增加值\", \"unit\": \"CNY\"}\n");
        Dataset d = DatasetReader.defaults().read(new StringReader(completed), DatasetFormat.JSON, "design.json");
        assertThat(d.indicators()).extracting(Indicator::id).containsExactly("ei", "equip", "va");
        assertThat(d.indicators().get(0).tags()).containsExactly("2+6+N");
        assertThat(d.targets()).hasSize(2);
        assertThat(d.targets().get(0).indicators()).containsExactly("ei", "equip");
        assertThat(d.targets().get(0).commitment()).isEqualTo(Commitment.STRETCH);
        assertThat(d.targets().get(0).requirement().lowerInclusive()).isFalse();
        assertThat(d.targets().get(0).source().orElseThrow().quote()).contains("力争电子信息和装备工业突破7000亿元");
        assertThat(d.targets().get(1).pace()).isEqualTo(PaceModel.COMPOUND);
        assertThat(d.targets().get(1).commitment()).isEqualTo(Commitment.EXPECTED);
        assertThat(d.targets().get(1).baseline().orElseThrow().value().nominal()).isEqualByComparingTo("1000000000000");
        assertThat(d.outcomes().get(0).scope().entries()).containsEntry("region", "江西省");
    }

    static String readResource(String name) {
        try {
            return java.nio.file.Files.readString(TenProblemsTest.resource(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
