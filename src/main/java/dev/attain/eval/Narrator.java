package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.attain.model.Baseline;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.PaceModel;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.quantity.Dimension;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one narrator: turns what the rules found (the outcome chosen, the verdict, the pace, the
 * projection, the tier) into the reasons, in English and in Chinese, and owns every status word,
 * the reports' labels included ({@link #word(Status, Locale)}). The rules decide and return
 * small records ({@code Verdict}, {@code Figures.Chosen}, {@code PaceRule.Finding},
 * {@code Tiers.Finding}, {@link Projection}); this class only says, each sentence in both
 * languages at once, in the order its package-private {@code Narration} tells a verdict;
 * amounts, intervals and periods are written by {@link Wording}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
public final class Narrator {

    private Narrator() {
    }

    // ---- status words ------------------------------------------------------------------

    /**
     * Returns the word for a status, as the reasons and the reports write it: "已完成" or
     * "achieved", "进度正常" or "on track". Chinese for any locale whose language is Chinese,
     * English otherwise.
     *
     * @param status  the status, not null
     * @param locale  the locale, not null
     * @return the word, never null
     */
    public static String word(Status status, Locale locale) {
        return chinese(locale) ? wordZh(status) : word(status);
    }

    private static boolean chinese(Locale locale) {
        return requireNonNull(locale, "locale").getLanguage().equals("zh");
    }

    /** A status in words: "on track". */
    static String word(Status status) {
        switch (requireNonNull(status, "status")) {
            case ON_TRACK:
                return "on track";
            case AT_RISK:
                return "at risk";
            case OFF_TRACK:
                return "off track";
            case NO_DATA:
                return "no data";
            case NOT_COMPARABLE:
                return "not comparable";
            default:
                return status.name().toLowerCase(Locale.ROOT);
        }
    }

    /** A status in words, as the reports write it: "进度正常". */
    static String wordZh(Status status) {
        switch (requireNonNull(status, "status")) {
            case ACHIEVED:
                return "已完成";
            case MISSED:
                return "未完成";
            case ON_TRACK:
                return "进度正常";
            case AT_RISK:
                return "略有滞后";
            case OFF_TRACK:
                return "严重滞后";
            case NO_DATA:
                return "暂无数据";
            case INDETERMINATE:
                return "无法判定";
            case NOT_COMPARABLE:
            default:
                return "不可比";
        }
    }

    /** An outcome status in words: "final". */
    static String word(OutcomeStatus status) {
        switch (status) {
            case PRELIMINARY:
                return "preliminary";
            case REVISED:
                return "revised";
            case FINAL:
            default:
                return "final";
        }
    }

    /** An outcome status in words: "终值". */
    static String wordZh(OutcomeStatus status) {
        switch (status) {
            case PRELIMINARY:
                return "初值";
            case REVISED:
                return "修订值";
            case FINAL:
            default:
                return "终值";
        }
    }

    // ---- the figures chosen ------------------------------------------------------------

    /** The subject of a conversion: the requirement. */
    static final Reason REQUIREMENT = new Reason("the requirement", "目标要求");
    /** The subject of a conversion: the baseline. */
    static final Reason BASELINE = new Reason("the baseline", "基期值");

    /** The subject of a conversion: a tier's figure. */
    static Reason tier(dev.attain.quantity.Figure tier) {
        return new Reason("the tier " + Wording.range(tier.range(), tier.unit()), "档位目标" + Wording.figureZh(tier));
    }

    /** A part of a sum that was not reported for a span, and what it counts as. */
    static Reason notReported(String name, String nameZh, Period span, boolean nonNegative) {
        return new Reason(name + " was not reported for " + span + "; counted as " + (nonNegative ? "≥ 0" : "any value"),
                nameZh + Wording.periodZh(span) + "未报告，按" + (nonNegative ? "≥0" : "任意值") + "计");
    }

    /** A total's figure at a month's end: "4,579 firms at the end of 2022 (published 2023-01-20, final)". */
    static Reason totalAt(Outcome o, Range<BigDecimal> values, int month, String valuesZh, Unit unit) {
        return new Reason(Wording.range(values, unit) + " at " + Wording.monthEnd(month) + " (published " + o.published()
                + ", " + word(o.status()) + ")", Wording.monthEndZh(month) + valuesZh + "（" + o.published() + "发布，"
                        + wordZh(o.status()) + "）");
    }

