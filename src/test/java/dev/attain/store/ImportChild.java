package dev.attain.store;

import dev.attain.model.Dataset;
import java.nio.file.Path;

/**
 * The child process of the kill test: imports a large dataset into a store in one call, saying
 * when it starts writing and when it is done. Arguments: {@code h2 <path> <rows>} or
 * {@code postgres <schema> <rows>}.
 */
final class ImportChild {

    /** Rows of the import: enough for a few seconds of writing. */
    static final int ROWS = 400_000;

    /** How long after {@link #WRITING} the test kills the child. */
    static final long KILL_AFTER_MILLIS = 1_500;

    /** Printed just before the import is written. */
    static final String WRITING = "writing";

    /** Printed once the import is committed. */
    static final String DONE = "done";

    private ImportChild() {
    }

    /**
     * Runs the import.
     *
     * @param args  the database and the number of rows
     */
    public static void main(String[] args) {
        int rows = Integer.parseInt(args[2]);
        Dataset large = StoreData.large(rows);
        try (Store store = args[0].equals("h2") ? Store.open(Path.of(args[1]))
                : Store.of(PostgresSupport.dataSource(args[1]))) {
            System.out.println(WRITING);
            System.out.flush();
            store.put(large, "killed import");
            System.out.println(DONE);
            System.out.flush();
        }
    }
}
