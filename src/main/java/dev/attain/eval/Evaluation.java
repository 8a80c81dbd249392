package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.Polarity;
import dev.attain.model.Target;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * One target judged as of a date: its {@link Status}, the figures it was judged on, how far it
 * has come and the reasons in words, in English and in Chinese.
 *
 * <p>All amounts are in the unit of the target's (first) indicator, {@link #unit()}, in its
 * base (元, not 亿元), converted by an exchange rate where one was given. Intervals
 * ({@code Range<BigDecimal>}) carry the imprecision of the figures: "突破7000亿元" is
 * (700000000000, +∞), and so is anything computed from it. Ratios are plain numbers:
 * 1.471 means 147.1%. Which parts are present depends on what could be judged:
 *
 * <ul>
 *   <li>{@link #attainment()} for amounts, counts and physical quantities (ratio scales);
 *   <li>{@link #difference()} for percentages and ranks instead, in percentage points or
 *       places;
 *   <li>{@link #progress()} when there is a path start: a baseline, or zero at the period's
 *       start for a cumulative figure within the period;
 *   <li>{@link #pace()} and {@link #projection()} while the period runs (the figure judged is
 *       for part of it);
 *   <li>{@link #tier()} when the target has a floor or a stretch tier and a final verdict.
 * </ul>
 *
 * @param target  the target judged, not null
 * @param indicators  the target's indicators, in the target's order, not empty
 * @param status  the verdict, not null
 * @param required  the number the plan wrote, in the indicator's unit (absent only when the
 *     requirement is in a unit that could not be converted)
 * @param actual  the reported value: for a sum target, the interval sum of its parts, where
 *     an unreported part that cannot be negative adds [0, +∞); absent for NO_DATA and
 *     NOT_COMPARABLE
 * @param attainment  reported ÷ required (higher is better) or required ÷ reported (lower is
 *     better), for ratio-scale indicators
 * @param difference  how far ahead of the requirement, in percentage points or places
 *     (reported − required when higher is better, required − reported when lower is better),
 *     for percentages and ranks
 * @param gap  how much is still missing to meet the requirement, in the indicator's unit,
 *     zero when met
 * @param progress  (reported − start) ÷ (required − start) from the baseline: 1 is the whole
 *     way, negative when the value moved the wrong way, never clamped; when the baseline equals
 *     the requirement, 1 if the value holds it and −1 if not
 * @param pace  the pace against the plan's path, while the period runs
 * @param projection  the projection to the deadline, while the period runs and the history
 *     has two points
 * @param tier  the tier reached, when the target has tiers and a final verdict
 * @param outcomes  the outcomes the verdict used, the figure in force for each reported part
 * @param reasons  the reasons in plain English words, naming the numbers, in order
 * @param reasonsZh  the same reasons in Chinese, as a statistics office writes them, with the
 *     indicators' Chinese names and the amounts as bulletins write them ("1.03万亿元",
 *     "突破7000亿元"): one for each English reason, in the same order
 */
public record Evaluation(Target target, ImmutableList<Indicator> indicators, Status status,
        Optional<BigDecimal> required, Optional<Range<BigDecimal>> actual, Optional<Range<BigDecimal>> attainment,
        Optional<Range<BigDecimal>> difference, Optional<Range<BigDecimal>> gap, Optional<Range<BigDecimal>> progress,
        Optional<Pace> pace, Optional<Projection> projection, Optional<Tier> tier, ImmutableList<Outcome> outcomes,
        ImmutableList<String> reasons, ImmutableList<String> reasonsZh) {

    /**
     * Checks the parts.
     *
     * @param target  the target, not null
     * @param indicators  the indicators, not empty
     * @param status  the status, not null
     * @param required  the required number, not null
     * @param actual  the reported value, not null
     * @param attainment  the attainment, not null
     * @param difference  the difference, not null
     * @param gap  the gap, not null
     * @param progress  the progress, not null
     * @param pace  the pace, not null
     * @param projection  the projection, not null
     * @param tier  the tier, not null
     * @param outcomes  the outcomes used, not null
     * @param reasons  the reasons in English, not null
     * @param reasonsZh  the reasons in Chinese, as many as in English, not null
     * @throws IllegalArgumentException if there are no indicators, or the two lists of reasons
     *     differ in size
     */
    public Evaluation {
        requireNonNull(target, "target");
        requireNonNull(indicators, "indicators");
        requireNonNull(status, "status");
        requireNonNull(required, "required");
        requireNonNull(actual, "actual");
        requireNonNull(attainment, "attainment");
        requireNonNull(difference, "difference");
        requireNonNull(gap, "gap");
        requireNonNull(progress, "progress");
        requireNonNull(pace, "pace");
        requireNonNull(projection, "projection");
        requireNonNull(tier, "tier");
        requireNonNull(outcomes, "outcomes");
        requireNonNull(reasons, "reasons");
        requireNonNull(reasonsZh, "reasonsZh");
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("evaluation of target " + target.id() + " has no indicators");
        }
        if (reasons.size() != reasonsZh.size()) {
            throw new IllegalArgumentException("evaluation of target " + target.id() + " has " + reasons.size()
                    + " English reasons but " + reasonsZh.size() + " Chinese ones");
        }
    }

    /**
     * Builds an evaluation whose reasons are written in English only: the English reasons stand
     * for the Chinese ones too. For evaluations made outside the evaluator, which writes both.
     *
     * @param target  the target, not null
     * @param indicators  the indicators, not empty
     * @param status  the status, not null
     * @param required  the required number, not null
     * @param actual  the reported value, not null
     * @param attainment  the attainment, not null
     * @param difference  the difference, not null
     * @param gap  the gap, not null
     * @param progress  the progress, not null
     * @param pace  the pace, not null
     * @param projection  the projection, not null
     * @param tier  the tier, not null
     * @param outcomes  the outcomes used, not null
     * @param reasons  the reasons in English, used for both languages, not null
     * @throws IllegalArgumentException if there are no indicators
     */
    public Evaluation(Target target, ImmutableList<Indicator> indicators, Status status,
            Optional<BigDecimal> required, Optional<Range<BigDecimal>> actual, Optional<Range<BigDecimal>> attainment,
            Optional<Range<BigDecimal>> difference, Optional<Range<BigDecimal>> gap,
            Optional<Range<BigDecimal>> progress, Optional<Pace> pace, Optional<Projection> projection,
            Optional<Tier> tier, ImmutableList<Outcome> outcomes, ImmutableList<String> reasons) {
        this(target, indicators, status, required, actual, attainment, difference, gap, progress, pace, projection,
                tier, outcomes, reasons, reasons);
    }

    /**
     * Returns the unit all amounts of this evaluation are in: the unit of the target's first
     * indicator.
     *
     * @return the unit, never null
     */
    public Unit unit() {
        return indicators.get(0).unit();
    }

    /**
     * Tells whether the requirement is met from below, by values at least as high as it asks
     * (true), or from above, by values at most as high (false): by its own word (以上, 突破: from
     * below; 以内, 不到: from above), else by the indicator's polarity.
     *
     * @return true if higher values meet the requirement
     */
    public boolean requiresAtLeast() {
        return requiresAtLeast(target.requirement().qualifier(), indicators.get(0).polarity());
    }

    /**
     * Tells whether a requirement with the given qualifier, on an indicator of the given
     * polarity, is met from below (true) or from above (false): AT_LEAST and MORE_THAN from
     * below, AT_MOST and LESS_THAN from above, any other qualifier by the polarity. The one rule
     * that {@link #requiresAtLeast()}, the evaluator and the streaming path share.
     *
     * @param qualifier  the requirement's qualifier, not null
     * @param polarity  the indicator's polarity, not null
     * @return true if higher values meet the requirement
     */
    public static boolean requiresAtLeast(Qualifier qualifier, Polarity polarity) {
        return Criterion.isUp(requireNonNull(qualifier, "qualifier"), requireNonNull(polarity, "polarity"));
    }

    /**
     * Tells whether the status is a shortfall: MISSED, OFF_TRACK or AT_RISK.
     *
     * @return true for a shortfall
     */
    public boolean isShortfall() {
        return status.isShortfall();
    }

    /**
     * Returns the reasons in a language: Chinese for any locale whose language is Chinese
     * ({@link Locale#CHINESE}, {@link Locale#SIMPLIFIED_CHINESE}, zh-TW …), English otherwise.
     * Both lists have the same reasons in the same order.
     *
     * @param locale  the locale, not null
     * @return {@link #reasonsZh()} or {@link #reasons()}, never null
     */
    public ImmutableList<String> reasons(Locale locale) {
        return requireNonNull(locale, "locale").getLanguage().equals("zh") ? reasonsZh : reasons;
    }

    /**
     * Returns the English reasons as one text, one reason a line.
     *
     * @return the text, never null
     */
    public String reasonsText() {
        return String.join("\n", reasons);
    }

    /**
     * Returns the reasons in a language as one text, one reason a line: Chinese for any locale
     * whose language is Chinese, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the text, never null
     */
    public String reasonsText(Locale locale) {
        return String.join("\n", reasons(locale));
    }
}
