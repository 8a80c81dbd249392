/**
 * The JSON form of the model's values, in the dataset format: one writer for each of figures,
 * periods, units, scopes, sources, indicators, targets, outcomes and datasets
 * ({@link dev.attain.json.ModelJson}), shared by {@code dev.attain.io}, which reads and writes
 * datasets, and {@code dev.attain.report}, whose scorecard JSON carries an evaluation's outcomes
 * as a dataset file holds them. Uses quantity and model, and Jackson; nothing of evaluations.
 */
@NullMarked
package dev.attain.json;

import org.jspecify.annotations.NullMarked;
