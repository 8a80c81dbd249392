package dev.attain.eval;

import static dev.attain.eval.Fixtures.FIRMS;
import static dev.attain.eval.Fixtures.d;
import static dev.attain.eval.Fixtures.day;
import static dev.attain.eval.Fixtures.outcome;
import static dev.attain.eval.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Target;
import dev.attain.quantity.Unit;
import dev.attain.io.Datasets;
import dev.attain.model.Aggregation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests for increments derived from totals (issue 15, point 4): a "新增X家" target whose
 * increment is not reported, judged from its indicator's total (规上企业数, a LEVEL) at the
 * period's end and at the previous period's end. Each test's numbers were worked out by hand,
 * in its comment, before the code was run.
 */
class IncrementsFromTotalsTest {

    /** 新增规上企业, whose total is {@link Fixtures#FIRMS} (规上企业数). */
    static final Indicator NEW = Indicator.builder("new-firms-t", "新增规上企业", Unit.count("家"))
            .nameEn("New enterprises").measure(Measure.INCREMENT).total(FIRMS.id()).build();

    private static Evaluation evaluate(Target target, String asOf, Outcome... outcomes) {
        Dataset dataset = Dataset.of(List.of(FIRMS, NEW), List.of(target), List.of(outcomes));
        return Evaluator.defaults().evaluate(dataset, day(asOf)).evaluations().get(0);
    }

    private static Target newFirms(String requirement) {
        return target("new", "2022", requirement, NEW.id()).build();
    }

    private static final Outcome END_2021 = outcome(FIRMS.id(), "2021", "4200家", "2022-01-25");
    private static final Outcome END_2022 = outcome(FIRMS.id(), "2022", "4579家", "2023-01-20");

    private static Range<BigDecimal> point(String v) {
        return Range.singleton(d(v));
    }

    /**
     * "新增300家" in 2022, only the totals reported: 4579 at the end of 2022 − 4200 at the end of
     * 2021 = 379 new firms ≥ 300: ACHIEVED, attainment 379 ÷ 300 = 1.263333… (16 digits:
     * 1.263333333333333), no gap. The verdict uses both totals, the start first; the reasons say
     * the increment was derived and give both totals.
     */
    @Test
    void test_derivedFromBothTotals_golden() {
        Evaluation e = evaluate(newFirms("300家"), "2023-02-01", END_2021, END_2022);
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        assertThat(e.actual()).contains(point("379"));
        assertThat(e.attainment()).contains(point("1.263333333333333"));
        assertThat(e.gap()).contains(point("0"));
        assertThat(e.outcomes()).containsExactly(END_2021, END_2022);
        assertThat(String.join(" | ", e.reasons())).contains("New enterprises (new-firms-t) was not reported for 2022;"
                + " it is derived from its total, Enterprises (firms): 4,579 firms at the end of 2022 (published"
                + " 2023-01-20, final) minus 4,200 firms at the end of 2021 (published 2022-01-25, final) gives 379 firms");
        assertThat(String.join(" | ", e.reasonsZh())).contains("新增规上企业（new-firms-t）2022年未报告，由其总数规上企业数（firms）推算："
                + "2022年末为4579家（2023-01-20发布，终值），2021年末为4200家（2022-01-25发布，终值），两者相减得379家");
    }