    /** An increment derived from its total: the total at the span's end minus the total before it. */
    static Reason derived(String name, String nameZh, Period span, String total, String totalZh, Reason end,
            Reason start, Range<BigDecimal> values, Unit unit) {
        return new Reason(name + " was not reported for " + span + "; it is derived from its total, " + total + ": "
                + end.en() + " minus " + start.en() + " gives " + Wording.range(values, unit), nameZh
                        + Wording.periodZh(span) + "未报告，由其总数" + totalZh + "推算：" + end.zh() + "，" + start.zh()
                        + "，两者相减得" + Wording.rangeZh(values, unit));
    }

    /** Why an increment could not be derived from its total either: the month ends without a total. */
    static Reason totalsMissing(String name, String nameZh, String total, String totalZh, Scope scope,
            List<Integer> months, LocalDate asOf) {
        StringBuilder en = new StringBuilder(name + " cannot be derived from its total either: no figure of " + total);
        StringBuilder zh = new StringBuilder(nameZh + "也无法由其总数推算：截至" + asOf + "，尚无" + totalZh);
        if (!scope.isEmpty()) {
            en.append(" in ").append(scope);
            zh.append("在").append(Wording.scopeZh(scope));
        }
        for (int k = 0; k < months.size(); k++) {
            en.append(k == 0 ? " for " : " or for ").append(Wording.monthEnd(months.get(k)));
            zh.append(k == 0 ? "" : "或").append(Wording.monthEndZh(months.get(k)));
        }
        return new Reason(en + " had been published by " + asOf, zh + "的数据");
    }

    /** The subject of a conversion: a part's reported figure. */
    static Reason reportedFigure(String name, String nameZh, Outcome o) {
        return new Reason(name + " reported " + Wording.range(o.value().range(), o.value().unit()) + " for " + o.period()
                + "; it", nameZh + Wording.periodZh(o.period()) + "报告值为"
                        + Wording.rangeZh(o.value().range(), o.value().unit()) + "，该值");
    }

    /** An earlier figure for the same span that the one in force supersedes. */
    static Reason superseded(Outcome o) {
        return new Reason("it supersedes the " + word(o.status()) + " figure "
                + Wording.range(o.value().range(), o.value().unit()) + " published " + o.published(),
                "该数取代" + o.published() + "发布的" + wordZh(o.status())
                        + Wording.rangeZh(o.value().range(), o.value().unit()));
    }

    /** No exchange rate from a unit to the one judged in. */
    static Reason noRate(Reason what, Unit from, Unit unit, String leadName, String leadNameZh) {
        return what.then(new Reason(" is in " + from.code() + ", but the target is judged in " + unit.code()
                + ", the unit of " + leadName + ": no exchange rate " + from.code() + "→" + unit.code()
                + " was given, so they cannot be compared",
                "以" + from.code() + "计，而本目标按" + leadNameZh + "的单位" + unit.code() + "评估：未给出"
                        + from.code() + "→" + unit.code() + "汇率，无法比较")).asDecisive();
    }

    /** A conversion at a rate. */
    static Reason converted(Reason what, Unit from, BigDecimal rate, Unit unit) {
        return what.then(new Reason(" is converted from " + from.code() + " at " + rate.toPlainString() + " "
                + unit.code() + " per " + from.code(),
                "按" + Wording.amountZh(BigDecimal.ONE, from) + "=" + Wording.amountZh(rate, unit) + "折算"));
    }

    /** A baseline that is an interval: the path is drawn from its number. */
    static Reason baselineNotExact(Baseline b, Range<BigDecimal> start, BigDecimal startNominal, Unit unit) {
        return new Reason("the baseline " + Wording.range(start, unit) + " for " + b.period()
                + " is not exact; the path is drawn from its number " + Wording.amount(startNominal, unit),
                "基期" + Wording.periodZh(b.period()) + "值" + Wording.rangeZh(start, unit)
                        + "不是精确数，规划路径按" + Wording.amountZh(startNominal, unit) + "起算");
    }

