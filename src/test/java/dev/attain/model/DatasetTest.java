package dev.attain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.attain.quantity.Figure;
import dev.attain.quantity.Qualifier;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static final Indicator EI = Indicator.builder("ei", "电子信息产业营业收入", Unit.CNY).build();
    private static final Indicator FIRMS = Indicator.builder("firms", "新增规上企业", Unit.count("家"))
            .measure(Measure.INCREMENT).build();

    private static Figure yuan(String value) {
        return Figure.of(Qualifier.MORE_THAN, new BigDecimal(value), Unit.CNY);
    }

    private static Target target(String id, String indicator, Figure requirement) {
        return Target.builder(id).indicators(indicator).period(Period.ofYear(2022)).requirement(requirement).build();
    }

    @Test
    void test_of_consistentRecords_isAccepted() {
        Dataset d = Dataset.of(List.of(EI, FIRMS), List.of(target("t1", "ei", yuan("700000000000"))),
                List.of(Outcome.of("ei", Scope.EMPTY, Period.ofYear(2022),
                        Figure.of(Qualifier.EXACT, new BigDecimal("1030000000000"), Unit.CNY), LocalDate.of(2023, 2, 1))));
        assertThat(d.indicator("ei")).contains(EI);
        assertThat(d.indicator("nope")).isEmpty();
        assertThat(d.indicatorsById()).containsOnlyKeys("ei", "firms");
    }

    @Test
    void test_of_listsEveryProblemAtOnce_withRecordAndField() {
        Indicator dup = Indicator.builder("ei", "重复", Unit.CNY).build();
        List<Target> targets = List.of(
                target("t1", "ei", Figure.of(Qualifier.AT_LEAST, new BigDecimal("1000"), Unit.count("家"))),
                target("t1", "unknown", yuan("1")));
        List<Outcome> outcomes = List.of(Outcome.of("ghost", Scope.EMPTY, Period.ofYear(2022), yuan("1"),
                LocalDate.of(2023, 1, 1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dataset.of(List.of(EI, dup), targets, outcomes))
                .withMessageContaining("5 problem(s)")
                .withMessageContaining("targets[1] (t1): field 'indicators': unknown indicator 'unknown'")
                .withMessageContaining("indicators[1] (ei): field 'id': duplicate id 'ei'")
                .withMessageContaining("targets[0] (t1): field 'requirement': unit '家' (COUNT)")
                .withMessageContaining("targets[1] (t1): field 'id': duplicate id 't1'")
                .withMessageContaining("outcomes[0] (ghost 2022): field 'indicator': unknown indicator 'ghost'");
    }

    @Test
    void test_problems_usdAgainstCny_isNotALoadError() {
        List<Outcome> usd = List.of(Outcome.of("ei", Scope.EMPTY, Period.ofYear(2022),
                Figure.of(Qualifier.EXACT, new BigDecimal("70914000000"), Unit.USD), LocalDate.of(2023, 1, 1)));
        assertThat(Dataset.problems(List.of(EI), List.of(), usd)).isEmpty();
    }

    @Test
    void test_indicator_defaults() {
        assertThat(EI.measure()).isEqualTo(Measure.FLOW);
        assertThat(EI.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(EI.nonNegative()).isTrue();
        Indicator growth = Indicator.builder("g", "增速", Unit.PERCENT).measure(Measure.RATE).build();
        assertThat(growth.nonNegative()).isFalse();
        Indicator rank = Indicator.builder("r", "位次", Unit.RANK).measure(Measure.RANK)
                .polarity(Polarity.LOWER_IS_BETTER).build();
        assertThat(rank.nonNegative()).isTrue();
        assertThat(EI.displayNameEn()).isEqualTo("电子信息产业营业收入");
    }

    @Test
    void test_target_rejectsInconsistentParts() {
        Target.Builder b = Target.builder("t").indicators("ei", "ei").period(Period.ofYear(2022))
                .requirement(yuan("1"));
        assertThatIllegalArgumentException().isThrownBy(b::build).withMessageContaining("names an indicator twice");
        assertThatIllegalArgumentException().isThrownBy(() -> Target.builder("t").indicators("ei")
                        .period(Period.ofYear(2022)).requirement(yuan("1"))
                        .baseline(Baseline.of(Period.ofYear(2023), yuan("1"))).build())
                .withMessageContaining("baseline period 2023 of target t starts after the target's period 2022");
        assertThatIllegalArgumentException().isThrownBy(() -> Target.builder("t").indicators("ei")
                        .period(Period.ofYear(2022)).requirement(yuan("1")).weight(BigDecimal.ZERO).build())
                .withMessageContaining("weight (0) of target t must be > 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Target.builder("t").indicators("ei")
                        .period(Period.ofYear(2022)).requirement(yuan("1")).pace(PaceModel.SCHEDULE).build())
                .withMessageContaining("schedule");
    }

    @Test
    void test_target_sumOfSeveralIndicators() {
        Target t = Target.builder("jx-2022-ei-equip").indicators("ei", "equip").period(Period.ofYear(2022))
                .requirement(yuan("700000000000")).commitment(Commitment.STRETCH).build();
        assertThat(t.isSum()).isTrue();
        assertThat(t.indicators()).containsExactly("ei", "equip");
        assertThat(t.pace()).isEqualTo(PaceModel.LINEAR);
        assertThat(t.weight()).isEqualByComparingTo("1");
    }
}
