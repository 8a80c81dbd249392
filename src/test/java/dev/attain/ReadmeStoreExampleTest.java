package dev.attain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.eval.Status;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.quantity.Figure;
import dev.attain.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** README.md's store example, line by line, with what README says each line gives. */
class ReadmeStoreExampleTest {

    @Test
    void test_theStoreInAFewLines() throws Exception {
        Files.deleteIfExists(Path.of("target/attain.mv.db"));
        try (Store store = Store.open(Path.of("target/attain"))) {                 // an H2 file: target/attain.mv.db
            store.importDataset(Path.of("examples/data/jiangxi/jiangxi.json"));   // checked; all or nothing
            LocalDate before = LocalDate.of(2023, 1, 31);
            LocalDate after = LocalDate.of(2023, 6, 30);
            assertThat(Tracker.of(store, before).evaluate(before).evaluation("jx-2022-ei-equip").orElseThrow()
                    .status()).isEqualTo(Status.NO_DATA);                          // not yet published
            assertThat(Tracker.of(store, after).evaluate(after).evaluation("jx-2022-ei-equip").orElseThrow()
                    .status()).isEqualTo(Status.INDETERMINATE);                    // electronics published 2023-02-01

            Outcome preliminary = new Outcome("ei-revenue", Scope.of("region", "江西省"), Period.parse("2023"),
                    Figure.parse("约1.1万亿元"), LocalDate.of(2024, 1, 20), OutcomeStatus.PRELIMINARY, Optional.empty());
            store.append(List.of(preliminary));                                    // a new figure, kept for good
            assertThat(store.history("ei-revenue", Scope.of("region", "江西省"), Period.parse("2023")))
                    .containsExactly(preliminary);                                 // every publication of it
        }
        try (Store again = Store.open(Path.of("target/attain"))) {
            assertThat(again.dataset().outcomes()).hasSize(64);                    // 63 from the file, and the new one
        }
    }
}
