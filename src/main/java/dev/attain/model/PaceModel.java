package dev.attain.model;

/** The path a plan expects from its baseline to its requirement, used to judge pace while the period runs. */
public enum PaceModel {
    /** A straight line in time: the 序时进度 of Chinese practice. The default. */
    LINEAR,
    /** Constant growth rate from the baseline to the requirement; falls back to linear where a base is zero or negative. */
    COMPOUND,
    /** A schedule of quotas per sub-period, such as monthly shares of the annual requirement. */
    SCHEDULE
}