    /**
     * As of a date only the totals published by then count, and of each the latest publication:
     * a preliminary 4550 for the end of 2022 (published 2023-01-20) gives 4550 − 4200 = 350 as of
     * 2023-02-01; the revision to 4579 (published 2023-03-01) gives 379 as of 2023-04-01; a
     * REVISED 4600 published the same day as a FINAL 4579 is the one in force (400). As of
     * 2023-01-10 the end's total is not out yet: NO_DATA, never zero, and the reasons name the
     * missing total (the end of 2022) and when the first figure that settles it came out.
     */
    @Test
    void test_asOf_latestPublicationOfEachTotal() {
        Outcome prelim = outcome(FIRMS.id(), "2022", "4550家", "2023-01-20", OutcomeStatus.PRELIMINARY);
        Outcome revised = outcome(FIRMS.id(), "2022", "4579家", "2023-03-01", OutcomeStatus.REVISED);
        Target t = newFirms("300家");
        assertThat(evaluate(t, "2023-02-01", END_2021, revised, prelim).actual()).contains(point("350"));
        assertThat(evaluate(t, "2023-04-01", END_2021, revised, prelim).actual()).contains(point("379"));
        // published the same day, a REVISED total beats a FINAL one: 4600 − 4200 = 400
        Outcome sameDay = outcome(FIRMS.id(), "2022", "4600家", "2023-01-20", OutcomeStatus.REVISED);
        assertThat(evaluate(t, "2023-02-01", END_2021, sameDay, END_2022).actual()).contains(point("400"));
        Evaluation before = evaluate(t, "2023-01-10", END_2021, revised, prelim);
        assertThat(before.status()).isEqualTo(Status.NO_DATA);
        assertThat(before.actual()).isEmpty();
        assertThat(String.join(" | ", before.reasons())).contains("(the first figure was published on 2023-01-20)")
                .contains("New enterprises (new-firms-t) cannot be derived from its total either: no figure of"
                        + " Enterprises (firms) in region=江西省 for the end of 2022 had been published by 2023-01-10");
    }

    /** Only the end's total (2022): the start's is missing, so NO_DATA, naming the end of 2021. */
    @Test
    void test_missingStartTotal_noData_namesIt() {
        Evaluation e = evaluate(newFirms("300家"), "2023-02-01", END_2022);
        assertThat(e.status()).isEqualTo(Status.NO_DATA);
        assertThat(e.outcomes()).isEmpty();
        assertThat(String.join(" | ", e.reasons())).contains("no figure of Enterprises (firms) in region=江西省 for the"
                + " end of 2021 had been published by 2023-02-01").doesNotContain("end of 2022");
        assertThat(String.join(" | ", e.reasonsZh())).contains("新增规上企业（new-firms-t）也无法由其总数推算：截至2023-02-01，"
                + "尚无规上企业数（firms）在江西省2021年末的数据");
    }

    /** Only the start's total (2021): the end's is missing, so NO_DATA, naming the end of 2022. */
    @Test
    void test_missingEndTotal_noData_namesIt() {
        Evaluation e = evaluate(newFirms("300家"), "2023-02-01", END_2021);
        assertThat(e.status()).isEqualTo(Status.NO_DATA);
        assertThat(String.join(" | ", e.reasons())).contains("no figure of Enterprises (firms) in region=江西省 for the"
                + " end of 2022 had been published by 2023-02-01").doesNotContain("end of 2021");
        assertThat(String.join(" | ", e.reasonsZh())).contains("尚无规上企业数（firms）在江西省2022年末的数据");
    }

    /**
     * An imprecise total gives an interval: "超4200家" at the end of 2021 is (4200, +∞), so the
     * increment 4579 − (4200, +∞) is (−∞, 379), and as new firms cannot be negative, [0, 379).
     * Against "新增300家" that straddles 300: INDETERMINATE; against "新增400家" it lies wholly
     * below: MISSED, attainment [0, 379) ÷ 400 = [0, 0.9475).
     */
    @Test
    void test_impreciseTotal_intervalIncrement() {
        Outcome over = outcome(FIRMS.id(), "2021", "超4200家", "2022-01-25");
        Evaluation e = evaluate(newFirms("300家"), "2023-02-01", over, END_2022);
        assertThat(e.status()).isEqualTo(Status.INDETERMINATE);
        assertThat(e.actual()).contains(Range.closedOpen(d("0"), d("379")));
        assertThat(String.join(" | ", e.reasonsZh())).contains("2021年末突破4200家").contains("两者相减得");
        Evaluation missed = evaluate(newFirms("400家"), "2023-02-01", over, END_2022);
        assertThat(missed.status()).isEqualTo(Status.MISSED);
        assertThat(missed.attainment()).contains(Range.closedOpen(d("0"), d("0.9475")));
    }

