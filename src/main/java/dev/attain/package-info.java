/**
 * Attain: planned targets tracked against reported outcomes, exactly. The facade,
 * {@link dev.attain.Tracker}, holds a {@link dev.attain.model.Dataset} of targets and outcomes
 * with an {@link dev.attain.eval.Evaluator}, and evaluates it as of a date into a
 * {@link dev.attain.eval.Scorecard}.
 *
 * <h2>Packages, lowest layer first</h2>
 * <ul>
 *   <li>{@code dev.attain.quantity}: units, exact quantities, interval-valued figures and the
 *       parser and formatter of their phrases ("突破7000亿元"). Uses nothing else in Attain.</li>
 *   <li>{@code dev.attain.model}: indicators, targets, outcomes, periods, scopes, sources and
 *       checked datasets, all immutable values. Uses quantity.</li>
 *   <li>{@code dev.attain.json}: the JSON form of the model's values in the dataset format, one
 *       writer each, shared by io and report. Uses model.</li>
 *   <li>{@code dev.attain.eval}: the evaluation engine (evaluations, statuses, pace, projection,
 *       tiers, thresholds, exchange rates, scorecards and roll-ups). Uses model.</li>
 *   <li>{@code dev.attain.io}: reading and writing datasets (JSON, YAML, CSV outcome tables),
 *       every problem reported by file, line, record and field. Uses model and json.</li>
 *   <li>{@code dev.attain.report}: console, Markdown, CSV, JSON and HTML renderers of a
 *       scorecard. Uses eval, and json for the outcomes in a scorecard's JSON.</li>
 *   <li>{@code dev.attain.stream}: streaming evaluation of tables of millions of rows, verdict
 *       for verdict the evaluator's. Uses eval.</li>
 *   <li>{@code dev.attain.testing}: AssertJ assertions for users' own tests (AssertJ is an
 *       optional dependency). Uses eval.</li>
 * </ul>
 *
 * <p>The arrows run one way, from each package to the layers below it, and
 * {@code ArchitectureTest} fails the build on any other; the facade uses them all.
 */
@NullMarked
package dev.attain;

import org.jspecify.annotations.NullMarked;