    /** Nothing published by the date for the parts of a target. */
    static Reason noData(LocalDate asOf, List<String> names, List<String> namesZh, Scope scope, Period period,
            @Nullable LocalDate firstLater) {
        StringBuilder sb = new StringBuilder("nothing had been published by ").append(asOf).append(" for ");
        StringBuilder zh = new StringBuilder("截至").append(asOf).append("尚无");
        for (int i = 0, n = names.size(); i < n; i++) {
            sb.append(i == 0 ? "" : i == n - 1 ? " or " : ", ").append(names.get(i));
            zh.append(i == 0 ? "" : i == n - 1 ? "或" : "、").append(namesZh.get(i));
        }
        zh.append("在");
        if (!scope.isEmpty()) {
            sb.append(" in ").append(scope);
            zh.append(Wording.scopeZh(scope));
        }
        sb.append(" for ").append(period).append(" or part of it");
        zh.append(Wording.periodZh(period)).append("（或其中部分时期）的数据");
        if (firstLater != null) {
            sb.append(" (the first figure was published on ").append(firstLater).append(')');
            zh.append("（首个数据于").append(firstLater).append("发布）");
        }
        return new Reason(sb.toString(), zh.toString()).asDecisive();
    }

    /** A period that has ended without a figure for all of it. */
    static Reason periodEnded(Period period, LocalDate asOf, Figures.@Nullable Due due) {
        String en = "the period " + period + " ended on " + period.end()
                + "; no figure for the whole period had been published by " + asOf
                + ": the target may or may not be met, and no verdict is given until the final figure";
        String zh = Wording.periodZh(period) + "已于" + period.end() + "结束，截至" + asOf + "尚未发布全期数据，可能完成也可能未完成，目前无法判定，待全期数据发布后再作结论";
        if (due != null) {
            boolean late = due.date().isBefore(asOf);
            en += (late ? " (it was due about " : " (due about ") + due.date() + ": the figure for " + due.pattern()
                    + " was published " + due.lagDays() + " days after its period ended)";
            zh += "（" + (late ? "按惯例应于" + due.date() + "前后发布，已逾期" : "预计" + due.date() + "前后发布") + "："
                    + Wording.periodZh(due.pattern()) + "数据于期末后" + due.lagDays() + "天发布）";
        } else {
            en += " (no earlier figure shows when it is usually published)";
            zh += "（无往期数据可推算发布时间）";
        }
        return new Reason(en, zh).asDecisive();
    }

    // ---- verdicts ------------------------------------------------------------------------

    /** The verdict on a figure for the whole period, or on a cumulative one that settles it early. */
    static Reason verdict(Projection.Meets m, boolean early, Requirement r, Unit unit, Range<BigDecimal> actual,
            Reason measures) {
        return verdictSentence(m, early, r, unit, actual, measures).asDecisive();
    }

    private static Reason verdictSentence(Projection.Meets m, boolean early, Requirement r, Unit unit,
            Range<BigDecimal> actual, Reason measures) {
        String req = "the requirement " + r.describe(unit);
        String reqZh = "要求" + r.describeZh(unit);
        switch (m) {
            case YES:
                return (early
                        ? new Reason("a cumulative figure cannot fall, so " + req
                                + " is already met before the period ends (提前实现)",
                                "累计数不会减少，" + reqZh + "在期末前已经实现（提前实现）")
                        : new Reason(req + " is met", reqZh + "，已完成")).then(measures);
            case NO:
                return (early
                        ? new Reason("a cumulative figure cannot fall, so " + req
                                + " is already missed before the period ends",
                                "累计数不会减少，" + reqZh + "在期末前已确定无法完成")
                        : onTheBound(r, actual)
                                ? new Reason(req + " is missed: the reported " + Wording.range(actual, unit)
                                        + " reaches the bound but does not pass it", reqZh + "，未完成：实际值"
                                        + Wording.rangeZh(actual, unit) + "恰在界限上，未超过")
                                : new Reason(req + " is missed", reqZh + "，未完成")).then(measures);
            default:
                return new Reason("the reported " + Wording.range(actual, unit) + " straddles " + req
                        + ": it may or may not be met", "实际值" + Wording.rangeZh(actual, unit) + "跨越" + reqZh
                                + "的界限，可能完成也可能未完成").then(measures);
        }
    }

