package dev.attain.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import dev.attain.model.Baseline;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.PaceModel;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the {@link Narrator} tells a {@link Verdict}: which sentences, in which order, from the
 * records the rules returned. The rules decide and this class only chooses what to say; every
 * sentence, in both languages, is the Narrator's.
 */
final class Narration {

    private Narration() {
    }

    /**
     * The reasons for a verdict, in the order the rules were applied: conversions, the figures
     * chosen (or that none was), the path's start and the progress along it, the verdict (final,
     * early, direct or by pace, with the projection and whether the period has ended), the tiers.
     */
    static List<Reason> reasons(TargetIndex plan, Setting setting, Verdict v, Explanation.Measures measures,
            PaceRule.@Nullable Finding pace, Optional<Projection> projection, Figures.@Nullable Due due) {
        List<Reason> out = new ArrayList<>(6);
        if (v.way() == Verdict.Way.RELATIVE) {
            RelativeNarration.reasons(plan, setting, v, measures, due, out);
            return out;
        }
        Unit unit = plan.unit;
        if (plan.criterion == null) {
            out.add(conversion(plan, Narrator.REQUIREMENT, plan.target.requirement().unit(), v.requirementRate()));
        }
        Figures.Chosen c = v.chosen();
        Requirement r = v.requirement();
        if (c == null || r == null) {
            return out;
        }
        if (v.way() == Verdict.Way.NO_DATA) {
            out.add(noData(plan, setting, c));
            for (int i = 0; plan.derives() && i < plan.parts; i++) {
                List<Integer> missing = Figures.missingTotals(plan, setting.asOfDay(), i);
                Indicator total = plan.total(i);
                if (total != null && !missing.isEmpty()) {
                    out.add(Narrator.totalsMissing(plan.name(i), plan.nameZh(i), Wording.name(total),
                            Wording.nameZh(total), plan.target.scope(), missing, setting.asOf()));
                }
            }
            return out;
        }
        if (!figures(plan, setting, c, out)) {
            return out;
        }
        Verdict.Start start = v.start();
        Baseline baseline = plan.target.baseline().orElse(null);
        if (v.way() == Verdict.Way.BASELINE_NOT_CONVERTED) {
            out.add(conversion(plan, Narrator.BASELINE, requireNonNull(baseline, "baseline").value().unit(), null));
            return out;
        }
        if (start != null && start.baseline() && baseline != null) {
            if (start.rate() != null) {
                out.add(conversion(plan, Narrator.BASELINE, baseline.value().unit(), start.rate()));
            }
            if (!baseline.value().isExact()) {
                out.add(Narrator.baselineNotExact(baseline, start.values(), start.nominal(), unit));
            }
        }
        if (start != null) {
            Optional<Range<BigDecimal>> p = measures.progress();
            if (r.atStart(start.values())) {
                out.add(Narrator.pathAtRequirement(r.reference, unit));
            } else if (p.isEmpty()) {
                out.add(Narrator.progressUndefined(start.values(), r.reference, unit));
            } else if (p.get().hasUpperBound() && p.get().upperEndpoint().signum() < 0 && !r.metAtStart(start.values())) {
                // (from a start that already meets the requirement, moving away from it is no wrong way)
                out.add(Narrator.wrongWay(p.get(), start.values(), r.reference, unit));
            }
        }
        Range<BigDecimal> actual = requireNonNull(c.actual(), "actual");
        switch (v.way()) {
            case FINAL:
            case EARLY:
                out.add(Narrator.verdict(meets(v.status()), v.way() == Verdict.Way.EARLY, r, unit, actual,
                        r.withinTolerance(actual) ? Narrator.withinTolerance(r, actual, unit)
                                : plan.ratioScale && !r.twoSided()
                                ? Narrator.attainment(measures.attainment(), r.reference.signum() <= 0)
                                : Narrator.difference(measures.difference().orElseThrow(), unit)));
                break;
            case DIRECT:
            case PACE:
            case AWAITING_FINAL:
                Status s;
                if (pace == null) {
                    // after the period, how the part known compared (its status is not the verdict)
                    s = v.way() == Verdict.Way.DIRECT ? v.status() : PaceRule.direct(actual, r.region);
                    out.add(Narrator.direct(Narrator.noPath(plan.target.period(), History.span(c.first(), c.last()), r,
                            unit), s));
                } else {
                    s = pace.status();
                    pace(plan, setting, r, c, actual, requireNonNull(start, "start"), pace, out);
                }
                if (projection.isPresent()) {
                    out.add(Narrator.projection(projection.get(), unit));
                    disagreement(s, pace, projection.get(), out);
                }
                if (v.way() == Verdict.Way.AWAITING_FINAL) {
                    out.add(Narrator.periodEnded(plan.target.period(), setting.asOf(), due));
                }
                break;
            default:
                break;
        }
        Tiers.Finding t = v.tiers();
        if (t != null) {
            tiers(plan, t, out);
        }
        return out;
    }

