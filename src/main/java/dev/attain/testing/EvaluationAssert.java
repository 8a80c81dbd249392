package dev.attain.testing;

import com.google.common.collect.Range;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Status;
import dev.attain.eval.Tier;
import java.math.BigDecimal;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on an {@link Evaluation}. Every failure message names the target and lists the
 * evaluation's reasons.
 *
 * <p>Interval-valued figures are asserted for <em>every</em> value they allow:
 * {@code hasAttainmentAtLeast("1.47")} passes for an attainment of [1.471, +∞) and fails for
 * [1.2, 1.6].
 */
public final class EvaluationAssert extends AbstractObjectAssert<EvaluationAssert, Evaluation> {

    /**
     * Creates the assertions; use {@link AttainAssertions#assertThat(Evaluation)}.
     *
     * @param actual  the evaluation, may be null
     */
    EvaluationAssert(@Nullable Evaluation actual) {
        super(actual, EvaluationAssert.class);
    }

    /**
     * Verifies the status.
     *
     * @param expected  the expected status, not null
     * @return this assertion object
     */
    public EvaluationAssert hasStatus(Status expected) {
        isNotNull();
        if (actual.status() != expected) {
            fail("to be " + expected + " but was " + actual.status());
        }
        return this;
    }

    /**
     * Verifies that the status is ACHIEVED.
     *
     * @return this assertion object
     */
    public EvaluationAssert isAchieved() {
        return hasStatus(Status.ACHIEVED);
    }

    /**
     * Verifies that the status is MISSED.
     *
     * @return this assertion object
     */
    public EvaluationAssert isMissed() {
        return hasStatus(Status.MISSED);
    }

    /**
     * Verifies that the status is ON_TRACK.
     *
     * @return this assertion object
     */
    public EvaluationAssert isOnTrack() {
        return hasStatus(Status.ON_TRACK);
    }

    /**
     * Verifies that the status is AT_RISK.
     *
     * @return this assertion object
     */
    public EvaluationAssert isAtRisk() {
        return hasStatus(Status.AT_RISK);
    }

    /**
     * Verifies that the status is OFF_TRACK.
     *
     * @return this assertion object
     */
    public EvaluationAssert isOffTrack() {
        return hasStatus(Status.OFF_TRACK);
    }

    /**
     * Verifies that the status is INDETERMINATE.
     *
     * @return this assertion object
     */
    public EvaluationAssert isIndeterminate() {
        return hasStatus(Status.INDETERMINATE);
    }

    /**
     * Verifies that the status is NOT_COMPARABLE.
     *
     * @return this assertion object
     */
    public EvaluationAssert isNotComparable() {
        return hasStatus(Status.NOT_COMPARABLE);
    }

    /**
     * Verifies that the status is NO_DATA.
     *
     * @return this assertion object
     */
    public EvaluationAssert hasNoData() {
        return hasStatus(Status.NO_DATA);
    }

    /**
     * Verifies that the status is a shortfall (MISSED, OFF_TRACK or AT_RISK).
     *
     * @return this assertion object
     */
    public EvaluationAssert isShortfall() {
        isNotNull();
        if (!actual.isShortfall()) {
            fail("to be a shortfall but was " + actual.status());
        }
        return this;
    }

    /**
     * Verifies that the status is not a shortfall.
     *
     * @return this assertion object
     */
    public EvaluationAssert isNotShortfall() {
        isNotNull();
        if (actual.isShortfall()) {
            fail("not to be a shortfall but was " + actual.status());
        }
        return this;
    }

    /**
     * Verifies that every value the attainment allows is at least a bound.
     *
     * @param bound  the bound as a ratio, such as {@code "1.47"} for 147%, not null
     * @return this assertion object
     */
    public EvaluationAssert hasAttainmentAtLeast(String bound) {
        return hasAttainmentAtLeast(new BigDecimal(bound));
    }

