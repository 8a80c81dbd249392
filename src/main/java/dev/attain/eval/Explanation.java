package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link Evaluation}'s verdict comes with, apart from it: the measures (attainment,
 * difference, gap, progress), the pace in full, the projection, and the reasons in English and
 * in Chinese.
 *
 * <p><b>Worked out on demand.</b> The {@link Evaluator} settles every verdict at once and
 * leaves each explanation to be worked out when first asked for: the measures when one of
 * them is, the pace, the projection and the reasons when one of those is. The target is then
 * evaluated again by the same rules, which must give the same status, and the result is kept.
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

    /** What an evaluation is worked out again with; null when everything was given. */
    private final @Nullable TargetIndex plan;
    private final TargetRun.@Nullable Setting setting;
    /** The status the verdict has, which a run again must give. */
    private final Status status;
    private @Nullable Measures measures;
    private @Nullable Details details;

    private Explanation(@Nullable TargetIndex plan, TargetRun.@Nullable Setting setting, Status status,
            @Nullable Measures measures, @Nullable Details details) {
        this.plan = plan;
        this.setting = setting;
        this.status = status;
        this.measures = measures;
        this.details = details;
    }

    /** An explanation given whole. */
    static Explanation given(Status status, Measures measures, Details details) {
        return new Explanation(null, null, status, requireNonNull(measures, "measures"),
                requireNonNull(details, "details"));
    }

    /** An explanation to work out from a plan on first use, with what a run already wrote down. */
    static Explanation later(TargetIndex plan, TargetRun.Setting setting, Status status, @Nullable Measures measures,
            @Nullable Details details) {
        return new Explanation(requireNonNull(plan, "plan"), requireNonNull(setting, "setting"), status, measures,
                details);
    }

    /** The measures, worked out now by a measuring run if they were not given or asked for before. */
    Measures measures() {
        Measures m = measures;
        if (m == null) {
            m = requireNonNull(rerun(TargetRun.Mode.MEASURE).measures, "measures");
            measures = m;
        }
        return m;
    }

    /** The details, written now by an explaining run if they were not given or asked for before. */
    Details details() {
        Details d = details;
        if (d == null) {
            Explanation e = rerun(TargetRun.Mode.EXPLAIN);
            if (measures == null) {
                measures = e.measures;
            }
            d = requireNonNull(e.details, "details");
            details = d;
        }
        return d;
    }

    private Explanation rerun(TargetRun.Mode mode) {
        TargetIndex p = requireNonNull(plan, "plan");
        Evaluation e = TargetRun.run(p, requireNonNull(setting, "setting"), mode);
        if (e.status() != status) {
            throw new IllegalStateException("target " + p.target.id() + " was judged " + status + " but its "
                    + mode.name().toLowerCase(Locale.ROOT) + " run gives " + e.status());
        }
        return e.explanation();
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
