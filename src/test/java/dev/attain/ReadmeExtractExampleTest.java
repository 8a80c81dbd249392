package dev.attain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.extract.Extraction;
import dev.attain.extract.Extractor;
import dev.attain.extract.TargetCandidate;
import dev.attain.extract.Unresolved;
import dev.attain.io.Datasets;
import dev.attain.model.Commitment;
import dev.attain.model.Dataset;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.quantity.Figure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README's section on reading documents, line by line, with what README says each line gives. */
class ReadmeExtractExampleTest {

    @TempDir
    Path dir;

    @Test
    void test_readThePlan() throws IOException {
        String text = Files.readString(Path.of("examples/data/sources/003_e4ac14dd2e8239c0.txt"));
        Extraction x = Extractor.defaults().extract(text, LocalDate.of(2020, 4, 7));

        TargetCandidate t = x.targets().get(0);
        assertThat(t.indicator()).isEqualTo("有色产业营业收入");
        assertThat(t.requirement()).isEqualTo(Figure.parse("突破7000亿元"));
        assertThat(t.period()).isEqualTo(Period.ofYear(2020));
        assertThat(t.commitment()).isEqualTo(Commitment.STRETCH);
        assertThat(t.phrase()).isEqualTo("突破7000亿元").isEqualTo(text.substring(t.start(), t.end()));
        assertThat(x.targets()).hasSize(43);
        assertThat(x.unresolved()).hasSize(36);
        Unresolved u = x.unresolved().stream().filter(v -> v.phrase().equals("过亿元")).findFirst().orElseThrow();
        assertThat(u.why()).isEqualTo(Unresolved.Why.PART_OF_INDICATOR);

        Dataset draft = x.draft("003_e4ac14dd2e8239c0.txt")
                .against(Datasets.read(Path.of("examples/data/jiangxi/jiangxi.json")))
                .scope(Scope.of("region", "江西省"))
                .build();
        Datasets.write(draft, dir.resolve("draft.json"));
        assertThat(draft.targets().get(0).indicators()).containsExactly("nonferrous-revenue");
        assertThat(draft.targets().get(0).source().orElseThrow().span()).isPresent();
        assertThat(Datasets.read(dir.resolve("draft.json"))).isEqualTo(draft);
    }
}
