package dev.attain.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads figure phrases: a hand-written scanner that reads the text once from left to right, with
 * word tables for the words it knows and no regular expressions. The grammar is described in
 * {@code package-info.java}; in short:
 *
 * <pre>
 * figure    = prefix* side [separator side] postfix*
 * prefix    = qualifier word (突破, 不低于, 约, 近, 不到, 不超过, more than, about …)
 *           | neutral word (达到, 达, 为, 控制在, reached, ranked …)
 *           | [base] sign word (比上年 增长, 同比 下降, up, down …)
 *           | currency (¥, $, US$, RMB, CNY, USD, 人民币 …) | rank mark (第, 前, No., top)
 *           | 百分之 | between
 * side      = [currency] number [多|余] [magnitude] [多|余] [unit | rank end]
 * number    = [sign] (digits [. digits] | Chinese numeral [点 digits]) [分之 number]
 * postfix   = 以上 | 以下 | 以内 | 左右 | 上下 | 以后 | 以前 … | or more | or less | or so …
 * </pre>
 *
 * <p>One instance reads one phrase; the word tables are shared and immutable.
 */
final class FigureParser {

    /** The most digits a number may have before its decimal point, and the most its value may have. */
    static final int MAX_INTEGER_DIGITS = 30;
    /** The most digits a written number may have after its decimal point. */
    static final int MAX_FRACTION_DIGITS = 45;
    /** The most decimals a value may have, once its magnitude word is applied. */
    static final int MAX_SCALE = 30;

    // ---------------------------------------------------------------- words

    private enum Kind {
        QUALIFIER, NEUTRAL, CONTROL, SIGN, BASE, CURRENCY, RANK_EXACT, RANK_TOP, PERCENT_OF, BETWEEN,
        UNIT, ORDINAL, TOP_SUFFIX, RANK_END, NOOP, SEPARATOR, AND, MAGNITUDE
    }

    /** A qualifier word that applies to amounts, percentages and plain numbers. */
    private static final int GENERIC = 1;
    /** A qualifier word that applies to ranks. */
    private static final int RANKS = 2;
    private static final int BOTH = GENERIC | RANKS;

    /** A word the parser knows; which fields matter depends on the kind. */
    private record Token(Kind kind, String word, Qualifier qualifier, int scope, Unit unit, int value) {
    }

    private static final List<Token> TOKENS = new ArrayList<>();
    private static final Token[] TOKEN;
    private static final WordTable PREFIXES;
    private static final WordTable UNITS;
    private static final WordTable RANK_ENDS;
    private static final WordTable POSTFIXES;
    private static final WordTable SEPARATORS;
    private static final WordTable MAGNITUDES;

    /** The ASCII characters that count as spaces, one bit each: space, tab, line feed, carriage return. */
    private static final long ASCII_SPACES = 1L << ' ' | 1L << '\t' | 1L << '\n' | 1L << '\r';
    private static final Token DUO = new Token(Kind.QUALIFIER, "多", Qualifier.MORE_THAN, GENERIC, null, 0);
    private static final Token YU = new Token(Kind.QUALIFIER, "余", Qualifier.MORE_THAN, GENERIC, null, 0);

