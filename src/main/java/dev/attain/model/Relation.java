package dev.attain.model;

import static java.util.Objects.requireNonNull;

import dev.attain.quantity.Dimension;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.util.Optional;

/**
 * What a relative requirement is measured against: the same indicator in an earlier period (a
 * change: "比上年提升2个百分点", "净增1000家", "增长10%", "保持正增长", "翻一番"), or another
 * indicator in the same period and scope (a comparison: "居民收入与经济增长保持同步").
 *
 * <p>How the value judged is made from the two values depends on the requirement's unit, for a
 * change: a bare number (a multiple, "翻一番" is 2) is value ÷ earlier value; a percentage (a
 * growth, "增长10%", "正增长") is (value ÷ earlier value − 1) × 100%, unless the indicator itself is
 * in percent, whose change is a difference in percentage points; percentage points or the
 * indicator's own unit ("提升2个百分点", "净增1000家") make a difference, value − earlier value. A
 * comparison is always the difference value − other value.
 *
 * @param kind  a change against an earlier period or a comparison with another indicator, not null
 * @param since  for a change, the earlier period; empty for the period just before the
 *     target's, of the same length ("比上年"); always empty for a comparison
 * @param other  for a comparison, the other indicator's id; empty for a change
 */
public record Relation(Kind kind, Optional<Period> since, Optional<String> other) {

    /** The two kinds of relative requirement. */
    public enum Kind {
        /** A change against the same indicator's value in an earlier period. */
        CHANGE,
        /** A comparison with another indicator in the same period and scope. */
        COMPARISON
    }

    /**
     * Checks the parts.
     *
     * @param kind  not null
     * @param since  not null; empty for a comparison
     * @param other  not null; present exactly for a comparison
     */
    public Relation {
        requireNonNull(kind, "kind");
        requireNonNull(since, "since");
        requireNonNull(other, "other");
        if (kind == Kind.CHANGE && other.isPresent()) {
            throw new IllegalArgumentException("a change has no other indicator");
        }
        if (kind == Kind.COMPARISON && (other.isEmpty() || since.isPresent())) {
            throw new IllegalArgumentException("a comparison names the other indicator, and no earlier period");
        }
        other.ifPresent(o -> Target.requireText(o, "other indicator"));
    }

