/**
 * Datasets in files: reading and writing plans and results as JSON (the reference form), YAML
 * and CSV tables of outcomes, with every problem reported.
 *
 * <p>Start with {@link dev.attain.io.Datasets}: {@code read(Path)} gives a checked
 * {@link dev.attain.model.Dataset} or a {@link dev.attain.io.DatasetException} listing every
 * {@link dev.attain.io.Problem} by file, line, column, record and field;
 * {@code readLenient(Path)} gives a {@link dev.attain.io.LoadReport} of the valid records and
 * the {@link dev.attain.io.Rejection rejected} ones; {@code write} writes JSON or YAML.
 * {@link dev.attain.io.DatasetReader} sets the limits on untrusted input and the tolerance of
 * imprecise figures. {@link dev.attain.io.AttainModule} is the Jackson 3 module for the model
 * types, for use in a caller's own mapper.
 *
 * <p>The package reads and writes datasets only and knows nothing of evaluations (a scorecard's
 * JSON is written by {@code dev.attain.report}). With the facade and the reports it is the only
 * package that knows Jackson and FastCSV; the model knows nothing of files.
 */
@NullMarked
package dev.attain.io;

import org.jspecify.annotations.NullMarked;
