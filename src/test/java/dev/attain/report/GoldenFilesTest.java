package dev.attain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The console, Markdown and CSV renderers on the fixed scorecard of {@link Fixtures}, in
 * Chinese and English, compared byte for byte with the golden files under
 * {@code src/test/resources/report/}.
 *
 * <p>After a deliberate change of output, regenerate the files with
 * {@code mvn test -Dtest=GoldenFilesTest -Dreport.updateGoldens=true}, and review the diff.
 */
class GoldenFilesTest {

    static Stream<Arguments> goldens() {
        return Stream.of(
                Arguments.of("console-zh.txt", ConsoleReport.of(Locale.SIMPLIFIED_CHINESE)),
                Arguments.of("console-en.txt", ConsoleReport.of(Locale.ENGLISH)),
                Arguments.of("markdown-zh.md", MarkdownReport.of(Locale.CHINESE)),
                Arguments.of("markdown-en.md", MarkdownReport.of(Locale.US)),
                Arguments.of("scorecard-zh.csv", CsvReport.of(Locale.CHINESE)),
                Arguments.of("scorecard-en.csv", CsvReport.of(Locale.ENGLISH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void test_render_matchesGoldenFile(String file, ScorecardRenderer renderer) throws IOException {
        String actual = renderer.render(Fixtures.scorecard());
        if (Boolean.getBoolean("report.updateGoldens")) {
            Path dir = Path.of("src", "test", "resources", "report");
            Files.createDirectories(dir);
            Files.write(dir.resolve(file), actual.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(golden(file), actual, file);
    }

    static String golden(String file) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/report/" + file)) {
            assertNotNull(in, "golden file /report/" + file + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
