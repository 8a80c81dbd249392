package dev.attain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Evaluator;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.eval.Thresholds;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Measure;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.model.Polarity;
import dev.attain.model.Relation;
import dev.attain.model.Target;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pieces of the charts: scales, time ticks, bullet graph shapes, the trajectory's history. */
class ChartsTest {

    private static final Cells CELLS = new Cells(Labels.of(Locale.ENGLISH));

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void test_scale_roundTicksCoveringTheValues() {
        Scale s = Scale.covering(List.of(d("0"), d("1030000000000"), d("700000000000")), 4, 0, 100);
        assertEquals(List.of(d("0"), d("5E+11"), d("1E+12"), d("1.5E+12")), s.ticks());
        assertEquals(0, s.at(d("0")), 1e-9);
        assertEquals(100, s.at(d("1500000000000")), 1e-9);
        assertEquals(100, s.clamped(d("9E+12")), 1e-9);
    }

    @Test
    void test_scale_negativeAndFractional() {
        Scale s = Scale.covering(List.of(d("-1.5"), d("7.2")), 4, 0, 100);
        assertEquals(d("-5"), s.low()); // step 5: 8.7 / 4 rounds up to 5
        assertEquals(d("10"), s.high());
        assertTrue(s.high().compareTo(d("7.2")) >= 0);
        assertEquals("12.3", Scale.px(12.34));
        assertEquals("12", Scale.px(12.0));
        assertEquals("-0.5", Scale.px(-0.5));
    }