    /** Whether a single reported value lies exactly on the open bound of a requirement ("突破200亿元" reported "200亿元"). */
    private static boolean onTheBound(Requirement r, Range<BigDecimal> actual) {
        if (!actual.hasLowerBound() || !actual.hasUpperBound()
                || actual.lowerEndpoint().compareTo(actual.upperEndpoint()) != 0) {
            return false;
        }
        BigDecimal v = actual.lowerEndpoint();
        Range<BigDecimal> region = r.region;
        return region.hasLowerBound() && region.lowerBoundType() == BoundType.OPEN
                && region.lowerEndpoint().compareTo(v) == 0
                || region.hasUpperBound() && region.upperBoundType() == BoundType.OPEN
                        && region.upperEndpoint().compareTo(v) == 0;
    }

    /**
     * "; attainment ≥ 147.1%", for the verdict's sentence; where there is none, why: the
     * requirement is not above zero, or (for a ceiling, whose attainment is required ÷ reported)
     * the reported value is or may be zero.
     */
    static Reason attainment(Optional<Range<BigDecimal>> a, boolean requirementNotPositive) {
        if (a.isPresent()) {
            return new Reason("; attainment " + Wording.percentRange(a.get()), "；完成度" + Wording.percentRangeZh(a.get()));
        }
        return requirementNotPositive
                ? new Reason("; attainment undefined (the requirement is not above zero, so there is no ratio to it)",
                        "；完成度无法计算（要求值不大于零，无法求比值）")
                : new Reason("; attainment undefined (for a ceiling it is required ÷ reported, and the reported value"
                        + " is or may be zero)", "；完成度无法计算（上限指标的完成度为要求÷实际，而实际值为零或可能为零）");
    }

    /**
     * How a target on each of several indicators was judged: each part on its own, and the
     * target the worst of them, whose reasons follow.
     */
    static Reason each(List<String> names, List<String> namesZh, List<Status> statuses, int worst) {
        StringBuilder en = new StringBuilder("the requirement is on each of ");
        StringBuilder zh = new StringBuilder("要求对");
        for (int k = 0; k < names.size(); k++) {
            en.append(k == 0 ? "" : k == names.size() - 1 ? " and " : ", ").append(names.get(k)).append(" (")
                    .append(word(statuses.get(k))).append(')');
            zh.append(k == 0 ? "" : "、").append(namesZh.get(k)).append("（").append(wordZh(statuses.get(k)))
                    .append("）");
        }
        en.append("; the target takes the worst, ").append(names.get(worst)).append("'s, as follows");
        zh.append("分别适用，目标取其中最差者，即").append(namesZh.get(worst)).append("，详见下文");
        return new Reason(en.toString(), zh.toString());
    }

    /**
     * How a target on each of several indicators was left undecided: the parts reported are
     * met (or on track) and another part has no data, so the verdict waits for that part's
     * figure. The decisive reason: it says what the verdict waits for, not the status word, which
     * every report shows beside it (a reason starting "无法判定：" read "? 无法判定（无法判定：…").
     */
    static Reason eachUndecided(List<String> names, List<String> namesZh, List<Evaluation> parts, int missing) {
        StringBuilder en = new StringBuilder("it waits for ").append(names.get(missing))
                .append(", not reported (the requirement is on each of ");
        StringBuilder zh = new StringBuilder("还需").append(namesZh.get(missing)).append("的数据（要求对");
        for (int k = 0; k < names.size(); k++) {
            Evaluation p = parts.get(k);
            en.append(k == 0 ? "" : k == names.size() - 1 ? " and " : ", ").append(names.get(k)).append(" (")
                    .append(word(p.status()));
            zh.append(k == 0 ? "" : "、").append(namesZh.get(k)).append("（").append(wordZh(p.status()));
            // what the parts reported, so that a report read at a glance shows them
            p.actual().ifPresent(a -> {
                en.append(": ").append(Wording.range(a, p.unit()));
                zh.append("：").append(Wording.rangeZh(a, p.unit()));
            });
            p.attainment().ifPresent(a -> {
                en.append(", attainment ").append(Wording.percentRange(a));
                zh.append("，完成度").append(Wording.percentRangeZh(a));
            });
            en.append(')');
            zh.append("）");
        }
        en.append(')');
        zh.append("分别适用）");
        return new Reason(en.toString(), zh.toString()).asDecisive();
    }

