package dev.attain.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.util.Locale;
import java.util.Optional;

/**
 * What is measured: revenue of the electronics industry, the number of 5G base stations, the
 * growth rate of industrial value added.
 *
 * <p>Build one with {@link #builder(String, String, Unit)}. Money, counts and physical
 * quantities cannot be negative unless {@link Builder#nonNegative(boolean)} says so; rates
 * can.
 *
 * @param id  the identifier, unique in a dataset, not blank
 * @param name  the name in the source's language (usually Chinese), not blank
 * @param nameEn  the English name, if given
 * @param unit  the unit its figures are in, not null
 * @param measure  the kind of number, not null
 * @param polarity  which direction is good, not null
 * @param nonNegative  whether values below zero are impossible
 * @param tags  tags for roll-ups, in order, not null
 * @param total  for an INCREMENT indicator (新增), the LEVEL indicator (总数) whose change over a
 *     period its values are: an increment target with no increment reported is judged from the
 *     total's values at the period's end and at the previous period's end
 */
public record Indicator(String id, String name, Optional<String> nameEn, Unit unit, Measure measure,
        Polarity polarity, boolean nonNegative, ImmutableSet<String> tags, Optional<String> total) {

    /**
     * Checks the parts.
     *
     * @param id  the identifier, not blank
     * @param name  the name, not blank
     * @param nameEn  the English name, not null
     * @param unit  the unit, not null
     * @param measure  the measure, not null
     * @param polarity  the polarity, not null
     * @param nonNegative  whether values below zero are impossible
     * @param tags  the tags, not null
     * @param total  the total's id, not null; only for an INCREMENT indicator, not its own id
     */
    public Indicator {
        Target.requireText(id, "indicator id");
        Target.requireText(name, "name of indicator " + id);
        requireNonNull(nameEn, "nameEn");
        requireNonNull(unit, "unit");
        requireNonNull(measure, "measure");
        requireNonNull(polarity, "polarity");
        requireNonNull(tags, "tags");
        requireNonNull(total, "total");
        if (total.isPresent()) {
            Target.requireText(total.get(), "total of indicator " + id);
            if (measure != Measure.INCREMENT) {
                throw new IllegalArgumentException("indicator " + id + " names a total ('" + total.get()
                        + "'), which only an INCREMENT indicator has, not a " + measure);
            }
            if (total.get().equals(id)) {
                throw new IllegalArgumentException("indicator " + id + " names itself as its total");
            }
        }
    }

    /**
     * Starts an indicator with the defaults: FLOW, HIGHER_IS_BETTER, non-negative unless the
     * unit is percent or percentage points, no tags.
     *
     * @param id  the identifier, not blank
     * @param name  the name, not blank
     * @param unit  the unit, not null
     * @return the builder, never null
     */
    public static Builder builder(String id, String name, Unit unit) {
        return new Builder(id, name, unit);
    }

    /**
     * Returns the English name if there is one, else the name.
     *
     * @return the name to show to English readers, never null
     */
    public String displayNameEn() {
        return nameEn.orElse(name);
    }

    /**
     * Says what is wrong when a figure's unit measures something other than this indicator
     * (元 against 家); a unit of the same dimension (USD against CNY) is not a problem here, it
     * evaluates as not comparable until a rate is given.
     *
     * @param figure  the figure given for this indicator, not null
     * @return the problem in words, or empty if the unit fits
     */
    public Optional<String> unitProblem(Figure figure) {
        Unit u = figure.unit();
        if (u.isSameDimension(unit)) {
            return Optional.empty();
        }
        return Optional.of("unit '" + u.code() + "' (" + u.dimension() + ") does not measure what indicator '" + id
                + "' measures, in '" + unit.code() + "' (" + unit.dimension() + ")");
    }

    /**
     * Says why a figure in this indicator's dimension cannot be a value of it: a figure that
     * allows a value below zero only (a bound below zero, such as "-5亿元" or "约-3家") on an
     * indicator that cannot be negative ({@link #nonNegative()}). A figure of another dimension
     * is {@link #unitProblem}'s to report, and gives none here.
     *
     * @param figure  the figure, not null
     * @return the problem in words, or empty if the figure can be a value of this indicator
     */
    public Optional<String> valueProblem(Figure figure) {
        if (!nonNegative || !figure.unit().isSameDimension(unit)) {
            return Optional.empty();
        }
        if (!figure.hasEndBelowZero()) {
            return Optional.empty();
        }
        return Optional.of("'" + figure + "' is below zero, but indicator '" + id + "' (" + unit.dimension()
                .name().toLowerCase(Locale.ROOT) + " in '" + unit.code() + "') cannot be negative: amounts,"
                + " counts, physical quantities, shares and ranks are not; if this one can be (a net change,"
                + " a balance), say \"nonNegative\": false on the indicator");
    }

    /** Builds an {@link Indicator}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final Unit unit;
        private Optional<String> nameEn = Optional.empty();
        private Measure measure = Measure.FLOW;
        private Polarity polarity = Polarity.HIGHER_IS_BETTER;
        private Optional<Boolean> nonNegative = Optional.empty();
        private final ImmutableSet.Builder<String> tags = ImmutableSet.builder();
        private Optional<String> total = Optional.empty();

        private Builder(String id, String name, Unit unit) {
            this.id = id;
            this.name = name;
            this.unit = requireNonNull(unit, "unit");
        }

        /**
         * Sets the English name.
         *
         * @param value  the English name, not null
         * @return this builder
         */
        public Builder nameEn(String value) {
            nameEn = Optional.of(requireNonNull(value, "nameEn"));
            return this;
        }

        /**
         * Sets the measure.
         *
         * @param value  the measure, not null
         * @return this builder
         */
        public Builder measure(Measure value) {
            measure = requireNonNull(value, "measure");
            return this;
        }

        /**
         * Sets the polarity.
         *
         * @param value  the polarity, not null
         * @return this builder
         */
        public Builder polarity(Polarity value) {
            polarity = requireNonNull(value, "polarity");
            return this;
        }

        /**
         * Says whether values below zero are impossible.
         *
         * @param value  true if the indicator cannot be negative
         * @return this builder
         */
        public Builder nonNegative(boolean value) {
            nonNegative = Optional.of(value);
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
         * Names the LEVEL indicator whose change over a period this INCREMENT indicator's values are.
         *
         * @param id  the total's id, not blank
         * @return this builder
         */
        public Builder total(String id) {
            total = Optional.of(requireNonNull(id, "total"));
            return this;
        }

        /**
         * Builds the indicator. Unless set, an indicator is non-negative when its unit is
         * ratio-scale (money, counts, physical quantities) or a rank, and its measure is not a rate.
         *
         * @return the indicator, never null
         */
        public Indicator build() {
            boolean defaultNonNegative = measure != Measure.RATE
                    && (unit.isRatioScale() || unit.dimension() == dev.attain.quantity.Dimension.RANK
                        || measure == Measure.SHARE);
            return new Indicator(id, name, nameEn, unit, measure, polarity,
                    nonNegative.orElse(defaultNonNegative), tags.build(), total);
        }
    }
}
