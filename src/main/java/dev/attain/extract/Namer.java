package dev.attain.extract;

import dev.attain.model.Period;
import dev.attain.quantity.Dimension;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Tolerance;
import dev.attain.quantity.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules that name what a figure measures: which figures are parts of a name, how 分别 spreads
 * figures over subjects, how a list item takes over what the first item said, and what kind of
 * figure it is. One per reading of a text; {@link Reading} asks it sentence by sentence.
 */
final class Namer {

    private static final String SENTENCE_ENDS = Words.SENTENCE_ENDS;
    private static final String ITEM_BREAKS = Words.ITEM_BREAKS;
    /** 均 and 双 share the figure ("均居全国第11位", "双超400万元"); 平均, 人均, 亩均, 年均 do not. */
    private static final Pattern SHARED = Pattern.compile(".*(?<![平人亩年户日月])[均双][^，,、]{0,4}");
    /** "金融产品为14条产业链融资": what the figure is for comes after 为. */
    private static final Pattern FOR_A_COUNT = Pattern.compile(".+为\\d.*");
    /** "电子信息和装备工业": two short names joined by 和, 及 or 与, their sum. */
    private static final Pattern SUM = Pattern.compile("[^、，,]{2,10}[和及与][^、，,]{2,10}");

    private final CleanText t;
    private final boolean[] inTime;
    private final List<TimeReader.Time> times;
    private final Tolerance tolerance;

    Namer(CleanText t, boolean[] inTime, List<TimeReader.Time> times, Tolerance tolerance) {
        this.t = t;
        this.inTime = inTime;
        this.times = times;
        this.tolerance = tolerance;
    }

    /**
     * A figure followed, in the same item, by a noun and then another figure names part of that
     * noun: "投资过亿元项目3000项以上", "新增500亿元产业集群3个", "超1000亿元的2个". But a figure
     * followed by 的 and a measure noun is that noun's value: "以709.14亿美元的年营业收入".
     */
    void markPartsOfNames(int s, int se, List<Hit> sentenceHits) {
        for (int k = 0; k < sentenceHits.size(); k++) {
            Hit h = sentenceHits.get(k);
            if (!h.isFigure()) {
                continue;
            }
            char before = h.start > 0 ? t.charAt(h.start - 1) : ' ';
            char after = h.end < t.length() ? t.charAt(h.end) : ' ';
            if ((before == '“' || before == '"') && (after == '”' || after == '"')) {
                h.reject(Unresolved.Why.NOT_A_QUANTITY, "a figure in quotes: a name (“30条”: a policy of thirty articles)");
                continue;
            }
            String rest = t.substring(h.end, Math.min(t.length(), h.end + 8));
            if (rest.startsWith("台阶") || rest.startsWith("大关")) {
                // "迈上5000亿元台阶", "突破万亿大关": a level to reach, at least the figure
                if (h.figure.qualifier() == Qualifier.EXACT) {
                    h.figure = Figure.of(Qualifier.AT_LEAST, h.figure.nominal(), h.figure.unit(), tolerance);
                }
                continue;
            }
            boolean noun = !rest.isEmpty() && Character.isLetter(rest.charAt(0)) && !rest.startsWith("的")
                    && Words.prefixOf(rest, Words.MEASURE_NOUNS).isEmpty() && Words.prefixOf(rest, Words.TRAILING).isEmpty()
                    && !rest.startsWith("之间") && !rest.startsWith("（");
            boolean goal = rest.startsWith("的目标") || rest.startsWith("的年度目标") || rest.startsWith("的预期目标")
                    || rest.startsWith("的任务") || rest.startsWith("左右的");
            Dimension d = h.figure.unit().dimension();
            boolean modifies = noun && (d == Dimension.MONEY || d == Dimension.PHYSICAL || d == Dimension.PERCENT)
                    || rest.startsWith("的") && Words.prefixOf(rest.substring(1), Words.MEASURE_NOUNS).isEmpty()
                    && !rest.startsWith("的增长");
            boolean nextInItem = k + 1 < sentenceHits.size() && !containsBreak(t.substring(h.end,
                    Math.max(h.end, sentenceHits.get(k + 1).start)));
            if (modifies && !nextInItem && !goal) {
                h.reject(Unresolved.Why.PART_OF_INDICATOR, "the figure describes the noun after it: "
                        + t.substring(h.start, Math.min(se, h.end + 8)));
            }
            String phrase = t.substring(h.start, h.end);
            if (phrase.endsWith("强") && !phrase.contains("前") && k > 0 && sentenceHits.get(k - 1).why == Unresolved.Why.NO_UNIT
                    && !containsBreak(t.substring(sentenceHits.get(k - 1).end, h.start))) {
                h.reject(Unresolved.Why.NOT_A_QUANTITY, "part of the name of a list: " + t.substring(sentenceHits.get(k - 1).start, h.end));
            }
        }
        for (int k = 0; k + 1 < sentenceHits.size(); k++) {
            Hit h = sentenceHits.get(k);
            Hit next = sentenceHits.get(k + 1);
            if (!h.isFigure() || !next.isFigure() || h.end > next.start) {
                continue;
            }
            String between = t.substring(h.end, next.start);
            if (between.isEmpty() || containsBreak(between) || between.length() > 24) {
                continue;
            }
            String rest = between.startsWith("的") ? between.substring(1) : between;
            if (between.startsWith("的") && Words.prefixOf(rest, Words.MEASURE_NOUNS).length() > 0
                    || between.startsWith("的增长") || between.length() > 14
                    || Words.prefixOf(rest, Words.MEASURE_NOUNS).length() > 0 && !rest.startsWith("投资过")
                    || rest.startsWith("比") || rest.startsWith("高于") || rest.startsWith("增长")) {
                continue;
            }
            h.reject(Unresolved.Why.PART_OF_INDICATOR, "part of the indicator's name: " + t.substring(h.start, next.start));
        }
    }

