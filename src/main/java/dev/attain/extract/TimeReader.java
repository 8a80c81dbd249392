package dev.attain.extract;

import dev.attain.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of a text: years, half-years, quarters, month ranges, months and
 * days, five-year plans, deadlines, and the words that count from the publication date.
 *
 * <p>A {@link Time} keeps what the text says; {@link Time#resolve(int, LocalDate)} turns it into
 * a {@link Period} once the year it leans on is known (a bare "上半年" is the first half of the
 * year the text is about).
 */
final class TimeReader {

    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String SEP = "[-－—–~～至到]";
    private static final String PART = "上半年|下半年|前三季度|第?[一二三四1-4]季度|前[一二三1-3]季度";
    private static final Pattern TIME = Pattern.compile(
            "(?<plan>“?十(?<pn>[一二三四五六七八九])五”?(?:期间|时期|末|以来))"
            + "|(?<yrs>(?<!\\d)(?<y1>" + YEAR + ")年?" + SEP + "(?<y2>" + YEAR + ")年(?:度)?)"
            + "|(?<dl>[到至](?<yd>" + YEAR + ")年(?:底|末)?)"
            + "|(?<yr>(?<!\\d)(?<y>" + YEAR + ")年(?:度)?(?:(?<ypart>" + PART + ")"
            + "|(?<ym1>\\d{1,2})" + SEP + "(?<ym2>\\d{1,2})月份?"
            + "|(?<ym>\\d{1,2})月份?(?:(?<yd2>\\d{1,2})日(?:" + SEP + "\\d{1,2}日)?)?(?:底|末)?"
            + "|底|末|全年)?)"
            + "|(?<upto>(?:截至|截止|截止到)(?:(?<uy>" + YEAR + ")年)?(?<um>\\d{1,2})月(?:(?<ud>\\d{1,2})日)?(?:底|末)?)"
            + "|(?<rel>今年|本年|明年|去年|上年|全年)(?:(?<rpart>" + PART + ")|(?<rm1>\\d{1,2})" + SEP + "(?<rm2>\\d{1,2})月份?)?"
            + "|(?<part>" + PART + ")"
            + "|(?<mr>(?<![\\d.])(?<m1>\\d{1,2})" + SEP + "(?<m2>\\d{1,2})月份?)"
            + "|(?<md>(?<![\\d.])(?<mo>\\d{1,2})月份?(?:(?<dd>\\d{1,2})日(?:" + SEP + "\\d{1,2}日)?)?(?:底|末|上旬|中旬|下旬|中下旬)?)");

    /** The characters a time expression starts with, besides digits. */
    private static final String STARTS = "“十到至截今本明去上下前第一二三四全";

    /** What a time expression says, before the year it leans on is known. */
    enum Form { YEARS, DEADLINE, YEAR, HALF, QUARTERS, MONTHS, MONTH, UP_TO_MONTH }

    /**
     * One time expression: where it is in the clean text, its form, the year it names (0 when it
     * names none, as in "上半年"), the shift from the publication year ("明年" +1, "去年" −1, or
     * {@code NO_SHIFT}), and the months or parts it names.
     */
    record Time(int start, int end, Form form, int year, int shift, int lastYear, int from, int to, boolean base) {

        static final int NO_SHIFT = Integer.MIN_VALUE;

        Time(int start, int end, Form form, int year, int shift, int lastYear, int from, int to) {
            this(start, end, form, year, shift, lastYear, from, to, false);
        }

        /** The same expression as the base of a comparison ("比2020年翻一番"): not the figure's period. */
        Time asBase() {
            return new Time(start, end, form, year, shift, lastYear, from, to, true);
        }

        /** True when the expression names its own year (or counts from the publication date). */
        boolean anchored() {
            return year != 0 || shift != NO_SHIFT;
        }

        /** The year this expression names, given the context's year and the publication date. */
        int yearIn(int contextYear, LocalDate published) {
            if (year != 0) {
                return year;
            }
            return shift != NO_SHIFT ? published.getYear() + shift : contextYear;
        }

        /** The period, given the year of the context and the publication date. */
        Period resolve(int contextYear, LocalDate published) {
            int y = yearIn(contextYear, published);
            switch (form) {
                case YEARS:
                    return Period.ofYears(year, lastYear);
                case HALF:
                    return Period.ofHalf(y, from);
                case QUARTERS:
                    return from == to ? Period.ofQuarter(y, from)
                            : Period.ofMonths(YearMonth.of(y, from * 3 - 2), YearMonth.of(y, to * 3));
                case MONTHS:
                    return Period.ofMonths(YearMonth.of(y, from), YearMonth.of(y, to));
                case MONTH:
                case UP_TO_MONTH:
                    return Period.ofMonth(YearMonth.of(y, from));
                default:
                    return Period.ofYear(y);
            }
        }
    }

    private TimeReader() {
    }

    /** Every time expression of the clean text, in order, none overlapping. */
    static List<Time> read(CleanText text) {
        String s = new String(text.chars(), 0, text.length());
        Matcher m = TIME.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        List<Time> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            // the expression can start only at one of these characters: try the pattern there alone
            if (STARTS.indexOf(s.charAt(i)) < 0 && !FigureFinder.isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            m.region(i, n);
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            Time t = time(m, s);
            if (t != null) {
                boolean base = t.start() > 0 && "比较同".indexOf(s.charAt(t.start() - 1)) >= 0;
                out.add(base ? t.asBase() : t);
            }
            i = Math.max(m.end(), i + 1);
        }
        return out;
    }

    private static Time time(Matcher m, String s) {
        int a = m.start();
        int b = m.end();
        int none = Time.NO_SHIFT;
        if (m.group("plan") != null) {
            int n = "一二三四五六七八九".indexOf(m.group("pn").charAt(0)) + 1 + 10;
            int first = 2016 + (n - 13) * 5;
            return new Time(a, b, Form.YEARS, first, none, first + 4, 0, 0);
        }
        if (m.group("yrs") != null) {
            int y1 = Integer.parseInt(m.group("y1"));
            int y2 = Integer.parseInt(m.group("y2"));
            return y2 > y1 ? new Time(a, b, Form.YEARS, y1, none, y2, 0, 0) : null;
        }
        if (m.group("dl") != null) {
            return new Time(a, b, Form.DEADLINE, Integer.parseInt(m.group("yd")), none, 0, 0, 0);
        }
        if (m.group("yr") != null) {
            int y = Integer.parseInt(m.group("y"));
            return withPart(a, b, y, none, m.group("ypart"), m.group("ym1"), m.group("ym2"), m.group("ym"));
        }
        if (m.group("upto") != null) {
            int y = m.group("uy") == null ? 0 : Integer.parseInt(m.group("uy"));
            int mo = Integer.parseInt(m.group("um"));
            return validMonth(mo) ? new Time(a, b, m.group("ud") == null ? Form.MONTHS : Form.UP_TO_MONTH, y, none, 0,
                    m.group("ud") == null ? 1 : mo, mo) : null;
        }
        if (m.group("rel") != null) {
            String w = m.group("rel");
            if ((w.equals("上年") || w.equals("去年")) && a > 0 && "比较同".indexOf(s.charAt(a - 1)) >= 0
                    || b < s.length() && s.startsWith("同期", b)) {
                return null; // 比上年, 较去年, 上年同期: a comparison, not a period
            }
            if (w.equals("全年")) {
                if (s.startsWith("目标", b) || s.startsWith("任务", b) || s.startsWith("计划", b)) {
                    return null; // "全年目标任务": the year's goals, a noun, not the period of a figure
                }
                return withPart(a, b, 0, none, null, null, null, null); // the whole year the text is about
            }
            int shift = w.equals("明年") ? 1 : w.equals("去年") || w.equals("上年") ? -1 : 0;
            return withPart(a, b, 0, shift, m.group("rpart"), m.group("rm1"), m.group("rm2"), null);
        }
        if (m.group("part") != null) {
            return withPart(a, b, 0, none, m.group("part"), null, null, null);
        }
        if (m.group("mr") != null) {
            int m1 = Integer.parseInt(m.group("m1"));
            int m2 = Integer.parseInt(m.group("m2"));
            return validMonth(m1) && validMonth(m2) && m2 >= m1 ? new Time(a, b, Form.MONTHS, 0, none, 0, m1, m2) : null;
        }
        int mo = Integer.parseInt(m.group("mo"));
        return validMonth(mo) ? new Time(a, b, Form.MONTH, 0, none, 0, mo, mo) : null;
    }

    private static Time withPart(int a, int b, int year, int shift, String part, String m1, String m2, String month) {
        if (part != null) {
            if (part.equals("上半年") || part.equals("下半年")) {
                return new Time(a, b, Form.HALF, year, shift, 0, part.equals("上半年") ? 1 : 2, 0);
            }
            int q = quarter(part.charAt(part.length() - 3));
            if (part.startsWith("前")) {
                return new Time(a, b, Form.QUARTERS, year, shift, 0, 1, q);
            }
            return new Time(a, b, Form.QUARTERS, year, shift, 0, q, q);
        }
        if (m1 != null) {
            int f = Integer.parseInt(m1);
            int t = Integer.parseInt(m2);
            return validMonth(f) && validMonth(t) && t >= f ? new Time(a, b, Form.MONTHS, year, shift, 0, f, t)
                    : new Time(a, b, Form.YEAR, year, shift, 0, 0, 0);
        }
        if (month != null) {
            int mo = Integer.parseInt(month);
            return validMonth(mo) ? new Time(a, b, Form.MONTH, year, shift, 0, mo, mo)
                    : new Time(a, b, Form.YEAR, year, shift, 0, 0, 0);
        }
        return new Time(a, b, Form.YEAR, year, shift, 0, 0, 0);
    }

    private static int quarter(char c) {
        int i = "一二三四".indexOf(c);
        return i >= 0 ? i + 1 : c - '0';
    }

    private static boolean validMonth(int m) {
        return m >= 1 && m <= 12;
    }
}