    static {
        WordTable.Builder prefixes = new WordTable.Builder(false);
        qualifiers(prefixes, Qualifier.MORE_THAN, GENERIC,
                "突破", "超过", "超", "逾", "过", "高于", "大于", "多于", "超出",
                "more than", "over", "above", "exceeding", "in excess of");
        qualifiers(prefixes, Qualifier.AT_LEAST, GENERIC,
                "不低于", "不少于", "至少", "不小于", "最少",
                "at least", "no less than", "not less than", "no fewer than", "not fewer than");
        qualifiers(prefixes, Qualifier.AT_MOST, GENERIC,
                "不超过", "不高于", "不多于", "不大于", "最多", "至多",
                "no more than", "not more than", "at most", "up to");
        qualifiers(prefixes, Qualifier.LESS_THAN, GENERIC,
                "不到", "不足", "低于", "少于", "小于", "less than", "fewer than", "under", "below");
        qualifiers(prefixes, Qualifier.ABOUT, BOTH,
                "约", "大约", "约为", "about", "around", "approximately", "approx.", "roughly");
        qualifiers(prefixes, Qualifier.NEARLY, BOTH,
                "近", "接近", "将近", "nearly", "almost", "close to", "just under");
        qualifiers(prefixes, Qualifier.LESS_THAN, RANKS, "higher than");
        qualifiers(prefixes, Qualifier.MORE_THAN, RANKS, "lower than");
        words(prefixes, Kind.NEUTRAL, null, 0, null, 0,
                "达到", "达", "为", "居", "位居", "位列", "列", "排名", "reached", "reaching", "ranked");
        words(prefixes, Kind.CONTROL, null, 0, null, 0, "控制在");
        words(prefixes, Kind.SIGN, null, 0, null, 1,
                "增长", "提高", "提升", "上升", "增加", "上涨", "净增", "净增加", "up", "up by", "rose", "rose by", "grew", "grew by",
                "increased by", "an increase of");
        words(prefixes, Kind.SIGN, null, 0, null, -1,
                "下降", "降低", "减少", "下滑", "下跌", "回落", "down", "down by", "fell", "fell by",
                "decreased by", "a decrease of");
        words(prefixes, Kind.BASE, null, 0, null, 0,
                "比上年", "比上年同期", "较上年", "较上年同期", "比去年", "比去年同期", "较去年",
                "较去年同期", "同比", "环比");
        words(prefixes, Kind.CURRENCY, null, 0, Unit.CNY, 0, "¥", "￥", "RMB", "CNY", "人民币");
        words(prefixes, Kind.CURRENCY, null, 0, Unit.USD, 0, "$", "US$", "USD");
        words(prefixes, Kind.CURRENCY, null, 0, Unit.money("HKD"), 0, "HK$");
        words(prefixes, Kind.CURRENCY, null, 0, Unit.money("EUR"), 0, "€");
        words(prefixes, Kind.CURRENCY, null, 0, Unit.money("GBP"), 0, "£");
        words(prefixes, Kind.RANK_EXACT, null, 0, null, 0, "第", "No.");
        words(prefixes, Kind.RANK_TOP, Qualifier.AT_MOST, RANKS, null, 0, "前", "top");
        words(prefixes, Kind.PERCENT_OF, null, 0, Unit.PERCENT, 0, "百分之");
        words(prefixes, Kind.BETWEEN, null, 0, null, 0, "between");
        PREFIXES = prefixes.build();

        WordTable.Builder units = new WordTable.Builder(false);
        words(units, Kind.UNIT, null, 0, Unit.CNY, 0, "元", "人民币", "元人民币", "yuan", "RMB", "CNY");
        words(units, Kind.UNIT, null, 0, Unit.USD, 0, "美元", "USD", "US dollars", "dollars");
        words(units, Kind.UNIT, null, 0, Unit.money("HKD"), 0, "港元", "港币", "HKD");
        words(units, Kind.UNIT, null, 0, Unit.money("EUR"), 0, "欧元", "EUR", "euros");
        words(units, Kind.UNIT, null, 0, Unit.money("JPY"), 0, "日元", "JPY");
        words(units, Kind.UNIT, null, 0, Unit.money("GBP"), 0, "英镑", "GBP");
        words(units, Kind.UNIT, null, 0, Unit.PERCENT, 0, "%", "％", "percent", "per cent", "pct");
        // per mille: a tenth of a percent (or of a percentage point), so "5‰" is 0.5%
        words(units, Kind.UNIT, null, 0, Unit.PERCENT, -1, "‰");
        words(units, Kind.UNIT, null, 0, Unit.PERCENTAGE_POINTS, -1, "个千分点", "千分点");
        // 成: a tenth, so "三成" is 30% and "近三成" nearly 30%
        words(units, Kind.UNIT, null, 0, Unit.PERCENT, 1, "成");
        words(units, Kind.UNIT, null, 0, Unit.PERCENTAGE_POINTS, 0, "个百分点", "百分点", "pp",
                "percentage points", "percentage point");
        for (String w : Unit.PHYSICAL_WORDS) {
            words(units, Kind.UNIT, null, 0, Unit.physical(w), 0, w);
        }
        for (String w : Unit.COUNT_WORDS) {
            words(units, Kind.UNIT, null, 0, Unit.count(w), 0, w);
        }
        physicalAliases(units, "吨", "tonnes", "tonne", "tons", "ton");
        physicalAliases(units, "千瓦时", "kWh", "kilowatt-hours", "kilowatt hours");
        physicalAliases(units, "千瓦", "kW", "kilowatts");
        physicalAliases(units, "兆瓦", "MW", "megawatts");
        physicalAliases(units, "吉瓦", "GW", "gigawatts");
        physicalAliases(units, "公里", "km", "kilometres", "kilometers");
        physicalAliases(units, "平方米", "square metres", "square meters", "sq m", "m2", "㎡");
        physicalAliases(units, "平方公里", "square kilometres", "square kilometers", "sq km", "km2");
        physicalAliases(units, "立方米", "cubic metres", "cubic meters", "m3");
        physicalAliases(units, "公顷", "hectares", "ha");
        physicalAliases(units, "亩", "mu");
        physicalAliases(units, "千克", "kg", "kilograms");
        physicalAliases(units, "升", "litres", "liters");
        physicalAliases(units, "米", "metres", "meters");
        words(units, Kind.ORDINAL, null, 0, Unit.RANK, 0, "st", "nd", "rd", "th");
        words(units, Kind.TOP_SUFFIX, Qualifier.AT_MOST, RANKS, Unit.RANK, 0, "强");
        UNITS = units.build();

        WordTable.Builder rankEnds = new WordTable.Builder(false);
        words(rankEnds, Kind.RANK_END, null, 0, null, 0, "位", "名");
        words(rankEnds, Kind.TOP_SUFFIX, null, 0, null, 0, "强");
        RANK_ENDS = rankEnds.build();

        WordTable.Builder postfixes = new WordTable.Builder(false);
        qualifiers(postfixes, Qualifier.AT_LEAST, GENERIC,
                "以上", "及以上", "或以上", "or more", "or above", "and above", "and more");
        qualifiers(postfixes, Qualifier.AT_MOST, GENERIC,
                "以下", "及以下", "或以下", "or less", "or below", "and below");
        qualifiers(postfixes, Qualifier.AT_MOST, BOTH, "以内", "之内");
        qualifiers(postfixes, Qualifier.ABOUT, BOTH, "左右", "or so");
        qualifiers(postfixes, Qualifier.ABOUT, GENERIC, "上下");
        qualifiers(postfixes, Qualifier.MORE_THAN, RANKS, "以后", "之后");
        qualifiers(postfixes, Qualifier.AT_LEAST, RANKS, "及以后", "及之后", "or lower");
        qualifiers(postfixes, Qualifier.LESS_THAN, RANKS, "以前", "之前");
        qualifiers(postfixes, Qualifier.AT_MOST, RANKS, "及以前", "及之前", "or higher");
        words(postfixes, Kind.NOOP, null, 0, null, 0,
                "year on year", "year-on-year", "yoy", "y/y", "y-o-y");
        POSTFIXES = postfixes.build();

        WordTable.Builder separators = new WordTable.Builder(false);
        words(separators, Kind.SEPARATOR, null, 0, null, 0,
                "-", "－", "‐", "‑", "–", "—", "——", "−", "~", "～", "〜", "∼", "至", "到", "to");
        words(separators, Kind.AND, null, 0, null, 0, "and");
        SEPARATORS = separators.build();

        WordTable.Builder magnitudes = new WordTable.Builder(true);
        words(magnitudes, Kind.MAGNITUDE, null, 0, null, 3, "thousand", "k");
        words(magnitudes, Kind.MAGNITUDE, null, 0, null, 6, "million", "mn", "m");
        words(magnitudes, Kind.MAGNITUDE, null, 0, null, 9, "billion", "bn");
        words(magnitudes, Kind.MAGNITUDE, null, 0, null, 12, "trillion");
        MAGNITUDES = magnitudes.build();

        TOKEN = TOKENS.toArray(new Token[0]);
    }

    private static void qualifiers(WordTable.Builder table, Qualifier qualifier, int scope, String... words) {
        words(table, Kind.QUALIFIER, qualifier, scope, null, 0, words);
    }

    private static void physicalAliases(WordTable.Builder table, String word, String... aliases) {
        words(table, Kind.UNIT, null, 0, Unit.physical(word), 0, aliases);
    }

    private static void words(WordTable.Builder table, Kind kind, Qualifier qualifier, int scope, Unit unit,
            int value, String... words) {
        for (String w : words) {
            TOKENS.add(new Token(kind, w, qualifier, scope, unit, value));
            table.add(w, TOKENS.size() - 1);
        }
    }

    // ---------------------------------------------------------------- state

    private final String s;
    /** The characters of the text: faster to index than the string itself. */
    private final char[] cs;
    private final int len;
    private final Tolerance tolerance;
    private int pos;

