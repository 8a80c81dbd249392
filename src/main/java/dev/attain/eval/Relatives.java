package dev.attain.eval;

import com.google.common.collect.Range;
import dev.attain.eval.TargetIndex.Kind;
import dev.attain.model.Measure;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a relative requirement is judged: the rule that makes the value judged from the
 * target's own figure and a reference figure, and tests it. Written once, here; the
 * {@link Verdict} applies it to every target with a {@link Relation}, and the streaming path
 * hands such targets to the evaluator.
 *
 * <ol>
 *   <li><b>The requirement</b> is in the unit {@link Relation#judgedUnit} names: a multiple
 *   ("翻一番", a bare number), a growth in percent ("增长10%", "正增长"), or a difference in
 *   percentage points or in the indicator's unit ("提升2个百分点", "净增1000家"), a difference in
 *   the indicator's unit being converted into it like any requirement.</li>
 *   <li><b>The target's figure</b> is chosen as for any target ({@link Figures#choose}).</li>
 *   <li><b>The reference figure</b>: for a figure for the whole period, the figure for the whole
 *   reference period (the earlier period of a change, the target's period of a comparison); for
 *   a figure for part of the period, the figure for the same part of the reference period (the
 *   part shifted back by the months from the earlier period's end to the target period's end,
 *   "1—6月" against last year's "1—6月", as bulletins compare). For a level, any span ending with
 *   the reference span's last month will do. The figure in force as of the date is used
 *   ({@link TargetIndex#inForce}), converted into the target's unit. None: {@code NO_DATA}, the
 *   reason naming the indicator, scope and span missing.</li>
 *   <li><b>The value judged</b>, by {@link Relation.Form}: value ÷ reference (MULTIPLE),
 *   (value ÷ reference − 1) × 100 (GROWTH), value − reference (DIFFERENCE), in interval
 *   arithmetic, each quotient rounded by {@link #MATH_CONTEXT}, so an imprecise figure on either
 *   side gives an interval. A multiple or a growth of a reference that is not certainly positive
 *   is undefined: {@code NOT_COMPARABLE}.</li>
 *   <li><b>The status</b>: on the whole period, {@code ACHIEVED}, {@code MISSED} or
 *   {@code INDETERMINATE} by whether the values meet the requirement, and the tier reached
 *   (a floor or stretch is in the same unit as the requirement); on a part, while the period
 *   runs, {@code ON_TRACK}, {@code OFF_TRACK} or {@code INDETERMINATE} by whether the part's
 *   values meet it so far; on a part after the period ended, {@code INDETERMINATE} until the
 *   final figure ({@link Evaluation#finalAwaited()}).</li>
 * </ol>
 */
final class Relatives {

    /** Rounds every value the rule makes by division (multiples and growths): {@link Evaluator#MATH_CONTEXT}. */
    static final MathContext MATH_CONTEXT = Evaluator.MATH_CONTEXT;

    /**
     * Rounds the quotient a growth is made from, with guard digits: value ÷ reference − 1 loses
     * the leading digits the subtraction cancels, so the quotient keeps four more than
     * {@link #MATH_CONTEXT}, to which the growth is then rounded.
     */
    static final MathContext QUOTIENT = new MathContext(MATH_CONTEXT.getPrecision() + 4, MATH_CONTEXT.getRoundingMode());

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Relatives() {
    }

    /** What the rule found beyond the target's own figure, or why it stopped. */
    enum Reached {
        /** The value judged was made and tested. */
        JUDGED,
        /** The requirement's figure could not be converted into the indicator's unit. */
        REQUIREMENT_NOT_CONVERTED,
        /** The target's own figure is missing (see the chosen figures). */
        NO_FIGURE,
        /** The target's own figure could not be converted. */
        FIGURE_NOT_CONVERTED,
        /** The reference figure is missing. */
        NO_REFERENCE,
        /** The reference figure could not be converted into the target's unit. */
        REFERENCE_NOT_CONVERTED,
        /** A multiple or a growth of a reference that is not certainly positive. */
        BASE_NOT_POSITIVE
    }

    /**
     * What judging a relative requirement found.
     *
     * @param reached  how far the rule got
     * @param form  how the value judged is made
     * @param unit  the unit the value judged and the requirement are in
     * @param span  the span of the target's figure judged; null without one
     * @param referenceSpan  the span of the reference figure looked for; null without a figure
     * @param referenceIndex  the flat index of the reference figure in the reference plan, or -1
     * @param referenceOutcome  the reference figure; null without one
     * @param referenceValues  the reference figure's values in the target's unit; null without one
     * @param referenceRate  the rate the reference figure was converted at, null when it needed none
     * @param values  the value judged; null unless JUDGED
     * @param whole  whether the figure judged is for the whole period
     */
    record Finding(Reached reached, Relation.Form form, Unit unit, @Nullable Period span,
            @Nullable Period referenceSpan, int referenceIndex, dev.attain.model.@Nullable Outcome referenceOutcome,
            @Nullable Range<BigDecimal> referenceValues,
            @Nullable BigDecimal referenceRate, @Nullable Range<BigDecimal> values, boolean whole) {
    }

    /** Judges a plan whose target is relative. */
    static Verdict judge(TargetIndex plan, Setting setting) {
        Relation relation = plan.target.relation().orElseThrow();
        TargetIndex ref = plan.reference;
        if (ref == null) {
            throw new IllegalStateException("target " + plan.target.id() + " is relative but has no reference plan");
        }
        Figure req = plan.target.requirement();
        Relation.Form form = relation.form(req.unit(), plan.lead);
        Unit unit = plan.judged;

        // the requirement, in the unit judged
        BigDecimal requirementRate = null;
        BigDecimal nominal = req.nominal();
        Range<BigDecimal> range = req.range();
        if (unit.equals(plan.unit) && !req.unit().equals(plan.unit)) {
            requirementRate = setting.rate(req.unit(), plan.unit);
            if (requirementRate == null) {
                return verdict(Status.NOT_COMPARABLE, null, null, null,
                        new Finding(Reached.REQUIREMENT_NOT_CONVERTED, form, unit, null, null, -1, null, null, null, null,
                                false));
            }
            nominal = Setting.scale(nominal, requirementRate);
            range = Setting.scale(range, requirementRate);
        }
        Requirement requirement = Requirement.of(req.qualifier(), nominal, range, plan.lead.polarity(),
                plan.target.sides());

        // the target's own figure
        Figures.Chosen chosen = Figures.choose(plan, setting);
        if (chosen.kind() == Kind.NONE) {
            return verdict(Status.NO_DATA, requirement, requirementRate, chosen,
                    new Finding(Reached.NO_FIGURE, form, unit, null, null, -1, null, null, null, null, false));
        }
        Period span = History.span(chosen.first(), chosen.last());
        boolean whole = chosen.kind() == Kind.FINAL;
        Range<BigDecimal> actual = chosen.actual();
        if (actual == null) {
            return verdict(Status.NOT_COMPARABLE, requirement, requirementRate, chosen,
                    new Finding(Reached.FIGURE_NOT_CONVERTED, form, unit, span, null, -1, null, null, null, null, whole));
        }

        // the reference figure: the whole reference period, or the same part of it
        int refLast;
        int refFirst;
        if (whole) {
            refFirst = ref.periodFirst;
            refLast = ref.periodLast;
        } else {
            int shift = plan.periodLast - ref.periodLast;
            refFirst = chosen.first() - shift;
            refLast = chosen.last() - shift;
        }
        Period referenceSpan = History.span(refFirst, refLast);
        int x = inForce(ref, refFirst, refLast, setting.asOfDay());
        if (x < 0) {
            return verdict(Status.NO_DATA, requirement, requirementRate, chosen,
                    new Finding(Reached.NO_REFERENCE, form, unit, span, referenceSpan, -1, null, null, null, null, whole));
        }
        BigDecimal referenceRate = null;
        Range<BigDecimal> reference = ref.value(x);
        if (reference == null || !ref.unit.equals(plan.unit)) {
            Unit from = ref.outcome(x).value().unit();
            referenceRate = setting.rate(from, plan.unit);
            if (referenceRate == null) {
                return verdict(Status.NOT_COMPARABLE, requirement, requirementRate, chosen,
                        new Finding(Reached.REFERENCE_NOT_CONVERTED, form, unit, span, referenceSpan, x, ref.outcome(x), null,
                                null, null, whole));
            }
            reference = ref.partValues(0, Setting.scale(ref.outcome(x).value().range(), referenceRate));
        }

        // the value judged
        Range<BigDecimal> values = values(form, actual, reference).orElse(null);
        if (values == null) {
            return verdict(Status.NOT_COMPARABLE, requirement, requirementRate, chosen,
                    new Finding(Reached.BASE_NOT_POSITIVE, form, unit, span, referenceSpan, x, ref.outcome(x),
                            reference, referenceRate, null, whole));
        }
        Finding finding = new Finding(Reached.JUDGED, form, unit, span, referenceSpan, x, ref.outcome(x), reference,
                referenceRate, values, whole);
        if (whole) {
            return Verdict.settled(plan, setting, Verdict.Way.RELATIVE, requirement, requirementRate, chosen, null,
                    values, finding);
        }
        Status status;
        if (setting.asOf().isAfter(plan.periodEnd)) {
            status = Status.INDETERMINATE;
        } else {
            status = PaceRule.direct(values, requirement.region);
        }
        return verdict(status, requirement, requirementRate, chosen, finding);
    }

    /**
     * The value judged from the target's values and the reference's, by the form; empty for a
     * multiple or a growth of a reference that is not certainly positive.
     */
    static Optional<Range<BigDecimal>> values(Relation.Form form, Range<BigDecimal> value,
            Range<BigDecimal> reference) {
        if (form == Relation.Form.DIFFERENCE) {
            return Optional.of(Intervals.minus(value, reference));
        }
        if (!Intervals.isPositive(reference)) {
            return Optional.empty();
        }
        if (form == Relation.Form.MULTIPLE) {
            return Intervals.divide(value, reference, MATH_CONTEXT);
        }
        // (value ÷ reference − 1) × 100: increasing in the quotient, each end rounded at the end
        return Intervals.divide(value, reference, QUOTIENT).map(q -> Intervals.map(q,
                m -> m.subtract(BigDecimal.ONE).multiply(HUNDRED).round(MATH_CONTEXT), true, null, null));
    }

    /**
     * The reference figure in force for a span as of a day, as a flat index of the reference
     * plan, or -1: a figure for the span itself, or, for a level, one for any span ending with
     * its last month (the longest such span).
     */
    private static int inForce(TargetIndex ref, int first, int last, long asOfDay) {
        int x = ref.inForce(0, first, last, asOfDay);
        if (x >= 0 || ref.measure != Measure.LEVEL) {
            return x;
        }
        int bestFirst = Integer.MAX_VALUE;
        for (int y = ref.from(0), end = ref.to(0); y < end; y++) {
            if (ref.last(y) == last && ref.published(y) <= asOfDay) {
                bestFirst = Math.min(bestFirst, ref.first(y));
            }
        }
        return bestFirst == Integer.MAX_VALUE ? -1 : ref.inForce(0, bestFirst, last, asOfDay);
    }

    private static Verdict verdict(Status status, @Nullable Requirement requirement,
            @Nullable BigDecimal requirementRate, Figures.@Nullable Chosen chosen, Finding finding) {
        return new Verdict(status, Verdict.Way.RELATIVE, requirement, requirementRate, chosen, null, null, null,
                finding);
    }
}
