/**
 * Streaming evaluation: targets judged against outcomes read row by row, for tables of tens of
 * millions of rows, with memory bounded by the targets held (or by a buffer per thread), not by
 * the number of rows.
 *
 * <p>Two sources: a {@link dev.attain.stream.TargetTable}, a CSV file of targets with their
 * actuals (id, polarity, target, actual) read at byte level in parallel byte ranges, with
 * amounts parsed straight into exact scaled longs; and an {@link dev.attain.stream.OutcomeStream},
 * the targets of a dataset held in memory and judged against an {@code Iterator} or
 * {@code Stream} of outcomes. Each hands {@link dev.attain.stream.Verdict verdicts} to a consumer
 * or folds them into a {@link dev.attain.stream.Tally}: counts per status and per band, the exact
 * sum of the attainments, roll-ups by group, and the rejected rows with their lines
 * ({@link dev.attain.stream.RejectedRow}; {@link dev.attain.stream.RowException} in the failing
 * mode). Nothing is dropped silently.
 *
 * <p>A verdict is exactly what {@link dev.attain.eval.Evaluator} gives for the same target and
 * outcome: this package reads bytes and outcomes, and asks the judgement core,
 * {@link dev.attain.eval.Judgement} (on scaled longs where they fit, exactly otherwise, with the
 * same answer), for every verdict on a point; a target that is more than a point against a plain
 * requirement goes through the evaluator itself. A target whose verdict needs several outcomes
 * together (each of or the sum of several indicators, a relative requirement, an increment that
 * names its total: {@link dev.attain.eval.Evaluator#judgedRowByRow}) is judged once by the
 * evaluator on all its outcomes, when the source is exhausted. The package uses the public API of {@code dev.attain.eval} and
 * {@code dev.attain.model} only.
 */
@NullMarked
package dev.attain.stream;

import org.jspecify.annotations.NullMarked;
