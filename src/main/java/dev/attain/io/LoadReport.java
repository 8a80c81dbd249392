package dev.attain.io;

import static java.util.Objects.requireNonNull;

import dev.attain.model.Dataset;
import java.util.List;

/**
 * What a lenient read found: the records that were valid, as a checked {@link Dataset}, and
 * every record that was not, with its file, line and reasons. Nothing read is lost:
 * {@code read() == accepted() + rejectedCount()}. The first rejected records (1,000 unless
 * {@link DatasetReader.Builder#maxRejectionsKept(int)} says otherwise) are kept in full; the
 * rest are counted by {@link #notKept()}, so that a file whose rows are all bad is read in
 * bounded memory.
 *
 * <p>A record is rejected whole when any of its fields is wrong, when it refers to an indicator
 * that is unknown or was itself rejected, when a figure's unit is of another dimension than its
 * indicator's, or when its id repeats an earlier one (the first is kept). A file or a part of a
 * file that cannot be read as records at all (not JSON, empty, over a size limit, an unknown
 * top-level field, a CSV header without a required column) counts as one record read and
 * rejected.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class LoadReport {

    private final String source;
    private final Dataset dataset;
    private final List<Rejection> rejected;
    private final long notKept;
    private final long read;

    LoadReport(String source, Dataset dataset, List<Rejection> rejected, long notKept, long read) {
        this.source = requireNonNull(source, "source");
        this.dataset = requireNonNull(dataset, "dataset");
        this.rejected = List.copyOf(rejected);
        this.notKept = notKept;
        this.read = read;
        if (read != accepted() + rejectedCount()) {
            throw new IllegalStateException("read (" + read + ") must equal accepted (" + accepted()
                    + ") + rejected (" + rejectedCount() + ")");
        }
    }

    /**
     * Returns the valid records, checked for consistency.
     *
     * @return the dataset, never null
     */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Returns the rejected records kept in full (the first ones read, up to the reader's
     * {@link DatasetReader.Builder#maxRejectionsKept(int) maxRejectionsKept}), in file order,
     * then by line.
     *
     * @return the rejections, never null
     */
    public List<Rejection> rejected() {
        return rejected;
    }

    /**
     * Returns the number of records rejected: those in {@link #rejected()} and those counted
     * but not kept.
     *
     * @return {@code rejected().size() + notKept()}
     */
    public long rejectedCount() {
        return rejected.size() + notKept;
    }

    /**
     * Returns the number of rejected records that were counted but not kept, because
     * {@link #rejected()} already held as many as the reader keeps.
     *
     * @return the count, zero or more
     */
    public long notKept() {
        return notKept;
    }

    /**
     * Returns the number of records read: array elements, CSV rows, and unreadable parts.
     *
     * @return {@code accepted() + rejectedCount()}
     */
    public long read() {
        return read;
    }

    /**
     * Returns the number of records kept: indicators, targets and outcomes of {@link #dataset()}.
     *
     * @return the count, not negative
     */
    public long accepted() {
        return (long) dataset.indicators().size() + dataset.targets().size() + dataset.outcomes().size();
    }

    /**
     * Returns every problem of every rejection kept, in order.
     *
     * @return the problems, never null
     */
    public List<Problem> problems() {
        return rejected.stream().flatMap(r -> r.problems().stream()).toList();
    }

    /**
     * Tells whether nothing was rejected.
     *
     * @return true if every record read was kept
     */
    public boolean isClean() {
        return rejected.isEmpty();
    }

    /**
     * Returns the dataset if nothing was rejected, as a strict read would.
     *
     * @return the dataset, never null
     * @throws DatasetException listing every problem if anything was rejected
     */
    public Dataset datasetOrThrow() {
        if (!rejected.isEmpty()) {
            throw new DatasetException(source, problems(), notKept);
        }
        return dataset;
    }

    /**
     * Returns a summary: source, counts read, accepted and rejected.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "LoadReport[" + source + ": read " + read + ", accepted " + accepted() + ", rejected "
                + rejectedCount() + (notKept == 0 ? "" : " (" + notKept + " not kept)") + "]";
    }
}
