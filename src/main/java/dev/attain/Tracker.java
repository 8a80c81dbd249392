package dev.attain;

import static java.util.Objects.requireNonNull;

import dev.attain.eval.Evaluator;
import dev.attain.eval.Scorecard;
import dev.attain.io.DatasetException;
import dev.attain.io.Datasets;
import dev.attain.model.Dataset;
import dev.attain.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The facade: a dataset of targets and outcomes, and an evaluator, giving a
 * {@link Scorecard} as of any date. The dataset is indexed once, when the tracker is made.
 *
 * <pre>{@code
 * Tracker tracker = Tracker.load(Path.of("examples/data/jiangxi/jiangxi.json"));
 * Scorecard card = tracker.evaluate(LocalDate.of(2023, 3, 1));
 * card.shortfalls().forEach(e -> System.out.println(e.target().id() + " " + e.status() + " " + e.reasons()));
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe: one tracker may be evaluated from many threads at
 * once, and gives equal scorecards for equal dates.
 */
public final class Tracker {

    private final Evaluator.Prepared prepared;

    private Tracker(Evaluator.Prepared prepared) {
        this.prepared = prepared;
    }

    /**
     * Reads a dataset (a {@code .json}, {@code .yaml}/{@code .yml} file, or a folder of such
     * files and {@code .csv} outcome tables) and returns a tracker of it with the default
     * evaluator. The shape of the files is described in {@code src/site/markdown/dataset-format.md}.
     *
     * @param path  the file or folder, not null
     * @return the tracker, never null
     * @throws DatasetException listing every problem in the files, each with file, line,
     *     column, record and field
     * @throws java.io.UncheckedIOException if the files cannot be read
     */
    public static Tracker load(Path path) {
        return of(Datasets.read(requireNonNull(path, "path")));
    }

    /**
     * Returns a tracker of a dataset with the default evaluator ({@link Evaluator#defaults()}).
     *
     * @param dataset  the dataset, not null
     * @return the tracker, never null
     */
    public static Tracker of(Dataset dataset) {
        return of(dataset, Evaluator.defaults());
    }

    /**
     * Returns a tracker of a dataset with the given evaluator, which carries the thresholds and
     * exchange rates.
     *
     * @param dataset  the dataset, not null
     * @param evaluator  the evaluator, not null
     * @return the tracker, never null
     */
    public static Tracker of(Dataset dataset, Evaluator evaluator) {
        requireNonNull(dataset, "dataset");
        return new Tracker(requireNonNull(evaluator, "evaluator").prepare(dataset));
    }

    /**
     * Returns a tracker of what a store held on a date: every indicator and target, and the
     * outcomes published on or before it ({@link Store#datasetAsOf}), with the default evaluator.
     *
     * <pre>{@code
     * Scorecard card = Tracker.of(store, asOf).evaluate(asOf);
     * }</pre>
     *
     * @param store  the store, not null
     * @param asOf  the date, not null
     * @return the tracker, never null
     * @throws dev.attain.store.StoreException if the database fails
     */
    public static Tracker of(Store store, LocalDate asOf) {
        requireNonNull(store, "store");
        return of(store.datasetAsOf(requireNonNull(asOf, "asOf")));
    }

    /**
     * Evaluates every target as of a date, using only the outcomes published on or before it.
     *
     * @param asOf  the date, not null
     * @return the scorecard, never null
     */
    public Scorecard evaluate(LocalDate asOf) {
        return prepared.evaluate(requireNonNull(asOf, "asOf"));
    }

    /**
     * Returns the dataset.
     *
     * @return the dataset, never null
     */
    public Dataset dataset() {
        return prepared.dataset();
    }

    /**
     * Returns the evaluator.
     *
     * @return the evaluator, never null
     */
    public Evaluator evaluator() {
        return prepared.evaluator();
    }

    /**
     * Returns a short description: the number of targets and the evaluator.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "Tracker[" + dataset().targets().size() + " targets, " + evaluator() + "]";
    }
}
