package dev.attain.model;

/** Which direction of an indicator is the good one. */
public enum Polarity {
    /** More is better: revenue, investment, number of enterprises. The default. */
    HIGHER_IS_BETTER,
    /** Less is better: energy use per unit of output, a rank (1 is first), a debt ratio. */
    LOWER_IS_BETTER
}
