package dev.attain.report;

import static java.util.Objects.requireNonNull;

import dev.attain.eval.Narrator;
import dev.attain.eval.Status;
import dev.attain.eval.Tier;
import dev.attain.model.Commitment;
import dev.attain.model.PaceModel;
import dev.attain.quantity.FigureFormat;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The words of the reports, in Chinese or English: column headings, status labels, titles.
 *
 * <p>Status labels start with a sign that stays readable without colour: ✓ achieved, + on track,
 * ? indeterminate, ~ not comparable, - no data, ! at risk, ✗ off track and missed. The signs
 * are one column wide on every terminal (✓ and ✗ are narrow, not ambiguous, in East Asian
 * Width).
 *
 * <p>The reasons of an evaluation come from the evaluator, which writes them in both languages;
 * {@link #locale()} picks the one of these words.
 */
final class Labels {

    static final Labels CHINESE = new Labels(true);
    static final Labels ENGLISH = new Labels(false);

    private final boolean chinese;

    private Labels(boolean chinese) {
        this.chinese = chinese;
    }

    /**
     * Chooses the words for a locale: Chinese for any locale whose language is Chinese
     * ({@link Locale#CHINESE}, {@link Locale#SIMPLIFIED_CHINESE}, zh-TW …), English otherwise.
     */
    static Labels of(Locale locale) {
        return isChinese(locale) ? CHINESE : ENGLISH;
    }

    static boolean isChinese(Locale locale) {
        return requireNonNull(locale, "locale").getLanguage().equals("zh");
    }

    boolean chinese() {
        return chinese;
    }

    /** The locale of these words, for the evaluator's reasons: {@link Locale#CHINESE} or {@link Locale#ENGLISH}. */
    Locale locale() {
        return chinese ? Locale.CHINESE : Locale.ENGLISH;
    }

    FigureFormat figures() {
        return chinese ? FigureFormat.chinese() : FigureFormat.english();
    }

    /** The language tag for HTML's lang attribute. */
    String languageTag() {
        return chinese ? "zh-CN" : "en";
    }

    // ------------------------------------------------------------------ statuses

    /** The sign of a status: one narrow column. */
    static String sign(Status status) {
        switch (status) {
            case ACHIEVED:
                return "✓";
            case ON_TRACK:
                return "+";
            case INDETERMINATE:
                return "?";
            case NOT_COMPARABLE:
                return "~";
            case NO_DATA:
                return "-";
            case AT_RISK:
                return "!";
            case OFF_TRACK:
            case MISSED:
            default:
                return "✗";
        }
    }

    /** The word for a status: "已完成", "achieved"; the narrator's, which owns every status word. */
    String word(Status status) {
        return Narrator.word(status, chinese ? Locale.CHINESE : Locale.ENGLISH);
    }

    /** The sign and the word: "✗ 未完成", "✗ missed". */
    String status(Status status) {
        return sign(status) + " " + word(status);
    }

    String commitment(Commitment commitment) {
        switch (commitment) {
            case BINDING:
                return chinese ? "约束性" : "binding";
            case STRETCH:
                return chinese ? "力争" : "stretch";
            case EXPECTED:
            default:
                return chinese ? "预期性" : "expected";
        }
    }

    String tier(Tier tier) {
        switch (tier) {
            case STRETCH:
                return chinese ? "达到力争目标" : "stretch reached";
            case FLOOR:
                return chinese ? "达到确保目标" : "floor reached";
            case BELOW_FLOOR:
                return chinese ? "未达确保目标" : "below floor";
            case UNDETERMINED:
            default:
                return chinese ? "无法判定" : "undetermined";
        }
    }

    String paceModel(PaceModel model) {
        switch (model) {
            case COMPOUND:
                return chinese ? "复合增长" : "compound growth";
            case SCHEDULE:
                return chinese ? "分期进度" : "schedule";
            case LINEAR:
            default:
                return chinese ? "线性（序时进度）" : "linear";
        }
    }

    // ------------------------------------------------------------------ headings

    String target() {
        return chinese ? "目标" : "Target";
    }

    String indicator() {
        return chinese ? "指标" : "Indicator";
    }

    String period() {
        return chinese ? "期间" : "Period";
    }

    String required() {
        return chinese ? "目标值" : "Required";
    }

    String reported() {
        return chinese ? "实际值" : "Reported";
    }

    String attainment() {
        return chinese ? "完成度" : "Attainment";
    }

    String status() {
        return chinese ? "状态" : "Status";
    }

    String reason() {
        return chinese ? "原因" : "Reason";
    }

    String reasons() {
        return chinese ? "原因" : "Reasons";
    }

    String source() {
        return chinese ? "来源" : "Source";
    }

    String count() {
        return chinese ? "数量" : "Count";
    }

    String summary() {
        return chinese ? "汇总" : "Summary";
    }

    String shortfalls() {
        return chinese ? "未完成及滞后目标" : "Shortfalls";
    }

    String noShortfalls() {
        return chinese ? "没有未完成或滞后的目标。" : "No target is missed, off track or at risk.";
    }

    String targets() {
        return chinese ? "各项目标" : "Targets";
    }

    String trajectories() {
        return chinese ? "指标走势" : "Trajectories";
    }

    String noTrajectories() {
        return chinese ? "没有可绘制走势的指标（需要基期值或至少两期数据）。"
                : "No indicator has a history to chart (a baseline or two reported periods are needed).";
    }

    /** "截至2023-03-01的目标完成情况", "Scorecard as of 2023-03-01". */
    String title(LocalDate asOf) {
        return chinese ? "截至" + asOf + "的目标完成情况" : "Scorecard as of " + asOf;
    }

    /** "共5项目标", "5 targets". */
    String targetCount(int n) {
        return chinese ? "共" + n + "项目标" : n + (n == 1 ? " target" : " targets");
    }

    /** The number of targets in brackets: "（共54项目标）", "(54 targets)". */
    String targetCountInBrackets(int n) {
        return chinese ? "（" + targetCount(n) + "）" : "(" + targetCount(n) + ")";
    }

    String empty() {
        return chinese ? "没有目标。" : "No targets.";
    }

    /** A point of the history that is the baseline. */
    String baseline() {
        return chinese ? "基期" : "baseline";
    }

    String reportedSeries() {
        return chinese ? "实际值" : "reported";
    }

    String plannedPath() {
        return chinese ? "规划路径" : "planned path";
    }

    /** "规划路径：复合增长", "planned path, compound growth". */
    String plannedPath(PaceModel model) {
        return chinese ? "规划路径：" + paceModel(model) : "planned path, " + paceModel(model);
    }

    String expectedByNow() {
        return chinese ? "按进度应达" : "expected by now";
    }

    String bandOff() {
        return chinese ? "严重滞后区间" : "off track band";
    }

    String bandRisk() {
        return chinese ? "略有滞后区间" : "at risk band";
    }

    String bandOn() {
        return chinese ? "进度正常区间" : "on track band";
    }

    String thresholds() {
        return chinese ? "阈值" : "Thresholds";
    }

    String asOf() {
        return chinese ? "评估日期" : "As of";
    }


    String rangeActual() {
        return chinese ? "实际值区间" : "reported range";
    }

    String noValue() {
        return "-";
    }

    // ------------------------------------------------------------------ overview (groups, roll-ups, what was reported)

    /** "34项目标暂无实际值：", "34 targets have no reported figure: ". */
    String noDataLine(int n) {
        return chinese ? n + "项目标暂无实际值：" : n + (n == 1 ? " target has" : " targets have") + " no reported figure: ";
    }

    /** The separator of a list in running text: "、", ", ". */
    String listSeparator() {
        return chinese ? "、" : ", ";
    }

    /** "有实际值13项", "13 with a reported figure". */
    String withDataCount(int n) {
        return chinese ? "有实际值" + n + "项" : n + " with a reported figure";
    }

    /** "暂无数据45项", "45 without". */
    String withoutDataCount(int n) {
        return chinese ? "暂无实际值" + n + "项" : n + " without";
    }

    String byPlan() {
        return chinese ? "按规划汇总" : "By plan";
    }

    String byTag() {
        return chinese ? "按标签汇总" : "By tag";
    }

    String byCommitment() {
        return chinese ? "按承诺类型汇总" : "By commitment";
    }

    /** The rules of the roll-ups, named. */
    String rollUpRules() {
        return chinese ? "规则：最差状态取组内最严重的状态；规模加权完成度 = 有完成度的目标的实际值之和 ÷ 目标值之和（大目标权重大），仅在单位一致时给出。"
                : "Rules: worst status wins (the most severe status in the group); size-weighted attainment = sum of"
                        + " reported ÷ sum of required over the targets with an attainment (big targets weigh more),"
                        + " only where units agree.";
    }

    String plan() {
        return chinese ? "规划" : "Plan";
    }

    String tag() {
        return chinese ? "标签" : "Tag";
    }

    String commitmentHeading() {
        return chinese ? "承诺" : "Commitment";
    }

    String targetsHeading() {
        return chinese ? "目标数" : "Targets";
    }

    String withDataHeading() {
        return chinese ? "有数据" : "With data";
    }

    String statusesHeading() {
        return chinese ? "状态分布" : "Statuses";
    }

    String sizeWeighted() {
        return chinese ? "规模加权完成度" : "Size-weighted";
    }

    String worst() {
        return chinese ? "最差状态" : "Worst";
    }

    String unitsDiffer() {
        return chinese ? "单位不一" : "units differ";
    }

    /** "其余12个标签的目标均暂无实际值：", "12 other tags have no reported figure: ". */
    String otherTagsNoData(int n) {
        return chinese ? "其余" + n + "个标签的目标均暂无实际值：" : n + " other tags have no reported figure: ";
    }

    String noPlan() {
        return chinese ? "未注明出处" : "No source given";
    }

    String whatWasReported() {
        return chinese ? "实际报告的数值（无对应目标）" : "What was reported (no matching target)";
    }

    String whatWasReportedRule() {
        return chinese ? "没有对应目标的实际值：每个指标和范围取最新一期（期末最晚者，同期取发布最晚者）。"
                : "Reported figures that match no target: the latest of each indicator and scope (the period that"
                        + " ends last, then the one published last).";
    }

    String nothingElseReported() {
        return chinese ? "所有实际值都有对应的目标。" : "Every reported figure matches a target.";
    }

    String scopeHeading() {
        return chinese ? "范围" : "Scope";
    }

    String valueHeading() {
        return chinese ? "数值" : "Value";
    }

    String publishedHeading() {
        return chinese ? "发布" : "Published";
    }

    String pointsHeading() {
        return chinese ? "期数" : "Points";
    }

    String conclusion() {
        return chinese ? "结论" : "In short";
    }

    /**
     * The closing summary, from the counts: "截至2023-06-30，58项目标中13项有实际值：✓ 已完成 12、✗ 未完成 1；45项暂无实际值。".
     */
    String closing(LocalDate asOf, int targets, int withData, String statusCounts, int noData) {
        if (chinese) {
            return "截至" + asOf + "，" + targets + "项目标中" + withData + "项有实际值"
                    + (withData == 0 ? "" : "（" + statusCounts + "）") + "；" + noData + "项暂无实际值。";
        }
        return "As of " + asOf + ", " + withData + " of " + targets + " targets have a reported figure"
                + (withData == 0 ? "" : " (" + statusCounts + ")") + "; " + noData + " have none.";
    }

    /** "未完成、滞后或有风险：虚拟现实（VR）产业营业收入（2020）。", "Shortfalls: …". */
    String closingShortfalls(String list) {
        return chinese ? "未完成、滞后或有风险：" + list + "。" : "Missed, off track or at risk: " + list + ".";
    }

    String closingNoShortfalls() {
        return chinese ? "没有未完成、滞后或有风险的目标。" : "No target is missed, off track or at risk.";
    }

    /** "另有42项指标有实际值而无对应目标。". */
    String closingReported(int n) {
        return chinese ? "另有" + n + "组实际值（指标与范围）没有对应目标，见“实际报告的数值”。"
                : n + " more indicators and scopes have reported figures but no target: see \"What was reported\".";
    }

    String generatedByWithScript() {
        return chinese ? "由 Attain 生成；本页不加载任何外部资源，仅含一段用于表格排序的内嵌脚本，禁用脚本时内容不变。"
                : "Generated by Attain; this page loads nothing from elsewhere and has one inline script, which sorts"
                        + " the table; without it the page reads the same.";
    }

    /** The note on an inverted rank axis: up is a better place. */
    String rankAxis() {
        return chinese ? "↑ 名次靠前" : "↑ higher place";
    }

    String allTargets() {
        return chinese ? "全部目标一览" : "All targets";
    }

    String sortHint() {
        return chinese ? "点击“状态”“期间”“完成度”可排序（再点一次倒序）；默认顺序为未完成及滞后在前。"
                : "Click Status, Period or Attainment to sort (again to reverse); by default shortfalls come first.";
    }

    String bandsOnlyWhileRunning() {
        return chinese ? "色带（严重滞后、略有滞后、进度正常）只画在期间尚未结束的目标上；已有最终结论或暂无数据的目标只画目标值与实际值。"
                : "Bands (off track, at risk, on track) are drawn only for targets whose period still runs; a final"
                        + " verdict or a target without data shows the requirement and the value only.";
    }
}
