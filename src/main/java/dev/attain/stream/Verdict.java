package dev.attain.stream;

import com.google.common.collect.Range;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One target judged against one reported figure, as delivered by a streaming source: the
 * {@link #status()} and {@link #attainment()} the {@link Evaluator} gives for that target and
 * figure, and the {@link #band()} the {@link Thresholds} give that attainment.
 *
 * <p>A verdict handed to a consumer by {@link TargetTable#forEach} is a view of the row being
 * read, valid only during the call: its accessors decode the row lazily and it changes with the
 * next row. Keep {@link #copy()} to hold on to one. Verdicts from an {@link OutcomeStream} are
 * immutable already.
 */
public interface Verdict {

    /**
     * Returns the line of the row in its file (the header is line 1), or the position of the
     * outcome in its source, from 1; 0 for the NO_DATA verdict of a target no outcome matched.
     *
     * @return the line or position, 0 or more
     */
    long line();

    /**
     * Returns the id of the target judged.
     *
     * @return the id, never null
     */
    String targetId();

    /**
     * Returns the verdict as the evaluator gives it: ACHIEVED or MISSED for an exact figure for
     * the whole period, NO_DATA when nothing was reported; any status for other figures.
     *
     * @return the status, never null
     */
    Status status();

    /**
     * Returns the band of the attainment: ON_TRACK, AT_RISK or OFF_TRACK by the thresholds
     * (INDETERMINATE when an interval attainment spans two bands); NO_DATA when nothing was
     * reported, NOT_COMPARABLE when the units could not be compared, INDETERMINATE when there is
     * no attainment (a ratio to zero, a requirement at or below zero, a measure in percentage
     * points or places).
     *
     * @return the band, never null
     */
    Status band();

    /**
     * Returns the number the plan wrote, in the indicator's unit.
     *
     * @return the required number, or empty when it could not be converted into that unit
     */
    Optional<BigDecimal> required();

    /**
     * Returns the reported number, when it is one number.
     *
     * @return the actual, or empty when nothing was reported or the figure is an interval
     */
    Optional<BigDecimal> actual();

    /**
     * Returns the attainment when it is one number: actual ÷ required, or required ÷ actual when
     * lower is better, rounded by {@link Evaluator#MATH_CONTEXT}.
     *
     * @return the attainment, or empty when there is none or it is an interval
     */
    Optional<BigDecimal> attainment();

    /**
     * Returns the attainment as the evaluator gives it, an interval when the figures are.
     *
     * @return the attainment, or empty when there is none
     */
    Optional<Range<BigDecimal>> attainmentRange();

    /**
     * Returns an immutable copy of this verdict, safe to keep after the consumer returns.
     *
     * @return the copy, never null
     */
    Verdict copy();
}