    /**
     * A reported increment takes precedence over the derived one for the same span: 350 reported
     * for 2022 is judged (ACHIEVED against 300, attainment 350 ÷ 300 = 1.166666666666667), not
     * 379, and the reasons do not speak of a derivation.
     */
    @Test
    void test_reportedIncrementTakesPrecedence() {
        Outcome reported = outcome(NEW.id(), "2022", "350家", "2023-01-25");
        Evaluation e = evaluate(newFirms("300家"), "2023-02-01", END_2021, END_2022, reported);
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        assertThat(e.actual()).contains(point("350"));
        assertThat(e.attainment()).contains(point("1.166666666666667"));
        assertThat(e.outcomes()).containsExactly(reported);
        assertThat(String.join(" | ", e.reasons())).doesNotContain("derived");
    }

    /**
     * Spans compete as reported ones do, the one ending last judged: a reported 1—6月 increment
     * (200) is overtaken by the year's increment derived from the totals (379), which ends later.
     */
    @Test
    void test_derivedYearBeatsReportedHalfYear() {
        Outcome half = outcome(NEW.id(), "2022-01..2022-06", "200家", "2022-07-20");
        Evaluation e = evaluate(newFirms("300家"), "2023-02-01", END_2021, END_2022, half);
        assertThat(e.actual()).contains(point("379"));
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
    }

    /**
     * Within the period, a total for the end of June (4350) gives the increment of 1—6月:
     * 4350 − 4200 = 150. Against "新增300家" for the year on a linear path, half the year has
     * passed, 150 of 300 was expected: pace 150 ÷ 150 = 1, ON_TRACK. With the 2021 and June
     * points derived the same way, the reasons name the span 2022-01..2022-06.
     */
    @Test
    void test_partOfThePeriod_derivedFromAMidYearTotal_judgedByPace() {
        Outcome june = outcome(FIRMS.id(), "2022-06", "4350家", "2022-07-15");
        Evaluation e = evaluate(newFirms("300家"), "2022-08-01", END_2021, june);
        assertThat(e.actual()).contains(point("150"));
        assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        assertThat(e.pace().orElseThrow().ratio()).contains(point("1"));
        assertThat(String.join(" | ", e.reasons())).contains("was not reported for 2022-01..2022-06")
                .contains("4,350 firms at the end of 2022-06");
        assertThat(String.join(" | ", e.reasonsZh())).contains("2022年6月末为4350家");
    }

    /**
     * After the period with only the June total: the 1—6月 increment (150) does not settle
     * "300家", so the final figure is awaited (INDETERMINATE), and it is due when the totals are
     * usually published: the 2021 total came out 25 days after 2021 ended (2022-01-25), so the
     * 2022 one is due about 2022-12-31 + 25 days = 2023-01-25.
     */
    @Test
    void test_afterThePeriod_finalAwaited_dueFromTheTotalsPattern() {
        Outcome june = outcome(FIRMS.id(), "2022-06", "4350家", "2022-07-15");
        Evaluation e = evaluate(newFirms("300家"), "2023-01-10", END_2021, june);
        assertThat(e.status()).isEqualTo(Status.INDETERMINATE);
        assertThat(e.finalAwaited()).isTrue();
        assertThat(String.join(" | ", e.reasons())).contains("(due about 2023-01-25: the figure for 2021 was published"
                + " 25 days after its period ended)");
    }

    /**
     * Summed with a reported part: 新增规上企业 derived (4579 − 4200 = 379) plus 新增规上企业 of the
     * fixtures reported (100) is 479 ≥ 450: ACHIEVED. On each of the two ("均不少于300家"), the
     * reported 100 misses 300: MISSED, the worst part; the derived part on its own is ACHIEVED.
     */
    @Test
    void test_sumAndEach_withADerivedPart() {
        Outcome reported = outcome(Fixtures.NEW_FIRMS.id(), "2022", "100家", "2023-01-25");
        List<Indicator> inds = List.of(FIRMS, NEW, Fixtures.NEW_FIRMS);
        Target sum = target("sum", "2022", "450家", NEW.id(), Fixtures.NEW_FIRMS.id()).build();
        Evaluation s = Evaluator.defaults().evaluate(Dataset.of(inds, List.of(sum), List.of(END_2021, END_2022,
                reported)), day("2023-02-01")).evaluations().get(0);
        assertThat(s.actual()).contains(point("479"));
        assertThat(s.status()).isEqualTo(Status.ACHIEVED);
        Target each = target("each", "2022", "300家", NEW.id(), Fixtures.NEW_FIRMS.id()).of(Aggregation.EACH).build();
        Evaluation e = Evaluator.defaults().evaluate(Dataset.of(inds, List.of(each), List.of(END_2021, END_2022,
                reported)), day("2023-02-01")).evaluations().get(0);
        assertThat(e.status()).isEqualTo(Status.MISSED);
        assertThat(e.parts()).extracting(Evaluation::status).containsExactly(Status.ACHIEVED, Status.MISSED);
        assertThat(e.parts().get(0).actual()).contains(point("379"));
    }

