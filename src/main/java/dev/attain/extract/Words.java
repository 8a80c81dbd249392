package dev.attain.extract;

import java.util.List;
import java.util.regex.Pattern;

/** The words of Chinese plan and bulletin writing the extractor knows, each list in one place. */
final class Words {

    private Words() {
    }

    /** Characters that end a sentence: a figure's period and commitment never reach past them. */
    static final String SENTENCE_ENDS = "。！？!?\n";

    /** Characters that end a list item: an indicator's name never reaches past them. */
    static final String ITEM_BREAKS = "，,；;：:、";

    /** Commitment: 力争 and 争取 make a stretch goal, 确保 a floor, 约束性 a binding target. */
    static final List<String> STRETCH = List.of("力争", "争取", "力求");
    static final List<String> FLOOR = List.of("确保");
    static final List<String> BINDING = List.of("约束性");

    /** Words that say a sentence sets a goal. */
    static final List<String> PLAN = List.of("力争", "争取", "确保", "目标", "预期", "计划", "预计", "力求", "将", "要",
            "拟", "提出", "规划", "努力");

    /** Words that say a figure was reported while its period runs ("今年以来…增长"). */
    static final List<String> REPORTED = List.of("以来", "同比", "截至", "截止", "已", "累计完成", "实际完成");

    /** Words a title of a plan holds. */
    static final List<String> PLAN_TITLE = List.of("工作要点", "行动计划", "规划", "实施方案", "计划", "要点", "力争",
            "政府工作报告", "主要预期目标");

    /** Measure nouns: the part of an indicator's name that a list says once for all its items. */
    static final List<String> MEASURE_NOUNS = List.of("主营业务收入", "年营业收入", "营业收入", "销售收入", "利润总额", "增加值", "营收",
            "利润", "产值", "投资强度", "投资额", "投资", "产量", "出口额", "进出口额", "收入", "规模", "税收", "播种面积", "面积");

    /** Verbs that mean an increment: the figure counts what was added during the period. */
    static final List<String> INCREMENT = List.of("新增", "净增", "新建", "新培育", "培育新增", "新认定", "新引进", "建成",
            "培育");

    /** Words a name ends with that belong to the verb or the figure, not the indicator; stripped from the end. */
    static final List<String> TRAILING = List.of("分别", "均", "首次", "已", "再", "共", "累计", "合计", "总计", "实现",
            "达到", "达", "突破", "超过", "超", "完成", "保持在", "保持", "稳定在", "控制在", "为", "居", "位居", "列",
            "进入", "跻身", "增长", "提高", "提升", "下降", "降低", "同比", "比上年", "比上年同期", "较上年", "的", "在",
            "全国", "全省", "约", "近", "逾", "至", "到", "有", "是", "建成", "完成了", "规模达",
            "可比", "年均", "平均", "高于全国平均水平", "低于全国平均水平", "在全国", "排名", "排在", "位列", "并", "和",
            "成为", "以", "达成", "比", "实现", "基本实现", "迈上", "跨上", "登上", "站上", "新增", "净增", "新建", "前移", "后移", "跃进", "首次跃进");

    /** Words a name starts with that belong to the sentence, not the indicator; stripped from the start. */
    static final List<String> LEADING = List.of("力争", "争取", "力求", "确保", "全年", "全省", "我省", "江西省", "江西",
            "今年", "其中", "同时", "并", "共", "累计", "以及", "和", "及", "与", "另外", "预计", "着力", "积极", "加快",
            "推动", "推进", "努力", "要", "将", "拟", "目前", "当年", "年内", "期间", "以", "使", "让", "实现", "完成",
            "统筹", "全面", "大力", "进一步", "持续", "其", "则", "等", "会上", "大会", "通过", "为", "支持",
            "全市", "全区", "全县", "本市", "我市", "发展", "大力发展", "比上年末", "比上年同期", "比上年", "较上年",
            "比年初", "较年初", "比去年", "比一季度");

    /** Words before a count that say it describes an event, not an indicator. */
    static final List<String> EVENT = List.of("为期", "分", "连续", "历时", "共有", "派出", "组织", "第", "首批", "围绕",
            "按照", "依托", "对照");

    /** Names that say only what is counted or summed, and take their subject from the item before. */
    static final List<String> GENERIC = List.of("总数", "总量", "总额", "总金额", "金额", "数量", "规模", "产业规模", "产量",
            "增速", "增幅",
            "利润", "利润总额", "营业收入", "营收", "产值");

    /** Words a subject stops at when a clause names it before its verb: "全部工业增加值|首次跻身…". */
    static final List<String> SUBJECT_ENDS = List.of("首次", "跻身", "突破", "达到", "实现", "位居", "居", "列", "增长",
            "进入", "保持");

    /** Words that say a growth rate. */
    static final List<String> GROWTH = List.of("增长", "下降", "增速", "增幅", "涨幅", "上涨", "提高", "降低", "增加", "减少", "上升",
            "回落", "同比");

    /** Words that say a share or a rate of something. */
    static final List<String> SHARE = List.of("比重", "占比", "率", "比例", "覆盖", "份额", "占");

    /** Subject suffixes a list says once, on its last item: "装备、建材…、半导体照明产业". */
    static final List<String> SUBJECT_SUFFIXES = List.of("产业", "行业", "企业", "工业", "集群");

    /** Starts of a list item in an enumeration: 一是, 第一, （一）. */
    static final Pattern ENUMERATION = Pattern.compile("(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,，、]"
            + "|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\\d{1,2}[.、．])");

    static boolean endsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The longest word of the list the text ends with, or "". */
    static String suffixOf(String s, List<String> words) {
        String best = "";
        for (String w : words) {
            if (s.endsWith(w) && w.length() > best.length()) {
                best = w;
            }
        }
        return best;
    }

    /** The longest word of the list the text starts with, or "". */
    static String prefixOf(String s, List<String> words) {
        String best = "";
        for (String w : words) {
            if (s.startsWith(w) && w.length() > best.length()) {
                best = w;
            }
        }
        return best;
    }
}