    /**
     * The last word read before the number, for messages; null where it is the range separator at
     * separatorAt, whose text is cut out only if a message needs it.
     */
    private String lastWord;
    private int lastWordEnd = -1;
    private int separatorAt;
    private int separatorLength;

    private Qualifier qualifier;
    private int qualifierAt;
    private String qualifierWord;
    private int qualifierScope;
    private boolean controlled;

    private int sign;
    private int signAt = -1;
    private String signWord;
    private int baseAt = -1;

    private Unit unit;
    private String unitWord;
    /** Whether the side being read has a unit word after its number. */
    private boolean sideUnit;

    /** 0: not a rank; 1: an exact place (第, No., 13th); 2: the first places (前, top, 强). */
    private int rank;
    private int rankAt = -1;
    /** The English ordinal ending read (st, nd, rd, th), and where; null if none. */
    private String ordinalWord;
    private int ordinalAt = -1;
    private boolean betweenWord;

    // the number being read
    private long mant;
    private int scale;
    private BigDecimal wide;
    private boolean negative;
    private int numberStart;
    private boolean hasMagnitude;
    private int exponent;

    private FigureParser(String s, Tolerance tolerance) {
        this.s = s;
        this.cs = s.toCharArray();
        this.len = cs.length;
        this.tolerance = tolerance;
    }

    /**
     * Reads one figure phrase.
     *
     * @param text  the phrase, not null
     * @param tolerance  the tolerance of ABOUT and NEARLY, not null
     * @return the figure, never null
     * @throws FigureParseException if the text is not a figure
     */
    static Figure parse(CharSequence text, Tolerance tolerance) {
        return new FigureParser(text.toString(), tolerance).figure();
    }

    // ---------------------------------------------------------------- grammar

    private Figure figure() {
        if (len == 0) {
            throw fail(0, "empty text: expected a figure such as 突破7000亿元, 18.5% or 第13位");
        }
        // the first character is read from the string, not from the array just copied from it: in
        // profiles of the benchmark's mix, that first read of the copy was the parse's slowest
        // instruction, as it waits for the copy's stores
        char first = s.charAt(0);
        pos = isSpace(first) ? skipSpaces(0) : 0;
        if (pos == len) {
            throw fail(pos, "blank text: expected a figure such as 突破7000亿元, 18.5% or 第13位");
        }
        if (pos > 0 || first < '0' || first > '9') { // no word before the number starts with a digit
            Figure word = wordForm();
            if (word != null) {
                return word;
            }
            prefixes();
        }

        // the first (or only) number
        number();
        if (pos == len && !betweenWord) {
            return build(mant, scale, wide, negative, numberStart);
        }
        return rest();
    }

    /**
     * Reads the figures a plan writes without a number, after an optional 保持 or 实现:
     * "正增长" (growth above 0%: MORE_THAN 0 %), "翻一番" (a multiple: 2, a bare number), "翻两番"
     * (4), "翻三番" (8). Returns null for any other text, read from the start.
     */
    private Figure wordForm() {
        int end = len;
        while (end > pos && isSpace(cs[end - 1])) {
            end--;
        }
        int at = pos;
        if (s.startsWith("保持", at) || s.startsWith("实现", at)) {
            at += 2;
        }
        String word = s.substring(at, end);
        if (word.equals("正增长")) {
            return Figure.ofCanonical(Qualifier.MORE_THAN, BigDecimal.ZERO, Unit.PERCENT, tolerance);
        }
        if (word.length() == 3 && word.charAt(0) == '翻' && word.charAt(2) == '番') {
            int times = "一两二三".indexOf(word.charAt(1));
            if (times >= 0) {
                int doublings = times == 0 ? 1 : times <= 2 ? 2 : 3;
                return Figure.ofCanonical(Qualifier.EXACT, BigDecimal.valueOf(1L << doublings), Unit.NONE, tolerance);
            }
        }
        if (word.equals("翻番")) {
            return Figure.ofCanonical(Qualifier.EXACT, BigDecimal.valueOf(2), Unit.NONE, tolerance);
        }
        return null;
    }

    /** Reads what follows the first number: a range, words after it, the end. */
    private Figure rest() {
        long lMant = mant;
        int lScale = scale;
        BigDecimal lWide = wide;
        boolean lNegative = negative;
        int lStart = numberStart;
        boolean lMagnitude = hasMagnitude;
        int lExponent = exponent;
        boolean lUnit = sideUnit;

        // a range?
        int save = pos;
        pos = skipSpace(pos);
        int m = SEPARATORS.match(cs, pos);
        boolean range = false;
        boolean rightCurrency = false;
        int rStart = -1;
        if (m >= 0 && (TOKEN[WordTable.id(m)].kind == Kind.SEPARATOR || betweenWord)) {
            range = true;
            lastWord = null;
            separatorAt = pos;
            separatorLength = WordTable.length(m);
            pos = skipSpace(pos + WordTable.length(m));
            lastWordEnd = pos;
            int c = PREFIXES.match(cs, pos);
            if (c >= 0 && WordTable.length(c) <= 3 && currencyCodeAt(pos)
                    && TOKEN[WordTable.id(c)].kind != Kind.CURRENCY) {
                c = -1;
            }
            if (c >= 0 && TOKEN[WordTable.id(c)].kind == Kind.CURRENCY) {
                setUnit(TOKEN[WordTable.id(c)].unit, pos, TOKEN[WordTable.id(c)].word);
                pos = skipSpace(pos + WordTable.length(c));
                rightCurrency = true;
            } else if (c < 0 && currencyCodeAt(pos)) {
                setUnit(Unit.money(s.substring(pos, pos + 3)), pos, s.substring(pos, pos + 3));
                pos = skipSpace(pos + 3);
                rightCurrency = true;
            }
            number();
            rStart = numberStart;
        } else {
            pos = save;
            if (betweenWord) {
                int at = skipSpace(pos);
                throw fail(at, "expected 'and' and the second number after 'between', found " + found(at));
            }
        }

        postfixes();
        pos = skipSpace(pos);
        if (pos < len) {
            throw trailing();
        }

        if (!range) {
            return build(lMant, lScale, lWide, lNegative, lStart);
        }
        Unit u = checkedUnit();
        if (qualifier != null) {
            throw fail(qualifierAt, "a range takes no qualifier, found '" + qualifierWord
                    + "': write 2-3个 or 突破2个, not both");
        }
        if (!lMagnitude && !lUnit && !rightCurrency) {
            lExponent = exponent; // "500～600亿元": the magnitude is written once, after the range
        }
        BigDecimal low = decimal(lMant, lScale, lWide, lNegative, lExponent, lStart);
        BigDecimal high = decimal(mant, scale, wide, negative, exponent, rStart);
        if (rank != 0) {
            checkPlace(low, lStart, false);
            checkPlace(high, rStart, true);
        }
        if (high.compareTo(low) < 0) {
            throw fail(rStart, "range end (" + high.toPlainString() + ") is less than its start ("
                    + low.toPlainString() + "): expected a number not less than the first");
        }
        if (sign < 0) {
            BigDecimal t = low;
            low = high.negate();
            high = t.negate();
        }
        if (lWide != null || wide != null) {
            return Figure.between(low, high, u); // a wide number or a fraction may have trailing zeros
        }
        return Figure.betweenCanonical(low, high, u);
    }

