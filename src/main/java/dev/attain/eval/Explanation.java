package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link Evaluation}'s verdict comes with, apart from it: the measures (attainment,
 * difference, gap, progress), the pace in full, the projection, and the reasons in English and
 * in Chinese.
 *
 * <p><b>Worked out on demand.</b> The {@link Evaluator} settles every verdict at once, keeping
 * the records its rules returned, and leaves each explanation to be worked out from them when
 * first asked for: the measures when one of them is; the pace, the projection and the reasons
 * when one of those is. Where the pace's fast path settled the status, the exact rule judges
 * the pace now, and must give the same status; the result is kept.
 * A scorecard of a million targets is thus judged without a million explanations being
 * written, and each explanation answers exactly as if everything had been worked out at once.
 * An explanation made by {@link Evaluation#of} is given whole.
 *
 * <h2>Implementation Requirements</h2>
 * This class is thread-safe (a benign race: two threads may work out equal values, safely
 * published). Two explanations are equal when all their parts are: comparing them works them
 * out. Do not synchronize on it or rely on its identity.
 */
public final class Explanation {

    /** The measures. */
    record Measures(Optional<Range<BigDecimal>> attainment, Optional<Range<BigDecimal>> difference,
            Optional<Range<BigDecimal>> gap, Optional<Range<BigDecimal>> progress) {

        private static final Measures NONE = new Measures(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        private static final Optional<Range<BigDecimal>> NO_GAP = Optional.of(Intervals.ZERO);

        /**
         * The measures of a verdict, by the rules of {@link Requirement}: attainment on a ratio
         * scale, else the difference; the gap; progress from the path's start, if there is one.
         */
        static Measures of(TargetIndex plan, Verdict verdict) {
            Range<BigDecimal> actual = verdict.actual();
            Requirement r = verdict.requirement();
            if (actual == null || r == null) {
                return NONE;
            }
            Range<BigDecimal> gap = r.gap(actual);
            Verdict.Start start = verdict.start();
            PaceRule.Finding pace = verdict.pace();
            // a relative requirement's value (a multiple, a growth, a difference) is told by difference
            boolean ratio = plan.ratioScale && verdict.relative() == null;
            return new Measures(ratio ? r.attainment(actual, Evaluator.MATH_CONTEXT) : Optional.empty(),
                    ratio ? Optional.empty() : Optional.of(r.difference(actual)),
                    gap == Intervals.ZERO ? NO_GAP : Optional.of(gap),
                    start == null ? Optional.empty() : pace != null ? pace.progress() : r.progress(actual, start.values()));
        }
    }

    /**
     * The parts written with words: the pace in full, the projection and the reasons, with the
     * index of the reason that states the verdict ({@link #LAST_REASON} when none is marked).
     */
    record Details(Optional<Pace> pace, Optional<Projection> projection, ImmutableList<String> reasons,
            ImmutableList<String> reasonsZh, int decisive) {
    }

    /** The index of the decisive reason when none is marked: the last reason is taken. */
    static final int LAST_REASON = -1;

    /** What an explanation is worked out from; null when everything was given. */
    private final @Nullable TargetIndex plan;
    private final @Nullable Setting setting;
    /** The status judged, which judging again must give. */
    private final @Nullable Status status;
    private final @Nullable Verdict verdict;
    /** A reason told before the verdict's own (how a target on each indicator was judged); null if none. */
    private final @Nullable Reason lead;
    private @Nullable Measures measures;
    private @Nullable Details details;

    private Explanation(@Nullable TargetIndex plan, @Nullable Setting setting, @Nullable Status status,
            @Nullable Verdict verdict, @Nullable Reason lead, @Nullable Measures measures, @Nullable Details details) {
        this.plan = plan;
        this.setting = setting;
        this.status = status;
        this.verdict = verdict;
        this.lead = lead;
        this.measures = measures;
        this.details = details;
    }

    /** An explanation given whole. */
    static Explanation given(Measures measures, Details details) {
        return new Explanation(null, null, null, null, null, requireNonNull(measures, "measures"),
                requireNonNull(details, "details"));
    }

    /** An explanation to work out on first use from what judging a plan found. */
    static Explanation of(TargetIndex plan, Setting setting, Verdict verdict) {
        return new Explanation(requireNonNull(plan, "plan"), requireNonNull(setting, "setting"), verdict.status(),
                requireNonNull(verdict, "verdict"), null, null, null);
    }

    /**
     * An explanation to work out on first use from what judging a plan found, told after a
     * reason of its own (how the target's parts were judged).
     */
    static Explanation of(TargetIndex plan, Setting setting, Verdict verdict, Reason lead) {
        return new Explanation(requireNonNull(plan, "plan"), requireNonNull(setting, "setting"), verdict.status(),
                verdict, requireNonNull(lead, "lead"), null, null);
    }

    /** An explanation to work out on first use by judging a plan again, which must give the status. */
    static Explanation later(TargetIndex plan, Setting setting, Status status) {
        return new Explanation(requireNonNull(plan, "plan"), requireNonNull(setting, "setting"),
                requireNonNull(status, "status"), null, null, null, null);
    }

    /**
     * The verdict with its records: the one given, or judged again now and not kept (the
     * measures and details worked out from it are kept instead: a million explanations holding
     * their verdicts' records would keep the garbage collector copying them).
     */
    private Verdict verdict() {
        Verdict v = verdict;
        if (v == null) {
            TargetIndex p = requireNonNull(plan, "plan");
            v = Verdict.of(p, requireNonNull(setting, "setting"));
            if (v.status() != status) {
                throw new IllegalStateException("target " + p.target.id() + " was judged " + status
                        + " but judging it again gives " + v.status());
            }
        }
        return v;
    }

    /** Whether any part has been worked out (or was given): for tests of laziness. */
    boolean workedOut() {
        return measures != null || details != null;
    }

    /** The measures, worked out now from the verdict if they were not given or asked for before. */
    Measures measures() {
        Measures m = measures;
        return m != null ? m : measures(verdict());
    }

    /** The measures, worked out from a verdict of this explanation's target if they were not before. */
    private Measures measures(Verdict v) {
        Measures m = measures;
        if (m == null) {
            m = Measures.of(requireNonNull(plan, "plan"), v);
            measures = m;
        }
        return m;
    }

    /**
     * The details, written now if they were not given or asked for before: the pace judged
     * exactly (where its fast path settled the status, the exact rule runs now and must agree),
     * the projection, and the reasons the {@link Narrator} tells of them.
     */
    Details details() {
        Details d = details;
        if (d == null) {
            TargetIndex p = requireNonNull(plan, "plan");
            Setting s = requireNonNull(setting, "setting");
            Verdict v = verdict();
            PaceRule.Finding pace = v.pace();
            Optional<Projection> projection = Optional.empty();
            Verdict.Way way = v.way();
            if (way == Verdict.Way.PACE || way == Verdict.Way.DIRECT || way == Verdict.Way.AWAITING_FINAL) {
                Requirement r = requireNonNull(v.requirement(), "requirement");
                Figures.Chosen c = requireNonNull(v.chosen(), "chosen");
                Verdict.Start start = v.start();
                if (pace == null && start != null && c.kind() != TargetIndex.Kind.FLAT) {
                    // the pace in full: where its fast path settled the status, or, after the
                    // period, how the part known stood against the path
                    pace = PaceRule.judge(p, s.thresholds(), r, requireNonNull(c.actual(), "actual"), start.values(),
                            start.nominal(), c.kind(), c.last());
                    if (way == Verdict.Way.PACE && pace.status() != v.status()) {
                        throw new IllegalStateException("target " + p.target.id() + " was judged " + v.status()
                                + " but its exact pace gives " + pace.status());
                    }
                }
                projection = Trend.project(p, s, r, c.kind(), start == null ? null : start.values());
            }
            Figures.Due due = v.awaitingFinal() ? Figures.due(p, s) : null;
            List<Reason> reasons = Narration.reasons(p, s, v, measures(v), pace, projection, due);
            if (lead != null) {
                reasons.add(0, lead);
            }
            ImmutableList.Builder<String> en = ImmutableList.builderWithExpectedSize(reasons.size());
            ImmutableList.Builder<String> zh = ImmutableList.builderWithExpectedSize(reasons.size());
            int decisive = LAST_REASON;
            for (int i = 0; i < reasons.size(); i++) {
                Reason r = reasons.get(i);
                en.add(r.en());
                zh.add(r.zh());
                if (r.decisive()) {
                    decisive = i; // the last reason the Narrator marked as stating the verdict
                }
            }
            if (lead != null && lead.decisive()) {
                decisive = 0; // a lead that states the verdict itself: a target its parts leave undecided
            }
            d = new Details(pace == null ? Optional.empty() : Optional.of(pace.pace()), projection, en.build(),
                    zh.build(), decisive);
            details = d;
        }
        return d;
    }

    /**
     * Returns reported ÷ required (higher is better) or required ÷ reported (lower is better),
     * for ratio-scale indicators.
     *
     * @return the attainment, never null
     */
    public Optional<Range<BigDecimal>> attainment() {
        return measures().attainment();
    }

    /**
     * Returns how far ahead of the requirement, in percentage points or places, for
     * percentages and ranks.
     *
     * @return the difference, never null
     */
    public Optional<Range<BigDecimal>> difference() {
        return measures().difference();
    }

    /**
     * Returns how much is still missing to meet the requirement, zero when met.
     *
     * @return the gap, never null
     */
    public Optional<Range<BigDecimal>> gap() {
        return measures().gap();
    }

    /**
     * Returns the progress from the path's start: (reported − start) ÷ (required − start).
     *
     * @return the progress, never null
     */
    public Optional<Range<BigDecimal>> progress() {
        return measures().progress();
    }

    /**
     * Returns the pace against the plan's path, while the period runs.
     *
     * @return the pace, never null
     */
    public Optional<Pace> pace() {
        return details().pace();
    }

    /**
     * Returns the projection to the deadline, while the period runs and the history has two
     * points.
     *
     * @return the projection, never null
     */
    public Optional<Projection> projection() {
        return details().projection();
    }

    /** The index of the reason that states the verdict, or {@link #LAST_REASON}. */
    int decisive() {
        return details().decisive();
    }

    /**
     * Returns the reasons in plain English words, naming the numbers, in order.
     *
     * @return the reasons, never null
     */
    public ImmutableList<String> reasons() {
        return details().reasons();
    }

    /**
     * Returns the same reasons in Chinese, one for each English reason, in the same order.
     *
     * @return the reasons in Chinese, never null
     */
    public ImmutableList<String> reasonsZh() {
        return details().reasonsZh();
    }

    /**
     * Returns the reasons in a language: Chinese for any locale whose language is Chinese,
     * English otherwise.
     *
     * @param locale  the locale, not null
     * @return {@link #reasonsZh()} or {@link #reasons()}, never null
     */
    public ImmutableList<String> reasons(Locale locale) {
        return requireNonNull(locale, "locale").getLanguage().equals("zh") ? reasonsZh() : reasons();
    }

    /**
     * Compares all parts, working out both explanations if they have not been yet.
     *
     * @param obj  the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof Explanation)) {
            return false;
        }
        Explanation o = (Explanation) obj;
        return measures().equals(o.measures()) && details().equals(o.details());
    }

    /**
     * Returns a hash code of all parts, working them out if they have not been yet.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(measures(), details());
    }

    /**
     * Returns the parts, for debugging, working them out if they have not been yet.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        Measures m = measures();
        Details d = details();
        return MoreObjects.toStringHelper(this).add("attainment", m.attainment().orElse(null))
                .add("difference", m.difference().orElse(null)).add("gap", m.gap().orElse(null))
                .add("progress", m.progress().orElse(null)).add("pace", d.pace().orElse(null))
                .add("projection", d.projection().orElse(null)).add("reasons", d.reasons()).omitNullValues()
                .toString();
    }
}