    /**
     * "; within the tolerance of 左右 (±5%)", for the verdict's sentence on a value that meets a
     * one-sided ABOUT or NEARLY band short of the plan's number: met, not behind.
     */
    static Reason withinTolerance(Requirement r, Range<BigDecimal> actual, Unit unit) {
        String word = r.qualifier == dev.attain.quantity.Qualifier.NEARLY ? "近" : "左右";
        String pct = r.tolerance().movePointRight(2).stripTrailingZeros().toPlainString();
        String sign = r.qualifier == dev.attain.quantity.Qualifier.NEARLY ? "−" : "±";
        return new Reason("; within the tolerance of " + word + " (" + sign + pct + "%) of "
                + Wording.amount(r.nominal, unit), "；在" + word + "的容差（" + sign + pct + "%）之内");
    }

    /** "; 0.1 pp ahead", for the verdict's sentence on a percentage or a rank. */
    static Reason difference(Range<BigDecimal> d, Unit unit) {
        if (Intervals.isPoint(d)) {
            BigDecimal v = d.lowerEndpoint();
            if (v.signum() == 0) {
                return new Reason("; exactly on it", "；恰好达到要求");
            }
            return new Reason("; " + Wording.difference(v, unit) + (v.signum() > 0 ? " ahead" : " behind"),
                    (v.signum() > 0 ? "；领先要求" : "；落后要求") + Wording.differenceZh(v, unit));
        }
        Unit du = unit.dimension() == Dimension.PERCENT ? Unit.PERCENTAGE_POINTS : unit;
        return new Reason("; difference " + Wording.range(d, du) + " (positive is ahead)",
                "；差距" + Wording.rangeZh(d, du) + "（正数为领先）");
    }

    /** Why a figure was compared with the requirement directly, with no path. */
    static Reason noPath(Period targetPeriod, Period span, Requirement r, Unit unit) {
        return new Reason("no baseline gives a path to pace " + Wording.period(targetPeriod)
                + " by, so the figure for " + span + " is compared with the requirement " + r.describe(unit) + " directly",
                "没有基期值，无法按进度评估" + Wording.periodZh(targetPeriod) + "目标，" + Wording.periodZh(span)
                        + "数据直接与要求" + r.describeZh(unit) + "比较");
    }

    /** With no distance to cover, the value is compared with the requirement. */
    static Reason noDistance(Requirement r, Unit unit) {
        return new Reason("with no distance to cover, the value is compared with the requirement " + r.describe(unit),
                "无需推进，实际值直接与要求" + r.describeZh(unit) + "比较");
    }

    /** No progress expected yet: the value is compared with the expected one. */
    static Reason noProgressExpected(BigDecimal expected, Unit unit) {
        return new Reason("no progress was expected yet, so the value is compared with the expected "
                + Wording.amount(expected, unit),
                "按进度尚不要求推进，实际值直接与应达值" + Wording.amountZh(expected, unit) + "比较");
    }

    /** Why a value was compared directly, and the status that gave. */
    static Reason direct(Reason why, Status s) {
        boolean settled = s == Status.ON_TRACK || s == Status.OFF_TRACK;
        return why.then(new Reason(": " + (settled ? word(s) : "the reported interval straddles it"),
                "：" + (settled ? wordZh(s) : "实际值区间跨越该界限，无法判定"))).asDecisive();
    }

    // ---- progress and pace ---------------------------------------------------------------

    /** The path starts at the requirement: progress is 1 or −1. */
    static Reason pathAtRequirement(BigDecimal reference, Unit unit) {
        return new Reason("the path starts at the requirement " + Wording.amount(reference, unit)
                + " (the baseline equals the target), so there is no distance to cover: progress is 1 if the value"
                + " holds it and −1 if it does not",
                "规划路径的起点即为要求值" + Wording.amountZh(reference, unit)
                        + "（基期值等于目标值），无需推进：保持住则进度为1，否则为−1");
    }

