package dev.attain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.quantity.Figure;
import dev.attain.quantity.FigureFormat;
import dev.attain.quantity.FigureParseException;
import dev.attain.quantity.Qualifier;
import dev.attain.report.ConsoleReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The code in README.md, line by line, with what README says each line gives. */
class ReadmeExampleTest {

    @Test
    void test_quickStart_onTheBundledDataset() {
        Tracker tracker = Tracker.load(Path.of("examples/data/jiangxi/jiangxi.json"));
        Scorecard card = tracker.evaluate(LocalDate.of(2023, 6, 30));

        Evaluation goal = card.evaluation("jx-2022-ei-equip").orElseThrow();
        assertThat(goal.status()).isEqualTo(Status.INDETERMINATE);
        assertThat(goal.parts().get(0).status()).isEqualTo(Status.ACHIEVED);
        assertThat(goal.parts().get(0).attainment().orElseThrow().lowerEndpoint()).isEqualByComparingTo("1.471428571428571");
        assertThat(goal.parts().get(0).attainment().orElseThrow().upperEndpoint()).isEqualByComparingTo("1.471428571428571");
        assertThat(goal.parts().get(1).status()).isEqualTo(Status.NO_DATA);
        assertThat(goal.reasons().get(0)).startsWith(
                "it waits for Equipment manufacturing industry revenue (equip-revenue), not reported (");
        assertThat(card.count(Status.NO_DATA)).isEqualTo(52);
        assertThat(ConsoleReport.of(Locale.CHINESE).withDataset(tracker.dataset()).render(card)).contains("电子信息产业营业收入+装").contains("? 无法判定");
    }

    @Test
    void test_figuresOnTheirOwn() {
        Figure goal = Figure.parse("突破7000亿元");
        assertThat(goal.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(goal.lowerBound()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("700000000000"));
        assertThat(goal.lowerInclusive()).isFalse();
        assertThat(goal.upperBound()).isEmpty();
        assertThat(goal.unit().code()).isEqualTo("CNY");

        Figure result = Figure.parse("1.03万亿元");
        assertThat(result.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(result.nominal()).isEqualTo(new BigDecimal("1030000000000"));

        Figure about = Figure.parse("10家左右");
        assertThat(about.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(about.lowerBound()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("9"));
        assertThat(about.upperBound()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("11"));
        assertThat(about.unit().code()).isEqualTo("家");

        assertThat(FigureFormat.english().format(goal)).isEqualTo("more than CNY 700 billion");
        assertThatExceptionOfType(FigureParseException.class).isThrownBy(() -> Figure.parse("1.2.3亿元"))
                .satisfies(e -> assertThat(e.index()).isEqualTo(3));
    }
}
