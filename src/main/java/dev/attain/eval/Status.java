package dev.attain.eval;

import java.util.Comparator;

/**
 * The verdict on a target as of a date.
 *
 * <p>Final verdicts ({@link #ACHIEVED}, {@link #MISSED}, {@link #INDETERMINATE}) judge a figure
 * for the whole period (or a cumulative figure whose final verdict is already certain); pace
 * verdicts ({@link #ON_TRACK}, {@link #AT_RISK}, {@link #OFF_TRACK}) judge a figure for part of
 * the period against the plan's path while the period runs (after it, such a figure gives
 * INDETERMINATE, the final figure awaited: see {@link #INDETERMINATE}); {@link #NO_DATA} and {@link #NOT_COMPARABLE} say why no
 * verdict could be given.
 *
 * <p>{@link #severity()} orders the statuses for "worst status wins" roll-ups, worst first:
 * MISSED, OFF_TRACK, AT_RISK, NO_DATA, NOT_COMPARABLE, INDETERMINATE, ON_TRACK, ACHIEVED. A
 * known shortfall is worse than an unknown; an unknown is worse than a known success, because
 * nothing can be vouched for.
 */
public enum Status {
    /** The requirement is certainly met by what was reported (also early, 提前实现). */
    ACHIEVED(0),
    /** The requirement is certainly not met by the figure for the whole period. */
    MISSED(7),
    /** The period runs and progress is at or ahead of the plan's path. */
    ON_TRACK(1),
    /** The period runs and progress is somewhat behind the plan's path. */
    AT_RISK(5),
    /** The period runs and progress is well behind the plan's path, or moving the wrong way. */
    OFF_TRACK(6),
    /** Nothing usable had been published by the as-of date. Never counted as zero. */
    NO_DATA(4),
    /**
     * No verdict is certain: the reported interval straddles the requirement (or a threshold),
     * or the target's period has ended and only a figure for part of it is known, which does
     * not settle it. The latter is not judged by pace any more: it is INDETERMINATE with the flag
     * {@link Evaluation#finalAwaited()} until the final figure is published (a part that already
     * settles the verdict, a cumulative figure that cannot fall and already meets the
     * requirement, is ACHIEVED instead), and its reasons say when that figure is due where
     * earlier figures show a publication pattern. A target on each of several indicators is
     * INDETERMINATE too when the parts reported are met (or on track) and another part has no
     * figure: something was reported, so it is not NO_DATA, and it waits for that part.
     */
    INDETERMINATE(2),
    /** A figure is in a unit that cannot be compared without a rate that was not given. */
    NOT_COMPARABLE(3);

    /** Orders statuses worst first: the order of {@link #severity()}, descending. */
    public static final Comparator<Status> WORST_FIRST = Comparator.comparingInt(Status::severity).reversed();

    private final int severity;

    Status(int severity) {
        this.severity = severity;
    }

    /**
     * Returns the severity of this status: 7 for MISSED down to 0 for ACHIEVED.
     *
     * @return the severity, in 0..7
     */
    public int severity() {
        return severity;
    }

    /**
     * Tells whether this status is a shortfall: MISSED, OFF_TRACK or AT_RISK.
     *
     * @return true for a shortfall
     */
    public boolean isShortfall() {
        return this == MISSED || this == OFF_TRACK || this == AT_RISK;
    }

    /**
     * Returns the worse of two statuses, by {@link #severity()}.
     *
     * @param other  the other status, not null
     * @return this or other, whichever is worse
     */
    public Status worse(Status other) {
        return other.severity > severity ? other : this;
    }
}