    /** Checks what the words said and returns the unit of the figure. */
    private Unit checkedUnit() {
        if (rank != 0 && unit != null && !unit.equals(Unit.RANK)) {
            throw fail(rankAt, "a rank has no unit, found '" + unitWord + "' (" + unit.code() + ")");
        }
        checkQualifierScope();
        if (rank != 0 && sign != 0) {
            throw fail(signAt, "a rank takes no '" + signWord + "': write 第13位 or 前10");
        }
        return rank != 0 ? Unit.RANK : unit == null ? Unit.NONE : unit;
    }

    /** Builds the figure of a single number (not a range) read into the given parts. */
    private Figure build(long m, int sc, BigDecimal big, boolean neg, int at) {
        Unit u = checkedUnit();
        BigDecimal value = decimal(m, sc, big, neg, exponent, at);
        if (rank != 0) {
            checkPlace(value, at, true);
        }
        Qualifier q = qualifier != null ? qualifier : controlled ? Qualifier.AT_MOST : Qualifier.EXACT;
        if (sign < 0) {
            value = value.negate();
            q = opposite(q);
        }
        if (big != null) {
            return Figure.of(q, value, u, tolerance); // a wide number or a fraction may have trailing zeros
        }
        return Figure.ofCanonical(q, value, u, tolerance);
    }

    /** Reads the words before the first number. */
    private void prefixes() {
        while (pos < len) {
            char first = cs[pos];
            if (first >= '0' && first <= '9') {
                break; // no word before the number starts with a digit
            }
            int m = PREFIXES.match(cs, pos);
            Token t;
            int n;
            if (m >= 0 && !(WordTable.length(m) <= 3 && currencyCodeAt(pos)
                    && TOKEN[WordTable.id(m)].kind != Kind.CURRENCY)) {
                t = TOKEN[WordTable.id(m)];
                n = WordTable.length(m);
            } else if (currencyCodeAt(pos)) {
                t = currencyCode(pos);
                n = 3;
            } else {
                break;
            }
            if (t.kind == Kind.QUALIFIER && baseAt < 0) {
                qualify(t, pos); // the most common words: 突破, 约, 不超过 …
            } else {
                prefix(t, pos);
            }
            lastWord = t.word;
            pos = skipSpace(pos + n);
            lastWordEnd = pos;
        }
        if (baseAt >= 0 && sign == 0) {
            throw fail(pos, "expected 增长 or 下降 after '" + s.substring(baseAt, lastWordEnd).trim()
                    + "', found " + found(pos));
        }
    }

    private Token currencyCode(int at) {
        String code = s.substring(at, at + 3);
        return new Token(Kind.CURRENCY, code, null, 0, Unit.money(code), 0);
    }

    /** Takes one word before the number. */
    private void prefix(Token t, int at) {
        if (baseAt >= 0 && sign == 0 && t.kind != Kind.SIGN) {
            throw fail(at, "expected 增长 or 下降 after '" + s.substring(baseAt, lastWordEnd).trim()
                    + "', found '" + t.word + "'");
        }
        switch (t.kind) {
            case QUALIFIER:
                qualify(t, at);
                break;
            case CONTROL:
                controlled = true;
                break;
            case SIGN:
                if (sign != 0) {
                    throw fail(at, "a second sign word '" + t.word + "' after '" + signWord
                            + "': expected a number");
                }
                sign = t.value;
                signAt = at;
                signWord = t.word;
                break;
            case BASE:
                if (baseAt >= 0 || sign != 0) {
                    throw fail(at, "unexpected '" + t.word + "': expected a number");
                }
                baseAt = at;
                break;
            case CURRENCY:
            case PERCENT_OF:
                setUnit(t.unit, at, t.word);
                break;
            case RANK_EXACT:
            case RANK_TOP:
                if (rank != 0) {
                    throw fail(at, "a second rank mark '" + t.word + "': expected a number");
                }
                rank = t.kind == Kind.RANK_EXACT ? 1 : 2;
                rankAt = at;
                if (t.qualifier != null) {
                    qualify(t, at);
                }
                break;
            case BETWEEN:
                betweenWord = true;
                break;
            case NEUTRAL:
            default:
                break;
        }
    }

    /** Reads one side of the figure: number, 多/余, magnitude and unit. */
    private void number() {
        sideUnit = false;
        readNumber();
        if (pos == len) { // "5", "一千一百四十一": nothing follows the number
            hasMagnitude = false;
            exponent = 0;
            return;
        }
        int approxAt = approx();
        int e = rank != 0 ? 0 : magnitude();
        if (approxAt < 0) {
            approx();
        }
        hasMagnitude = e > 0;
        exponent = e;
        unit();
    }

    /** Reads 多 or 余 after a number ("3000多个", "10余家", "1万多家"); returns its index or -1. */
    private int approx() {
        if (pos < len) {
            char c = cs[pos];
            if (c == '多' || c == '余') {
                qualify(c == '多' ? DUO : YU, pos);
                return pos++;
            }
        }
        return -1;
    }

    /** Reads a magnitude word after a number and returns its power of ten, or 0. */
    private int magnitude() {
        int e = 0;
        int save = pos;
        pos = skipSpace(pos);
        char c = at(pos);
        int small = c == '十' || c == '拾' ? 1 : c == '百' || c == '佰' ? 2 : c == '千' || c == '仟' ? 3 : 0;
        if (small > 0) {
            char next = at(pos + 1);
            if (next == '万' || next == '萬' || next == '亿' || next == '億') {
                e = small;
                pos++;
            } else if (UNITS.match(cs, pos) < 0) {
                pos++;
                return small; // "3千"
            } else {
                pos = save;
                return 0; // "3千瓦", "6百分点"
            }
        }
        c = at(pos);
        if (c == '万' || c == '萬') {
            e += 4;
            pos++;
            c = at(pos);
        }
        if (c == '亿' || c == '億') {
            e += 8;
            pos++;
        }
        if (e > 0) {
            return e;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            int m = MAGNITUDES.match(cs, pos);
            if (m >= 0) {
                pos += WordTable.length(m);
                return TOKEN[WordTable.id(m)].value;
            }
        }
        pos = save;
        return 0;
    }

