package dev.attain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.io.Datasets;
import dev.attain.io.LoadReport;
import dev.attain.model.Dataset;
import dev.attain.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Jiangxi dataset ({@code examples/data/jiangxi/jiangxi.json}) against its sources: every record
 * loads strictly, none is dropped, every cited document is there, and every quote is found verbatim
 * in the document it cites.
 *
 * <p>Maven runs tests from the repository root, where the examples look for their data.
 */
class JiangxiDatasetTest {

    /** The scraped document, whose noise glyphs are removed before quotes are matched. */
    static final String SCRAPED = "002_957c925e5307aa20.txt";

    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = Datasets.read(ExampleSupport.DATASET);
    }

    @Test
    void test_everyRecordLoads_strictAndLenient() {
        LoadReport report = Datasets.readLenient(ExampleSupport.DATASET);
        assertThat(report.rejected()).as("rejected records").isEmpty();
        assertThat(report.isClean()).isTrue();
        assertThat(report.accepted()).isEqualTo(95 + 54 + 63);
        assertThat(report.read()).isEqualTo(report.accepted());
    }

    @Test
    void test_counts() {
        assertThat(dataset.indicators()).hasSize(95);
        assertThat(dataset.targets()).hasSize(54);
        assertThat(dataset.outcomes()).hasSize(63);
    }

    @Test
    void test_everyRecordCitesADocumentWithDateAndQuote() {
        List<String> missing = new ArrayList<>();
        dataset.targets().forEach(t -> check("target " + t.id(), t.source(), missing));
        for (int i = 0; i < dataset.outcomes().size(); i++) {
            var o = dataset.outcomes().get(i);
            check("outcomes[" + i + "] " + o.indicator() + " " + o.period(), o.source(), missing);
        }
        assertThat(missing).as("records without document, date or quote").isEmpty();
    }

    private static void check(String what, Optional<Source> source, List<String> missing) {
        if (source.isEmpty() || source.get().date().isEmpty() || source.get().quote().isEmpty()) {
            missing.add(what);
        }
    }

    @Test
    void test_everyDocumentCitedExists() {
        Set<String> cited = new java.util.TreeSet<>();
        dataset.targets().forEach(t -> t.source().ifPresent(s -> cited.add(s.document())));
        dataset.outcomes().forEach(o -> o.source().ifPresent(s -> cited.add(s.document())));
        assertThat(cited).hasSize(5);
        for (String doc : cited) {
            assertThat(ExampleSupport.SOURCES.resolve(doc)).as(doc).isRegularFile();
        }
    }

    @Test
    void test_everyQuoteIsVerbatimInItsDocument() throws IOException {
        Map<String, String> texts = new HashMap<>();
        List<String> notFound = new ArrayList<>();
        int checked = 0;
        List<Cited> all = new ArrayList<>();
        dataset.targets().forEach(t -> t.source().ifPresent(s -> all.add(new Cited("target " + t.id(), s))));
        dataset.outcomes().forEach(o -> o.source().ifPresent(s -> all.add(
                new Cited("outcome " + o.indicator() + " " + o.scope() + " " + o.period(), s))));
        for (Cited c : all) {
            String text = texts.computeIfAbsent(c.source().document(), JiangxiDatasetTest::text);
            String quote = c.source().quote().orElseThrow();
            if (!text.contains(quote)) {
                notFound.add(c.what() + ": \"" + quote + "\" not in " + c.source().document());
            }
            checked++;
        }
        assertThat(checked).isEqualTo(54 + 63);
        assertThat(notFound).as("quotes not found verbatim").isEmpty();
    }

    @Test
    void test_noiseGlyphsAreOnlyInTheScrapedDocument_andNeverInAQuote() {
        assertThat(raw(SCRAPED)).containsAnyOf("◆", "■", "★");
        dataset.targets().forEach(t -> t.source().flatMap(Source::quote)
                .ifPresent(q -> assertThat(q).doesNotContainPattern("[◆■★]")));
        dataset.outcomes().forEach(o -> o.source().flatMap(Source::quote)
                .ifPresent(q -> assertThat(q).doesNotContainPattern("[◆■★]")));
    }

    private record Cited(String what, Source source) {
    }

    /** The document's text, with the noise glyphs removed from the scraped one. */
    private static String text(String document) {
        String raw = raw(document);
        return document.equals(SCRAPED) ? raw.replaceAll("[◆■★]", "") : raw;
    }

    private static String raw(String document) {
        try {
            return Files.readString(ExampleSupport.SOURCES.resolve(document), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
