package dev.attain.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.eval.Evaluation;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Status;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.quantity.Figure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The extractor's draft wires an increment to its total (issue 15, point 4): "新增…1141家、总数达4579家"
 * gives an INCREMENT indicator that names the LEVEL count as its total.
 */
class DraftTotalsTest {

    private static final String TEXT = "2022年，全省新增省级“专精特新”中小企业1141家、总数达4579家；"
            + "全省国家级专精特新“小巨人”企业达210家。2023年，力争新增省级“专精特新”中小企业1000家。";

    private static Indicator named(Dataset d, String name) {
        return d.indicators().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + name + " in " + d.indicators()));
    }

    /**
     * The increment names the count as its total, which becomes a LEVEL; a count of another
     * thing (国家级小巨人) stays unpaired, as the extractor read it. With a 2023 bulletin that gives only the total, 5700,
     * the 2023 target "1000家" is judged from 5700 − 4579 = 1121: ACHIEVED.
     */
    @Test
    void test_incrementNamesItsTotal_andIsJudgedFromIt() {
        Dataset d = Extractor.defaults().extract(TEXT, LocalDate.of(2023, 1, 20)).draft("report.txt").build();
        Indicator increment = named(d, "新增省级“专精特新”中小企业");
        Indicator total = named(d, "省级“专精特新”中小企业总数");
        assertThat(increment.measure()).isEqualTo(Measure.INCREMENT);
        assertThat(increment.total()).contains(total.id());
        assertThat(total.measure()).isEqualTo(Measure.LEVEL);
        assertThat(named(d, "国家级专精特新“小巨人”企业").measure()).isEqualTo(Measure.FLOW); // unpaired: left as read

        List<Outcome> outcomes = new ArrayList<>(d.outcomes());
        outcomes.add(Outcome.of(total.id(), d.targets().get(0).scope(), Period.ofYear(2023), Figure.parse("5700家"),
                LocalDate.of(2024, 1, 25)));
        Dataset later = Dataset.of(d.indicators(), d.targets(), outcomes);
        Evaluation e = Evaluator.defaults().evaluate(later, LocalDate.of(2024, 2, 1)).evaluations().stream()
                .filter(x -> x.target().period().equals(Period.ofYear(2023))).findFirst().orElseThrow();
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        assertThat(e.actual()).contains(com.google.common.collect.Range.singleton(new BigDecimal("1121")));
    }
}