    /**
     * Totals in another unit than the plan's are converted like reported figures: an increment
     * in CNY whose totals were reported in USD is NOT_COMPARABLE without a rate, the reasons
     * naming the total's figure; at 7 CNY per USD, 12亿美元 − 10亿美元 = 2亿美元 = 14亿元, against
     * "10亿元", ACHIEVED, attainment 14 ÷ 10 = 1.4.
     */
    @Test
    void test_totalsInAnotherUnit_convertedOrNotComparable() {
        Indicator assets = Indicator.builder("assets", "资产总额", Unit.CNY).measure(Measure.LEVEL).build();
        Indicator added = Indicator.builder("assets-new", "新增资产", Unit.CNY).measure(Measure.INCREMENT)
                .total("assets").build();
        Dataset dataset = Dataset.of(List.of(assets, added),
                List.of(target("a", "2022", "10亿元", added.id()).build()),
                List.of(outcome("assets", "2021", "10亿美元", "2022-02-01"),
                        outcome("assets", "2022", "12亿美元", "2023-02-01")));
        Evaluation none = Evaluator.defaults().evaluate(dataset, day("2023-03-01")).evaluations().get(0);
        assertThat(none.status()).isEqualTo(Status.NOT_COMPARABLE);
        assertThat(String.join(" | ", none.reasons())).contains("资产总额 (assets) reported").contains("no exchange rate");
        Evaluation rated = Evaluator.of(Thresholds.DEFAULT, ExchangeRates.of(Unit.USD, Unit.CNY, d("7")))
                .evaluate(dataset, day("2023-03-01")).evaluations().get(0);
        assertThat(rated.status()).isEqualTo(Status.ACHIEVED);
        assertThat(rated.actual()).contains(point("1400000000"));
        assertThat(rated.attainment()).contains(point("1.4"));
    }

    /**
     * The example of the dataset format's "Increments from totals" (src/site/markdown), read
     * from JSON: firms 4200 at the end of 2021 and 4579 at the end of 2022 give 379 new firms
     * against 300, ACHIEVED; written out, the increment keeps its total.
     */
    @Test
    void test_datasetFormatExample(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("increments.json");
        Files.writeString(file, """
                {"indicators": [
                  {"id": "firms", "name": "规上工业企业数", "nameEn": "Industrial enterprises", "unit": "家", "measure": "LEVEL"},
                  {"id": "new-firms", "name": "新增规上工业企业", "unit": "家", "measure": "INCREMENT", "total": "firms"}
                ],
                "targets": [
                  {"id": "new-firms-2022", "indicator": "new-firms", "scope": {"region": "江西省"}, "period": "2022", "requirement": "300家"}
                ],
                "outcomes": [
                  {"indicator": "firms", "scope": {"region": "江西省"}, "period": "2021", "value": "4200家", "published": "2022-01-25"},
                  {"indicator": "firms", "scope": {"region": "江西省"}, "period": "2022", "value": "4579家", "published": "2023-01-20"}
                ]}
                """);
        Dataset dataset = Datasets.read(file);
        assertThat(dataset.indicatorsById().get("new-firms").total()).contains("firms");
        Evaluation e = Evaluator.defaults().evaluate(dataset, day("2023-02-01")).evaluations().get(0);
        assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        assertThat(e.actual()).contains(point("379"));
        assertThat(String.join(" | ", e.reasons())).contains("4,579 firms at the end of 2022 (published 2023-01-20,"
                + " final) minus 4,200 firms at the end of 2021 (published 2022-01-25, final) gives 379 firms");
    }
}
