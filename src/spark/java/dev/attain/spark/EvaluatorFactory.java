package dev.attain.spark;

import dev.attain.eval.Evaluator;
import java.io.Serializable;

/**
 * Makes the {@link Evaluator} that judges the targets inside each partition. It is what travels
 * to the executors, not the evaluator: write it as a lambda or a method reference, such as
 * {@code () -> Evaluator.of(Thresholds.EUROSTAT)}; {@code Evaluator::defaults} is the default.
 *
 * <h2>Implementation Requirements</h2>
 * An implementation is serializable (a lambda assigned to this type is) and returns evaluators
 * with the same settings every time it is called.
 */
@FunctionalInterface
public interface EvaluatorFactory extends Serializable {

    /**
     * Makes the evaluator.
     *
     * @return the evaluator, never null
     */
    Evaluator create();
}
