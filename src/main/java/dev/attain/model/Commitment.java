package dev.attain.model;

/** How firmly a plan commits to a target. */
public enum Commitment {
    /** 约束性: binding, the plan must meet it. */
    BINDING,
    /** 预期性: expected, the plan's forecast. The default. */
    EXPECTED,
    /** 力争, 争取: a stretch goal the plan strives for. */
    STRETCH
}
