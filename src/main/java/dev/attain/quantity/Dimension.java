package dev.attain.quantity;

/**
 * The kind of thing a {@link Unit} measures. Two units can be compared or added only when
 * they are the same unit; two units of the same dimension (CNY and USD, 家 and 个) may be
 * made comparable by a conversion the caller supplies, two units of different dimensions
 * (元 and 家) never can.
 */
public enum Dimension {
    /** An amount of money in one currency, such as CNY or USD. */
    MONEY,
    /** A count of things, with its measure word (家, 个, 项, 人 …). */
    COUNT,
    /** A physical quantity (吨, 千瓦时, 公里, 平方米 …). */
    PHYSICAL,
    /** A percentage, such as a growth rate or a share: 18.5% is held as 18.5. */
    PERCENT,
    /** A difference of percentages, in percentage points (个百分点). */
    PERCENTAGE_POINTS,
    /** A place in a ranking, 1 being the first. */
    RANK,
    /** A plain number without unit. */
    NUMBER
}
