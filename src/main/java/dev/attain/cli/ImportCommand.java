package dev.attain.cli;

import dev.attain.io.DatasetException;
import dev.attain.model.Dataset;
import dev.attain.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attain import DATASET --db JDBC-URL}: a dataset into a store, in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads a dataset (failing on any problem, as check shows them) and writes it into a store"
            + " in one transaction: new indicators and targets are added, ones stored with equal fields kept,"
            + " every outcome appended. The password, if any, comes from the environment variable "
            + Databases.PASSWORD + "."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:imported", "1:the dataset has problems, or differs from what the store holds;"
            + " nothing was written", "2:a bad command line", "3:a file or the database cannot be read or written"})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATASET", description = "A dataset file or folder.")
    Path dataset;

    @Option(names = "--db", required = true, paramLabel = "JDBC-URL",
            description = "The store, such as jdbc:h2:file:./attain or jdbc:postgresql://localhost:5432/attain.")
    String db;

    @Option(names = "--user", paramLabel = "USER", description = "The database user.")
    @Nullable String user;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path path = Converters.existing(dataset);
        try (Store store = Databases.open(db, user, System.getenv())) {
            Dataset d;
            try {
                d = store.importDataset(path);
            } catch (DatasetException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new Failure(Attain.PROBLEMS, "nothing was written: " + e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(String.format(Locale.ROOT, "%s: imported %,d indicators, %,d targets, %,d outcomes into %s",
                    dataset, d.indicators().size(), d.targets().size(), d.outcomes().size(), Databases.shown(db)));
            out.flush();
        }
        return Attain.OK;
    }
}