    /** Reads the unit or rank ending after a number, if any. */
    private void unit() {
        int save = pos;
        pos = skipSpace(pos);
        if (rank != 0) {
            int m = RANK_ENDS.match(cs, pos);
            if (m >= 0) {
                Token t = TOKEN[WordTable.id(m)];
                if (t.kind == Kind.TOP_SUFFIX && rank != 2) {
                    throw misplacedTop();
                }
                pos += WordTable.length(m);
                return;
            }
        }
        int m = UNITS.match(cs, pos);
        if (m >= 0 && WordTable.length(m) <= 3 && currencyCodeAt(pos) && !isMoney(TOKEN[WordTable.id(m)])) {
            m = -1; // three capitals are a currency code: "5 KWH" is money, "5 kWh" energy
        }
        if (m >= 0) {
            Token t = TOKEN[WordTable.id(m)];
            if (t.kind == Kind.UNIT && rank == 0) {
                setUnit(t.unit, pos, t.word);
                exponent += t.value; // ‰ and 千分点 count tenths of their unit
            } else {
                rankUnit(t);
            }
            pos += WordTable.length(m);
            sideUnit = true;
            return;
        }
        if (rank == 0 && currencyCodeAt(pos)) {
            String code = s.substring(pos, pos + 3);
            setUnit(Unit.money(code), pos, code);
            pos += 3;
            sideUnit = true;
            return;
        }
        if (pos < len && isWordChar(cs[pos])) {
            checkNotUnknownUnit();
        }
        pos = save;
    }

    /** Takes a word of the unit table that makes or ends a rank: 13th, 10强. */
    private void rankUnit(Token t) {
        if (t.kind == Kind.UNIT) {
            throw fail(pos, "a rank ends in 位 or 名, not '" + t.word + "'");
        }
        if (t.kind == Kind.ORDINAL) {
            if (rank == 2) {
                throw fail(pos, "'" + t.word + "' after 'top': expected a plain number, as in top 10");
            }
            rank = 1;
            rankAt = pos;
            ordinalWord = t.word;
            ordinalAt = pos;
        } else { // 强
            if (rank == 0) {
                rank = 2;
                rankAt = pos;
            }
            qualify(t, pos);
        }
        setUnit(Unit.RANK, pos, t.word);
    }

    /**
     * Refuses a place that no ranking has: below 1 (第0位, 第-3位, 前0) or not whole (第2.5位), and
     * an English ordinal whose ending does not fit its number (1nd, 2st, 11st). The ending is
     * checked against the number it follows: the last one read.
     */
    private void checkPlace(BigDecimal place, int at, boolean last) {
        if (place.compareTo(BigDecimal.ONE) < 0) {
            throw fail(at, "a rank is a place counted from 1, found " + place.toPlainString()
                    + (rank == 2 ? ": 前N names the first N places, N at least 1" : ": write 第1位 or more"));
        }
        if (place.stripTrailingZeros().scale() > 0) {
            throw fail(at, "a rank is a whole place, found " + place.toPlainString() + ": write 第2位 or 第3位");
        }
        if (last && ordinalWord != null) {
            String fits = ordinalEnding(place);
            if (!fits.equalsIgnoreCase(ordinalWord)) {
                throw fail(ordinalAt, "'" + place.toPlainString() + ordinalWord + "' is not an ordinal: "
                        + place.toPlainString() + " is written " + place.toPlainString() + fits);
            }
        }
    }

    /** The English ordinal ending of a whole place: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
    private static String ordinalEnding(BigDecimal place) {
        int last2 = place.remainder(BigDecimal.valueOf(100)).intValue();
        if (last2 >= 11 && last2 <= 13) {
            return "th";
        }
        switch (last2 % 10) {
            case 1:
                return "st";
            case 2:
                return "nd";
            case 3:
                return "rd";
            default:
                return "th";
        }
    }

    private FigureParseException misplacedTop() {
        return fail(pos, "'强' follows 前 (前200强), not '" + cs[rankAt] + "'");
    }

    /** Throws if the word at pos is neither a unit nor a word that may follow the number. */
    private void checkNotUnknownUnit() {
        if (POSTFIXES.match(cs, pos) < 0 && SEPARATORS.match(cs, pos) < 0 && !isExponent(pos)) {
            String word = wordAt(pos);
            throw fail(pos, "unknown unit '" + word + "': expected a unit such as 元, 亿元, 美元, 家, 个, 吨, "
                    + "千瓦时, %, 个百分点, or 以上, 以下, 左右, or the end of the text");
        }
    }

    /** Reads the words after the number: 以上, 以下, 左右, or more … */
    private void postfixes() {
        while (true) {
            int p = skipSpace(pos);
            int m = POSTFIXES.match(cs, p);
            if (m < 0) {
                return;
            }
            Token t = TOKEN[WordTable.id(m)];
            if (t.kind == Kind.QUALIFIER) {
                qualify(t, p);
            }
            pos = p + WordTable.length(m);
        }
    }

    // ---------------------------------------------------------------- numbers

    /** Reads a number at pos into mant, scale, wide and negative; throws if there is none. */
    private void readNumber() {
        numberStart = pos;
        negative = false;
        wide = null;
        char c = at(pos);
        if (c == '+' || c == '-' || c == '−' || c == '－' || c == '＋') {
            if (sign != 0) {
                throw fail(pos, "expected a number without sign after '" + signWord + "', found '" + c + "'");
            }
            negative = c != '+' && c != '＋';
            pos++;
            c = at(pos);
        }
        if (digit(c) >= 0) {
            readArabic();
        } else if (!readChinese()) {
            throw fail(pos, expectedNumber(pos));
        }
        if (at(pos) == '分' && at(pos + 1) == '之') {
            fraction();
        }
    }

    private String expectedNumber(int at) {
        String word = lastWord != null || lastWordEnd < 0 ? lastWord
                : s.substring(separatorAt, separatorAt + separatorLength);
        String after = word != null && lastWordEnd == at ? " after '" + word + "'" : "";
        if (at > numberStart) {
            after = " after '" + cs[numberStart] + "'";
        }
        return "expected a number" + after + ", found " + found(at) + " (a number is digits such as 7000 or"
                + " 1.03, or Chinese numerals such as 一千)";
    }

