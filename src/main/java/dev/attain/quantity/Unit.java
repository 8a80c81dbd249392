package dev.attain.quantity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * A unit of measurement: a {@link Dimension} and a {@link #code() code}.
 *
 * <p>Codes are {@code CNY}, {@code USD} (any ISO 4217 currency code) for money, the measure word
 * for counts ({@code 家}, {@code 个}, {@code 项} …) and physical quantities ({@code 吨},
 * {@code 千瓦时} …), {@code %} for percent, {@code pp} for percentage points, {@code rank} for a
 * place in a ranking, and the empty string for a plain number. Amounts are always held in the
 * unit's base: 元 for CNY, so that "1.03万亿元" is 1030000000000 CNY.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe, and a value type: compare with {@link #equals},
 * never by identity.
 */
public final class Unit {

    /** Renminbi, in 元. */
    public static final Unit CNY = new Unit(Dimension.MONEY, "CNY");
    /** US dollars. */
    public static final Unit USD = new Unit(Dimension.MONEY, "USD");
    /** Percent: a growth rate or share; 18.5% is held as 18.5. */
    public static final Unit PERCENT = new Unit(Dimension.PERCENT, "%");
    /** Percentage points: the difference of two percentages. */
    public static final Unit PERCENTAGE_POINTS = new Unit(Dimension.PERCENTAGE_POINTS, "pp");
    /** A place in a ranking: 1 is the first. */
    public static final Unit RANK = new Unit(Dimension.RANK, "rank");
    /** A plain number with no unit. */
    public static final Unit NONE = new Unit(Dimension.NUMBER, "");

    /** Measure words of physical quantities; any other CJK measure word is a count. */
    static final ImmutableSet<String> PHYSICAL_WORDS = ImmutableSet.of(
            "吨", "千克", "公斤", "克", "斤", "千瓦", "瓦", "千瓦时", "度", "公里", "千米", "米", "平方米",
            "平方公里", "亩", "公顷", "立方米", "升", "兆瓦", "吉瓦", "标准煤吨", "吨标准煤",
            // compound units of environmental and intensity targets
            "微克/立方米", "毫克/立方米", "吨/万元", "吨标准煤/万元", "千克/万元", "立方米/万元", "千瓦时/万元");

    /** Measure words of counts that Attain knows; others may be created with {@link #count}. */
    static final ImmutableSet<String> COUNT_WORDS = ImmutableSet.of(
            "家", "个", "项", "名", "人", "户", "座", "台", "辆", "件", "套", "条", "所", "批", "次",
            "款", "只", "艘", "架", "部", "栋", "处", "种", "位", "类", "支", "片", "张", "本", "场", "届", "期", "站", "段", "座次",
            "人次", "家次", "个次", "台套");

    private final Dimension dimension;
    private final String code;

    private Unit(Dimension dimension, String code) {
        this.dimension = dimension;
        this.code = code;
    }

    /**
     * Returns the unit of money in a currency.
     *
     * @param currency  an ISO 4217 code of three letters, such as {@code CNY}, not null
     * @return the unit, never null
     * @throws IllegalArgumentException if the code is not three ASCII letters
     */
    public static Unit money(String currency) {
        requireNonNull(currency, "currency");
        if (!currency.matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException(
                    "currency '" + currency + "' must be an ISO 4217 code of three letters, such as CNY");
        }
        String upper = currency.toUpperCase(Locale.ROOT);
        if (upper.equals("CNY")) {
            return CNY;
        }
        if (upper.equals("USD")) {
            return USD;
        }
        return new Unit(Dimension.MONEY, upper);
    }

    /**
     * Returns the unit of a count of things, named by its measure word. Any word may be used;
     * {@link Figure#parse} reads only the measure words it knows (家, 个, 项 …, see
     * {@link #of(String)}), so a figure in another word can be formatted but not read back.
     *
     * @param measureWord  the measure word, such as {@code 家} or {@code 个}, not null or blank
     * @return the unit, never null
     * @throws IllegalArgumentException if the word is blank, or is a physical unit such as 吨
     */
    public static Unit count(String measureWord) {
        requireNonNull(measureWord, "measureWord");
        if (measureWord.isBlank()) {
            throw new IllegalArgumentException("measure word of a count must not be blank");
        }
        if (PHYSICAL_WORDS.contains(measureWord)) {
            throw new IllegalArgumentException(
                    "'" + measureWord + "' is a physical unit, not the measure word of a count");
        }
        return new Unit(Dimension.COUNT, measureWord);
    }

    /**
     * Returns the unit of a physical quantity.
     *
     * @param word  the unit word, one of 吨, 千瓦, 千瓦时, 公里, 平方米, 亩 and the like, not null
     * @return the unit, never null
     * @throws IllegalArgumentException if the word is not a physical unit Attain knows
     */
    public static Unit physical(String word) {
        requireNonNull(word, "word");
        if (!PHYSICAL_WORDS.contains(word)) {
            throw new IllegalArgumentException(
                    "'" + word + "' is not a physical unit; expected one of " + PHYSICAL_WORDS);
        }
        return new Unit(Dimension.PHYSICAL, word);
    }

    /**
     * Returns the unit with the given code, the inverse of {@link #code()}.
     *
     * <p>Accepts {@code %}, {@code pp}, {@code rank}, the empty string, a three-letter currency
     * code, a physical unit word, or a count's measure word that {@link Figure#parse} knows
     * (家, 个, 项 …), so that every unit read here can be written in a figure and read back.
     *
     * @param code  the code, not null
     * @return the unit, never null
     * @throws IllegalArgumentException if the code names no unit
     */
    public static Unit of(String code) {
        requireNonNull(code, "code");
        switch (code) {
            case "%":
                return PERCENT;
            case "pp":
                return PERCENTAGE_POINTS;
            case "rank":
                return RANK;
            case "":
                return NONE;
            default:
                break;
        }
        if (code.matches("[A-Za-z]{3}")) {
            return money(code);
        }
        if (PHYSICAL_WORDS.contains(code)) {
            return physical(code);
        }
        if (COUNT_WORDS.contains(code)) {
            return count(code);
        }
        if (code.endsWith("元")) {
            throw new IllegalArgumentException("unit code '" + code + "' is not a unit: money is written as a"
                    + " currency code, 'CNY' for 元 (amounts in 亿元 or 万元 are still held in 元), 'USD' for 美元");
        }
        throw new IllegalArgumentException("unit code '" + code
                + "' is not a unit: expected a currency code such as CNY, a measure word such as 家 (one of "
                + COUNT_WORDS + "), a physical unit such as 吨, '%', 'pp', 'rank' or '' for a plain number");
    }

    /**
     * Returns the dimension of this unit.
     *
     * @return the dimension, never null
     */
    public Dimension dimension() {
        return dimension;
    }

    /**
     * Returns the code of this unit: {@code CNY}, {@code 家}, {@code %}, {@code pp},
     * {@code rank}, or {@code ""} for a plain number.
     *
     * @return the code, never null
     */
    public String code() {
        return code;
    }

    /**
     * Tells whether this unit measures the same kind of thing as another, so that a value in one
     * could be converted into the other (CNY and USD; 家 and 个), though not without a rate.
     *
     * @param other  the other unit, not null
     * @return true if both have the same dimension
     */
    public boolean isSameDimension(Unit other) {
        return dimension == requireNonNull(other, "other").dimension;
    }

    /**
     * Tells whether values in this unit can be summed and divided into ratios that mean
     * something: money, counts and physical quantities. Percentages, percentage points and
     * ranks are compared by difference instead.
     *
     * @return true for money, counts, physical quantities and plain numbers
     */
    public boolean isRatioScale() {
        return dimension == Dimension.MONEY || dimension == Dimension.COUNT
                || dimension == Dimension.PHYSICAL || dimension == Dimension.NUMBER;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Unit other && dimension == other.dimension && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return dimension.hashCode() * 31 + code.hashCode();
    }

    /**
     * Returns the code, so that {@code Unit.of(unit.toString())} equals {@code unit}.
     *
     * @return the code, never null
     */
    @Override
    public String toString() {
        return code;
    }
}