    /** Progress undefined: the start may equal the requirement. */
    static Reason progressUndefined(Range<BigDecimal> start, BigDecimal reference, Unit unit) {
        return new Reason("progress is undefined: the start " + Wording.range(start, unit)
                + " may equal the requirement " + Wording.amount(reference, unit),
                "进度无法计算：起点" + Wording.rangeZh(start, unit) + "可能等于要求值" + Wording.amountZh(reference, unit));
    }

    /** The value moved the wrong way. */
    static Reason wrongWay(Range<BigDecimal> progress, Range<BigDecimal> start, BigDecimal reference, Unit unit) {
        return new Reason("the value moved the wrong way: progress " + Wording.percentRange(progress)
                + " of the way from " + Wording.range(start, unit) + " to " + Wording.amount(reference, unit),
                "指标逆向变动：从" + Wording.rangeZh(start, unit) + "到" + Wording.amountZh(reference, unit)
                        + "的进度为" + Wording.percentRangeZh(progress));
    }

    /** Compound growth undefined from the start: the linear path instead. */
    static Reason compoundUndefined(BigDecimal start, BigDecimal reference, boolean cumulative, Unit unit) {
        if (start.signum() > 0) {
            // the start is fine: the requirement is at or below zero
            return new Reason("compound growth is undefined towards a requirement of " + Wording.amount(reference, unit)
                    + " (a growth rate needs both ends above zero); the linear path is used instead",
                    "要求值为" + Wording.amountZh(reference, unit) + "时无法按复合增长计算（增长率需要起点和终点都大于零），改用线性路径");
        }
        return new Reason("compound growth is undefined from a start of " + Wording.amount(start, unit)
                + (cumulative ? " (a cumulative figure starts the period at zero)" : "")
                + "; the linear path is used instead",
                "起点为" + Wording.amountZh(start, unit) + "时无法按复合增长计算"
                        + (cumulative ? "（累计数在期初为零）" : "") + "，改用线性路径");
    }

    /** A baseline that already meets the requirement: the value is judged by whether it still does. */
    static Reason alreadyMet(Range<BigDecimal> start, Requirement r, Unit unit, Range<BigDecimal> actual, Status s) {
        String still = s == Status.ON_TRACK ? "it still does: " + word(s)
                : s == Status.OFF_TRACK ? "it no longer does: " + word(s)
                : "the reported " + Wording.range(actual, unit) + " straddles it";
        String stillZh = s == Status.ON_TRACK ? "目前仍满足：" + wordZh(s)
                : s == Status.OFF_TRACK ? "目前已不再满足：" + wordZh(s)
                : "实际值" + Wording.rangeZh(actual, unit) + "跨越该界限，无法判定";
        return new Reason("the baseline " + Wording.range(start, unit) + " already meets the requirement "
                + r.describe(unit) + ", so no path runs towards it: the value is judged by whether it still meets it; "
                + still, "基期值" + Wording.rangeZh(start, unit) + "已满足要求" + r.describeZh(unit)
                        + "，无需推进：按实际值是否仍满足要求判断；" + stillZh).asDecisive();
    }

    /** How a pace off track falls short: moving away, or towards too slowly. */
    static Reason shortfall(Pace.Shortfall shortfall) {
        return shortfall == Pace.Shortfall.DETERIORATION
                ? new Reason("the value is moving away from the requirement (deterioration)",
                        "指标值背离要求方向变动（恶化）")
                : new Reason("the value is moving towards the requirement, but too slowly (limited progress)",
                        "指标值向要求方向推进，但速度过慢（进展有限）");
    }

