package dev.attain.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.attain.quantity.Figure;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A requirement on an indicator, or on the <em>sum</em> of several, or on <em>each</em> of
 * several, for a scope and a period: "2022年力争电子信息和装备工业突破7000亿元" is a target on two
 * indicators, period 2022, requirement "突破7000亿元", commitment STRETCH; {@link #of()} says
 * whether the sum or each must pass 7000亿元.
 *
 * <p>A band requirement ("3%左右", "2-3个") is one-sided by the indicator's polarity unless
 * {@link #sides()} is BOTH. A {@link #relation()} makes the requirement relative: on the change
 * against an earlier period ("比上年提升2个百分点", "翻一番") or on the difference from another
 * indicator ("与经济增长保持同步").
 *
 * <p>Build one with {@link #builder(String)}. A plan may give two tiers: a {@link #floor()}
 * (确保, "确保不低于40%") and a {@link #stretch()} (力争, "力争45%以上"); the
 * {@link #requirement()} is what the target is judged by, usually the floor.
 *
 * @param id  the identifier, unique in a dataset, not blank
 * @param indicators  the ids of the indicators whose sum the requirement is on, at least one, no repeats
 * @param scope  where it applies, not null
 * @param period  the period by whose end the requirement is due, not null
 * @param requirement  the requirement, not null
 * @param floor  the 确保 tier, if the plan gives one
 * @param stretch  the 力争 tier, if the plan gives one
 * @param baseline  the starting value, if given
 * @param commitment  how firmly the plan commits, not null
 * @param pace  the expected path from baseline to requirement, not null
 * @param schedule  the quotas of a SCHEDULE pace, in order; empty for other paces
 * @param schedulePartial  whether the quotas cover only part of the requirement (the plan gives
 *     the first steps only), so that their shares sum to less than 100%; false for a whole schedule
 * @param weight  the weight in roll-ups, positive
 * @param tags  tags for roll-ups, not null
 * @param source  where it was read, if given
 * @param of  whether a requirement on several indicators is on their sum or on each
 * @param sides  whether a band is met only inside it (BOTH) or also beyond it on the good side
 * @param relation  what a relative requirement is measured against, if it is relative
 */
public record Target(String id, ImmutableList<String> indicators, Scope scope, Period period, Figure requirement,
        Optional<Figure> floor, Optional<Figure> stretch, Optional<Baseline> baseline, Commitment commitment,
        PaceModel pace, ImmutableList<Quota> schedule, boolean schedulePartial, BigDecimal weight, ImmutableSet<String> tags,
        Optional<Source> source, Aggregation of, Sides sides, Optional<Relation> relation) {

    /**
     * Checks the parts.
     *
     * @param id  the identifier, not blank
     * @param indicators  the indicator ids, at least one, no repeats
     * @param scope  the scope, not null
     * @param period  the period, not null
     * @param requirement  the requirement, not null
     * @param floor  the floor tier, not null
     * @param stretch  the stretch tier, not null
     * @param baseline  the baseline, not null
     * @param commitment  the commitment, not null
     * @param pace  the pace model, not null
     * @param schedule  the quotas, not null; not empty exactly when pace is SCHEDULE
     * @param schedulePartial  whether the quotas cover only part of the requirement; only with a schedule
     * @param weight  the weight, positive
     * @param tags  the tags, not null
     * @param source  the source, not null
     * @param of  SUM or EACH, not null; EACH only with several indicators
     * @param sides  ONE or BOTH, not null; BOTH only with a requirement that does not say its
     *     own direction (a band, ABOUT, NEARLY or a plain value)
     * @param relation  the relation, not null; a comparison only with one indicator (or EACH),
     *     not one of the target's own; a change only against a period that ends before this
     *     target's starts
     */
    public Target {
        requireText(id, "target id");
        requireNonNull(indicators, "indicators of target " + id);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("target " + id + " must name at least one indicator");
        }
        if (ImmutableSet.copyOf(indicators).size() != indicators.size()) {
            throw new IllegalArgumentException("target " + id + " names an indicator twice: " + indicators);
        }
        requireNonNull(scope, "scope");
        requireNonNull(period, "period");
        requireNonNull(requirement, "requirement");
        requireNonNull(floor, "floor");
        requireNonNull(stretch, "stretch");
        requireNonNull(baseline, "baseline");
        requireNonNull(commitment, "commitment");
        requireNonNull(pace, "pace");
        requireNonNull(schedule, "schedule");
        requireNonNull(weight, "weight");
        requireNonNull(tags, "tags");
        requireNonNull(source, "source");
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("weight (" + weight.toPlainString() + ") of target " + id
                    + " must be > 0");
        }
        if ((pace == PaceModel.SCHEDULE) == schedule.isEmpty()) {
            throw new IllegalArgumentException("target " + id
                    + ": a schedule of quotas is required with pace SCHEDULE and only with it");
        }
        if (schedulePartial && schedule.isEmpty()) {
            throw new IllegalArgumentException("target " + id + ": only a schedule of quotas can be partial");
        }
        requireNonNull(of, "of");
        requireNonNull(sides, "sides");
        requireNonNull(relation, "relation");
        if (of == Aggregation.EACH && indicators.size() < 2) {
            throw new IllegalArgumentException("target " + id + ": \"of\": \"EACH\" needs several indicators, it names "
                    + indicators.size());
        }
        if (sides == Sides.BOTH && requirement.qualifier().isOneSided()) {
            throw new IllegalArgumentException("target " + id + ": requirement '" + requirement
                    + "' says its own direction (" + requirement.qualifier() + "), so it has no two sides; "
                    + "\"sides\": \"BOTH\" is for a band, ABOUT, NEARLY or a plain value");
        }
        relation.ifPresent(r -> {
            if (of == Aggregation.SUM && indicators.size() > 1) {
                throw new IllegalArgumentException("target " + id + ": a relative requirement is on one indicator"
                        + " or on each of several (\"of\": \"EACH\"), not on a sum");
            }
            if (r.other().isPresent() && indicators.contains(r.other().get())) {
                throw new IllegalArgumentException("target " + id + " is compared with its own indicator '"
                        + r.other().get() + "'");
            }
            if (r.since().isPresent() && !r.since().get().end().isBefore(period.start())) {
                throw new IllegalArgumentException("target " + id + ": the change is measured since "
                        + r.since().get() + ", which must end before the target's period " + period + " starts");
            }
        });
        baseline.ifPresent(b -> {
            if (b.period().start().isAfter(period.end())) {
                throw new IllegalArgumentException("baseline period " + b.period() + " of target " + id
                        + " starts after the target's period " + period);
            }
        });
    }

    /**
     * Starts a target with the defaults: EXPECTED, LINEAR pace, weight 1, empty scope.
     *
     * @param id  the identifier, not blank
     * @return the builder, never null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Tells whether the requirement is on the sum of several indicators.
     *
     * @return true if more than one indicator and {@link #of()} is SUM
     */
    public boolean isSum() {
        return indicators.size() > 1 && of == Aggregation.SUM;
    }

    /**
     * Tells whether the requirement is on each of several indicators.
     *
     * @return true if {@link #of()} is EACH
     */
    public boolean isEach() {
        return of == Aggregation.EACH;
    }

    /**
     * Returns the target on one of this target's indicators, as a requirement on each of them
     * reads it: the same in all but the indicators, and one-indicator. This instance is
     * unaffected.
     *
     * @param indicator  one of this target's indicator ids, not null
     * @return the target on that indicator alone, never null
     * @throws IllegalArgumentException if the target does not name the indicator
     */
    public Target part(String indicator) {
        if (!indicators.contains(indicator)) {
            throw new IllegalArgumentException("target " + id + " does not name indicator '" + indicator + "'");
        }
        return new Target(id, ImmutableList.of(indicator), scope, period, requirement, floor, stretch, baseline,
                commitment, pace, schedule, schedulePartial, weight, tags, source, Aggregation.SUM, sides, relation);
    }

    static String requireText(String value, String what) {
        requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** Builds a {@link Target}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final ImmutableList.Builder<String> indicators = ImmutableList.builder();
        private Scope scope = Scope.EMPTY;
        private Period period;
        private Figure requirement;
        private Optional<Figure> floor = Optional.empty();
        private Optional<Figure> stretch = Optional.empty();
        private Optional<Baseline> baseline = Optional.empty();
        private Commitment commitment = Commitment.EXPECTED;
        private PaceModel pace = PaceModel.LINEAR;
        private ImmutableList<Quota> schedule = ImmutableList.of();
        private boolean schedulePartial;
        private BigDecimal weight = BigDecimal.ONE;
        private final ImmutableSet.Builder<String> tags = ImmutableSet.builder();
        private Optional<Source> source = Optional.empty();
        private Aggregation of = Aggregation.SUM;
        private Sides sides = Sides.ONE;
        private Optional<Relation> relation = Optional.empty();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Adds the indicator(s) whose sum the requirement is on.
         *
         * @param ids  the indicator ids, not null
         * @return this builder
         */
        public Builder indicators(String... ids) {
            indicators.add(ids);
            return this;
        }

        /**
         * Adds the indicator(s) whose sum the requirement is on.
         *
         * @param ids  the indicator ids, not null
         * @return this builder
         */
        public Builder indicators(Iterable<String> ids) {
            indicators.addAll(ids);
            return this;
        }

        /**
         * Sets the scope.
         *
         * @param value  the scope, not null
         * @return this builder
         */
        public Builder scope(Scope value) {
            scope = requireNonNull(value, "scope");
            return this;
        }

        /**
         * Sets the period.
         *
         * @param value  the period, not null
         * @return this builder
         */
        public Builder period(Period value) {
            period = requireNonNull(value, "period");
            return this;
        }

        /**
         * Sets the period from its text, such as {@code "2022"}.
         *
         * @param value  the period text, not null
         * @return this builder
         */
        public Builder period(String value) {
            return period(Period.parse(value));
        }

        /**
         * Sets the requirement.
         *
         * @param value  the requirement, not null
         * @return this builder
         */
        public Builder requirement(Figure value) {
            requirement = requireNonNull(value, "requirement");
            return this;
        }

        /**
         * Sets the requirement from its phrase, such as {@code "突破7000亿元"}.
         *
         * @param value  the phrase, not null
         * @return this builder
         */
        public Builder requirement(String value) {
            return requirement(Figure.parse(value));
        }

        /**
         * Sets the floor (确保) tier.
         *
         * @param value  the floor, not null
         * @return this builder
         */
        public Builder floor(Figure value) {
            floor = Optional.of(requireNonNull(value, "floor"));
            return this;
        }

        /**
         * Sets the stretch (力争) tier.
         *
         * @param value  the stretch, not null
         * @return this builder
         */
        public Builder stretch(Figure value) {
            stretch = Optional.of(requireNonNull(value, "stretch"));
            return this;
        }

        /**
         * Sets the baseline.
         *
         * @param value  the baseline, not null
         * @return this builder
         */
        public Builder baseline(Baseline value) {
            baseline = Optional.of(requireNonNull(value, "baseline"));
            return this;
        }

        /**
         * Sets the commitment.
         *
         * @param value  the commitment, not null
         * @return this builder
         */
        public Builder commitment(Commitment value) {
            commitment = requireNonNull(value, "commitment");
            return this;
        }

        /**
         * Sets the pace model.
         *
         * @param value  the pace model, not null
         * @return this builder
         */
        public Builder pace(PaceModel value) {
            pace = requireNonNull(value, "pace");
            return this;
        }

        /**
         * Sets the schedule of quotas and the pace model to SCHEDULE.
         *
         * @param quotas  the quotas, in order, not empty
         * @return this builder
         */
        public Builder schedule(Iterable<Quota> quotas) {
            schedule = ImmutableList.copyOf(quotas);
            pace = PaceModel.SCHEDULE;
            return this;
        }

        /**
         * Says whether the schedule's quotas cover only part of the requirement, as when a plan
         * gives the first half-year's share and no more: their shares then sum to less than 100%.
         *
         * @param value  true for a partial schedule
         * @return this builder
         */
        public Builder schedulePartial(boolean value) {
            schedulePartial = value;
            return this;
        }

        /**
         * Sets the weight in roll-ups.
         *
         * @param value  the weight, positive
         * @return this builder
         */
        public Builder weight(BigDecimal value) {
            weight = requireNonNull(value, "weight");
            return this;
        }

        /**
         * Adds tags.
         *
         * @param values  the tags, not null
         * @return this builder
         */
        public Builder tags(Iterable<String> values) {
            tags.addAll(values);
            return this;
        }

        /**
         * Adds tags.
         *
         * @param values  the tags, not null
         * @return this builder
         */
        public Builder tags(String... values) {
            tags.add(values);
            return this;
        }

        /**
         * Sets the source.
         *
         * @param value  the source, not null
         * @return this builder
         */
        public Builder source(Source value) {
            source = Optional.of(requireNonNull(value, "source"));
            return this;
        }

        /**
         * Sets whether a requirement on several indicators is on their sum (the default) or on each.
         *
         * @param value  SUM or EACH, not null
         * @return this builder
         */
        public Builder of(Aggregation value) {
            of = requireNonNull(value, "of");
            return this;
        }

        /**
         * Sets which sides of a band matter (default ONE, by polarity).
         *
         * @param value  ONE or BOTH, not null
         * @return this builder
         */
        public Builder sides(Sides value) {
            sides = requireNonNull(value, "sides");
            return this;
        }

        /**
         * Makes the requirement relative: on a change against an earlier period, or on the
         * difference from another indicator.
         *
         * @param value  the relation, not null
         * @return this builder
         */
        public Builder relation(Relation value) {
            relation = Optional.of(requireNonNull(value, "relation"));
            return this;
        }

        /**
         * Builds the target.
         *
         * @return the target, never null
         * @throws NullPointerException if period or requirement was not set
         * @throws IllegalArgumentException if the parts are inconsistent
         */
        public Target build() {
            requireNonNull(period, "period of target " + id);
            requireNonNull(requirement, "requirement of target " + id);
            return new Target(id, indicators.build(), scope, period, requirement, floor, stretch, baseline,
                    commitment, pace, schedule, schedulePartial, weight, tags.build(), source, of, sides, relation);
        }
    }
}
