package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Scope;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a verdict on a relative requirement is told, and its sentences in both languages: the
 * figures, the reference figure (or which one is missing), the value judged from them, and the
 * verdict. The rule is {@link Relatives}'; the sentences shared with other verdicts are the
 * {@link Narrator}'s.
 */
final class RelativeNarration {

    private RelativeNarration() {
    }

    /** The reasons for a verdict on a relative requirement, added to out. */
    static void reasons(TargetIndex plan, Setting setting, Verdict v, Explanation.Measures measures,
            Figures.@Nullable Due due, List<Reason> out) {
        Relatives.Finding f = requireNonNull(v.relative(), "relative");
        Relation relation = plan.target.relation().orElseThrow();
        if (v.requirementRate() != null || f.reached() == Relatives.Reached.REQUIREMENT_NOT_CONVERTED) {
            out.add(Narration.conversion(plan, Narrator.REQUIREMENT, plan.target.requirement().unit(),
                    v.requirementRate()));
            if (v.requirementRate() == null) {
                return;
            }
        }
        Figures.Chosen c = requireNonNull(v.chosen(), "chosen");
        if (f.reached() == Relatives.Reached.NO_FIGURE) {
            out.add(Narration.noData(plan, setting, c));
            return;
        }
        if (!Narration.figures(plan, setting, c, out)) {
            return;
        }
        TargetIndex ref = requireNonNull(plan.reference, "reference");
        Period span = requireNonNull(f.span(), "span");
        Period refSpan = requireNonNull(f.referenceSpan(), "referenceSpan");
        if (f.reached() == Relatives.Reached.NO_REFERENCE) {
            out.add(noReference(ref.name(0), ref.nameZh(0), plan.target.scope(), refSpan, setting.asOf(), relation,
                    plan.target.period()));
            return;
        }
        int x = f.referenceIndex();
        Unit from = ref.outcome(x).value().unit();
        if (f.reached() == Relatives.Reached.REFERENCE_NOT_CONVERTED) {
            out.add(Narration.conversion(plan, Narrator.reportedFigure(ref.name(0), ref.nameZh(0), ref.outcome(x)),
                    from, null));
            return;
        }
        Range<BigDecimal> reference = requireNonNull(f.referenceValues(), "referenceValues");
        BigDecimal rate = f.referenceRate();
        if (rate != null && !from.equals(plan.unit)) {
            out.add(Narration.conversion(plan, Narrator.reportedFigure(ref.name(0), ref.nameZh(0), ref.outcome(x)),
                    from, rate));
        }
        out.add(ref.reported(0, x, reference, rate != null));
        if (f.reached() == Relatives.Reached.BASE_NOT_POSITIVE) {
            out.add(baseNotPositive(f.form(), ref.name(0), ref.nameZh(0), refSpan, reference, plan.unit));
            return;
        }
        Range<BigDecimal> values = requireNonNull(f.values(), "values");
        Requirement r = requireNonNull(v.requirement(), "requirement");
        out.add(value(f.form(), relation.kind() == Relation.Kind.COMPARISON, plan.name(0), plan.nameZh(0),
                ref.name(0), ref.nameZh(0), span, refSpan, values, f.unit()));
        if (f.whole()) {
            Projection.Meets m = v.status() == Status.ACHIEVED ? Projection.Meets.YES
                    : v.status() == Status.MISSED ? Projection.Meets.NO : Projection.Meets.UNDETERMINED;
            out.add(Narrator.verdict(m, false, r, f.unit(), values,
                    Narrator.difference(measures.difference().orElseThrow(), f.unit())));
            Tiers.Finding t = v.tiers();
            if (t != null) {
                Narration.tiers(plan, t, out);
            }
            return;
        }
        Status soFar = PaceRule.direct(values, r.region);
        out.add(Narrator.direct(soFar(span, refSpan, r, f.unit()), soFar));
        if (v.awaitingFinal()) {
            out.add(Narrator.periodEnded(plan.target.period(), setting.asOf(), due));
        }
    }

    /** "the reference is missing: …", decisive. */
    static Reason noReference(String name, String nameZh, Scope scope, Period span, LocalDate asOf,
            Relation relation, Period period) {
        String in = scope.isEmpty() ? "" : " in " + scope;
        String inZh = scope.isEmpty() ? "" : Wording.scopeZh(scope);
        String what = relation.kind() == Relation.Kind.COMPARISON ? "the comparison with it"
                : "the change since " + relation.earlierThan(period);
        String whatZh = relation.kind() == Relation.Kind.COMPARISON ? "与其比较的结果"
                : "相对" + Wording.periodZh(relation.earlierThan(period)) + "的变化";
        return new Reason("the requirement is relative, and the value it is measured against is missing: " + name + in
                + " had not been reported for " + span + " by " + asOf + ", so " + what + " cannot be judged",
                "要求为相对要求，缺少参照值：" + nameZh + inZh + Wording.periodZh(span) + "的数据截至" + asOf
                        + "尚未发布，无法评估" + whatZh).asDecisive();
    }

    /** A multiple or a growth of a base that is not certainly positive, decisive. */
    static Reason baseNotPositive(Relation.Form form, String name, String nameZh, Period span,
            Range<BigDecimal> base, Unit unit) {
        String what = form == Relation.Form.MULTIPLE ? "a multiple" : "a growth rate";
        String whatZh = form == Relation.Form.MULTIPLE ? "倍数" : "增速";
        return new Reason(what + " needs a positive base, but " + name + " for " + span + " is "
                + Wording.range(base, unit) + ": it cannot be judged",
                whatZh + "要求基数为正，而" + nameZh + Wording.periodZh(span) + "为" + Wording.rangeZh(base, unit)
                        + "，无法评估").asDecisive();
    }

    /** The value judged: "… for 2022 is 2.1 times that for 2020", "…'s growth from 2021 to 2022 is 12.5%". */
    static Reason value(Relation.Form form, boolean comparison, String name, String nameZh, String other,
            String otherZh, Period span, Period refSpan, Range<BigDecimal> values, Unit unit) {
        String v = Wording.range(values, unit);
        String vZh = Wording.rangeZh(values, unit);
        if (comparison) {
            return new Reason(name + " minus " + other + " for " + span + " is " + v,
                    nameZh + "与" + otherZh + Wording.periodZh(span) + "之差为" + vZh);
        }
        switch (form) {
            case MULTIPLE:
                return new Reason(name + " for " + span + " is " + v + " times its value for " + refSpan,
                        nameZh + Wording.periodZh(span) + "为" + Wording.periodZh(refSpan) + "的" + vZh + "倍");
            case GROWTH:
                return new Reason(name + "'s growth from " + refSpan + " to " + span + " is " + v,
                        nameZh + Wording.periodZh(span) + "比" + Wording.periodZh(refSpan) + "增长" + vZh);
            default:
                return new Reason(name + "'s change from " + refSpan + " to " + span + " is " + v,
                        nameZh + Wording.periodZh(span) + "比" + Wording.periodZh(refSpan) + "变化" + vZh);
        }
    }

    /** Why a part's value is compared with the requirement directly: it is all that is known so far. */
    static Reason soFar(Period span, Period refSpan, Requirement r, Unit unit) {
        return new Reason("only part of the period is known (" + span + ", against " + refSpan
                + "), so its value is compared with the requirement " + r.describe(unit) + " directly",
                "仅知部分时期（" + Wording.periodZh(span) + "，对比" + Wording.periodZh(refSpan) + "），按其直接与要求"
                        + r.describeZh(unit) + "比较");
    }
}
