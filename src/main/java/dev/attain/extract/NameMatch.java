package dev.attain.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * How alike two indicator names are: "有色产业营业收入" as a plan writes it and "有色金属产业营业收入"
 * as a dataset names it. Names are first made alike (no quotes, brackets or spaces; 规上 for
 * 规模以上, 营收 for 营业收入). Two names match when their character pairs overlap by at least
 * {@link #THRESHOLD} (Dice's coefficient), or when what distinguishes one (its words without 产业,
 * 工业, 企业, 新增 and the like) stands whole in the other.
 */
final class NameMatch {

    /** The least Dice coefficient of two names that match by their characters. */
    static final double THRESHOLD = 0.5;

    private static final List<String> COMMON = List.of("增长率", "全国排名", "排名", "新增", "培育", "新建", "建成", "规上", "工业", "产业", "企业",
            "营收", "总数", "规模", "项目", "省级", "国家级", "数", "全部");

    private NameMatch() {
    }

    /** True when the two names name the same indicator by the rule above. */
    static boolean matches(String a, String b) {
        return score(a, b) >= THRESHOLD;
    }

    /**
     * How alike two names are, from 0 to 1: 1 for names alike once made alike; half and more for a
     * name whose distinctive words stand in the other, more the more characters they share; else
     * the Dice coefficient.
     */
    static double score(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        if (x.equals(y)) {
            return 1;
        }
        double dice = dice(x, y);
        String cx = core(x);
        String cy = core(y);
        if (cx.length() >= 2 && y.contains(cx) || cy.length() >= 2 && x.contains(cy)) {
            return 0.5 + dice / 2;
        }
        return dice;
    }

    /** A name made alike: no quotes, brackets or spaces, 规上 for 规模以上, 营收 for 营业收入. */
    static String normal(String s) {
        return s.replaceAll("[\\s“”\"'‘’「」（）()《》]", "").replace("规模以上", "规上").replace("营业收入", "营收");
    }

    private static String core(String s) {
        String out = s;
        for (String w : COMMON) {
            out = out.replace(w, "");
        }
        return out;
    }

    /** Dice's coefficient of the two names' character pairs. */
    static double dice(String a, String b) {
        List<String> x = bigrams(a);
        List<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        List<String> rest = new ArrayList<>(y);
        int common = 0;
        for (String g : x) {
            if (rest.remove(g)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static List<String> bigrams(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
