/**
 * The facade: {@link dev.attain.Tracker} holds a {@link dev.attain.model.Dataset} of targets and
 * outcomes with an {@link dev.attain.eval.Evaluator}, and evaluates it as of a date into a
 * {@link dev.attain.eval.Scorecard}.
 *
 * <p>The layers below: {@code dev.attain.quantity} (units, exact quantities, interval-valued
 * figures and their phrases), {@code dev.attain.model} (indicators, targets, outcomes,
 * datasets), {@code dev.attain.io} (reading and writing datasets), {@code dev.attain.eval} (the
 * evaluation engine), {@code dev.attain.testing} (AssertJ assertions for users' own tests).
 */
@NullMarked
package dev.attain;

import org.jspecify.annotations.NullMarked;
