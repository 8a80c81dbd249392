package dev.attain.bench;

import java.math.BigDecimal;

/**
 * What every engine computes from the same table: the number of rows, the counts per status
 * (ON_TRACK ≥ 100%, AT_RISK ≥ 90%, OFF_TRACK below, NO_DATA without an actual) and the sum of
 * the attainment ratios (actual ÷ target, or target ÷ actual when lower is better).
 *
 * @param engine  the engine's name
 * @param rows  the rows read
 * @param onTrack  rows on track
 * @param atRisk  rows at risk
 * @param offTrack  rows off track
 * @param noData  rows without an actual
 * @param sum  the sum of the ratios, exact for exact engines
 * @param exact  whether the engine computes in decimal (else in double)
 */
public record Answer(String engine, long rows, long onTrack, long atRisk, long offTrack, long noData, BigDecimal sum,
        boolean exact) {

    /**
     * Tells whether the counts equal another answer's.
     *
     * @param o  the other answer
     * @return true if rows and every count agree
     */
    public boolean sameCounts(Answer o) {
        return rows == o.rows && onTrack == o.onTrack && atRisk == o.atRisk && offTrack == o.offTrack
                && noData == o.noData;
    }

    /**
     * Returns |this.sum − other.sum| ÷ |other.sum|.
     *
     * @param o  the reference
     * @return the relative difference
     */
    public double relativeDifference(Answer o) {
        return sum.subtract(o.sum).abs().doubleValue() / o.sum.abs().doubleValue();
    }

    @Override
    public String toString() {
        return engine + ": rows " + rows + ", on " + onTrack + ", risk " + atRisk + ", off " + offTrack + ", none "
                + noData + ", sum " + sum.toPlainString();
    }
}
