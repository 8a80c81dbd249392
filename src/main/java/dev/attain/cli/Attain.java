package dev.attain.cli;

import dev.attain.io.DatasetException;
import dev.attain.io.Problem;
import dev.attain.store.StoreException;
import dev.attain.stream.RowException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code attain} command: {@code check}, {@code evaluate} and {@code stream} on one's own
 * data, from the runnable jar {@code attain-<version>-cli.jar}.
 *
 * <pre>
 * attain check DATASET…
 * attain evaluate DATASET --as-of DATE [--format console|markdown|csv|json|html|xlsx] [--out FILE]
 *                 [--lang zh|en] [--thresholds default|eurostat|traffic-light]
 * attain stream TARGETS.csv [--group-by COLUMN] [--thresholds …] [--progress auto|always|never]
 * attain stream DATASET OUTCOMES.csv --as-of DATE [--group-by SCOPE-KEY] …
 * attain import DATASET --db JDBC-URL [--user USER]
 * attain extract DOCUMENT.txt --published DATE [--against DATASET] --out DRAFT.json
 * attain evaluate --db JDBC-URL --as-of DATE …
 * </pre>
 *
 * <p>Exit statuses: {@value #OK} success; {@value #PROBLEMS} the data has problems (a dataset
 * that does not load, rows rejected); {@value #USAGE} a bad command line; {@value #IO} a file
 * or database that cannot be read or written; {@value #INTERNAL} a fault of Attain. An error is one line on
 * standard error, naming the command; {@code --verbose} adds the stack trace.
 */
@Command(name = "attain", mixinStandardHelpOptions = true, versionProvider = Attain.Version.class,
        description = "Tracks planned targets against reported outcomes: exactly, with every problem located.",
        subcommands = {CheckCommand.class, EvaluateCommand.class, StreamCommand.class, ImportCommand.class,
            ExtractCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:the data has problems (each is listed, located by file, line, column, record and field)",
            "2:a bad command line (an unknown option, a missing or malformed argument)",
            "3:a file or database that cannot be read or written",
            "4:a fault of Attain itself (run with --verbose for the stack trace)"})
public final class Attain implements Runnable {

    /** Exit status: success. */
    public static final int OK = 0;
    /** Exit status: the data has problems, each listed and located. */
    public static final int PROBLEMS = 1;
    /** Exit status: a bad command line. */
    public static final int USAGE = 2;
    /** Exit status: a file or database that cannot be read or written. */
    public static final int IO = 3;
    /** Exit status: a fault of Attain itself. */
    public static final int INTERNAL = 4;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "On an error, print the stack trace too.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    Attain() {
    }

    /** Without a command: a usage error listing the commands. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a command: check, evaluate, stream, import or extract");
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args  the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs a command line in this process, as {@link #main} does, without exiting.
     *
     * @param args  the command line, not null
     * @param out  standard output, not null
     * @param err  standard error, not null
     * @return the exit status: {@value #OK}, {@value #PROBLEMS}, {@value #USAGE}, {@value #IO} or
     *     {@value #INTERNAL}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine cl = new CommandLine(new Attain());
        cl.setOut(o);
        cl.setErr(e);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine cmd = ex.getCommandLine();
            e.println(name(cmd) + ": " + ex.getMessage());
            e.println("Try '" + name(cmd) + " --help' for more.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> failed(ex, cmd, verbose));
        int code = cl.execute(args);
        o.flush();
        e.flush();
        return code;
    }

    /**
     * The file a command writes to, absolute, with its folder made if missing.
     *
     * @throws UncheckedIOException if the folder cannot be made
     */
    static java.nio.file.Path outputFile(java.nio.file.Path out) {
        java.nio.file.Path file = out.toAbsolutePath().normalize();
        try {
            if (file.getParent() != null) {
                java.nio.file.Files.createDirectories(file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String name(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName();
    }

    /** Says what went wrong in one line and returns the exit status. */
    private static int failed(Exception ex, CommandLine cmd, boolean verbose) {
        PrintWriter e = cmd.getErr();
        int code;
        String message;
        if (ex instanceof Failure f) {
            code = f.code();
            message = f.getMessage();
        } else if (ex instanceof DatasetException d) {
            code = PROBLEMS;
            List<Problem> problems = d.problems();
            long more = problems.size() - 1L + d.notKept();
            message = problems.get(0) + (more == 0 ? "" : String.format(Locale.ROOT,
                    " (and %,d more; 'attain check' lists them all)", more));
        } else if (ex instanceof StoreException s) {
            code = IO;
            message = s.getMessage();
        } else if (ex instanceof RowException r) {
            code = PROBLEMS;
            message = r.getMessage();
        } else if (ex instanceof UncheckedIOException u) {
            code = IO;
            message = ioMessage(u.getCause());
        } else if (ex instanceof IOException io) {
            code = IO;
            message = ioMessage(io);
        } else {
            code = INTERNAL;
            message = "internal error: " + ex + (verbose ? "" : " (run with --verbose for the stack trace)");
        }
        e.println(name(cmd) + ": " + oneLine(message));
        if (verbose) {
            ex.printStackTrace(e);
        }
        e.flush();
        return code;
    }

    private static String ioMessage(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        return "cannot read or write " + e.getMessage();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ");
    }

    /** The version, from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Attain.class.getPackage().getImplementationVersion();
            return new String[] {"attain " + (v == null ? "(development build)" : v)};
        }
    }
}