    /** True when the text holds one of the characters: a break between two figures. */
    private static boolean containsAnyOf(String s, String breaks) {
        for (int k = 0; k < s.length(); k++) {
            if (breaks.indexOf(s.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsBreak(String s) {
        return containsAnyOf(s, ITEM_BREAKS + SENTENCE_ENDS);
    }

    /**
     * 分别: "装备、建材…产业分别实现营业收入4000亿元、3300亿元…" gives each figure its subject, with
     * the measure noun said once between 分别 and the first figure.
     */
    Map<Hit, Given> distribute(int s, int se, List<Hit> sentenceHits) {
        Map<Hit, Given> out = new HashMap<>();
        String text = t.substring(s, se);
        List<String> subjects = List.of();
        for (int f = text.indexOf("分别"); f >= 0; f = text.indexOf("分别", f + 2)) {
            int clause = f;
            while (clause > 0 && "，,；;：:。".indexOf(text.charAt(clause - 1)) < 0) {
                clause--;
            }
            List<String> own = Naming.subjects(Naming.left(withoutTimes(s + clause, s + f)));
            if (own.size() >= 2) {
                subjects = own; // a later 分别 with no subjects of its own speaks of the same ones
            }
            distributeAt(s + f, subjects, sentenceHits, out);
        }
        return out;
    }

    private void distributeAt(int at, List<String> subjects, List<Hit> sentenceHits, Map<Hit, Given> out) {
        List<Hit> figures = new ArrayList<>();
        for (Hit h : sentenceHits) {
            if (h.start >= at && h.isFigure()) {
                if (!figures.isEmpty() && containsClauseBreak(t.substring(figures.get(figures.size() - 1).end, h.start))) {
                    break;
                }
                figures.add(h);
            }
        }
        if (subjects.size() < 2 || figures.isEmpty()) {
            return;
        }
        Hit first = figures.get(0);
        String middle = first.start > at + 2 ? t.substring(at + 2, first.start) : "";
        String noun = Naming.left(middle);
        boolean growth = Words.containsAny(middle + t.substring(first.start, first.end), Words.GROWTH);
        if (Words.containsAny(noun, Words.GROWTH)) {
            noun = "";
        }
        String verb = Words.prefixOf(subjects.get(0), Words.INCREMENT);
        List<String> names = new ArrayList<>();
        for (String subject : subjects) {
            String name = noun.isEmpty() || subject.endsWith(noun) ? subject : subject + noun;
            // "新建智能工厂、数字化车间分别为10家、50个": the verb said once is each item's
            names.add(!verb.isEmpty() && Words.prefixOf(name, Words.INCREMENT).isEmpty() ? verb + name : name);
        }
        qualifyOnce(figures);
        if (figures.size() == names.size()) {
            for (int k = 0; k < names.size(); k++) {
                out.put(figures.get(k), new Given(List.of(names.get(k)), growth));
            }
        } else if (figures.size() == 1) {
            out.put(figures.get(0), new Given(names, growth));
        }
    }

    /**
     * A qualifier written once after the last figure of a 分别 list is the whole list's:
     * "分别实现营业收入1500亿元、900亿元、600亿元左右" is about each of the three.
     */
    private void qualifyOnce(List<Hit> figures) {
        Figure last = figures.get(figures.size() - 1).figure;
        if (figures.size() < 2 || last.qualifier() == Qualifier.EXACT || last.qualifier() == Qualifier.BETWEEN) {
            return;
        }
        for (Hit h : figures.subList(0, figures.size() - 1)) {
            Figure f = h.figure;
            if (f.qualifier() == Qualifier.EXACT && f.unit().equals(last.unit())) {
                h.figure = Figure.of(last.qualifier(), f.nominal(), f.unit(), tolerance);
            }
        }
    }

    private static boolean containsClauseBreak(String s) {
        return containsAnyOf(s, "，,；;：:。");
    }

    private int itemStart(int at, int s) {
        int k = at;
        while (k > s && ITEM_BREAKS.indexOf(t.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }

    List<Named> name(Hit h, int s, Named previous, List<Named> earlier, Given given, Period period) {
        int from = itemStart(h.start, s);
        if (previous != null && previous.hit().end > from && previous.hit().end <= h.start) {
            from = previous.hit().end;
        }
        for (TimeReader.Time time : times) {
            if (time.end() > from && time.end() <= h.start && time.start() >= s) {
                from = time.end(); // "2019年突破4000亿元": the year is the period, not the name
            }
        }
        String rawLeft = t.substring(from, h.start);
        int rightEnd = h.end;
        while (rightEnd < t.length() && ITEM_BREAKS.indexOf(t.charAt(rightEnd)) < 0
                && SENTENCE_ENDS.indexOf(t.charAt(rightEnd)) < 0 && !(rightEnd > h.end && inTime[rightEnd])) {
            rightEnd++;
        }
        String rawRight = t.substring(h.end, Math.min(rightEnd, h.end + 20));
        Figure f = h.figure;
        String phrase = t.substring(h.start, h.end);
        String clauseLeft = withoutTimes(clauseStart(h.start, s), h.start);
        for (String event : Words.EVENT) {
            if ((rawLeft.endsWith(event) || clauseLeft.startsWith(event) && !event.equals("第"))
                    && f.unit().dimension() == Dimension.COUNT) {
                h.reject(Unresolved.Why.NOT_A_STATISTIC, "a count that describes an event or a list: " + event + "…" + phrase);
                return List.of();
            }
        }
        FigureKind kind = h.kind != null ? h.kind : kind(f, phrase, rawLeft);
        if (given != null) {
            FigureKind k = given.growth && f.unit().equals(Unit.PERCENT) ? FigureKind.GROWTH_RATE : kind;
            if (k == FigureKind.LEVEL && given.names.stream().allMatch(g -> !Words.prefixOf(g, Words.INCREMENT).isEmpty())) {
                k = FigureKind.INCREMENT;
            }
            List<Named> out = new ArrayList<>();
            Combination c = given.names.size() > 1 ? Combination.EACH : Combination.SINGLE;
            for (String g : given.names) {
                out.add(new Named(h, decorate(g, k, rawLeft), List.of(g), c, k, period));
            }
            return out;
        }
        boolean shared = SHARED.matcher(Naming.trimPunctuation(rawLeft)).matches();
        String left = Naming.left(rawLeft);
        boolean sameList = previous != null && sameList(previous.hit().end, h.start);
        boolean sameItems = previous != null && sameItemList(previous.hit().end, h.start);
        if (appositive(from, h, s) || clauseEndsWith(h.end, "名单", "榜单")
                || f.unit().dimension() == Dimension.COUNT && (Words.containsAny(t.substring(h.end, clauseEnd(h.end)),
                        List.of("参加", "出席", "予以", "表扬", "表彰")) || rawLeft.endsWith("会议"))) {
            h.reject(Unresolved.Why.NOT_A_STATISTIC, "a count of the names just listed, or the size of a list: " + phrase);
            return List.of();
        }
        String right = f.unit().dimension() == Dimension.COUNT || !Words.prefixOf(rawRight, Words.MEASURE_NOUNS).isEmpty()
                ? Naming.right(rawRight) : "";
        if (rawRight.startsWith("的")) {
            right = Naming.right(rawRight.substring(1));
        }
        if (left.endsWith("等") || rawLeft.endsWith("等")) {
            left = ""; // "负压救护车等136项产品": the examples before 等 are not what is counted
        } else if (FOR_A_COUNT.matcher(left).matches()) {
            left = Naming.left(left.substring(left.lastIndexOf('为') + 1)); // "金融产品为14条产业链融资": what was financed
        } else if (left.lastIndexOf('等') > 0) {
            left = Naming.left(left.substring(left.lastIndexOf('等') + 1)); // "…推介会等产业对接活动": the kind, not the examples
        }
        String name;
        if (!left.isEmpty() && !right.isEmpty() && !Words.prefixOf(right, Words.MEASURE_NOUNS).isEmpty()) {
            name = left + right; // "江铜集团以709.14亿美元的年营业收入"
        } else if (!left.isEmpty() && !(Naming.isVerb(left) && !right.isEmpty())) {
            name = left;
        } else if (!right.isEmpty()) {
            String verb = left.isEmpty() && sameItems && right.length() <= 2 ? verbOf(previous.name()) : left;
            name = verb + right;
        } else if (sameList && !shared) {
            name = previous.parts().size() == 1 ? previous.parts().get(0) : previous.name();
            // "增长6.5%以上，力争7%": a bare percent after a growth rate is that growth rate
            FigureKind k = kind == FigureKind.SHARE && previous.kind() == FigureKind.GROWTH_RATE
                    && f.unit().equals(previous.hit().figure.unit()) ? FigureKind.GROWTH_RATE : kind;
            return List.of(new Named(h, decorate(name, k, rawLeft), previous.parts(), previous.combination(), k, period));
        } else if (shared) {
            name = "";
        } else {
            name = subjectOfClause(clauseLeft);
            if (name.isEmpty()) {
                return List.of();
            }
        }
        if (name.startsWith("占") && previous != null && sameList(previous.hit().end, h.start)) {
            name = previous.parts().get(0) + name; // "高技术制造业增加值增长9.8%，占规模以上工业增加值的比重为14.8%"
        } else if (Words.GENERIC.contains(name) || name.length() <= 3 && kind == FigureKind.SHARE) {
            name = subjectFor(name, previous, h, s, f) + name;
        } else if (sameItems) {
            name = carry(previous, name, f, rawLeft);
        }
        if (shared) {
            String list = Naming.left(clauseLeft.substring(0, Math.max(0, clauseLeft.length() - rawLeft.length()))
                    + rawLeft.substring(0, Math.max(0, rawLeft.lastIndexOf('均') >= 0 ? rawLeft.lastIndexOf('均')
                    : rawLeft.lastIndexOf('双'))));
            List<String> subjects = name.isEmpty() ? namesOfPreviousClause(earlier, h, s) : Naming.subjects(list);
            List<Named> out = new ArrayList<>();
            for (String subject : subjects) {
                out.add(new Named(h, decorate(subject, kind, rawLeft), List.of(subject), Combination.EACH, kind, period));
            }
            return out;
        }
        if (kind == FigureKind.LEVEL && Words.containsAny(rawLeft, List.of("比年初", "较年初", "比上年末"))
                && Words.containsAny(phrase, List.of("增加", "减少", "增长", "下降"))) {
            kind = FigureKind.INCREMENT; // "比年初增加231.6亿元": the change since the start of the year
        }
        if (!Words.prefixOf(name, Words.INCREMENT).isEmpty() && kind == FigureKind.LEVEL) {
            kind = FigureKind.INCREMENT;
        }
        if (!Words.containsAny(name, Words.INCREMENT) && kind == FigureKind.INCREMENT) {
            name = incrementVerb(rawLeft) + name;
        }
        List<String> parts = Naming.subjects(name);
        boolean sum = parts.size() == 2 && SUM.matcher(name).matches();
        return List.of(new Named(h, decorate(name, kind, rawLeft), sum ? parts : List.of(name),
                sum ? Combination.SUM : Combination.SINGLE, kind, period));
    }

    /** The figures a 分别 distributes over its subjects: the names, and whether the verb says growth. */
    record Given(List<String> names, boolean growth) {
    }

    private int clauseStart(int at, int s) {
        int k = at;
        while (k > s && "，,；;：:。".indexOf(t.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }

    /** The clean text of a range, without its time expressions. */
    private String withoutTimes(int a, int b) {
        StringBuilder sb = new StringBuilder(b - a);
        for (int k = a; k < b; k++) {
            if (!inTime[k]) {
                sb.append(t.charAt(k));
            }
        }
        return sb.toString();
    }

    /** The subject a clause names before its verb: "全省全部工业增加值|首次跻身…、居全国第13位". */
    private static String subjectOfClause(String clauseLeft) {
        int cut = clauseLeft.length();
        for (String w : Words.SUBJECT_ENDS) {
            int k = clauseLeft.indexOf(w);
            if (k > 0 && k < cut) {
                cut = k;
            }
        }
        return Naming.left(clauseLeft.substring(0, cut));
    }

    /**
     * The subject a generic name ("总数", "利润", "产业规模", "总金额") takes: the previous item's
     * subject in the same list, or the nearest industry the sentence names before it.
     */
    private String subjectFor(String generic, Named previous, Hit h, int s, Figure f) {
        if (previous != null && sameList(previous.hit().end, h.start)) {
            String prev = previous.parts().get(0);
            String verb = Words.prefixOf(prev, Words.INCREMENT);
            prev = prev.substring(verb.length());
            if (generic.startsWith("总数") || generic.startsWith("数量")) {
                return prev;
            }
            String head = Words.suffixOf(prev, List.of("企业数量", "数量", "企业数", "项目", "企业", "个数"));
            if (f.unit().dimension() == Dimension.MONEY && previous.hit().figure.unit().dimension() == Dimension.COUNT
                    && head.equals("项目")) {
                return prev.substring(0, prev.length() - head.length()); // "签约项目11个、总金额129.7亿元"
            }
            if (!head.isEmpty() && !head.equals("项目") && !head.equals("企业")) {
                return prev.substring(0, prev.length() - head.length());
            }
            String noun = Words.suffixOf(prev, Words.MEASURE_NOUNS);
            return generic.length() <= 3 ? prev.substring(0, prev.length() - noun.length()) : "";
        }
        if (generic.contains("规模")) {
            String industry = industryBefore(t.substring(s, clauseStart(h.start, s)));
            return generic.startsWith("产业") && industry.endsWith("产业")
                    ? industry.substring(0, industry.length() - 2) : industry;
        }
        return "";
    }

    /**
     * The industry a sentence is about, for a figure that says only "产业规模": the first "X产业"
     * that names an industry (not 产业链, 产业体系, nor a kind such as 支柱型产业).
     */
    private static String industryBefore(String before) {
        int k = before.indexOf("产业");
        while (k > 0) {
            char next = k + 2 < before.length() ? before.charAt(k + 2) : ' ';
            int a = k;
            while (a > 0 && k - a < 8 && Character.isLetter(before.charAt(a - 1))
                    && "，,、的和及为是".indexOf(before.charAt(a - 1)) < 0) {
                a--;
            }
            String industry = Naming.left(before.substring(a, k + 2));
            if ("链门体发集政".indexOf(next) < 0 && industry.length() > 3
                    && !Words.endsWithAny(industry, List.of("型产业", "新兴产业", "传统产业", "重点产业", "主导产业", "优势产业"))) {
                return industry;
            }
            k = before.indexOf("产业", k + 2);
        }
        return "";
    }

    /** A count right after a list of short names counts those names: "萍乡、新余、抚州、鹰潭4个设区市". */
    private boolean appositive(int from, Hit h, int s) {
        String item = t.substring(from, h.start);
        if (item.isEmpty() || item.length() > 3 || from <= s || t.charAt(from - 1) != '、'
                || h.figure.unit().dimension() != Dimension.COUNT) {
            return false;
        }
        int before = itemStart(from - 1, s);
        String previousItem = t.substring(before, from - 1);
        return previousItem.length() <= 6 && previousItem.chars().noneMatch(c -> FigureFinder.isDigit((char) c));
    }

    private int clauseEnd(int at) {
        int k = at;
        while (k < t.length() && "，,；;。！？\n".indexOf(t.charAt(k)) < 0) {
            k++;
        }
        return k;
    }

    /** True when the clause after the figure ends with one of the words: "…和20位…贡献企业家名单". */
    private boolean clauseEndsWith(int at, String... words) {
        int k = clauseEnd(at);
        for (String w : words) {
            if (t.endsWith(w, k)) {
                return true;
            }
        }
        return false;
    }

    /** True when nothing but 、 separates the two places: items of one list ("新增…1000家、…500家"). */
    private boolean sameItemList(int a, int b) {
        return a <= b && !containsAnyOf(t.substring(a, b), "，,；;：:。！？\n");
    }

    /** True when no semicolon or sentence end separates the two places: clauses of one list. */
    private boolean sameList(int a, int b) {
        return a <= b && !containsAnyOf(t.substring(a, b), "；;" + SENTENCE_ENDS);
    }

    /** The names of the clause before a 均: "企业数量突破1.5万家、利润突破3000亿元，均居全国第11位". */
    private List<String> namesOfPreviousClause(List<Named> earlier, Hit h, int s) {
        int c1 = clauseStart(h.start, s);
        int c0 = c1 > s ? clauseStart(c1 - 1, s) : s;
        List<String> out = new ArrayList<>();
        for (Named n : earlier) {
            if (n.hit().start >= c0 && n.hit().start < c1 && n.combination() != Combination.EACH
                    && n.kind() != FigureKind.RANK && !out.contains(n.parts().get(0))) {
                out.add(n.parts().get(0));
            }
        }
        return out;
    }

    /** A list item that leaves out what the first item said: its measure noun, its increment verb. */
    private static String carry(Named previous, String name, Figure f, String rawLeft) {
        String noun = Words.suffixOf(previous.parts().get(0), Words.MEASURE_NOUNS);
        String out = name;
        if (!noun.isEmpty() && !Words.endsWithAny(out, Words.MEASURE_NOUNS) && f.unit().dimension() == Dimension.MONEY
                && previous.hit().figure.unit().dimension() == Dimension.MONEY) {
            out = out + noun;
        }
        String verb = Words.prefixOf(previous.name(), Words.INCREMENT);
        boolean level = Words.containsAny(rawLeft, List.of("达", "总数", "累计", "总量"));
        if (!verb.isEmpty() && !level && Words.prefixOf(out, Words.INCREMENT).isEmpty()
                && previous.hit().figure.unit().dimension() == f.unit().dimension()) {
            out = verb + out;
        }
        return out;
    }

    private static String verbOf(String name) {
        String verb = Words.prefixOf(name, Words.INCREMENT);
        if (!verb.isEmpty()) {
            return verb;
        }
        return name.length() >= 2 && Naming.isVerb(name.substring(0, 2)) ? name.substring(0, 2) : "";
    }

    private static String incrementVerb(String rawLeft) {
        for (String w : Words.INCREMENT) {
            if (rawLeft.contains(w)) {
                return w;
            }
        }
        return "新增";
    }

    private static FigureKind kind(Figure f, String phrase, String rawLeft) {
        String tail = rawLeft.length() > 8 ? rawLeft.substring(rawLeft.length() - 8) : rawLeft;
        Unit u = f.unit();
        if (u.equals(Unit.RANK)) {
            return phrase.contains("移") || Words.containsAny(tail, List.of("前移", "后移", "上升", "提升", "进位"))
                    ? FigureKind.RANK_CHANGE : FigureKind.RANK;
        }
        if (u.equals(Unit.PERCENTAGE_POINTS)) {
            return FigureKind.POINTS_CHANGE;
        }
        if (u.equals(Unit.PERCENT)) {
            return Words.containsAny(phrase, Words.GROWTH) || Words.containsAny(tail, Words.GROWTH)
                    && !Words.containsAny(tail, Words.SHARE) ? FigureKind.GROWTH_RATE : FigureKind.SHARE;
        }
        if (u.code().equals("位") && Words.containsAny(tail, List.of("前移", "后移", "上升", "提升", "进位", "下降"))) {
            return FigureKind.RANK_CHANGE;
        }
        if (Words.containsAny(rawLeft, Words.INCREMENT)) {
            return FigureKind.INCREMENT;
        }
        return FigureKind.LEVEL;
    }

    /** The name of what the figure measures: a growth rate or a rank of the named indicator says so. */
    private static String decorate(String name, FigureKind kind, String rawLeft) {
        switch (kind) {
            case GROWTH_RATE:
            case SIGN:
                // one name for one rate, however the sentence says it: 增速, 增幅, 涨幅 are its 增长率
                String rate = Words.suffixOf(name, List.of("增长率", "增速", "增幅", "涨幅"));
                return name.substring(0, name.length() - rate.length()) + "增长率";
            case RANK:
            case RANK_CHANGE:
                String where = rawLeft.contains("全国") ? "全国" : rawLeft.contains("全省") ? "全省"
                        : rawLeft.contains("全市") ? "全市" : "";
                return name.endsWith("排名") || name.endsWith("位次") ? name : name + where + "排名";
            default:
                return name;
        }
    }
}
