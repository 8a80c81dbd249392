package dev.attain.model;

/**
 * Which sides of a band requirement matter ("3%左右", "控制在2-3%", "3-5个").
 *
 * <p>By default ({@link #ONE}) a band is one-sided, by the indicator's polarity: a value inside
 * the band or beyond it on the good side meets it ("10家左右" with 12 is met for a
 * higher-is-better count). With {@link #BOTH} only values inside the band meet it: a CPI of
 * "3%左右" or a growth corridor is missed above the band as below it.
 */
public enum Sides {
    /** One-sided by the indicator's polarity: met inside the band and beyond it on the good side. The default. */
    ONE,
    /** Both sides matter: met only inside the band. */
    BOTH
}
