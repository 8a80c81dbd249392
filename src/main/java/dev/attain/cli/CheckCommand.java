package dev.attain.cli;

import dev.attain.io.DatasetReader;
import dev.attain.io.LoadReport;
import dev.attain.io.Problem;
import dev.attain.model.Dataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attain check DATASET…}: validates datasets and prints every problem, located. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Reads each dataset (a .json, .yaml, .yml or .xlsx file, or a folder of them with .csv outcome"
            + " tables) and prints every problem in the form file:line:column: record: field 'name': message,"
            + " then a summary line per dataset."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every dataset is valid", "1:a dataset has problems (listed)", "2:a bad command line",
            "3:a dataset cannot be read (no such file, no permission)"})
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DATASET", description = "A dataset file or folder.")
    List<Path> datasets;

    @Option(names = "--max-problems", defaultValue = "1000", paramLabel = "N",
            description = "List the problems of at most N rejected records per dataset; the rest are counted"
                    + " (default: ${DEFAULT-VALUE}).")
    int maxProblems;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (maxProblems < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-problems (" + maxProblems + ") must be at least 1");
        }
        DatasetReader reader = DatasetReader.builder().maxRejectionsKept(maxProblems).build();
        boolean clean = true;
        for (Path path : datasets) {
            LoadReport r = reader.readLenient(Converters.existing(path));
            for (Problem p : r.problems()) {
                out.println(p);
            }
            if (r.notKept() > 0) {
                out.println(String.format(Locale.ROOT, "%s: … and %,d more rejected records, not listed (raise"
                        + " --max-problems to list them)", path, r.notKept()));
            }
            Dataset d = r.dataset();
            out.println(String.format(Locale.ROOT, "%s: %s: %,d records read; kept %,d indicators, %,d targets,"
                    + " %,d outcomes; %,d rejected", path, r.isClean() ? "valid" : "PROBLEMS", r.read(),
                    d.indicators().size(), d.targets().size(), d.outcomes().size(), r.rejectedCount()));
            clean &= r.isClean();
        }
        out.flush();
        return clean ? Attain.OK : Attain.PROBLEMS;
    }
}
