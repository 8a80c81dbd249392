package dev.attain.eval;

import com.google.common.collect.ImmutableList;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.model.Polarity;
import dev.attain.model.Scope;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small builders for the evaluation tests: indicators, phrases, outcomes, datasets. */
final class Fixtures {

    static final Scope JX = Scope.of("region", "江西省");

    static final Indicator EI = money("ei", "电子信息产业营业收入", "Electronics industry revenue");
    static final Indicator EQUIP = money("equip", "装备工业营业收入", "Equipment industry revenue");
    static final Indicator VA = money("va", "规上工业增加值", "Industrial value added");
    static final Indicator NEW_IND = money("new", "新兴产业营业收入", "Emerging industry revenue");
    static final Indicator PROFIT = Indicator.builder("profit", "利润", Unit.CNY).nameEn("Profit").nonNegative(false)
            .build();
    static final Indicator ENERGY = Indicator.builder("energy", "能耗", Unit.physical("吨")).nameEn("Energy use")
            .measure(Measure.LEVEL).polarity(Polarity.LOWER_IS_BETTER).build();
    static final Indicator ENERGY_FLOW = Indicator.builder("energy-flow", "能源消费量", Unit.physical("吨"))
            .nameEn("Energy consumed").polarity(Polarity.LOWER_IS_BETTER).build();
    static final Indicator GROWTH = Indicator.builder("growth", "增加值增速", Unit.PERCENT).nameEn("Value added growth")
            .measure(Measure.RATE).build();
    static final Indicator SHARE = Indicator.builder("share", "集群营收占比", Unit.PERCENT).nameEn("Cluster share")
            .measure(Measure.SHARE).build();
    static final Indicator RANK = Indicator.builder("rank", "全国位次", Unit.RANK).nameEn("National rank")
            .measure(Measure.RANK).polarity(Polarity.LOWER_IS_BETTER).build();
    static final Indicator FIRMS = Indicator.builder("firms", "规上企业数", Unit.count("家")).nameEn("Enterprises")
            .measure(Measure.LEVEL).build();
    static final Indicator NEW_FIRMS = Indicator.builder("new-firms", "新增规上企业", Unit.count("家"))
            .nameEn("New enterprises").measure(Measure.INCREMENT).build();
    static final Indicator PARKS = Indicator.builder("parks", "示范园区", Unit.count("个")).nameEn("Demonstration parks")
            .measure(Measure.INCREMENT).build();
    static final Indicator CLUSTERS = Indicator.builder("clusters", "百亿集群", Unit.count("个")).nameEn("Clusters")
            .measure(Measure.LEVEL).build();

    static final ImmutableList<Indicator> ALL = ImmutableList.of(EI, EQUIP, VA, NEW_IND, PROFIT, ENERGY, ENERGY_FLOW,
            GROWTH, SHARE, RANK, FIRMS, NEW_FIRMS, PARKS, CLUSTERS);

    private Fixtures() {
    }

    static Indicator money(String id, String name, String nameEn) {
        return Indicator.builder(id, name, Unit.CNY).nameEn(nameEn).build();
    }

    static Figure f(String phrase) {
        return Figure.parse(phrase);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** A target in 江西省 on the given indicators. */
    static Target.Builder target(String id, String period, String requirement, String... indicators) {
        return Target.builder(id).indicators(indicators).scope(JX).period(period).requirement(requirement);
    }

    /** A final outcome in 江西省. */
    static Outcome outcome(String indicator, String period, String value, String published) {
        return Outcome.of(indicator, JX, Period.parse(period), f(value), day(published));
    }

    /** An outcome in 江西省 with a status. */
    static Outcome outcome(String indicator, String period, String value, String published, OutcomeStatus status) {
        return new Outcome(indicator, JX, Period.parse(period), f(value), day(published), status, Optional.empty());
    }

    /** A dataset of all the fixture indicators, one target and some outcomes. */
    static Dataset dataset(Target target, Outcome... outcomes) {
        return Dataset.of(ALL, List.of(target), List.of(outcomes));
    }

    /** A dataset of all the fixture indicators, several targets and some outcomes. */
    static Dataset dataset(List<Target> targets, List<Outcome> outcomes) {
        return Dataset.of(ALL, targets, outcomes);
    }

    /** Evaluates the only target of a dataset with the default evaluator. */
    static Evaluation evaluate(Dataset dataset, String asOf) {
        return evaluate(Evaluator.defaults(), dataset, asOf);
    }

    /** Evaluates the only target of a dataset. */
    static Evaluation evaluate(Evaluator evaluator, Dataset dataset, String asOf) {
        List<Evaluation> all = new ArrayList<>(evaluator.evaluate(dataset, day(asOf)).evaluations());
        if (all.size() != 1) {
            throw new IllegalStateException("expected one target, found " + all.size());
        }
        return all.get(0);
    }

    /**
     * Judges one plan and works its explanation out whole, the details first (pace, projection
     * and reasons), then the measures: what an evaluation asked for everything at once answers.
     */
    static Evaluation explained(TargetIndex plan, Setting setting) {
        Evaluation e = VerdictColumns.evaluation(plan, setting, Verdict.of(plan, setting));
        e.explanation().details();
        e.explanation().measures();
        return e;
    }

    /** The status of a plan with its pace judged by the exact rule alone, never by its fast path. */
    static Status exactStatus(TargetIndex plan, Setting setting) {
        Verdict v = Verdict.of(plan, setting);
        if (v.way() != Verdict.Way.PACE) {
            return v.status();
        }
        Figures.Chosen c = v.chosen();
        Verdict.Start s = v.start();
        return PaceRule.judge(plan, setting.thresholds(), v.requirement(), c.actual(), s.values(), s.nominal(),
                c.kind(), c.last()).status();
    }
}