    @Test
    void test_timeTicks_yearEndsOrQuarterEnds() {
        assertEquals(List.of(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31),
                LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)),
                TrajectoryChart.timeTicks(LocalDate.of(2021, 12, 1), LocalDate.of(2026, 1, 15)));
        assertEquals(List.of(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30),
                LocalDate.of(2023, 9, 30), LocalDate.of(2023, 12, 31)),
                TrajectoryChart.timeTicks(LocalDate.of(2022, 12, 17), LocalDate.of(2024, 1, 14)));
        assertEquals("2023-06", TrajectoryChart.tickLabel(LocalDate.of(2023, 6, 30), false));
        assertEquals("2025", TrajectoryChart.tickLabel(LocalDate.of(2025, 12, 31), true));
    }

    @Test
    void test_bullet_openEndedActual_fadesIntoAnArrow() {
        String svg = new BulletGraph(CELLS, Thresholds.DEFAULT).svg(Fixtures.sum(), 7);
        assertTrue(svg.startsWith("<svg class=\"bullet\""), svg);
        assertTrue(svg.contains("fill=\"url(#fade-7-up)\""), svg);
        assertTrue(svg.contains("<linearGradient id=\"fade-7-up\""), svg);
        assertTrue(svg.contains("<polygon class=\"arrow\""), svg);
        assertTrue(svg.contains("<line class=\"marker\""), svg);
        assertEquals(0, count(svg, "<rect class=\"band\""), "a final verdict: no bands, where pace means nothing");
        assertTrue(svg.contains("<line class=\"track\""), svg);
    }

    @Test
    void test_bullet_bandsOnlyWhileThePeriodRuns_neverOnNoData() {
        assertEquals(3, count(new BulletGraph(CELLS, Thresholds.DEFAULT).svg(Fixtures.atRisk(), 1), "<rect class=\"band\""));
        assertEquals(3, count(new BulletGraph(CELLS, Thresholds.DEFAULT).svg(Fixtures.onTrack(), 1), "<rect class=\"band\""));
        for (Evaluation e : List.of(Fixtures.noData(), Fixtures.missed(), Fixtures.indeterminate(), Fixtures.sum())) {
            String svg = new BulletGraph(CELLS, Thresholds.DEFAULT).svg(e, 1);
            assertEquals(0, count(svg, "<rect class=\"band\""), e.target().id() + ": " + svg);
        }
    }

    @Test
    void test_bullet_intervalActual_isARange() {
        String svg = new BulletGraph(CELLS, Thresholds.DEFAULT).svg(Fixtures.indeterminate(), 1);
        assertTrue(svg.contains("<rect class=\"range\""), svg);
        assertFalse(svg.contains("<polygon class=\"arrow\""), svg);
    }

    @Test
    void test_bullet_pace_drawsTheExpectedValue_andNoData_saysSo() {
        assertTrue(new BulletGraph(CELLS, Thresholds.DEFAULT).svg(Fixtures.atRisk(), 1).contains("<line class=\"expected\""));
        String none = new BulletGraph(CELLS, Thresholds.DEFAULT).svg(Fixtures.noData(), 1);
        assertTrue(none.contains(">no data</text>"), none);
        assertFalse(none.contains("class=\"actual\""), none);
    }

    @Test
    void test_bullet_rank_isADot() {
        Indicator rank = Indicator.builder("rank", "数字经济排名", Unit.RANK).nameEn("Digital economy rank")
                .measure(Measure.RANK).polarity(Polarity.LOWER_IS_BETTER).build();
        Target t = Target.builder("rank-2022").indicators("rank").period("2022").requirement("前10").build();
        Evaluation e = Evaluation.of(t, ImmutableList.of(rank), Status.MISSED, Optional.of(d("10")),
                Optional.of(Range.singleton(d("13"))), Optional.empty(), Optional.of(Range.singleton(d("-3"))),
                Optional.of(Range.singleton(d("3"))), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), ImmutableList.of(), ImmutableList.of("13th, not in the top 10"));
        String svg = new BulletGraph(CELLS, Thresholds.DEFAULT).svg(e, 1);
        assertTrue(svg.contains("<circle class=\"actual\""), svg);
        assertFalse(svg.contains(BulletGraph.OFF), "a final verdict draws no band: " + svg);
        assertEquals("-3 places", CELLS.attainment(e));
    }

    @Test
    void test_trajectory_history_latestPublicationWins_asOfRespected() {
        Outcome preliminary = Outcome.of("va", Fixtures.JX, Period.parse("2022"), Figure.parse("1.07万亿元"),
                LocalDate.of(2023, 1, 20)).withStatus(OutcomeStatus.PRELIMINARY);
        Outcome revised = Outcome.of("va", Fixtures.JX, Period.parse("2022"), Figure.parse("1.09万亿元"),
                LocalDate.of(2023, 6, 1)).withStatus(OutcomeStatus.REVISED);
        List<Outcome> history = List.of(preliminary, Fixtures.O_VA_2022, revised, Fixtures.O_VA_2023);
        TrajectoryChart chart = new TrajectoryChart(CELLS);
        TrajectoryChart.Plan plan = chart.plan(Fixtures.onTrack(), history, Fixtures.AS_OF);
        assertEquals(1, plan.points().size(), "2023's figure was published after the as-of date");
        assertEquals(d("1090000000000"), plan.points().get(0).value());
        assertTrue(plan.start().orElseThrow().baseline());
        assertTrue(plan.drawable());
        assertTrue(plan.pathDates().size() > 2, "a compound path is a curve");
        String svg = chart.svg(plan, 1);
        assertTrue(svg.contains("<polyline class=\"plan\""), svg);
        assertTrue(svg.contains("<rect class=\"baseline\""), svg);
        assertTrue(svg.contains("<circle class=\"requirement\""), svg);

        TrajectoryChart.Plan early = chart.plan(Fixtures.onTrack(), history, LocalDate.of(2023, 1, 1));
        assertTrue(early.points().isEmpty());
    }

    /**
     * "净增1000家" since 2021 is on the change (1179 firms), not on the level: the level's chart
     * shows 3400 and 4579 with no requirement mark at 1000, and the target has no chart of its own.
     */
    @Test
    void test_trajectory_relativeRequirement_notDrawnOnTheIndicatorsScale() {
        Indicator firms = Indicator.builder("firms", "规上企业数", Unit.count("家")).nameEn("Enterprises")
                .measure(Measure.LEVEL).build();
        Target net = Target.builder("net").indicators("firms").scope(Fixtures.JX).period(Period.parse("2022"))
                .requirement(Figure.parse("净增1000家")).relation(Relation.sincePrevious()).build();
        Dataset data = Dataset.of(List.of(firms), List.of(net), List.of(
                Outcome.of("firms", Fixtures.JX, Period.parse("2021"), Figure.parse("3400家"), LocalDate.of(2022, 1, 20)),
                Outcome.of("firms", Fixtures.JX, Period.parse("2022"), Figure.parse("4579家"), LocalDate.of(2023, 1, 20))));
        Scorecard card = Evaluator.defaults().evaluate(data, LocalDate.of(2023, 2, 1));
        assertEquals(Status.ACHIEVED, card.evaluations().get(0).status());
        TrajectoryChart.Plan series = new TrajectoryChart(CELLS).series(firms, Fixtures.JX, data.outcomes(),
                card.evaluations(), card.asOf());
        assertEquals(2, series.points().size());
        assertTrue(series.requirements().isEmpty(), "no mark at 1000 beside levels of 3400 and 4579");
        String html = HtmlReport.of(Locale.ENGLISH).withHistory(data).render(card);
        assertFalse(html.contains("<svg class=\"trajectory\" data-target=\"net\""),
                "no chart of the relative target on the level's scale");
        assertTrue(html.contains("<svg class=\"trajectory\" data-indicator=\"firms\""));
    }

    @Test
    void test_trajectory_cumulativeWithinTheYear_fromZero() {
        TrajectoryChart.Plan plan = new TrajectoryChart(CELLS).plan(Fixtures.atRisk(), Fixtures.dataset().outcomes(),
                Fixtures.AS_OF);
        assertEquals(2, plan.points().size(), "1—3月 and 1—6月");
        assertEquals(BigDecimal.ZERO, plan.start().orElseThrow().value());
        assertEquals(List.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), plan.pathDates());
    }

    @Test
    void test_trajectory_rank_axisInverted_firstPlaceAtTheTop() {
        // national rank 13th (2021) then 7th (2022): the province moved up, so the line climbs
        Indicator rank = Indicator.builder("va-growth-rank", "规上工业增加值增速全国排名", Unit.RANK)
                .polarity(Polarity.LOWER_IS_BETTER).measure(Measure.RANK).build();
        List<Outcome> history = List.of(
                Outcome.of("va-growth-rank", dev.attain.model.Scope.EMPTY, Period.parse("2021"), Figure.parse("第13位"), LocalDate.of(2022, 2, 1)),
                Outcome.of("va-growth-rank", dev.attain.model.Scope.EMPTY, Period.parse("2022"), Figure.parse("第7位"), LocalDate.of(2023, 2, 1)),
                Outcome.of("va-growth-rank", dev.attain.model.Scope.EMPTY, Period.parse("2020"), Figure.parse("前10"), LocalDate.of(2021, 2, 1)));
        TrajectoryChart chart = new TrajectoryChart(new Cells(Labels.of(Locale.CHINESE), true));
        TrajectoryChart.Plan plan = chart.series(rank, dev.attain.model.Scope.EMPTY, history, List.of(),
                LocalDate.of(2023, 6, 30));
        String svg = chart.svg(plan, 1);
        double y13 = cy(svg, "2021: 第13位");
        double y7 = cy(svg, "2022: 第7位");
        assertTrue(y7 < y13, "7th is drawn above 13th: " + y7 + " vs " + y13);
        assertTrue(svg.contains("↑ 名次靠前"), svg);
        // ticks are whole places from 1 on: no "第6.5位", no "第0位"
        assertFalse(svg.matches("(?s).*第\\d+\\.\\d+位</text>.*"), svg);
        assertFalse(svg.contains(">第0位<"), svg);
        // 前10 is open towards 1st: its arrow points at the top of the plot, where 1st is
        assertTrue(svg.contains("<polygon class=\"arrow\""), svg);
        double arrowTip = Double.parseDouble(svg.replaceAll("(?s).*<polygon class=\"arrow\" points=\"[^ ]+ [^,]+,([^ ]+) .*", "$1"));
        assertTrue(arrowTip < y13, "the arrow of 前10 points up: " + arrowTip);
    }

    /** The y of the point whose tooltip starts with the given words. */
    private static double cy(String svg, String words) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<circle class=\"point\" cx=\"[^\"]+\" cy=\"([^\"]+)\"[^>]*><title>" + java.util.regex.Pattern.quote(words))
                .matcher(svg);
        assertTrue(m.find(), words + " in " + svg);
        return Double.parseDouble(m.group(1));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
