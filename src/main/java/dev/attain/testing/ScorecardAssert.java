package dev.attain.testing;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Scorecard}. Failure messages list the evaluations concerned, each with
 * its reasons.
 */
public final class ScorecardAssert extends AbstractObjectAssert<ScorecardAssert, Scorecard> {

    /**
     * Creates the assertions; use {@link AttainAssertions#assertThat(Scorecard)}.
     *
     * @param actual  the scorecard, may be null
     */
    ScorecardAssert(@Nullable Scorecard actual) {
        super(actual, ScorecardAssert.class);
    }

    /**
     * Verifies that no target is MISSED, OFF_TRACK or AT_RISK.
     *
     * @return this assertion object
     */
    public ScorecardAssert hasNoShortfalls() {
        isNotNull();
        if (!actual.shortfalls().isEmpty()) {
            StringBuilder sb = new StringBuilder("Expected no shortfalls as of ").append(actual.asOf())
                    .append(" but found ").append(actual.shortfalls().size()).append(':');
            for (Evaluation e : actual.shortfalls()) {
                appendEvaluation(sb, e);
            }
            failWithMessage("%s", sb.toString());
        }
        return this;
    }

    /**
     * Verifies the number of evaluations with a status.
     *
     * @param status  the status, not null
     * @param expected  the expected count
     * @return this assertion object
     */
    public ScorecardAssert hasCount(Status status, int expected) {
        isNotNull();
        int count = actual.count(status);
        if (count != expected) {
            StringBuilder sb = new StringBuilder("Expected ").append(expected).append(" target(s) ").append(status)
                    .append(" as of ").append(actual.asOf()).append(" but found ").append(count).append(':');
            for (Evaluation e : actual.evaluations()) {
                if (e.status() == status) {
                    appendEvaluation(sb, e);
                }
            }
            failWithMessage("%s", sb.toString());
        }
        return this;
    }

    /**
     * Verifies that the scorecard has an evaluation of a target.
     *
     * @param targetId  the target's id, not null
     * @return this assertion object
     */
    public ScorecardAssert hasEvaluation(String targetId) {
        find(targetId);
        return this;
    }

    /**
     * Verifies that the scorecard has an evaluation of a target and starts assertions on it.
     *
     * @param targetId  the target's id, not null
     * @return the assertions on the evaluation, never null
     */
    public EvaluationAssert evaluation(String targetId) {
        return new EvaluationAssert(find(targetId));
    }

    private Evaluation find(String targetId) {
        isNotNull();
        Optional<Evaluation> e = actual.evaluation(targetId);
        if (e.isEmpty()) {
            failWithMessage("Expected an evaluation of target %s as of %s but the scorecard has none; it has %s targets",
                    targetId, actual.asOf(), actual.evaluations().size());
        }
        return e.orElseThrow();
    }

    private static void appendEvaluation(StringBuilder sb, Evaluation e) {
        sb.append("\n  ").append(e.target().id()).append(": ").append(e.status());
        for (String r : e.reasons()) {
            sb.append("\n    - ").append(r);
        }
    }
}
