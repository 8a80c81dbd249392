/**
 * Evaluation: targets judged against the outcomes published by a date.
 *
 * <p>The {@link dev.attain.eval.Evaluator} is a pure function of (dataset, as-of date, policy):
 * it gives one {@link dev.attain.eval.Evaluation} per target, with its
 * {@link dev.attain.eval.Status}, the reported value as an interval, attainment (or a difference
 * in percentage points or places), gap, progress from the baseline, {@link dev.attain.eval.Pace}
 * while the period runs, a {@link dev.attain.eval.Projection} to the deadline, the
 * {@link dev.attain.eval.Tier} reached, and the reasons in words, in English and in Chinese
 * ({@link dev.attain.eval.Evaluation#reasons(java.util.Locale)}). A
 * {@link dev.attain.eval.Scorecard} gathers them, with counts, shortfalls first and
 * {@link dev.attain.eval.RollUp roll-ups} by tag or scope. The policy is the
 * {@link dev.attain.eval.Thresholds} (with documented presets) and the optional
 * {@link dev.attain.eval.ExchangeRates}.
 *
 * <p>Numbers are {@code BigDecimal} throughout; every division, root and power is rounded by
 * {@link dev.attain.eval.Evaluator#MATH_CONTEXT}, while sums, differences and the comparisons
 * that decide ACHIEVED, MISSED and INDETERMINATE are exact. ON_TRACK, AT_RISK and OFF_TRACK
 * classify the pace ratio as rounded to that context (16 significant digits), so a ratio within
 * one part in 10^16 of a threshold is judged by its rounded value. Interval arithmetic lives in
 * one package-private class.
 *
 * <p>An {@link dev.attain.eval.Evaluation} is a plain value, its verdict; what comes with it is
 * its {@link dev.attain.eval.Explanation}. The evaluator settles every status at once, keeping
 * the small records its rules returned (the figures chosen, the path's start, the pace, the
 * tiers), and works out an explanation from them when it is first asked for: the measures
 * (attainment, difference, gap, progress), the pace in full, the projection, and the reasons,
 * which the {@link dev.attain.eval.Narrator} tells from those records. A million targets are
 * judged without a million explanations being written, and every evaluation answers as if
 * everything had been worked out at once.
 * Every type here is immutable and thread-safe.
 */
@NullMarked
package dev.attain.eval;

import org.jspecify.annotations.NullMarked;
