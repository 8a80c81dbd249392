package dev.attain.testing;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;

/**
 * Entry point of Attain's AssertJ assertions, for users' own tests of their reporting jobs.
 *
 * <pre>{@code
 * import static dev.attain.testing.AttainAssertions.assertThat;
 *
 * Scorecard card = Tracker.of(dataset).evaluate(LocalDate.of(2023, 3, 1));
 * assertThat(card).hasCount(Status.NO_DATA, 0);
 * assertThat(card).evaluation("jx-2022-ei-equip").isAchieved().hasAttainmentAtLeast("1.47");
 * }</pre>
 *
 * <p>Failure messages show the evaluation's reasons, so a failing test says why the verdict is
 * what it is. AssertJ is an optional dependency of Attain: add {@code org.assertj:assertj-core}
 * to your test dependencies to use this package.
 */
public final class AttainAssertions {

    private AttainAssertions() {
    }

    /**
     * Starts assertions on an evaluation.
     *
     * @param actual  the evaluation, may be null (the assertions then fail)
     * @return the assertions, never null
     */
    public static EvaluationAssert assertThat(Evaluation actual) {
        return new EvaluationAssert(actual);
    }

    /**
     * Starts assertions on a scorecard.
     *
     * @param actual  the scorecard, may be null (the assertions then fail)
     * @return the assertions, never null
     */
    public static ScorecardAssert assertThat(Scorecard actual) {
        return new ScorecardAssert(actual);
    }
}
