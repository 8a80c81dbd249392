package dev.attain.extract;

/** How one figure applies to the indicators its phrase names. */
public enum Combination {
    /** One indicator: "有色产业营业收入突破7000亿元". */
    SINGLE,
    /** The sum of several: "电子信息和装备工业突破7000亿元" read as their total. */
    SUM,
    /** Each of several, one candidate per indicator: "均居全国第11位", "A、B均增长10%左右". */
    EACH
}
