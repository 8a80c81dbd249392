package dev.attain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.io.DatasetException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Tracker#load}: the JSON shape of design.md, read from a file and evaluated. */
class TrackerLoadTest {

    @TempDir
    Path dir;

    private static String designExample() throws IOException, URISyntaxException {
        return Files.readString(Path.of(TrackerLoadTest.class.getResource("/datasets/design-example.json").toURI()));
    }

    @Test
    void test_load_designExampleWithItsTwoMissingIndicatorsDefined_evaluatesTheSumTarget() throws Exception {
        String anchor = "\"tags\": [\"2+6+N\"]}\n";
        String json = designExample().replace(anchor, "\"tags\": [\"2+6+N\"]},\n"
                + "    {\"id\": \"equip\", \"name\": \"装备制造产业营业收入\", \"unit\": \"CNY\"},\n"
                + "    {\"id\": \"va\", \"name\": \"工业增加值\", \"unit\": \"CNY\"}\n");
        Path file = Files.writeString(dir.resolve("design.json"), json);

        Scorecard card = Tracker.load(file).evaluate(LocalDate.of(2023, 6, 30));

        Evaluation sum = card.evaluation("jx-2022-ei-equip").orElseThrow();
        assertThat(sum.status()).isEqualTo(Status.ACHIEVED);
        assertThat(sum.attainment().orElseThrow().lowerEndpoint()).isEqualByComparingTo(new BigDecimal("1.471428571428571"));
        assertThat(sum.attainment().orElseThrow().hasUpperBound()).isFalse();
        assertThat(sum.reasonsText()).contains("equip").contains("not reported");
        assertThat(card.evaluation("jx-2025-va").orElseThrow().status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void test_load_designExampleAsWritten_namesTheTwoIndicatorsItNeverDefines() throws Exception {
        Path file = Files.writeString(dir.resolve("design.json"), designExample());
        assertThatExceptionOfType(DatasetException.class)
                .isThrownBy(() -> Tracker.load(file))
                .satisfies(e -> assertThat(e.problems()).hasSize(2))
                .withMessageContaining("design.json:7:")
                .withMessageContaining("unknown indicator 'equip'")
                .withMessageContaining("unknown indicator 'va'");
    }

    @Test
    void test_load_fileThatIsNotJson_failsNamingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.json"), "this is not json");
        assertThatExceptionOfType(DatasetException.class)
                .isThrownBy(() -> Tracker.load(file))
                .withMessageContaining("plan.json");
    }
}