    /** That nothing usable had been published for any part. */
    static Reason noData(TargetIndex plan, Setting setting, Figures.Chosen c) {
        List<String> names = new ArrayList<>(plan.parts);
        List<String> namesZh = new ArrayList<>(plan.parts);
        for (int i = 0; i < plan.parts; i++) {
            names.add(plan.name(i));
            namesZh.add(plan.nameZh(i));
        }
        return Narrator.noData(setting.asOf(), names, namesZh, plan.target.scope(), plan.target.period(),
                c.firstLater() == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(c.firstLater()));
    }

    /** The figures chosen, part by part; false when one could not be converted (the last reason says so). */
    static boolean figures(TargetIndex plan, Setting setting, Figures.Chosen c, List<Reason> out) {
        int[] inForce = requireNonNull(c.inForce(), "inForce");
        for (int i = 0; i < plan.parts; i++) {
            int x = inForce[i];
            Figures.Derived d = c.derived() == null ? null : c.derived()[i];
            if (d != null) {
                if (!derived(plan, c, i, d, out)) {
                    return false;
                }
                continue;
            }
            if (x < 0) {
                out.add(Narrator.notReported(plan.name(i), plan.nameZh(i), History.span(c.first(), c.last()),
                        plan.indicators.get(i).nonNegative()));
                continue;
            }
            Outcome o = plan.outcome(x);
            BigDecimal rate = c.rates() == null ? null : c.rates()[i];
            if (i == c.failedPart() || rate != null) {
                out.add(conversion(plan, Narrator.reportedFigure(plan.name(i), plan.nameZh(i), o), o.value().unit(),
                        rate));
                if (rate == null) {
                    return false;
                }
            }
            Range<BigDecimal> part = rate == null ? requireNonNull(plan.value(x), "value")
                    : Figures.converted(plan, i, x, rate);
            out.add(plan.reported(i, x, part, rate != null));
            if (plan.to(i) - plan.from(i) > 1) {
                for (int y = plan.from(i), end = plan.to(i); y < end; y++) {
                    if (y != x && plan.published(y) <= setting.asOfDay() && plan.first(y) == plan.first(x)
                            && plan.last(y) == plan.last(x)) {
                        out.add(Narrator.superseded(plan.outcome(y)));
                    }
                }
            }
        }
        return true;
    }

    /**
     * A part's increment derived from its total: the totals' conversions, if any, and the
     * derivation; false when a total could not be converted (the last reason says so).
     */
    private static boolean derived(TargetIndex plan, Figures.Chosen c, int i, Figures.Derived d, List<Reason> out) {
        Indicator total = requireNonNull(plan.total(i), "total");
        String name = Wording.name(total);
        String nameZh = Wording.nameZh(total);
        int[] xs = {d.start(), d.end()};
        BigDecimal[] rates = {d.startRate(), d.endRate()};
        boolean[] failed = {d.startValues() == null, d.endValues() == null};
        for (int k = 0; k < 2; k++) {
            if (rates[k] != null || failed[k]) {
                Outcome o = plan.outcome(xs[k]);
                out.add(conversion(plan, Narrator.reportedFigure(name, nameZh, o), o.value().unit(), rates[k]));
                if (failed[k]) {
                    return false;
                }
            }
        }
        out.add(Narrator.derived(plan.name(i), plan.nameZh(i), History.span(c.first(), c.last()), name, nameZh,
                total(plan, d.end(), requireNonNull(d.endValues(), "end"), c.last()),
                total(plan, d.start(), requireNonNull(d.startValues(), "start"), plan.periodFirst - 1),
                requireNonNull(d.values(), "values"), plan.unit));
        return true;
    }

    /** A total's figure at a month's end, in the plan's unit. */
    private static Reason total(TargetIndex plan, int x, Range<BigDecimal> values, int month) {
        Outcome o = plan.outcome(x);
        return Narrator.totalAt(o, values, month, plan.reportedZh(o.value(), values), plan.unit);
    }

