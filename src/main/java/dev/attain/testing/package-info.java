/**
 * AssertJ assertions for users' own tests of their reporting jobs:
 * {@link dev.attain.testing.AttainAssertions#assertThat(dev.attain.eval.Evaluation)} and
 * {@link dev.attain.testing.AttainAssertions#assertThat(dev.attain.eval.Scorecard)}, whose
 * failure messages show the evaluations' reasons.
 *
 * <p>AssertJ is an optional dependency of Attain: only this package uses it, and a project that
 * uses these assertions adds {@code org.assertj:assertj-core} to its test dependencies.
 */
@NullMarked
package dev.attain.testing;

import org.jspecify.annotations.NullMarked;