    /** Reads ASCII or full-width digits, with thousands separators and a decimal point. */
    private void readArabic() {
        if (!readPlain()) {
            readDigits();
        }
    }

    /**
     * Reads the most common numbers as {@link #readDigits} would, in fewer steps: up to 18 ASCII
     * digits, the first not zero, with at most one ASCII point among them. Returns false, having
     * read nothing, for any other number (a leading zero, a thousands separator, full-width
     * digits, more digits than a long holds, a bad point), which readDigits then reads or rejects.
     */
    private boolean readPlain() {
        final char[] c = cs;
        final int n = len;
        int start = pos;
        if (c[start] < '1' || c[start] > '9') {
            return false;
        }
        // 18 digits and a point take 19 characters: reading 20 at most tells a longer number
        final int end = Math.min(n, start + 20);
        long m = 0;
        int p = start;
        int d;
        while (p < end && (d = c[p] - '0') >= 0 && d <= 9) {
            m = m * 10 + d;
            p++;
        }
        int digits = p - start;
        int frac = 0;
        if (p + 1 < end && c[p] == '.' && (d = c[p + 1] - '0') >= 0 && d <= 9) {
            p++;
            while (p < end && (d = c[p] - '0') >= 0 && d <= 9) {
                m = m * 10 + d;
                p++;
            }
            frac = p - start - digits - 1;
        }
        if (digits + frac > 18) {
            return false;
        }
        if (p < n) {
            char next = c[p];
            if (next == '.' || next == ',' || next == '，' || next == '．' || (next >= '０' && next <= '９')) {
                return false; // a second point, a thousands separator, a full-width digit …
            }
        }
        pos = p;
        mant = m;
        scale = frac;
        return true;
    }

    /** Reads any number of ASCII or full-width digits, with thousands separators and a decimal point. */
    private void readDigits() {
        final char[] c = cs;
        final int n = len;
        int start = pos;
        int p = pos;
        long m = 0;
        int nd = 0; // digits in m, from its first non-zero one
        int intDigits = 0; // digits before the point, from the first non-zero one
        int group = 0;
        boolean grouped = false;
        boolean overflow = false;
        while (p < n) {
            char ch = c[p];
            int d = digit(ch);
            if (d >= 0) {
                if (m == 0) {
                    m = d;
                    nd = d == 0 ? 0 : 1;
                } else if (nd < 18) {
                    m = m * 10 + d;
                    nd++;
                } else {
                    overflow = true;
                }
                if (nd > 0) {
                    intDigits++;
                }
                group++;
                p++;
            } else if ((ch == ',' || ch == '，') && p + 1 < n && digit(c[p + 1]) >= 0) {
                checkGroup(p, group, grouped);
                grouped = true;
                group = 0;
                p++;
            } else {
                break;
            }
        }
        if (intDigits > MAX_INTEGER_DIGITS) {
            throw tooManyDigits(start);
        }
        int frac = 0;
        if (p < n && (c[p] == '.' || c[p] == '．')) {
            if (p + 1 >= n || digit(c[p + 1]) < 0) {
                throw noDigitAfterPoint(p + 1);
            }
            p++;
            int d;
            while (p < n && (d = digit(c[p])) >= 0) {
                if (m == 0) {
                    m = d;
                    nd = d == 0 ? 0 : 1;
                } else if (nd < 18) {
                    m = m * 10 + d;
                    nd++;
                } else {
                    overflow = true;
                }
                frac++;
                p++;
            }
            if (frac > MAX_FRACTION_DIGITS) {
                throw tooManyFractionDigits(p - frac + MAX_FRACTION_DIGITS);
            }
            if (p + 1 < n && (c[p] == '.' || c[p] == '．') && digit(c[p + 1]) >= 0) {
                throw secondPoint(p);
            }
        }
        pos = p;
        mant = m;
        scale = frac;
        if (overflow) {
            wide = wideNumber(start, p);
        }
    }

    private FigureParseException tooManyDigits(int start) {
        return fail(start, "number too large: more than " + MAX_INTEGER_DIGITS
                + " digits before the decimal point (a figure must be below 10^" + MAX_INTEGER_DIGITS + ")");
    }

    private FigureParseException noDigitAfterPoint(int at) {
        return fail(at, "expected a digit after the decimal point, found " + found(at));
    }

    private FigureParseException tooManyFractionDigits(int at) {
        return fail(at, "too many digits after the decimal point: at most " + MAX_FRACTION_DIGITS);
    }

    private FigureParseException secondPoint(int at) {
        return fail(at, "a second decimal point: a number has at most one, as in 1.03");
    }

    /** Checks a thousands separator at p, after a group of digits. */
    private void checkGroup(int p, int group, boolean grouped) {
        if (grouped ? group != 3 : group > 3) {
            throw fail(p, "thousands separator after " + group + " digits: expected groups of"
                    + " three digits, as in 4,579 or 1,234,567");
        }
        for (int i = 1; i <= 3; i++) {
            if (digit(at(p + i)) < 0) {
                throw fail(p + i, "expected three digits after the thousands separator, found " + found(p + i));
            }
        }
        if (digit(at(p + 4)) >= 0) {
            throw fail(p + 4, "expected three digits after the thousands separator, found a fourth");
        }
    }