    /** What the path expected by the month observed, what was made, and the pace ratio. */
    static Reason pace(Pace p, int elapsedMonths, int totalMonths, BigDecimal start, BigDecimal reference,
            Optional<Range<BigDecimal>> progress, boolean inverted, Unit unit) {
        PaceModel model = p.model();
        Reason path = model == PaceModel.COMPOUND ? new Reason("the compound-growth path", "复合增长路径")
                : model == PaceModel.SCHEDULE ? new Reason("the schedule of quotas", "分期进度安排")
                : new Reason("the linear path (序时进度, " + elapsedMonths + "/" + totalMonths + " months)",
                        "线性路径（序时进度，" + elapsedMonths + "/" + totalMonths + "个月）");
        String by = "by " + p.observed() + " " + path.en() + " expected " + Wording.amount(p.expected(), unit) + " ("
                + Wording.percent(p.expectedProgress()) + " of the way from " + Wording.amount(start, unit) + " to "
                + Wording.amount(reference, unit) + ")";
        String byZh = "按" + path.zh() + "，截至" + p.observed() + "应达" + Wording.amountZh(p.expected(), unit) + "（从"
                + Wording.amountZh(start, unit) + "到" + Wording.amountZh(reference, unit) + "的"
                + Wording.percent(p.expectedProgress()) + "）";
        if (progress.isPresent()) {
            by += "; " + Wording.percentRange(progress.get()) + " of the way was made";
            byZh += "；实际完成进度" + Wording.percentRangeZh(progress.get());
        }
        if (p.ratio().isPresent()) {
            Range<BigDecimal> ratio = p.ratio().get();
            by += ": pace ratio " + Wording.percentRange(ratio) + (inverted ? " (budget ÷ used, for a ceiling)" : "");
            byZh += "，进度比" + Wording.percentRangeZh(ratio) + (inverted ? "（上限指标按预算÷实际用量计）" : "");
        }
        return new Reason(by, byZh);
    }

    /** The growth ratio is undefined: the pace ratio is judged instead. */
    static Reason growthRatioUndefined() {
        return new Reason("the growth ratio is undefined here (it needs a baseline path with values above zero);"
                + " the pace ratio is judged instead", "此处增速比无法计算（需要基期值大于零的规划路径），改按进度比判断");
    }

    /** The band a pace ratio (or growth ratio) lies in, and the status it gives. */
    static Reason band(boolean byGrowth, Range<BigDecimal> basis, Status s, Thresholds thresholds) {
        Reason what = byGrowth ? new Reason("growth ratio (actual ÷ required annual growth rate) "
                + Wording.percentRange(basis), "增速比（实际÷要求年均增速）" + Wording.percentRangeZh(basis))
                : new Reason("pace ratio", "进度比");
        return what.then(new Reason(" " + (s == Status.INDETERMINATE ? "spans two bands of " + thresholds.name()
                : "is " + thresholds.band(s) + " (" + thresholds.name() + "): " + word(s)),
                s == Status.INDETERMINATE ? "跨越" + thresholds.name() + "的两个区间，无法判定"
                        : "处于" + thresholds.bandZh(s) + "区间（" + thresholds.name() + "）：" + wordZh(s)))
                .asDecisive();
    }

    // ---- projection and tiers ------------------------------------------------------------

    /** The projection to the deadline: the least-squares trends, and the schedule followed. */
    static Reason projection(Projection p, Unit unit) {
        Projection.Estimate linear = p.linear();
        StringBuilder sb = new StringBuilder("fitted by least squares to ").append(p.points())
                .append(" points, the linear trend projects ")
                .append(Wording.range(linear.value(), unit)).append(" by ").append(p.deadline()).append(" (")
                .append(meets(linear.meets()).en()).append(')');
        StringBuilder zh = new StringBuilder("根据").append(p.points()).append("个数据点的最小二乘拟合，按线性趋势预计")
                .append(p.deadline()).append("达到").append(Wording.rangeZh(linear.value(), unit)).append("（")
                .append(meets(linear.meets()).zh()).append('）');
        p.compound().ifPresent(e -> {
            sb.append(", compound growth ").append(Wording.range(e.value(), unit)).append(" (")
                    .append(meets(e.meets()).en()).append(')');
            zh.append("，按复合增长预计达到").append(Wording.rangeZh(e.value(), unit)).append("（")
                    .append(meets(e.meets()).zh()).append('）');
        });
        p.schedule().ifPresent(e -> {
            sb.append(", along the schedule of quotas ").append(Wording.range(e.value(), unit)).append(" (")
                    .append(meets(e.meets()).en()).append(')');
            zh.append("，按分期进度安排预计达到").append(Wording.rangeZh(e.value(), unit)).append("（")
                    .append(meets(e.meets()).zh()).append('）');
        });
        return new Reason(sb.toString(), zh.toString());
    }