    /**
     * Returns a change against the period just before the target's, of the same length: "比上年".
     *
     * @return the relation, never null
     */
    public static Relation sincePrevious() {
        return new Relation(Kind.CHANGE, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a change against an earlier period: "比2020年翻一番".
     *
     * @param period  the earlier period, not null
     * @return the relation, never null
     */
    public static Relation since(Period period) {
        return new Relation(Kind.CHANGE, Optional.of(requireNonNull(period, "period")), Optional.empty());
    }

    /**
     * Returns a comparison with another indicator in the same period and scope: "与经济增长保持同步".
     *
     * @param indicator  the other indicator's id, not blank
     * @return the relation, never null
     */
    public static Relation comparedWith(String indicator) {
        return new Relation(Kind.COMPARISON, Optional.empty(), Optional.of(requireNonNull(indicator, "indicator")));
    }

    /**
     * Returns the earlier period a change of a target over the given period is measured
     * against: {@link #since()}, or the period of the same length just before it.
     *
     * @param period  the target's period, not null
     * @return the earlier period, never null
     * @throws IllegalStateException for a comparison
     */
    public Period earlierThan(Period period) {
        if (kind != Kind.CHANGE) {
            throw new IllegalStateException("a comparison has no earlier period");
        }
        return since.orElseGet(period::previous);
    }

    /** How the value judged is made from the target's value and the reference value. */
    public enum Form {
        /** value ÷ earlier value, a bare number: "翻一番" is 2. */
        MULTIPLE,
        /** (value ÷ earlier value − 1) × 100%: "增长10%", "正增长". */
        GROWTH,
        /** value − reference value: "提升2个百分点", "净增1000家", a comparison. */
        DIFFERENCE
    }

    /**
     * Returns how the value judged is made, by the rule of this type's description: a
     * comparison is a difference; a change with a requirement that is a bare number is a
     * multiple, one in percent on an indicator that is not itself in percent a growth, and any
     * other a difference.
     *
     * @param requirementUnit  the unit of the requirement's figure, not null
     * @param indicator  the target's indicator, not null
     * @return the form, never null
     */
    public Form form(Unit requirementUnit, Indicator indicator) {
        if (kind == Kind.COMPARISON) {
            return Form.DIFFERENCE;
        }
        Dimension d = requirementUnit.dimension();
        if (d == Dimension.NUMBER) {
            return Form.MULTIPLE;
        }
        return d == Dimension.PERCENT && !inPercent(indicator) ? Form.GROWTH : Form.DIFFERENCE;
    }

    /**
     * Returns the unit the value judged (and the requirement) is in: a bare number for a
     * multiple, percent for a growth, percentage points for a difference of an indicator in
     * percent, else the indicator's own unit.
     *
     * @param requirementUnit  the unit of the requirement's figure, not null
     * @param indicator  the target's indicator, not null
     * @return the unit, never null
     */
    public Unit judgedUnit(Unit requirementUnit, Indicator indicator) {
        switch (form(requirementUnit, indicator)) {
            case MULTIPLE:
                return Unit.NONE;
            case GROWTH:
                return Unit.PERCENT;
            default:
                return inPercent(indicator) ? Unit.PERCENTAGE_POINTS : indicator.unit();
        }
    }

    private static boolean inPercent(Indicator indicator) {
        Dimension d = indicator.unit().dimension();
        return d == Dimension.PERCENT || d == Dimension.PERCENTAGE_POINTS;
    }

    /**
     * Says what is wrong with the unit of a figure a target gives: for the requirement and its
     * tiers of a relative target, the rule of the relation (a change may be a multiple, a bare
     * number; a growth, in percent; or a difference, in percentage points for an indicator in
     * percent, else in a unit of the indicator's dimension; a comparison is a difference); for
     * anything else, and for a target that is not relative, the indicator's own
     * ({@link Indicator#unitProblem}).
     *
     * @param relation  the target's relation, not null
     * @param field  the field the figure was given in ("requirement", "floor", "stretch",
     *     "baseline.value"), not null
     * @param figure  the figure, not null
     * @param indicator  the target's indicator, not null
     * @return the problem in words, or empty if the unit fits
     */
    public static Optional<String> unitProblem(Optional<Relation> relation, String field, Figure figure,
            Indicator indicator) {
        boolean relative = relation.isPresent()
                && (field.equals("requirement") || field.equals("floor") || field.equals("stretch"));
        if (!relative) {
            return indicator.unitProblem(figure);
        }
        Relation r = relation.get();
        Dimension d = figure.unit().dimension();
        boolean percentIndicator = inPercent(indicator);
        boolean difference = percentIndicator ? d == Dimension.PERCENTAGE_POINTS || d == Dimension.PERCENT
                : figure.unit().isSameDimension(indicator.unit());
        if (difference || r.kind == Kind.CHANGE && (d == Dimension.NUMBER || d == Dimension.PERCENT)) {
            return Optional.empty();
        }
        String expected = r.kind == Kind.CHANGE
                ? "a multiple (a plain number, 翻一番), a growth in % or a difference in " + differenceUnit(indicator)
                : "a difference in " + differenceUnit(indicator);
        return Optional.of("unit '" + figure.unit().code() + "' (" + d + ") cannot measure a "
                + (r.kind == Kind.CHANGE ? "change" : "comparison") + " of indicator '" + indicator.id()
                + "' (in '" + indicator.unit().code() + "'): expected " + expected);
    }

    private static String differenceUnit(Indicator indicator) {
        Unit u = indicator.unit();
        return u.dimension() == Dimension.PERCENT ? "percentage points (pp)" : "'" + u.code() + "'";
    }
}