    /** Reads the digits from start to end into a BigDecimal, for numbers of more than 18 digits. */
    private BigDecimal wideNumber(int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char ch = cs[i];
            int d = digit(ch);
            if (d >= 0) {
                b.append((char) ('0' + d));
            } else if (ch == '.' || ch == '．') {
                b.append('.');
            }
        }
        return new BigDecimal(b.toString());
    }

    /**
     * Reads a Chinese numeral (一千一百四十一, 两万, 十三, 三百零五, 百亿, 二〇二二, 十八点五, 壹佰) at pos;
     * returns false if there is none.
     */
    private boolean readChinese() {
        int start = pos;
        long total = 0;
        long wan = 0;
        long section = 0;
        long pending = -1;
        long lastUnit = 1;
        long lastSmall = 10000;
        boolean zero = false;
        boolean previousDigit = false;
        boolean positional = false;
        boolean unitSeen = false;
        int run = 0;
        boolean any = false;
        try {
            while (pos < len) {
                char c = cs[pos];
                int d = chineseDigit(c);
                if (d >= 0) {
                    if (previousDigit && pending != 0) {
                        // digit after digit: 二〇二二, read place by place, and only without 十百千万亿
                        if (unitSeen) {
                            throw fail(pos, "misplaced '" + c + "' in a Chinese numeral: expected 十, 百, 千, 万"
                                    + " or 亿 after '" + cs[pos - 1] + "'");
                        }
                        if (++run > 18) {
                            throw tooLarge(start);
                        }
                        pending = pending * 10 + d;
                        positional = true;
                    } else {
                        pending = d; // after 零 (三百零五), a digit starts afresh
                        run = 1;
                    }
                    zero |= d == 0;
                    previousDigit = true;
                } else {
                    long u = c == '十' || c == '拾' ? 10 : c == '百' || c == '佰' ? 100
                            : c == '千' || c == '仟' ? 1000 : 0;
                    if (u > 0) {
                        char next = at(pos + 1);
                        if ((c == '千' && (next == '瓦' || next == '克' || next == '米'))
                                || (c == '百' && next == '分')) {
                            break; // 千瓦, 千克, 千米, 百分点: a unit, not a numeral
                        }
                        if (u >= lastSmall || positional) {
                            throw fail(pos, "misplaced '" + c + "' in a Chinese numeral: expected a digit,"
                                    + " 万 or 亿");
                        }
                        if (pending < 0 && any) {
                            throw fail(pos, "expected a digit before '" + c + "', as in 一" + c);
                        }
                        section = Math.addExact(section, Math.multiplyExact(pending >= 0 ? pending : 1, u));
                        lastSmall = u;
                        lastUnit = u;
                    } else if (c == '万' || c == '萬') {
                        long v = section + Math.max(pending, 0);
                        if (wan != 0 || (v == 0 && any) || (positional && section != 0)) {
                            throw fail(pos, "misplaced '" + c + "' in a Chinese numeral");
                        }
                        wan = Math.multiplyExact(v == 0 ? 1 : v, 10_000L);
                        section = 0;
                        lastSmall = 10000;
                        lastUnit = 10000;
                    } else if (c == '亿' || c == '億') {
                        long v = Math.addExact(Math.addExact(wan, section), Math.max(pending, 0));
                        if (total != 0 || (v == 0 && any)) {
                            throw fail(pos, "misplaced '" + c + "' in a Chinese numeral");
                        }
                        total = Math.multiplyExact(v == 0 ? 1 : v, 100_000_000L);
                        wan = 0;
                        section = 0;
                        lastSmall = 10000;
                        lastUnit = 100_000_000L;
                    } else {
                        break;
                    }
                    pending = -1;
                    zero = false;
                    previousDigit = false;
                    positional = false;
                    unitSeen = true;
                    run = 0;
                }
                any = true;
                pos++;
            }
            if (!any) {
                return false;
            }
            if (pending > 0 && !zero && !positional && lastUnit >= 10) {
                pending = pending * (lastUnit / 10); // 一万五 is 15000, 两百五 is 250
            }
            long value = Math.addExact(Math.addExact(total, wan), Math.addExact(section, Math.max(pending, 0)));
            if (at(pos) == '点' && chineseDigit(at(pos + 1)) >= 0 && chineseDigit(at(pos + 1)) <= 9) {
                pos++;
                int fracStart = pos;
                long f = 0;
                int k = 0;
                int d;
                while ((d = chineseDigit(at(pos))) >= 0) {
                    if (++k > MAX_FRACTION_DIGITS) {
                        throw fail(pos, "too many digits after 点: at most " + MAX_FRACTION_DIGITS);
                    }
                    pos++;
                }
                if (k <= 18 && value < Decimals.POW10[18 - k]) {
                    for (int i = fracStart; i < pos; i++) {
                        f = f * 10 + chineseDigit(cs[i]);
                    }
                    mant = value * Decimals.POW10[k] + f;
                } else {
                    StringBuilder b = new StringBuilder().append(value).append('.');
                    for (int i = fracStart; i < pos; i++) {
                        b.append((char) ('0' + chineseDigit(cs[i])));
                    }
                    wide = new BigDecimal(b.toString());
                }
                scale = k;
            } else {
                mant = value;
                scale = 0;
            }
            return true;
        } catch (ArithmeticException e) {
            throw tooLarge(start);
        }
    }

    /** Reads the numerator of "三分之一" after the denominator, which is in mant, scale and wide. */
    private void fraction() {
        int at = pos;
        BigDecimal denominator = wide != null ? wide : BigDecimal.valueOf(mant, scale);
        boolean neg = negative;
        pos += 2;
        wide = null;
        char c = at(pos);
        if (digit(c) >= 0) {
            readArabic();
        } else if (!readChinese()) {
            throw fail(pos, "expected a number after 分之, as in 三分之一, found " + found(pos));
        }
        BigDecimal numerator = wide != null ? wide : BigDecimal.valueOf(mant, scale);
        if (denominator.signum() == 0) {
            throw fail(at, "a fraction with denominator zero");
        }
        try {
            wide = numerator.divide(denominator);
        } catch (ArithmeticException e) {
            throw fail(at, "the fraction " + numerator.toPlainString() + "/" + denominator.toPlainString()
                    + " has no exact decimal value: write it as a decimal, such as 33.3%");
        }
        negative = neg;
        mant = 0;
        scale = 0;
    }

    /**
     * Returns the exact value of a number read, times ten to the magnitude. When the number is in
     * the long (big is null), the value is in the form {@link Decimals#canonical} gives: the
     * trailing zeros are stripped on the long, before it becomes a BigDecimal.
     */
    private BigDecimal decimal(long m, int sc, BigDecimal big, boolean neg, int e, int at) {
        if (big == null) {
            if (m == 0) {
                return BigDecimal.ZERO;
            }
            int k = sc - e;
            while (k > 0 && m % 10 == 0) {
                m /= 10;
                k--;
            }
            if (k < 0) {
                if (-k < Decimals.POW10.length && m <= Decimals.POW10_LIMIT[-k]) {
                    m *= Decimals.POW10[-k];
                    k = 0;
                } else {
                    big = BigDecimal.valueOf(m, k);
                    if (big.precision() - big.scale() > MAX_INTEGER_DIGITS) {
                        throw tooLarge(at);
                    }
                    big = big.setScale(0);
                    return neg ? big.negate() : big;
                }
            }
            if (k > MAX_SCALE) {
                throw tooManyDecimals(at);
            }
            return BigDecimal.valueOf(neg ? -m : m, k);
        }
        BigDecimal v = big.movePointRight(e);
        if (v.signum() != 0 && v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            throw tooLarge(at);
        }
        if (v.signum() != 0 && v.stripTrailingZeros().scale() > MAX_SCALE) {
            throw tooManyDecimals(at);
        }
        return neg ? v.negate() : v;
    }

    // ---------------------------------------------------------------- bookkeeping

    private void qualify(Token t, int at) {
        if (qualifier == null) {
            qualifier = t.qualifier;
            qualifierAt = at;
            qualifierWord = t.word;
            qualifierScope = t.scope;
        } else if (qualifier != t.qualifier) {
            throw fail(at, "conflicting qualifiers '" + qualifierWord + "' (" + qualifier + ") and '"
                    + t.word + "' (" + t.qualifier + "): expected one of them");
        } else {
            qualifierScope &= t.scope;
        }
    }

    private void checkQualifierScope() {
        if (qualifier == null) {
            return;
        }
        if (rank != 0 && (qualifierScope & RANKS) == 0) {
            throw fail(qualifierAt, "'" + qualifierWord + "' does not qualify a rank: write 前13 or 第13位以内 "
                    + "(13th or better), 第13位以后 (below 13th), 第13位左右, or in English top 13, "
                    + "13th or lower, higher than 13th");
        }
        if (rank == 0 && (qualifierScope & GENERIC) == 0) {
            throw fail(qualifierAt, "'" + qualifierWord + "' qualifies only a rank, such as 第13位"
                    + (qualifierWord.startsWith("以") || qualifierWord.startsWith("之") ? qualifierWord : ""));
        }
    }

    private Qualifier opposite(Qualifier q) {
        switch (q) {
            case MORE_THAN:
                return Qualifier.LESS_THAN;
            case LESS_THAN:
                return Qualifier.MORE_THAN;
            case AT_LEAST:
                return Qualifier.AT_MOST;
            case AT_MOST:
                return Qualifier.AT_LEAST;
            case NEARLY:
                throw fail(qualifierAt, "'" + signWord + "' with '" + qualifierWord + "' is not supported: a fall of"
                        + " nearly n lies just above -n, which no qualifier expresses; write 约 (about) or"
                        + " the number itself");
            default:
                return q;
        }
    }

    private void setUnit(Unit u, int at, String word) {
        if (unit != null && !unit.equals(u)) {
            throw fail(at, "unit '" + word + "' (" + u.code() + ") conflicts with '" + unitWord + "' ("
                    + unit.code() + ") earlier in the figure");
        }
        if (unit == null || unitWord == null) {
            unitWord = word;
        }
        unit = u;
    }

    // ---------------------------------------------------------------- characters

    private char at(int i) {
        return i < len ? cs[i] : '\uFFFF';
    }

    /** Returns the index of the first character at or after i that is not a space. */
    private int skipSpace(int i) {
        return i < len && isSpace(cs[i]) ? skipSpaces(i) : i; // small, so that it is inlined everywhere
    }

    private int skipSpaces(int i) {
        while (i < len && isSpace(cs[i])) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        // Chinese characters, above U+3000, are rejected after two comparisons
        return c <= ' ' ? (ASCII_SPACES >>> c & 1) != 0 : c >= '\u00A0' && c <= '\u3000' && isWideSpace(c);
    }

    private static boolean isWideSpace(char c) {
        return c == '\u3000' || c == '\u00A0' || c == '\u2009' || c == '\u202F';
    }

    /** Returns the value of an ASCII or full-width digit, or -1. */
    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : wideDigit(c);
    }

    private static int wideDigit(char c) {
        return c >= '０' && c <= '９' ? c - '０' : -1;
    }

    /** Returns the value of a Chinese digit (including 〇, 零, 两 and the financial forms), or -1. */
    private static int chineseDigit(char c) {
        switch (c) {
            case '〇':
            case '零':
                return 0;
            case '一':
            case '壹':
                return 1;
            case '二':
            case '两':
            case '贰':
            case '貳':
                return 2;
            case '三':
            case '叁':
            case '參':
                return 3;
            case '四':
            case '肆':
                return 4;
            case '五':
            case '伍':
                return 5;
            case '六':
            case '陆':
            case '陸':
                return 6;
            case '七':
            case '柒':
                return 7;
            case '八':
            case '捌':
                return 8;
            case '九':
            case '玖':
                return 9;
            default:
                return -1;
        }
    }

    /** Tells whether three capitals, an ISO 4217 code, stand at i, and no fourth letter follows. */
    private boolean currencyCodeAt(int i) {
        return i + 3 <= len && cs[i] <= 'Z' && cs[i] >= 'A' && restOfCurrencyCode(i);
    }

    private boolean restOfCurrencyCode(int i) {
        for (int k = i + 1; k < i + 3; k++) {
            char c = cs[k];
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        char next = at(i + 3);
        return !((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'));
    }

    private boolean isExponent(int i) {
        char c = at(i);
        return (c == 'e' || c == 'E') && (digit(at(i + 1)) >= 0 || ((at(i + 1) == '+' || at(i + 1) == '-')
                && digit(at(i + 2)) >= 0));
    }

    private static boolean isMoney(Token t) {
        return t.unit != null && t.unit.dimension() == Dimension.MONEY;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u3400' && c <= '\u9FFF')
                || (c >= '\uF900' && c <= '\uFAFF');
    }

    /** Returns the word (up to four Chinese characters, or up to twenty letters) at i, for messages. */
    private String wordAt(int i) {
        char c = cs[i];
        boolean latin = c < 0x80;
        int end = i;
        while (end < len && end - i < (latin ? 20 : 4)) {
            char d = cs[end];
            if (!isWordChar(d) || (d < 0x80) != latin) {
                break;
            }
            end++;
        }
        return s.substring(i, end);
    }

    private String found(int i) {
        if (i >= len) {
            return "the end of the text";
        }
        int cp = s.codePointAt(i);
        return "'" + new String(Character.toChars(cp)) + "'";
    }

    private FigureParseException trailing() {
        char c = cs[pos];
        if (c == '^' || isExponent(pos)) {
            return fail(pos, "exponent notation is not supported: write the digits, or a magnitude word such as"
                    + " 万, 亿 or billion");
        }
        StringBuilder expected = new StringBuilder("expected ");
        if (unit == null && rank == 0) {
            expected.append("a unit (元, 家, 吨, %, 个百分点 …), ");
        }
        expected.append("以上, 以下, 左右, or the end of the text");
        return fail(pos, "unexpected " + found(pos) + " after the figure: " + expected);
    }

    private FigureParseException tooLarge(int at) {
        return fail(at, "number too large: a figure must be below 10^" + MAX_INTEGER_DIGITS);
    }

    private FigureParseException tooManyDecimals(int at) {
        return fail(at, "too many decimals: a figure has at most " + MAX_SCALE
                + " digits after the decimal point, once 万, 亿 or billion is applied");
    }

    private FigureParseException fail(int index, String problem) {
        return new FigureParseException(s, Math.max(0, Math.min(index, len)), problem);
    }
}