    /**
     * Verifies that every value the attainment allows is at least a bound.
     *
     * @param bound  the bound as a ratio, not null
     * @return this assertion object
     */
    public EvaluationAssert hasAttainmentAtLeast(BigDecimal bound) {
        Range<BigDecimal> a = required("attainment", actualOrNull().attainment());
        if (!Range.atLeast(bound).encloses(a)) {
            fail("to have an attainment of at least " + bound.toPlainString() + " but it was " + a);
        }
        return this;
    }

    /**
     * Verifies that every value the attainment allows is at most a bound.
     *
     * @param bound  the bound as a ratio, such as {@code "0.95"}, not null
     * @return this assertion object
     */
    public EvaluationAssert hasAttainmentAtMost(String bound) {
        BigDecimal b = new BigDecimal(bound);
        Range<BigDecimal> a = required("attainment", actualOrNull().attainment());
        if (!Range.atMost(b).encloses(a)) {
            fail("to have an attainment of at most " + bound + " but it was " + a);
        }
        return this;
    }

    /**
     * Verifies that the evaluation has no attainment (a percentage or rank indicator, or no
     * data).
     *
     * @return this assertion object
     */
    public EvaluationAssert hasNoAttainment() {
        isNotNull();
        if (actual.attainment().isPresent()) {
            fail("to have no attainment but it was " + actual.attainment().get());
        }
        return this;
    }

    /**
     * Verifies that the difference (in percentage points or places, positive when ahead) is
     * exactly a value.
     *
     * @param expected  the difference, such as {@code "0.1"}, not null
     * @return this assertion object
     */
    public EvaluationAssert hasDifference(String expected) {
        BigDecimal e = new BigDecimal(expected);
        Range<BigDecimal> d = required("difference", actualOrNull().difference());
        if (!d.equals(Range.singleton(e))) {
            fail("to have a difference of exactly " + expected + " but it was " + d);
        }
        return this;
    }

    /**
     * Verifies that nothing is missing: the gap is exactly zero.
     *
     * @return this assertion object
     */
    public EvaluationAssert hasNoGap() {
        Range<BigDecimal> g = required("gap", actualOrNull().gap());
        if (!g.equals(Range.singleton(BigDecimal.ZERO))) {
            fail("to have no gap but the gap was " + g);
        }
        return this;
    }

    /**
     * Verifies the tier reached.
     *
     * @param expected  the tier, not null
     * @return this assertion object
     */
    public EvaluationAssert hasTier(Tier expected) {
        isNotNull();
        if (!actual.tier().equals(Optional.of(expected))) {
            fail("to have reached tier " + expected + " but had " + actual.tier().map(Tier::name).orElse("no tier"));
        }
        return this;
    }

    /**
     * Verifies that one of the reasons contains a text.
     *
     * @param text  the text, not null
     * @return this assertion object
     */
    public EvaluationAssert hasReasonContaining(String text) {
        isNotNull();
        if (actual.reasons().stream().noneMatch(r -> r.contains(text))) {
            fail("to have a reason containing \"" + text + "\"");
        }
        return this;
    }

    private Evaluation actualOrNull() {
        isNotNull();
        return actual;
    }

    private Range<BigDecimal> required(String what, Optional<Range<BigDecimal>> value) {
        if (value.isEmpty()) {
            fail("to have " + (what.startsWith("a") ? "an " : "a ") + what + " but it has none");
        }
        return value.orElseThrow();
    }

    private void fail(String expectation) {
        failWithMessage("%s", describe(actual, expectation));
    }

    /** "Expected target t1 to be ACHIEVED but was MISSED. Reasons: …" */
    static String describe(Evaluation e, String expectation) {
        StringBuilder sb = new StringBuilder("Expected target ").append(e.target().id()).append(' ')
                .append(expectation).append(".\nStatus ").append(e.status()).append(" as judged, because:");
        for (String r : e.reasons()) {
            sb.append("\n  - ").append(r);
        }
        return sb.toString();
    }
}
