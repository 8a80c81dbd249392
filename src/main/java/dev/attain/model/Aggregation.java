package dev.attain.model;

/**
 * How a requirement on several indicators applies to them.
 *
 * <p>"电子信息和装备工业突破7000亿元" may be read as a requirement on the two industries' total
 * ({@link #SUM}) or on each of them ({@link #EACH}); plans that mean each usually say so
 * ("A和B均…", "分别保持20%以上的增长速度", "城镇、农村居民人均可支配收入均增长10%左右").
 */
public enum Aggregation {
    /** The requirement is on the sum of the indicators' values. The default. */
    SUM,
    /**
     * The requirement is on each indicator: one verdict per indicator, and the target's status
     * the worst of them (missed if any is missed, achieved only when all are; indeterminate,
     * not "no data", when some parts were reported and met and another was not reported).
     */
    EACH
}
