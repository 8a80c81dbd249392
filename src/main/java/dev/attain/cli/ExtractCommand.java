package dev.attain.cli;

import dev.attain.extract.DatasetDraft;
import dev.attain.extract.Extraction;
import dev.attain.extract.Extractor;
import dev.attain.io.DatasetFormat;
import dev.attain.io.DatasetReader;
import dev.attain.io.Datasets;
import dev.attain.model.Dataset;
import dev.attain.model.Scope;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attain extract DOCUMENT.txt --published DATE --out DRAFT.json}: a plan or bulletin read into a draft dataset. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads the figures of a plan or bulletin from its text (UTF-8) and writes a draft dataset"
            + " for a person to review: the targets and outcomes found, each citing its sentence and characters,"
            + " with indicators matched by name to those of --against where they fit. Figures it could not place"
            + " are counted; the draft is .json, .yaml or .xlsx by the name of --out."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the draft was written", "1:the --against dataset has problems, or the draft is not a"
            + " valid dataset", "2:a bad command line", "3:a file that cannot be read or written"})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DOCUMENT.txt", description = "The document's text, in UTF-8.")
    Path document;

    @Option(names = "--published", required = true, paramLabel = "DATE", converter = Converters.Date.class,
            description = "The date the document was published, such as 2023-02-01.")
    LocalDate published;

    @Option(names = "--against", paramLabel = "DATASET",
            description = "Reuse the indicators of this dataset where the names match.")
    @Nullable Path against;

    @Option(names = "--scope", paramLabel = "KEY=VALUE", description = "The scope of every record, such as"
            + " region=江西省; may be repeated.")
    Map<String, String> scope = new LinkedHashMap<>();

    @Option(names = "--id-prefix", paramLabel = "PREFIX", defaultValue = "x-",
            description = "The prefix of the ids the draft makes (default: ${DEFAULT-VALUE}).")
    String idPrefix;

    @Option(names = "--out", required = true, paramLabel = "DRAFT.json", description = "The draft dataset to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (DatasetFormat.of(out).filter(f -> f != DatasetFormat.CSV).isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out must name a .json, .yaml,"
                    + " .yml or .xlsx file, not '" + out + "'");
        }
        String text;
        try {
            text = Files.readString(Converters.existing(document), StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new Failure(Attain.PROBLEMS, document + ": not UTF-8 text; save the document as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Extraction x = Extractor.defaults().extract(text, published);
        Path name = document.getFileName();
        DatasetDraft draft = x.draft(name == null ? document.toString() : name.toString()).idPrefix(idPrefix);
        Dataset known = against == null ? null : DatasetReader.defaults().read(Converters.existing(against));
        if (known != null) {
            draft.against(known);
        }
        if (!scope.isEmpty()) {
            draft.scope(Scope.of(scope));
        }
        Dataset d;
        try {
            d = draft.build();
        } catch (IllegalArgumentException e) {
            throw new Failure(Attain.PROBLEMS, "the draft is not a valid dataset: " + e.getMessage());
        }
        Path file = Attain.outputFile(out);
        Datasets.write(d, file);
        long fresh = d.indicators().stream().filter(i -> known == null || known.indicator(i.id()).isEmpty()).count();
        PrintWriter w = spec.commandLine().getOut();
        w.println(String.format(Locale.ROOT, "%s: %d targets and %d outcomes on %d indicators (%d proposed anew,"
                + " to review) written to %s; %d candidates left out (no form in a dataset yet), %d figures"
                + " unresolved", document, d.targets().size(), d.outcomes().size(), d.indicators().size(), fresh, out,
                draft.leftOut().size(), x.unresolved().size()));
        w.flush();
        return Attain.OK;
    }
}
