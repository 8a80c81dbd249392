package dev.attain.eval;

import com.google.common.collect.Range;
import dev.attain.eval.TargetIndex.Kind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the reported history leads by the deadline: the rule behind {@link Projection}.
 */
final class Trend {

    private static final MathContext MC = Evaluator.MATH_CONTEXT;

    private Trend() {
    }

    /**
     * Projects a target's history of figures of one kind (with the path's start, when there is
     * one) to the deadline; empty with fewer than two points.
     */
    static Optional<Projection> project(TargetIndex plan, Setting setting, Requirement criterion, Kind kind,
            @Nullable Range<BigDecimal> startRange) {
        // the spans of the same kind published by the date
        List<long[]> spans = new ArrayList<>(4);
        for (int x = plan.from(0), end = plan.to(plan.parts - 1); x < end; x++) {
            if (plan.kind(x) != kind || plan.published(x) > setting.asOfDay()) {
                continue;
            }
            int f = plan.first(x);
            int l = plan.last(x);
            boolean seen = false;
            for (long[] s : spans) {
                seen |= s[0] == f && s[1] == l;
            }
            if (!seen) {
                spans.add(new long[] {f, l});
            }
        }
        boolean hasOrigin = startRange != null;
        int points = spans.size() + (hasOrigin ? 1 : 0);
        if (points < 2) {
            return Optional.empty();
        }
        long[] first = null;
        long[] last = null;
        for (long[] s : spans) {
            if (first == null || s[1] < first[1] || s[1] == first[1] && s[0] < first[0]) {
                first = s;
            }
            if (last == null || s[1] > last[1] || s[1] == last[1] && s[0] < last[0]) {
                last = s;
            }
        }
        Range<BigDecimal> y1 = Figures.sum(plan, setting, (int) last[0], (int) last[1]);
        if (y1 == null) {
            return Optional.empty();
        }
        int x1 = (int) last[1] + 1;
        int x0;
        Range<BigDecimal> y0;
        if (hasOrigin) {
            x0 = PaceRule.pathStart(plan, kind);
            y0 = startRange;
        } else {
            x0 = (int) first[1] + 1;
            y0 = Figures.sum(plan, setting, (int) first[0], (int) first[1]);
            if (y0 == null) {
                return Optional.empty();
            }
        }
        if (x1 <= x0) {
            return Optional.empty();
        }
        int deadline = plan.periodLast + 1;
        // linear: (y1·(T − x0) − y0·(T − x1)) ÷ (x1 − x0)
        Range<BigDecimal> linear = Intervals.divide(
                Intervals.plus(Intervals.times(y1, BigDecimal.valueOf((long) deadline - x0)),
                        Intervals.times(y0, BigDecimal.valueOf((long) x1 - deadline))),
                BigDecimal.valueOf((long) x1 - x0), MC);
        Projection.Estimate linearEstimate = new Projection.Estimate(linear, criterion.test(linear));
        Optional<Projection.Estimate> compound = Optional.empty();
        if (Intervals.isPositive(y0) && Intervals.isPositive(y1)) {
            int p = deadline - x1;
            int q = x1 - x0;
            BigDecimal y1lo = y1.lowerEndpoint();
            BigDecimal y0lo = y0.lowerEndpoint();
            BigDecimal y1hi = Intervals.hi(y1);
            BigDecimal y0hi = Intervals.hi(y0);
            BigDecimal lo = y0hi == null ? BigDecimal.ZERO
                    : y1lo.multiply(DecimalMath.pow(y1lo.divide(y0hi, MC), p, q, MC), MC);
            boolean loClosed = y0hi != null && Intervals.loClosed(y1) && Intervals.hiClosed(y0);
            BigDecimal hi = y1hi == null ? null : y1hi.multiply(DecimalMath.pow(y1hi.divide(y0lo, MC), p, q, MC), MC);
            boolean hiClosed = hi != null && Intervals.hiClosed(y1) && Intervals.loClosed(y0);
            Range<BigDecimal> c = Intervals.of(lo, loClosed, hi, hiClosed);
            compound = Optional.of(new Projection.Estimate(c, criterion.test(c)));
        }
        return Optional.of(new Projection(plan.periodEnd, points, linearEstimate, compound));
    }
}
