package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
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
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 *   <li>{@link #pace()} and {@link #projection()} when the figure judged is for part of the
 *       period (after the period, with {@link #finalAwaited()}, how that part stood);
 *   <li>{@link #tier()} when the target has a floor or a stretch tier and a final verdict.
 * </ul>
 *
 * <p><b>A plain value, and its explanation.</b> An evaluation is its verdict: the target, the
 * status, the figures it was judged on ({@link #required()}, {@link #actual()},
 * {@link #outcomes()}) and the {@link #tier()}. What comes with the verdict, the measures
 * ({@link #attainment()}, {@link #difference()}, {@link #gap()}, {@link #progress()}), the
 * {@link #pace()} in full, the {@link #projection()} and the reasons, is its
 * {@link #explanation()}, an object of its own that the {@link Evaluator} leaves to be worked
 * out when first asked for (the accessors here delegate to it). Equality, hash code and text
 * are the verdict's: they never evaluate anything.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe, and a value type: two evaluations are equal when
 * their verdicts are (target, indicators, status, required number, values judged, tier and
 * outcomes used); compare {@link #explanation()}s for the measures and reasons. Do not
 * synchronize on it or rely on its identity.
 */
public final class Evaluation {

    // A scorecard may hold a million evaluations, so they are kept small: absent parts are null
    private final Target target;
    private final ImmutableList<Indicator> indicators;
    private final Status status;
    private final @Nullable BigDecimal required;
    private final @Nullable Range<BigDecimal> actual;
    private final @Nullable Tier tier;
    private final ImmutableList<Outcome> outcomes;
    private final Explanation explanation;
    private final boolean finalAwaited;
    /** For a target on each of several indicators, the verdict on each; else empty. */
    private final ImmutableList<Evaluation> parts;

    private Evaluation(Target target, ImmutableList<Indicator> indicators, Status status,
            @Nullable BigDecimal required, @Nullable Range<BigDecimal> actual, @Nullable Tier tier,
            ImmutableList<Outcome> outcomes, Explanation explanation, boolean finalAwaited,
            ImmutableList<Evaluation> parts) {
        this.target = target;
        this.indicators = indicators;
        this.status = status;
        this.required = required;
        this.actual = actual;
        this.tier = tier;
        this.outcomes = outcomes;
        this.explanation = explanation;
        this.finalAwaited = finalAwaited;
        this.parts = parts;
    }

    /**
     * Returns an evaluation of the given parts, as the evaluator makes them; for evaluations
     * made outside it, such as in tests and reports.
     *
     * @param target  the target judged, not null
     * @param indicators  the target's indicators, in the target's order, not empty
     * @param status  the verdict, not null
     * @param required  the number the plan wrote, in the indicator's unit (absent only when the
     *     requirement is in a unit that could not be converted), not null
     * @param actual  the reported value: for a sum target, the interval sum of its parts, where
     *     an unreported part that cannot be negative adds [0, +∞); absent for NO_DATA and
     *     NOT_COMPARABLE; not null
     * @param attainment  reported ÷ required (higher is better) or required ÷ reported (lower
     *     is better), for ratio-scale indicators, not null
     * @param difference  how far ahead of the requirement, in percentage points or places
     *     (reported − required when higher is better, required − reported when lower is
     *     better), for percentages and ranks, not null
     * @param gap  how much is still missing to meet the requirement, in the indicator's unit,
     *     zero when met, not null
     * @param progress  (reported − start) ÷ (required − start) from the baseline: 1 is the
     *     whole way, negative when the value moved the wrong way, never clamped; when the
     *     baseline equals the requirement, 1 if the value holds it and −1 if not; not null
     * @param pace  the pace against the plan's path, while the period runs, not null
     * @param projection  the projection to the deadline, while the period runs and the
     *     history has two points, not null
     * @param tier  the tier reached, when the target has tiers and a final verdict, not null
     * @param outcomes  the outcomes the verdict used, the figure in force for each reported
     *     part, not null
     * @param reasons  the reasons in plain English words, naming the numbers, in order, not
     *     null
     * @param reasonsZh  the same reasons in Chinese, one for each English reason, in the same
     *     order, not null
     * @return the evaluation, never null
     * @throws IllegalArgumentException if there are no indicators, or the two lists of reasons
     *     differ in size
     */
    public static Evaluation of(Target target, ImmutableList<Indicator> indicators, Status status,
            Optional<BigDecimal> required, Optional<Range<BigDecimal>> actual, Optional<Range<BigDecimal>> attainment,
            Optional<Range<BigDecimal>> difference, Optional<Range<BigDecimal>> gap,
            Optional<Range<BigDecimal>> progress, Optional<Pace> pace, Optional<Projection> projection,
            Optional<Tier> tier, ImmutableList<Outcome> outcomes, ImmutableList<String> reasons,
            ImmutableList<String> reasonsZh) {
        requireNonNull(target, "target");
        requireNonNull(reasons, "reasons");
        requireNonNull(reasonsZh, "reasonsZh");
        if (reasons.size() != reasonsZh.size()) {
            throw new IllegalArgumentException("evaluation of target " + target.id() + " has " + reasons.size()
                    + " English reasons but " + reasonsZh.size() + " Chinese ones");
        }
        requireNonNull(status, "status");
        Explanation.Measures m = new Explanation.Measures(requireNonNull(attainment, "attainment"),
                requireNonNull(difference, "difference"), requireNonNull(gap, "gap"),
                requireNonNull(progress, "progress"));
        return judged(target, indicators, status, requireNonNull(required, "required").orElse(null),
                requireNonNull(actual, "actual").orElse(null), requireNonNull(tier, "tier").orElse(null),
                ImmutableList.copyOf(requireNonNull(outcomes, "outcomes")), Explanation.given(m,
                        new Explanation.Details(requireNonNull(pace, "pace"), requireNonNull(projection, "projection"),
                                reasons, reasonsZh, 0)));
    }

    /**
     * Returns an evaluation whose reasons are written in English only: the English reasons
     * stand for the Chinese ones too. For evaluations made outside the evaluator, which writes
     * both.
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
     * @return the evaluation, never null
     * @throws IllegalArgumentException if there are no indicators
     * @see #of(Target, ImmutableList, Status, Optional, Optional, Optional, Optional, Optional,
     *     Optional, Optional, Optional, Optional, ImmutableList, ImmutableList, ImmutableList)
     */
    public static Evaluation of(Target target, ImmutableList<Indicator> indicators, Status status,
            Optional<BigDecimal> required, Optional<Range<BigDecimal>> actual, Optional<Range<BigDecimal>> attainment,
            Optional<Range<BigDecimal>> difference, Optional<Range<BigDecimal>> gap,
            Optional<Range<BigDecimal>> progress, Optional<Pace> pace, Optional<Projection> projection,
            Optional<Tier> tier, ImmutableList<Outcome> outcomes, ImmutableList<String> reasons) {
        return of(target, indicators, status, required, actual, attainment, difference, gap, progress, pace,
                projection, tier, outcomes, reasons, reasons);
    }

    /** An evaluation by the evaluator (or by {@code of}), checked, with its explanation. */
    static Evaluation judged(Target target, ImmutableList<Indicator> indicators, Status status,
            @Nullable BigDecimal required, @Nullable Range<BigDecimal> actual, @Nullable Tier tier,
            ImmutableList<Outcome> outcomes, Explanation explanation) {
        return judged(target, indicators, status, required, actual, tier, outcomes, explanation, false);
    }

    /** An evaluation by the evaluator, checked, with its explanation, perhaps awaiting its final figure. */
    static Evaluation judged(Target target, ImmutableList<Indicator> indicators, Status status,
            @Nullable BigDecimal required, @Nullable Range<BigDecimal> actual, @Nullable Tier tier,
            ImmutableList<Outcome> outcomes, Explanation explanation, boolean finalAwaited) {
        requireNonNull(target, "target");
        requireNonNull(indicators, "indicators");
        requireNonNull(status, "status");
        requireNonNull(outcomes, "outcomes");
        requireNonNull(explanation, "explanation");
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("evaluation of target " + target.id() + " has no indicators");
        }
        return new Evaluation(target, indicators, status, required, actual, tier, outcomes, explanation,
                finalAwaited, ImmutableList.of());
    }

    /**
     * Tells whether the target's period has ended with only a figure for part of it known,
     * which does not settle the verdict: the status is then {@link Status#INDETERMINATE} until
     * the figure for the whole period is published, and the reasons say when it is due where
     * earlier figures show when such figures are published. The {@link #pace()} and
     * {@link #projection()} still tell how the part known stood.
     *
     * @return true if the final figure is awaited
     */
    public boolean finalAwaited() {
        return finalAwaited;
    }

    /**
     * An evaluation of a target on each of several indicators: the worst of the parts' verdicts
     * (its status, figures and explanation), on the whole target, with every part's verdict.
     */
    static Evaluation each(Target target, ImmutableList<Indicator> indicators, Status status,
            @Nullable BigDecimal required, @Nullable Range<BigDecimal> actual, @Nullable Tier tier,
            ImmutableList<Outcome> outcomes, boolean finalAwaited, ImmutableList<Evaluation> parts,
            Explanation explanation) {
        judged(target, indicators, status, required, actual, tier, outcomes, explanation, finalAwaited); // the checks
        return new Evaluation(target, indicators, status, required, actual, tier, outcomes, explanation,
                finalAwaited, requireNonNull(parts, "parts"));
    }

    /**
     * Returns, for a target on each of several indicators ({@code "of": "EACH"}), the verdict on
     * each indicator, in the target's order: each part is judged as a target of its own on that
     * indicator alone, and this evaluation is the worst of them (missed if any is missed,
     * achieved only when all are; see {@link Status#worse}), with that part's figures and
     * reasons; when that part has no data and another part was judged, this evaluation is
     * {@link Status#INDETERMINATE} (what was reported does not decide it) with the part without
     * data's figures and reasons. Empty for any other target.
     *
     * @return the parts' evaluations, never null
     */
    public ImmutableList<Evaluation> parts() {
        return parts;
    }

    /**
     * Returns what comes with the verdict: the measures, the pace in full, the projection and
     * the reasons, worked out when first asked for.
     *
     * @return the explanation, never null
     */
    public Explanation explanation() {
        return explanation;
    }

    /**
     * Returns the target judged.
     *
     * @return the target, never null
     */
    public Target target() {
        return target;
    }

    /**
     * Returns the target's indicators, in the target's order.
     *
     * @return the indicators, not empty, never null
     */
    public ImmutableList<Indicator> indicators() {
        return indicators;
    }

    /**
     * Returns the verdict.
     *
     * @return the status, never null
     */
    public Status status() {
        return status;
    }

    /**
     * Returns the number the plan wrote, in the indicator's unit (for a relative requirement, in
     * the {@link #unit()} its value is judged in); absent only when the requirement is in a unit
     * that could not be converted.
     *
     * @return the required number, never null
     */
    public Optional<BigDecimal> required() {
        return Optional.ofNullable(required);
    }

    /**
     * Returns the reported value: for a sum target, the interval sum of its parts, where an
     * unreported part that cannot be negative adds [0, +∞); for a relative requirement, the
     * value judged (the multiple, growth or difference made from the figure and its reference,
     * in {@link #unit()}); absent for NO_DATA and NOT_COMPARABLE.
     *
     * @return the reported values, never null
     */
    public Optional<Range<BigDecimal>> actual() {
        return Optional.ofNullable(actual);
    }

    /**
     * Returns reported ÷ required (higher is better) or required ÷ reported (lower is better),
     * for ratio-scale indicators.
     *
     * @return the attainment, never null
     */
    public Optional<Range<BigDecimal>> attainment() {
        return explanation.attainment();
    }

    /**
     * Returns how far ahead of the requirement, in percentage points or places (reported −
     * required when higher is better, required − reported when lower is better), for
     * percentages and ranks.
     *
     * @return the difference, never null
     */
    public Optional<Range<BigDecimal>> difference() {
        return explanation.difference();
    }

    /**
     * Returns how much is still missing to meet the requirement, in the indicator's unit, zero
     * when met.
     *
     * @return the gap, never null
     */
    public Optional<Range<BigDecimal>> gap() {
        return explanation.gap();
    }

    /**
     * Returns (reported − start) ÷ (required − start) from the baseline: 1 is the whole way,
     * negative when the value moved the wrong way, never clamped; when the baseline equals the
     * requirement, 1 if the value holds it and −1 if not.
     *
     * @return the progress, never null
     */
    public Optional<Range<BigDecimal>> progress() {
        return explanation.progress();
    }

    /**
     * Returns the pace against the plan's path, while the period runs. Written when first asked for.
     *
     * @return the pace, never null
     */
    public Optional<Pace> pace() {
        return explanation.pace();
    }

    /**
     * Returns the projection to the deadline, while the period runs and the history has two
     * points. Written when first asked for.
     *
     * @return the projection, never null
     */
    public Optional<Projection> projection() {
        return explanation.projection();
    }

    /**
     * Returns the tier reached, when the target has tiers and a final verdict.
     *
     * @return the tier, never null
     */
    public Optional<Tier> tier() {
        return Optional.ofNullable(tier);
    }

    /**
     * Returns the outcomes the verdict used, the figure in force for each reported part; for a
     * part whose increment was derived from its total, the two totals (the start's, then the
     * end's).
     *
     * @return the outcomes, never null
     */
    public ImmutableList<Outcome> outcomes() {
        return outcomes;
    }

    /**
     * Returns the reasons in plain English words, naming the numbers, in order. Written when
     * first asked for.
     *
     * @return the reasons, never null
     */
    public ImmutableList<String> reasons() {
        return explanation.reasons();
    }

    /**
     * Returns the same reasons in Chinese, as a statistics office writes them, with the
     * indicators' Chinese names and the amounts as bulletins write them ("1.03万亿元",
     * "突破7000亿元"): one for each English reason, in the same order. Written when first asked for.
     *
     * @return the reasons in Chinese, never null
     */
    public ImmutableList<String> reasonsZh() {
        return explanation.reasonsZh();
    }

    /**
     * Returns the unit all amounts of this evaluation are in: the unit of the target's first
     * indicator; for a relative requirement, the unit its value is judged in
     * ({@link dev.attain.model.Relation#judgedUnit}: a bare number for a multiple, percent for
     * a growth, percentage points for a difference of an indicator in percent, else the
     * indicator's unit).
     *
     * @return the unit, never null
     */
    public Unit unit() {
        Indicator lead = indicators.get(0);
        return target.relation().isEmpty() ? lead.unit()
                : target.relation().get().judgedUnit(target.requirement().unit(), lead);
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
        return Requirement.isUp(requireNonNull(qualifier, "qualifier"), requireNonNull(polarity, "polarity"));
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
        return requireNonNull(locale, "locale").getLanguage().equals("zh") ? reasonsZh() : reasons();
    }

    /**
     * Returns the reason that states the verdict, in a language: the one the evaluator wrote
     * as the verdict (the requirement met or missed, the band of the pace, why there is no data
     * or no comparison), which a report read at a glance shows instead of all the reasons. For
     * an evaluation given its reasons by {@link #of}, the first reason: the caller says the
     * verdict first. Worked out with the reasons.
     *
     * @param locale  the locale, not null
     * @return the reason, empty only when there are no reasons
     */
    public Optional<String> decisiveReason(Locale locale) {
        ImmutableList<String> all = reasons(locale);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        int i = explanation.decisive();
        return Optional.of(all.get(i >= 0 && i < all.size() ? i : all.size() - 1));
    }

    /**
     * Returns the English reasons as one text, one reason a line.
     *
     * @return the text, never null
     */
    public String reasonsText() {
        return String.join("\n", reasons());
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

    /**
     * Compares the verdicts: target, indicators, status, required number, values judged, tier,
     * outcomes used and the parts' verdicts. Never evaluates anything; compare {@link #explanation()}s for the rest.
     *
     * @param obj  the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof Evaluation)) {
            return false;
        }
        Evaluation o = (Evaluation) obj;
        return target.equals(o.target) && indicators.equals(o.indicators) && status == o.status
                && Objects.equals(required, o.required) && Objects.equals(actual, o.actual) && tier == o.tier
                && outcomes.equals(o.outcomes) && finalAwaited == o.finalAwaited && parts.equals(o.parts);
    }

    /**
     * Returns a hash code of the verdict; never evaluates anything.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(target, indicators, status, required, actual, tier, outcomes, finalAwaited);
    }

    /**
     * Returns the verdict, for debugging: the target's id, the status, the required number,
     * the values judged, the tier and the outcomes used. Never evaluates anything.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return MoreObjects.toStringHelper(this).add("target", target.id()).add("status", status)
                .add("required", required).add("actual", actual).add("tier", tier)
                .add("outcomes", outcomes.size()).add("finalAwaited", finalAwaited ? Boolean.TRUE : null)
                .omitNullValues().toString();
    }
}
