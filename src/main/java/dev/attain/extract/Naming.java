package dev.attain.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * How an indicator's name is read from the words around a figure: the rules that strip what
 * belongs to the sentence (力争, 全年, 全省 …) or to the figure (突破, 达到, 均 …), and that split
 * the subjects of a list ("装备、建材…、半导体照明产业").
 */
final class Naming {

    private Naming() {
    }

    /** The name in the words before a figure, without the sentence's and the figure's words. */
    static String left(String raw) {
        String s = trimPunctuation(raw);
        for (int round = 0; round < 8; round++) {
            String before = s;
            String lead = Words.prefixOf(s, Words.LEADING);
            if (!lead.isEmpty() && s.length() > lead.length() || lead.equals(s) && !lead.isEmpty()) {
                s = s.substring(lead.length());
            }
            String trail = Words.suffixOf(s, Words.TRAILING);
            if (trail.equals("比") && s.endsWith("占比")) {
                trail = ""; // 占比 is the name's own word, not the 比 of a comparison
            }
            if (!trail.isEmpty()) {
                s = s.substring(0, s.length() - trail.length());
            }
            s = trimPunctuation(s);
            if (s.equals(before)) {
                break;
            }
        }
        return s;
    }

    /** The name in the words after a count ("500个|项目", "30个|VR应用示范项目"), up to a verb. */
    static String right(String raw) {
        String s = raw;
        int cut = s.length();
        for (String stop : List.of("的", "被", "，", "。", "、", "等", "排名", "《", "参加", "参与", "出席", "发表", "观看",
                "落户")) {
            int k = s.indexOf(stop);
            if (k >= 0 && k < cut) {
                cut = k;
            }
        }
        if (cut == s.indexOf("的") && s.length() > cut + 1 && cut <= 9 && s.indexOf("增长", cut) > 0) {
            cut = s.indexOf("增长", cut) + 2; // "行业实现两位数的增长": the verb phrase names what is counted
        }
        return trimPunctuation(s.substring(0, Math.min(cut, 16))); // a name of 16 characters at most
    }

    /** True when a name is only a verb that a count's noun follows: 对接, 培育, 新增, 实施. */
    static boolean isVerb(String s) {
        return s.length() <= 4 && !Words.endsWithAny(s, Words.MEASURE_NOUNS) && !s.endsWith("业") && !s.endsWith("数");
    }

    /**
     * Splits a list of subjects ("装备、建材、石化…半导体照明产业", "城镇、农村居民人均可支配收入",
     * "电子信息和装备工业") and says once for all what the last one ends with: a subject suffix
     * (产业) or a measure noun (增加值, 营业收入).
     */
    static List<String> subjects(String list) {
        String[] raw = outsideBrackets(list).split("[、,，和及与]");
        List<String> items = new ArrayList<>();
        for (String r : raw) {
            String t = trimPunctuation(r.replace(HIDDEN, '、'));
            if (!t.isEmpty()) {
                items.add(t);
            }
        }
        if (items.size() == 1 && items.get(0).startsWith("城乡") && items.get(0).length() > 2) {
            // 城乡 says 城镇 and 农村 at once: "城乡居民人均可支配收入分别达到42156元、21873元"
            String rest = items.get(0).substring(2);
            return List.of("城镇" + rest, "农村" + rest);
        }
        if (items.size() < 2) {
            return items;
        }
        String last = items.get(items.size() - 1);
        String lastNoun = Words.suffixOf(last, Words.MEASURE_NOUNS);
        String lastHead = last.substring(0, last.length() - lastNoun.length());
        String tail = Words.suffixOf(lastHead, Words.SUBJECT_SUFFIXES).isEmpty() ? sharedTail(items, last) : "";
        if (!tail.isEmpty() && items.stream().limit(items.size() - 1L).allMatch(i -> i.length() <= 3)) {
            // "城镇、农村居民人均可支配收入": short first items stop where the last item's own words begin
            List<String> out = new ArrayList<>();
            for (int k = 0; k < items.size() - 1; k++) {
                out.add(items.get(k) + tail);
            }
            out.add(last);
            return out;
        }
        String noun = Words.suffixOf(last, Words.MEASURE_NOUNS);
        String head = last.substring(0, last.length() - noun.length());
        String suffix = Words.suffixOf(head, Words.SUBJECT_SUFFIXES);
        if (head.isEmpty()) {
            // "开发区亩均投资强度、营业收入": bare measures take the first item's subject
            String first = items.get(0);
            String firstNoun = Words.suffixOf(first, Words.MEASURE_NOUNS);
            String subject = first.substring(0, first.length() - firstNoun.length());
            List<String> out = new ArrayList<>();
            for (String item : items) {
                out.add(!firstNoun.isEmpty() && Words.MEASURE_NOUNS.contains(item) ? subject + item : item);
            }
            return out;
        }
        if (suffix.isEmpty() && noun.isEmpty()) {
            return items;
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < items.size() - 1; k++) {
            String item = items.get(k);
            if (!suffix.isEmpty() && !Words.endsWithAny(item, Words.SUBJECT_SUFFIXES) && !item.endsWith("业")) {
                item = item + suffix;
            }
            if (!noun.isEmpty() && !Words.endsWithAny(item, Words.MEASURE_NOUNS)) {
                item = item + noun;
            }
            out.add(item);
        }
        out.add(last);
        return out;
    }

    /** The last item's words after the part that stands beside the other items ("农村|居民人均可支配收入"). */
    private static String sharedTail(List<String> items, String last) {
        int shortest = Integer.MAX_VALUE;
        for (int k = 0; k < items.size() - 1; k++) {
            shortest = Math.min(shortest, items.get(k).length());
        }
        if (shortest > 4 || last.length() <= shortest + 1) {
            return "";
        }
        return last.substring(shortest);
    }

    /** A list separator inside brackets, hidden while a list is split: "各县（市、区）城区" is one item. */
    private static final char HIDDEN = '\uE000';

    private static String outsideBrackets(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int depth = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
            sb.append(depth > 0 && (c == '、' || c == '，' || c == ',') ? HIDDEN : c);
        }
        return sb.toString();
    }

    static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isTrim(s.charAt(a))) {
            a++;
        }
        while (b > a && isTrim(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isTrim(char c) {
        return Character.isWhitespace(c) || "，,、；;：:。—－-─…·".indexOf(c) >= 0;
    }
}
