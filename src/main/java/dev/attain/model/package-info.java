/**
 * The model of plans and results: what is measured ({@link dev.attain.model.Indicator}), what
 * a plan requires of it ({@link dev.attain.model.Target}, with its {@link dev.attain.model.Period},
 * {@link dev.attain.model.Scope}, {@link dev.attain.model.Baseline}, {@link dev.attain.model.Commitment}
 * and {@link dev.attain.model.PaceModel}), what was reported ({@link dev.attain.model.Outcome}),
 * where each was read ({@link dev.attain.model.Source}), and a checked
 * {@link dev.attain.model.Dataset} of them all.
 *
 * <p>Every type here is an immutable, thread-safe value. Amounts are
 * {@link dev.attain.quantity.Figure figures}: exact, interval-valued, with their qualifier. The
 * package knows nothing of files or JSON (that is {@code dev.attain.io}) and nothing of
 * evaluation (that is {@code dev.attain.eval}).
 */
@NullMarked
package dev.attain.model;

import org.jspecify.annotations.NullMarked;
