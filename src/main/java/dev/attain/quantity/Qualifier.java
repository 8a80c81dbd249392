package dev.attain.quantity;

/**
 * How a figure's number bounds the value it speaks of: "突破7000亿元" is {@link #MORE_THAN},
 * "1.03万亿元" {@link #EXACT}, "10家左右" {@link #ABOUT}, "2-3个" {@link #BETWEEN}.
 */
public enum Qualifier {
    /** The value is the number: 达到, 达, 为, or no word at all. */
    EXACT,
    /** The value is the number or more: 以上, 不低于, 不少于, 至少, at least. */
    AT_LEAST,
    /** The value is above the number: 突破, 超过, 超, 逾, 多, 余, more than. */
    MORE_THAN,
    /** The value is the number or less: 以下, 以内, 不超过, 控制在…以内, no more than;
     * also a rank in the first N (前10, 前200强). */
    AT_MOST,
    /** The value is below the number: 不到, 不足, 低于, less than. */
    LESS_THAN,
    /** The value is near the number on either side, within a tolerance: 约, 左右, about. */
    ABOUT,
    /** The value is just under the number, within a tolerance: 近, 接近, nearly. */
    NEARLY,
    /** The value lies between two numbers, both included: 2-3个, 2至3家, between 2 and 3. */
    BETWEEN;

    /**
     * Tells whether the qualifier says a direction of its own (以上, 突破, 以内, 不到), so that a
     * requirement with it asks for more or for less whatever the indicator's polarity.
     *
     * @return true for AT_LEAST, MORE_THAN, AT_MOST and LESS_THAN
     */
    public boolean isOneSided() {
        return this == AT_LEAST || this == MORE_THAN || this == AT_MOST || this == LESS_THAN;
    }
}
