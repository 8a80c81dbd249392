package dev.attain.eval;

import com.google.common.collect.Range;
import dev.attain.eval.TargetIndex.Kind;
import dev.attain.model.PaceModel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the reported history leads by the deadline: the rule behind {@link Projection}.
 *
 * <p><b>Points.</b> The path's start (the baseline, or zero at the period's start for a
 * cumulative figure within the period), if there is one, and every figure of the kind judged
 * published by the date, one per span (the one in force; an increment derived from its total
 * where {@link Figures} derives one); a point's time is the month after
 * its span ends. A projection needs two points at two different times.
 *
 * <p><b>Linear trend</b>: the least-squares line through every point, at the deadline T. With
 * n points (x<sub>i</sub>, y<sub>i</sub>), S = Σx<sub>i</sub> and
 * D = nΣx<sub>i</sub>² − S², the fitted value is ŷ(T) = Σc<sub>i</sub>y<sub>i</sub> ÷ (nD) with the
 * integer weights c<sub>i</sub> = D + (nT − S)(nx<sub>i</sub> − S) (they sum to nD): the weighted
 * sum is exact (intervals weighted by integers of either sign), and only the one division is
 * rounded, by {@link Evaluator#MATH_CONTEXT}. Through two points it is the straight line through
 * both.
 *
 * <p><b>Compound growth</b>, where every value is above zero: the least-squares line through
 * the logarithms, ln ŷ(T) = Σw<sub>i</sub> ln y<sub>i</sub> with the same weights
 * w<sub>i</sub> = c<sub>i</sub> ÷ (nD), so that ŷ(T) = y<sub>r</sub> · Π (y<sub>i</sub> ÷
 * y<sub>r</sub>)<sup>w<sub>i</sub></sup> over the other points, r the latest. No logarithm is
 * taken: each factor is a power with a rational exponent ({@link DecimalMath#pow}, correct to
 * one unit in the 16th digit), each quotient and product is rounded to 16 digits, so the result
 * is within (2n + Σ|w<sub>i</sub>|) × 10<sup>−16</sup> of the exact fit, relatively: 15
 * significant digits or better for the histories plans have. Through two points it is the
 * constant growth rate through both. Intervals are projected end by end (a value's lower end
 * where its weight is positive, its upper end where negative, and the other way round).
 *
 * <p><b>Schedule</b>: a target paced by a schedule of quotas projects along it: the progress
 * made by the latest figure, scaled by the share the quotas expect by then,
 * start + (latest − start) ÷ share.
 */
final class Trend {

    private static final MathContext MC = Evaluator.MATH_CONTEXT;

    private Trend() {
    }

    /**
     * Projects a target's history of figures of one kind (with the path's start, when there is
     * one) to the deadline; empty with fewer than two points at two different times, or when a
     * figure could not be converted.
     */
    static Optional<Projection> project(TargetIndex plan, Setting setting, Requirement criterion, Kind kind,
            @Nullable Range<BigDecimal> startRange) {
        List<long[]> spans = new ArrayList<>(4);
        for (int x = plan.from(0), end = plan.to(plan.parts - 1); x < end; x++) {
            if (plan.kind(x) != kind || plan.published(x) > setting.asOfDay()) {
                continue;
            }
            add(spans, plan.first(x), plan.last(x));
        }
        for (int i = 0; plan.derives() && i < plan.parts; i++) {
            // increments derived from a total (see Figures): spans from the period's start
            for (int l : Figures.derivable(plan, setting.asOfDay(), i)) {
                if (plan.classify(plan.periodFirst, l) == kind) {
                    add(spans, plan.periodFirst, l);
                }
            }
        }
        int n = spans.size() + (startRange != null ? 1 : 0);
        if (n < 2) {
            return Optional.empty();
        }
        // times relative to the path's start (or the earliest point), so the sums stay small
        int origin = startRange != null ? PaceRule.pathStart(plan, kind) : Integer.MAX_VALUE;
        for (long[] s : spans) {
            origin = Math.min(origin, (int) s[1] + 1);
        }
        long[] xs = new long[n];
        List<Range<BigDecimal>> ys = new ArrayList<>(n);
        int i = 0;
        if (startRange != null) {
            xs[i++] = PaceRule.pathStart(plan, kind) - origin;
            ys.add(startRange);
        }
        int latest = 0;
        for (long[] s : spans) {
            Range<BigDecimal> y = Figures.sum(plan, setting, (int) s[0], (int) s[1]);
            if (y == null) {
                return Optional.empty();
            }
            xs[i] = s[1] + 1 - origin;
            if (xs[i] > xs[latest]) {
                latest = i;
            }
            ys.add(y);
            i++;
        }
        long t = plan.periodLast + 1 - origin;
        long sx = 0;
        long sxx = 0;
        for (long x : xs) {
            sx += x;
            sxx += x * x;
        }
        long d = n * sxx - sx * sx;
        if (d <= 0) {
            return Optional.empty();
        }
        long[] c = new long[n];
        for (int k = 0; k < n; k++) {
            c[k] = d + (n * t - sx) * (n * xs[k] - sx);
        }
        long nd = n * d;
        Range<BigDecimal> sum = null;
        for (int k = 0; k < n; k++) {
            Range<BigDecimal> term = Intervals.times(ys.get(k), BigDecimal.valueOf(c[k]));
            sum = sum == null ? term : Intervals.plus(sum, term);
        }
        Range<BigDecimal> linear = Intervals.divide(sum, BigDecimal.valueOf(nd), MC);
        Optional<Projection.Estimate> compound = Optional.empty();
        boolean small = nd <= Integer.MAX_VALUE;
        for (long ck : c) {
            small &= Math.abs(ck) <= Integer.MAX_VALUE;
        }
        if (small && ys.stream().allMatch(Intervals::isPositive)) {
            compound = Optional.of(estimate(criterion, compound(ys, c, (int) nd, latest)));
        }
        Optional<Projection.Estimate> schedule = Optional.empty();
        if (plan.target.pace() == PaceModel.SCHEDULE && startRange != null) {
            BigDecimal share = PaceRule.scheduleShare(plan, PaceRule.pathStart(plan, kind), (int) (xs[latest] + origin) - 1);
            if (share.signum() > 0) {
                Range<BigDecimal> made = Intervals.minus(ys.get(latest), startRange);
                schedule = Optional.of(estimate(criterion, Intervals.plus(startRange, Intervals.divide(made, share, MC))));
            }
        }
        return Optional.of(new Projection(plan.periodEnd, n, estimate(criterion, linear), compound, schedule));
    }

    /** Adds a span of months to a list of spans, unless it is there. */
    private static void add(List<long[]> spans, int f, int l) {
        for (long[] s : spans) {
            if (s[0] == f && s[1] == l) {
                return;
            }
        }
        spans.add(new long[] {f, l});
    }

    private static Projection.Estimate estimate(Requirement criterion, Range<BigDecimal> value) {
        return new Projection.Estimate(value, criterion.test(value));
    }

    /** y_r · Π (y_i ÷ y_r)^(c_i ÷ nd) over i ≠ r, end by end. */
    private static Range<BigDecimal> compound(List<Range<BigDecimal>> ys, long[] c, int nd, int r) {
        BigDecimal lo = end(ys, c, nd, r, true);
        BigDecimal hi = end(ys, c, nd, r, false);
        return Intervals.of(lo == null ? BigDecimal.ZERO : lo, lo != null && closed(ys, c, r, true), hi,
                hi != null && closed(ys, c, r, false));
    }

    /**
     * One end of the compound projection: ŷ rises with y_i where w_i &gt; 0 (w_r always is) and
     * falls where w_i &lt; 0, so the lower end takes each y's lower end where its weight is
     * positive and its upper end where negative. Null where an end needed is unbounded: the
     * lower end's limit is then zero, the upper end's +∞.
     */
    private static @Nullable BigDecimal end(List<Range<BigDecimal>> ys, long[] c, int nd, int r, boolean lower) {
        BigDecimal er = lower ? Intervals.lo(ys.get(r)) : Intervals.hi(ys.get(r));
        if (er == null) {
            return null;
        }
        BigDecimal value = er;
        for (int k = 0; k < ys.size(); k++) {
            if (k == r || c[k] == 0) {
                continue;
            }
            boolean positive = c[k] > 0;
            BigDecimal ek = lower == positive ? Intervals.lo(ys.get(k)) : Intervals.hi(ys.get(k));
            if (ek == null) {
                return null;
            }
            BigDecimal factor = positive ? DecimalMath.pow(ek.divide(er, MC), (int) c[k], nd, MC)
                    : DecimalMath.pow(er.divide(ek, MC), (int) -c[k], nd, MC);
            value = value.multiply(factor, MC);
        }
        return value;
    }

    /** Whether every end one end of the projection is made of is closed. */
    private static boolean closed(List<Range<BigDecimal>> ys, long[] c, int r, boolean lower) {
        boolean closed = lower ? Intervals.loClosed(ys.get(r)) : Intervals.hiClosed(ys.get(r));
        for (int k = 0; k < ys.size(); k++) {
            if (k != r && c[k] != 0) {
                closed &= lower == c[k] > 0 ? Intervals.loClosed(ys.get(k)) : Intervals.hiClosed(ys.get(k));
            }
        }
        return closed;
    }
}
