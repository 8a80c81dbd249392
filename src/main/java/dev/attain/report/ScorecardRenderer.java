package dev.attain.report;

import static java.util.Objects.requireNonNull;

import dev.attain.eval.Scorecard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a {@link Scorecard} as text in one format: a console table ({@link ConsoleReport}),
 * Markdown ({@link MarkdownReport}), CSV ({@link CsvReport}), JSON ({@link JsonReport}) or a
 * self-contained HTML page ({@link HtmlReport}).
 *
 * <pre>{@code
 * Scorecard card = Tracker.of(dataset).evaluate(LocalDate.of(2023, 3, 1));
 * System.out.print(ConsoleReport.of(Locale.CHINESE).render(card));
 * HtmlReport.of(Locale.CHINESE).withHistory(dataset).write(card, Path.of("scorecard.html"));
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * Implementations are immutable and thread-safe: one renderer may render many scorecards from
 * many threads at once, and renders equal scorecards to equal text.
 */
public interface ScorecardRenderer {

    /**
     * Renders a scorecard.
     *
     * @param scorecard  the scorecard, not null
     * @return the text, never null
     */
    String render(Scorecard scorecard);

    /**
     * Renders a scorecard to a writer. The writer is flushed and left open.
     *
     * @param scorecard  the scorecard, not null
     * @param writer  the writer, not null
     * @throws UncheckedIOException if the writer fails
     */
    default void write(Scorecard scorecard, Writer writer) {
        requireNonNull(writer, "writer");
        String text = render(scorecard);
        try {
            writer.write(text);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders a scorecard to a file in UTF-8, replacing the file if it exists.
     *
     * @param scorecard  the scorecard, not null
     * @param file  the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    default void write(Scorecard scorecard, Path file) {
        requireNonNull(file, "file");
        String text = render(scorecard);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
