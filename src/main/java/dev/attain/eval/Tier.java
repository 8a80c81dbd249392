package dev.attain.eval;

/**
 * Which tier of a two-tier target was reached: a floor (确保, "确保不低于40%") and a stretch
 * (力争, "力争45%以上"). The tier is the highest one <em>certainly</em> reached by the value
 * judged; when only a stretch is given, the requirement serves as the floor.
 */
public enum Tier {
    /** The stretch (力争) tier is certainly reached. */
    STRETCH,
    /** The floor (确保) is certainly reached; the stretch is missed or not certain. */
    FLOOR,
    /** Even the floor is certainly missed. */
    BELOW_FLOOR,
    /** The reported interval straddles the floor: no tier is certain. */
    UNDETERMINED
}