    /**
     * Why a pace status and a projection disagree: the status compares the latest figure with
     * where the plan's path expected it; a projection continues the history's trend (or the
     * schedule) to the deadline.
     *
     * @param onTrack  whether the status is on track (the projection falls short); else behind
     *     the path (the projection reaches the requirement)
     * @param alreadyMet  whether the baseline already met the requirement (no path: the value is
     *     judged by whether it still meets it)
     * @param which  the projection that disagrees: "linear", "compound" or "schedule"
     * @param scheduleShare  for a target paced by a schedule, the share of the requirement its
     *     quotas expected by the latest figure; else null
     */
    static Reason disagreement(boolean onTrack, boolean alreadyMet, String which, int points, LocalDate deadline,
            @Nullable BigDecimal scheduleShare) {
        String trend = which.equals("schedule") ? "the schedule followed from the latest figure"
                : "the " + which + " trend fitted to all " + points + " points";
        String trendZh = which.equals("schedule") ? "按分期进度安排推算"
                : (which.equals("linear") ? "按线性趋势" : "按复合增长") + "（拟合全部" + points + "个数据点）";
        String why;
        String whyZh;
        if (onTrack) {
            why = scheduleShare != null && !which.equals("schedule")
                    ? "the trend goes on at the history's pace, while the schedule expected only "
                            + Wording.percent(scheduleShare) + " of the requirement by now and the rest later"
                    : "the status looks at how far the value has come on the path, the projection at how fast"
                            + " it has moved over the whole history, which is too slow to reach the requirement";
            whyZh = scheduleShare != null && !which.equals("schedule")
                    ? "趋势按以往速度延续，而分期进度安排截至目前只要求完成" + Wording.percent(scheduleShare) + "，其余在后期完成"
                    : "进度状态看实际值在规划路径上已推进多远，预测看全部历史数据的推进速度，按此速度达不到要求";
            if (alreadyMet) {
                return new Reason("the value still meets the requirement, yet " + trend + " falls short by " + deadline
                        + ": if it goes on as it went, it will no longer meet it",
                        "实际值目前仍满足要求，但" + trendZh + "到" + deadline + "将不再满足要求");
            }
            return new Reason("on track on the plan's path so far, yet " + trend + " falls short by " + deadline
                    + ": " + why, "目前进度符合规划路径，但" + trendZh + "到" + deadline + "达不到要求：" + whyZh);
        }
        why = "the value is behind the path now, but has moved fast enough over the history to reach the requirement"
                + " if it goes on so";
        whyZh = "实际值目前落后于规划路径，但按全部历史数据的推进速度延续，可以达到要求";
        return new Reason("behind the plan's path, yet " + trend + " reaches the requirement by " + deadline + ": "
                + why, "目前落后于规划路径，但" + trendZh + "到" + deadline + "可达到要求：" + whyZh);
    }

    private static Reason meets(Projection.Meets m) {
        return m == Projection.Meets.YES ? new Reason("meets the requirement", "可完成要求")
                : m == Projection.Meets.NO ? new Reason("falls short of the requirement", "达不到要求")
                : new Reason("may or may not meet the requirement", "可能完成也可能达不到要求");
    }

    /** Which tiers the values met. */
    static Reason tiers(Requirement floor, Projection.Meets f, @Nullable Requirement stretch, Projection.Meets s,
            Range<BigDecimal> values, Unit unit) {
        String floorWords = "floor " + floor.describe(unit) + (f == Projection.Meets.YES ? " met"
                : f == Projection.Meets.NO ? " missed" : " not certain");
        String floorZh = "确保目标" + floor.describeZh(unit) + (f == Projection.Meets.YES ? "已达到"
                : f == Projection.Meets.NO ? "未达到" : "无法确定是否达到");
        String stretchWords = stretch == null ? ""
                : "; stretch " + stretch.describe(unit) + (s == Projection.Meets.YES ? " met"
                        : s == Projection.Meets.NO ? " missed" : values.hasUpperBound() ? " not certain"
                                : " not reached yet");
        String stretchZh = stretch == null ? ""
                : "；力争目标" + stretch.describeZh(unit) + (s == Projection.Meets.YES ? "已达到"
                        : s == Projection.Meets.NO ? "未达到" : values.hasUpperBound() ? "无法确定是否达到"
                                : "尚未达到");
        return new Reason(floorWords + stretchWords, floorZh + stretchZh);
    }
}