    /** How the pace was judged: the path, the ratio and the band (or the direct comparison). */
    private static void pace(TargetIndex plan, Setting setting, Requirement r, Figures.Chosen c,
            Range<BigDecimal> actual, Verdict.Start start, PaceRule.Finding f, List<Reason> out) {
        Unit unit = plan.unit;
        Pace p = f.pace();
        if (f.basis() == PaceRule.Basis.ALREADY_MET) {
            out.add(Narrator.alreadyMet(start.values(), r, unit, actual, f.status()));
            p.shortfall().ifPresent(s -> out.add(Narrator.shortfall(s)));
            return;
        }
        if (p.linearFallback()) {
            out.add(Narrator.compoundUndefined(f.start(), r.reference, c.kind() == TargetIndex.Kind.WITHIN, unit));
        }
        out.add(Narrator.pace(p, f.elapsedMonths(), f.totalMonths(), f.start(), r.reference, f.progress(), f.inverted(),
                unit));
        Thresholds thresholds = setting.thresholds();
        if (thresholds.basis() == Thresholds.Basis.GROWTH_RATIO && p.growthRatio().isEmpty()) {
            out.add(Narrator.growthRatioUndefined());
        }
        switch (f.basis()) {
            case NO_DISTANCE:
                out.add(Narrator.direct(Narrator.noDistance(r, unit), f.status()));
                break;
            case EXPECTED:
                out.add(Narrator.direct(Narrator.noProgressExpected(p.expected(), unit), f.status()));
                break;
            case GROWTH_RATIO:
                out.add(Narrator.band(true, p.growthRatio().orElseThrow(), f.status(), thresholds));
                break;
            default:
                out.add(Narrator.band(false, p.ratio().orElseThrow(), f.status(), thresholds));
                break;
        }
        p.shortfall().ifPresent(s -> out.add(Narrator.shortfall(s)));
    }

    /**
     * Where a pace status and the projection that matches the plan's path (the schedule's, the
     * compound one on a compound path, else the linear one) disagree, or, for a schedule, the
     * linear trend does, why.
     */
    private static void disagreement(Status s, PaceRule.@Nullable Finding pace, Projection proj, List<Reason> out) {
        boolean onTrack = s == Status.ON_TRACK;
        boolean behind = s == Status.AT_RISK || s == Status.OFF_TRACK;
        if (!onTrack && !behind) {
            return;
        }
        Projection.Meets disagreeing = onTrack ? Projection.Meets.NO : Projection.Meets.YES;
        Pace p = pace == null ? null : pace.pace();
        String primary = "linear";
        Projection.Estimate estimate = proj.linear();
        if (proj.schedule().isPresent()) {
            primary = "schedule";
            estimate = proj.schedule().get();
        } else if (p != null && p.model() == PaceModel.COMPOUND && proj.compound().isPresent()) {
            primary = "compound";
            estimate = proj.compound().get();
        }
        String which = estimate.meets() == disagreeing ? primary
                : proj.linear().meets() == disagreeing ? "linear" : null;
        if (which != null) {
            out.add(Narrator.disagreement(onTrack, p != null && p.alreadyMet(), which, proj.points(), proj.deadline(),
                    proj.schedule().isPresent() && p != null ? p.expectedProgress() : null));
        }
    }

    /** The tiers: their figures' conversions, and which were met. */
    static void tiers(TargetIndex plan, Tiers.Finding t, List<Reason> out) {
        Figure floor = plan.target.floor().orElse(null);
        Figure stretch = plan.target.stretch().orElse(null);
        boolean converts = plan.judged.equals(plan.unit); // a relative value in a unit of its own is not converted
        if (converts && floor != null && !floor.unit().equals(plan.unit)) {
            out.add(conversion(plan, Narrator.tier(floor), floor.unit(), t.failed() == floor ? null : t.floorRate()));
        }
        if (t.failed() == floor && floor != null) {
            return;
        }
        if (converts && stretch != null && !stretch.unit().equals(plan.unit)) {
            out.add(conversion(plan, Narrator.tier(stretch), stretch.unit(),
                    t.failed() == stretch ? null : t.stretchRate()));
        }
        if (t.failed() != null) {
            return;
        }
        out.add(Narrator.tiers(requireNonNull(t.floor(), "floor"), t.floorMet(), t.stretch(), t.stretchMet(),
                t.values(), plan.judged));
    }

    /** A figure converted into the plan's unit at a rate, or, without a rate, not comparable. */
    static Reason conversion(TargetIndex plan, Reason what, Unit from, @Nullable BigDecimal rate) {
        return rate == null ? Narrator.noRate(what, from, plan.unit, plan.name(0), plan.nameZh(0))
                : Narrator.converted(what, from, rate, plan.unit);
    }

    /** A final verdict's status as whether the values meet the requirement. */
    private static Projection.Meets meets(Status s) {
        return s == Status.ACHIEVED ? Projection.Meets.YES
                : s == Status.MISSED ? Projection.Meets.NO : Projection.Meets.UNDETERMINED;
    }
}
