package dev.attain.extract;

import dev.attain.quantity.Figure;
import dev.attain.quantity.FigureParseException;
import dev.attain.quantity.Tolerance;
import dev.attain.quantity.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the figure phrases of a clean text: every run of digits outside a time expression, and
 * the Chinese numerals that a figure word announces ("突破万亿元", "居全国第三", "万户以上").
 *
 * <p>A phrase is read by {@link Figure#parse}: the finder backs over the words that belong in
 * front of the number (突破, 达到, 约, 同比增长, 第 …), offers the parser the text up to the next
 * clause break, and where the parser stops at a character that is not part of the figure
 * ("3000个|亿元以上工业项目"), offers it the text up to that character. Digits that do not read as
 * a figure are kept, with the reason, so that no figure of the text is lost.
 */
final class FigureFinder {

    /** Words a phrase may start with, before its number; the longest is tried first. */
    private static final String[] PREFIXES = {
        "比上年同期", "较上年同期", "比去年同期", "较去年同期", "比上年", "较上年", "比去年", "较去年", "同比", "环比",
        "不低于", "不少于", "不小于", "不超过", "不高于", "控制在", "稳定在", "保持在", "百分之",
        "突破", "超过", "高于", "大于", "多于", "至少", "最多", "至多", "不到", "不足", "低于", "少于",
        "大约", "约为", "接近", "将近", "达到", "位居", "增长", "提高", "上升", "增加", "上涨", "下降", "降低",
        "减少", "下滑", "下跌", "回落", "提升",
        "超", "逾", "过", "约", "近", "达", "为", "居", "第", "前"
    };

    /** Words after which a Chinese numeral is read as a figure. */
    private static final String[] CHINESE_CUES = {
        "突破", "超过", "达到", "新增", "净增", "增长", "提高", "下降", "完成", "实现", "全国第", "第", "约", "近",
        "逾", "过", "超", "达"
    };

    private static final String CHINESE_DIGITS = "一二三四五六七八九十两百千万亿〇零";
    private static final String CLAUSE_BREAKS = "。！？!?；;\n，、：:（）()“”\"《》";

    private FigureFinder() {
    }

    static List<Hit> find(CleanText t, boolean[] inTime, Tolerance tolerance) {
        List<Hit> hits = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (inTime[i]) {
                i++;
            } else if (isDigit(c) && (i == 0 || !isDigit(t.charAt(i - 1)) && t.charAt(i - 1) != '.')) {
                Hit h = atDigits(t, i, inTime, tolerance);
                hits.add(h);
                i = Math.max(h.end, digitsEnd(t, i));
            } else if (CHINESE_DIGITS.indexOf(c) >= 0 && chineseCue(t, i)) {
                Hit h = atChinese(t, i, inTime, tolerance);
                if (h != null) {
                    hits.add(h);
                    i = h.end;
                } else {
                    i++;
                }
            } else {
                i++;
            }
        }
        return hits;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static int digitsEnd(CleanText t, int i) {
        int j = i;
        while (j < t.length() && (isDigit(t.charAt(j))
                || (t.charAt(j) == '.' || t.charAt(j) == ',' || t.charAt(j) == '．')
                && j + 1 < t.length() && isDigit(t.charAt(j + 1)))) {
            j++;
        }
        return j;
    }

    private static Hit atDigits(CleanText t, int i, boolean[] inTime, Tolerance tolerance) {
        int j = digitsEnd(t, i);
        char before = i > 0 ? t.charAt(i - 1) : ' ';
        char after = j < t.length() ? t.charAt(j) : ' ';
        if (isAsciiLetter(before) || isAsciiLetter(after) || before == '+' || after == '+') {
            int a = i;
            int b = j;
            while (a > 0 && isCodeChar(t.charAt(a - 1))) {
                a--;
            }
            while (b < t.length() && isCodeChar(t.charAt(b))) {
                b++;
            }
            return Hit.not(a, b, Unresolved.Why.NOT_A_QUANTITY, "digits in a name or code: " + t.substring(a, b));
        }
        if ((before == '“' || before == '"' || before == '〔' || before == '[' || before == '［')
                && (after == '”' || after == '"' || after == '〕' || after == ']' || after == '］')) {
            return Hit.not(i, j, Unresolved.Why.NOT_A_QUANTITY, "digits in quotes or brackets: a name or a number of a document");
        }
        if (t.charAt(i) == '0' && j - i > 1 && t.substring(i, j).indexOf('.') < 0) {
            return Hit.not(i, j, Unresolved.Why.NOT_A_QUANTITY, "a leading zero: a code, not a quantity");
        }
        int start = prefixStart(t, i, inTime);
        Hit h = parse(t, start, i, j, tolerance);
        if (h.isFigure() && h.figure.unit().equals(Unit.NONE)) {
            String digits = t.substring(i, j);
            h.reject(Unresolved.Why.NO_UNIT, isYear(digits) ? "a year in a name: " + digits
                    : "a number without a unit: " + digits);
        }
        return h;
    }

    /** A figure a cue announces in Chinese numerals, kept as unresolved where a noun follows it; or null. */
    private static Hit atChinese(CleanText t, int i, boolean[] inTime, Tolerance tolerance) {
        int start = prefixStart(t, i, inTime);
        int limit = limit(t, i);
        Hit h = parse(t, start, i, i + 1, tolerance);
        if (!h.isFigure() || h.figure.unit().equals(Unit.NONE) || h.figure.unit().code().equals("批")) {
            return null; // "一批", "一些": a batch, not a number
        }
        char next = h.end < limit ? t.charAt(h.end) : '。';
        boolean closed = !Character.isLetterOrDigit(next);
        boolean qualified = t.endsWith("以上", h.end) || t.endsWith("以下", h.end) || t.endsWith("左右", h.end)
                || t.endsWith("以内", h.end);
        if (closed || qualified) {
            return h;
        }
        // announced, but a noun follows: "投资过亿元项目", "第一方阵", "实现两位数的增长"
        h.reject(Unresolved.Why.PART_OF_INDICATOR, "a Chinese-numeral figure that describes the noun after it: "
                + t.substring(h.start, Math.min(t.length(), h.end + 4)));
        return h;
    }

    private static boolean chineseCue(CleanText t, int i) {
        if (i > 0 && CHINESE_DIGITS.indexOf(t.charAt(i - 1)) >= 0) {
            return false;
        }
        for (String cue : CHINESE_CUES) {
            if (t.endsWith(cue, i)) {
                return true;
            }
        }
        char c = t.charAt(i);
        if (c == '万' || c == '亿' || c == '百' || c == '千') {
            int to = Math.min(t.length(), i + 7);
            for (int k = i + 1; k < to; k++) {
                if (t.startsWith("以上", k) || t.startsWith("左右", k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the phrase starts: before the figure words that stand in front of the number. */
    private static int prefixStart(CleanText t, int i, boolean[] inTime) {
        int start = i;
        for (int round = 0; round < 3; round++) {
            boolean moved = false;
            for (String w : PREFIXES) {
                int a = start - w.length();
                if (a >= 0 && !inTime[a] && t.endsWith(w, start)) {
                    start = a;
                    moved = true;
                    break;
                }
            }
            if (!moved) {
                break;
            }
        }
        return start;
    }

    private static int limit(CleanText t, int from) {
        int to = Math.min(t.length(), from + 48);
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (CLAUSE_BREAKS.indexOf(c) >= 0 || c == ',' && !(k + 1 < to && isDigit(t.charAt(k + 1)))) {
                return k;
            }
        }
        return to;
    }

    /** Offers the parser the text from start to the clause's end, then up to where it stopped. */
    private static Hit parse(CleanText t, int start, int number, int digitsEnd, Tolerance tolerance) {
        int end = limit(t, digitsEnd);
        int from = start;
        String last = "no figure";
        for (int attempt = 0; attempt < 8 && end > number; attempt++) {
            try {
                Figure f = Figure.parse(t.substring(from, end), tolerance);
                return Hit.figure(from, end, number, f);
            } catch (FigureParseException e) {
                last = e.getMessage();
                int k = from + e.index();
                if (k <= number) {
                    if (from < number) {
                        from = number; // the words before the number are not figure words here
                        continue;
                    }
                    break;
                }
                if (k < digitsEnd || t.charAt(k) == '/' || t.charAt(k) == ':' || t.charAt(k) == '：') {
                    return Hit.not(number, Math.min(t.length(), Math.max(digitsEnd, k + 2)), Unresolved.Why.UNREADABLE, last);
                }
                end = k;
            }
        }
        return Hit.not(number, digitsEnd, Unresolved.Why.UNREADABLE, last);
    }

    private static boolean isYear(String digits) {
        return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isCodeChar(char c) {
        return CleanText.isAsciiAlnum(c) || c == '+' || c == '-' || c == '_' || c == '.';
    }
}
