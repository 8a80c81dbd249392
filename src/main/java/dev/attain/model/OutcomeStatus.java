package dev.attain.model;

/** How final a reported outcome is. */
public enum OutcomeStatus {
    /** A first release that may be revised (快报, a half-year figure before the year closes). */
    PRELIMINARY,
    /** The final figure. */
    FINAL,
    /** A revision of an earlier figure for the same period; supersedes it from its publication date. */
    REVISED
}
