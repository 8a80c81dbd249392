package dev.attain.model;

/** What kind of number an indicator reports for a period. */
public enum Measure {
    /** An amount over the period, such as a year's revenue. The default. Cumulative within the period. */
    FLOW,
    /** A value at the period's end, such as the number of enterprises on the register. */
    LEVEL,
    /**
     * An amount added during the period (新增), such as new enterprises. Cumulative within the
     * period. An INCREMENT indicator may name the LEVEL indicator it is the change of
     * ({@link Indicator#total()}): an increment not reported is then derived from that total.
     */
    INCREMENT,
    /** A growth rate in percent, such as "增长7.1%"; compared in percentage points. */
    RATE,
    /** A share in percent, such as a share of GDP; compared in percentage points. */
    SHARE,
    /** A place in a ranking, such as "第13位"; compared in places. */
    RANK;

    /**
     * Tells whether figures of this measure add up over the period, so that a figure for part
     * of the period (1—6月) counts towards the whole period's requirement.
     *
     * @return true for FLOW and INCREMENT
     */
    public boolean isCumulative() {
        return this == FLOW || this == INCREMENT;
    }
}
