package dev.attain.extract;

import dev.attain.quantity.Unit;
import dev.attain.model.Target;
import dev.attain.model.Measure;
import dev.attain.model.Indicator;
import dev.attain.model.Dataset;
import dev.attain.model.Relation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.model.Commitment;
import dev.attain.model.Period;
import dev.attain.quantity.Figure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per form of plan and bulletin writing the extractor reads, each on a text written for
 * it in the style of a 政府工作报告 "主要预期目标" paragraph or a 统计公报 paragraph (not the seeds).
 */
class ExtractorFormsTest {

    private static final LocalDate PLAN_DAY = LocalDate.of(2024, 1, 20);
    private static final LocalDate BULLETIN_DAY = LocalDate.of(2024, 3, 5);

    private static Extraction read(String text, LocalDate day) {
        return Extractor.defaults().extract(text, day);
    }

    private static TargetCandidate target(Extraction x, String phrase) {
        return x.targets().stream().filter(t -> t.phrase().equals(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no target " + phrase + " in " + x.targets() + " / " + x.unresolved()));
    }

    private static OutcomeCandidate outcome(Extraction x, String phrase) {
        return x.outcomes().stream().filter(t -> t.phrase().equals(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome " + phrase + " in " + x.outcomes() + " / " + x.unresolved()));
    }

    @Test
    void test_mainExpectedTargets_growthAboutAndShares() {
        Extraction x = read("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业50万人以上；"
                + "居民消费价格涨幅3%左右；研发经费投入强度达到2.2%以上。", PLAN_DAY);
        TargetCandidate gdp = target(x, "增长6%左右");
        assertThat(gdp.indicator()).isEqualTo("地区生产总值增长率");
        assertThat(gdp.kind()).isEqualTo(FigureKind.GROWTH_RATE);
        assertThat(gdp.period()).isEqualTo(Period.ofYear(2024));
        assertThat(gdp.requirement()).isEqualTo(Figure.parse("约6%"));
        TargetCandidate jobs = target(x, "50万人以上");
        assertThat(jobs.indicator()).isEqualTo("城镇新增就业");
        assertThat(jobs.kind()).isEqualTo(FigureKind.INCREMENT);
        assertThat(target(x, "达到2.2%以上").kind()).isEqualTo(FigureKind.SHARE);
    }

    @Test
    void test_bulletin_outcomesOfThePastYear_withRanksAndPoints() {
        Extraction x = read("2023年，全市规模以上工业增加值比上年增长8.2%，增速居全省第3位，高于全省平均水平1.5个百分点。"
                + "全年完成固定资产投资1260亿元。", BULLETIN_DAY);
        assertThat(x.targets()).isEmpty();
        OutcomeCandidate growth = outcome(x, "比上年增长8.2%");
        assertThat(growth.period()).isEqualTo(Period.ofYear(2023));
        assertThat(growth.kind()).isEqualTo(FigureKind.GROWTH_RATE);
        assertThat(growth.published()).isEqualTo(BULLETIN_DAY);
        assertThat(outcome(x, "第3位").kind()).isEqualTo(FigureKind.RANK);
        assertThat(outcome(x, "1.5个百分点").kind()).isEqualTo(FigureKind.POINTS_CHANGE);
        assertThat(outcome(x, "1260亿元").indicator()).isEqualTo("固定资产投资");
    }

    @Test
    void test_respectively_distributesFiguresOverSubjects_withTheVerbSaidOnce() {
        Extraction x = read("2024年，钢铁、化工、纺织产业分别实现营业收入1500亿元、900亿元、600亿元左右。", PLAN_DAY);
        assertThat(x.targets()).extracting(TargetCandidate::indicator)
                .containsExactly("钢铁产业营业收入", "化工产业营业收入", "纺织产业营业收入");
        assertThat(target(x, "600亿元左右").requirement()).isEqualTo(Figure.parse("600亿元左右"));
        // 左右 written once after the last figure is said of each
        assertThat(target(x, "1500亿元").requirement()).isEqualTo(Figure.parse("1500亿元左右"));
        assertThat(target(x, "900亿元").requirement()).isEqualTo(Figure.parse("900亿元左右"));
    }

    @Test
    void test_each_sharesOneFigureOverSeveralIndicators() {
        Extraction x = read("力争城镇、农村居民人均可支配收入均增长7%以上。", PLAN_DAY);
        assertThat(x.targets()).hasSize(2);
        assertThat(x.targets()).allSatisfy(t -> {
            assertThat(t.combination()).isEqualTo(Combination.EACH);
            assertThat(t.phrase()).isEqualTo("增长7%以上");
            assertThat(t.commitment()).isEqualTo(Commitment.STRETCH);
        });
        assertThat(x.targets()).extracting(TargetCandidate::indicator)
                .containsExactly("城镇居民人均可支配收入增长率", "农村居民人均可支配收入增长率");
    }

    @Test
    void test_sum_twoIndustriesJoinedByAnd() {
        TargetCandidate t = target(read("2024年力争电子信息和装备工业突破7000亿元。", PLAN_DAY), "突破7000亿元");
        assertThat(t.combination()).isEqualTo(Combination.SUM);
        assertThat(t.parts()).hasSize(2);
    }

    @Test
    void test_listCarriesTheIncrementVerb_andTheMeasureNoun() {
        Extraction x = read("2024年，新增规模以上工业企业800家、专精特新中小企业200家；"
                + "力争数字经济核心产业营业收入突破2000亿元、软件产业突破500亿元。", PLAN_DAY);
        assertThat(target(x, "200家").indicator()).isEqualTo("新增专精特新中小企业");
        assertThat(target(x, "200家").kind()).isEqualTo(FigureKind.INCREMENT);
        assertThat(target(x, "突破500亿元").indicator()).isEqualTo("软件产业营业收入");
    }

    @Test
    void test_headNounLeftOut_figureInTheNameIsPartOfTheIndicator() {
        Extraction x = read("2024年，培育年营业收入超1000亿元的产业集群2个、超500亿元的5个。", PLAN_DAY);
        assertThat(x.targets()).extracting(TargetCandidate::phrase).containsExactly("2个", "5个");
        assertThat(x.unresolved()).extracting(Unresolved::why).contains(Unresolved.Why.PART_OF_INDICATOR);
        assertThat(x.unresolved()).extracting(Unresolved::phrase).contains("超1000亿元", "超500亿元");
    }

    @Test
    void test_verbsAndQualifiers_controlKeepAndRanges() {
        Extraction x = read("2024年，单位地区生产总值能耗下降3%左右，细颗粒物平均浓度控制在35微克/立方米以内，"
                + "新培育国家级单项冠军企业3—5个，数字经济增加值占比在5.5%-7%之间，城镇调查失业率稳定在5.5%以内。", PLAN_DAY);
        assertThat(target(x, "下降3%左右").requirement()).isEqualTo(Figure.parse("下降3%左右"));
        assertThat(target(x, "控制在35微克/立方米以内").requirement().unit().code()).isEqualTo("微克/立方米");
        assertThat(target(x, "3—5个").requirement()).isEqualTo(Figure.parse("3-5个"));
        assertThat(target(x, "5.5%-7%").requirement()).isEqualTo(Figure.parse("5.5%-7%"));
        assertThat(target(x, "5.5%以内").requirement()).isEqualTo(Figure.parse("5.5%以内"));
        assertThat(target(x, "5.5%以内").indicator()).isEqualTo("城镇调查失业率");
        assertThat(target(x, "控制在35微克/立方米以内").indicator()).isEqualTo("细颗粒物平均浓度");
    }

    @Test
    void test_perMille_andPointsChangeAgainstLastYear() {
        Extraction x = read("2024年，人口自然增长率控制在3‰以内，制造业增加值占比比上年提高2个百分点。", PLAN_DAY);
        assertThat(target(x, "控制在3‰以内").requirement()).isEqualTo(Figure.parse("0.3%以内"));
        TargetCandidate points = target(x, "比上年提高2个百分点");
        assertThat(points.kind()).isEqualTo(FigureKind.POINTS_CHANGE);
        assertThat(points.kind().isRelative()).isTrue();
        assertThat(points.reference()).contains("上年");
    }

    @Test
    void test_rankAndRankChange() {
        Extraction x = read("2023年，全省数字经济规模居全国第12位，比上年前移2位。", BULLETIN_DAY);
        assertThat(outcome(x, "第12位").indicator()).isEqualTo("数字经济规模全国排名");
        assertThat(outcome(x, "2位").kind()).isEqualTo(FigureKind.RANK_CHANGE);
    }

    @Test
    void test_headings_setPeriods_halfMonthsAndUpTo() {
        String text = "上半年，全市工业投资增长12.5%。1-5月，规上工业营业收入增长9.1%。截至6月底，累计新建5G基站3200个。";
        Extraction x = read(text, LocalDate.of(2024, 7, 20));
        assertThat(outcome(x, "增长12.5%").period()).isEqualTo(Period.parse("2024-H1"));
        assertThat(outcome(x, "增长9.1%").period()).isEqualTo(Period.parse("2024-01..2024-05"));
        assertThat(outcome(x, "3200个").period()).isEqualTo(Period.parse("2024-01..2024-06"));
    }

    @Test
    void test_relativeYears_fromThePublicationDate() {
        Extraction x = read("去年全省进出口总额达到5600亿元。明年力争进出口总额突破6000亿元。", PLAN_DAY);
        assertThat(outcome(x, "达到5600亿元").period()).isEqualTo(Period.ofYear(2023));
        assertThat(target(x, "突破6000亿元").period()).isEqualTo(Period.ofYear(2025));
    }

    @Test
    void test_deadlineAndFiveYearPlan() {
        Extraction x = read("“十四五”期间，力争全省新增高新技术企业5000家。到2027年，数字经济核心产业增加值占地区生产总值比重达到10%。",
                PLAN_DAY);
        assertThat(target(x, "5000家").period()).isEqualTo(Period.parse("2021..2025"));
        assertThat(target(x, "达到10%").period()).isEqualTo(Period.ofYear(2027));
    }

    @Test
    void test_commitments_stretchFloorAndBinding() {
        Extraction x = read("2024年，确保粮食产量稳定在600亿斤以上；力争社会消费品零售总额增长6%，"
                + "一般公共预算收入增长5%；单位GDP二氧化碳排放下降4%（约束性）。", PLAN_DAY);
        assertThat(target(x, "增长6%").commitment()).isEqualTo(Commitment.STRETCH);
        assertThat(target(x, "增长5%").commitment()).isEqualTo(Commitment.STRETCH);
        assertThat(target(x, "下降4%").commitment()).isEqualTo(Commitment.BINDING);
        assertThat(target(x, "600亿斤以上").commitment()).isEqualTo(Commitment.EXPECTED);
        assertThat(target(x, "600亿斤以上").floor()).isTrue();
    }

    @Test
    void test_stretchEndsAtTheSemicolon() {
        Extraction x = read("2024年，力争新增上市企业10家；新增规上企业500家。", PLAN_DAY);
        assertThat(target(x, "10家").commitment()).isEqualTo(Commitment.STRETCH);
        assertThat(target(x, "500家").commitment()).isEqualTo(Commitment.EXPECTED);
    }

    @Test
    void test_scrapedNoise_insideNumbers_offsetsIntoTheOriginal() {
        String text = "2023年，全省电子信息产业营业收入达1◆◆★.03万■亿元。";
        Extraction x = read(text, BULLETIN_DAY);
        OutcomeCandidate o = x.outcomes().get(0);
        assertThat(o.value()).isEqualTo(Figure.parse("1.03万亿元"));
        assertThat(o.phrase()).isEqualTo("达1◆◆★.03万■亿元");
        assertThat(text.substring(o.start(), o.end())).isEqualTo(o.phrase());
    }

    @Test
    void test_namesAndCodes_areUnresolvedWithWhy() {
        Extraction x = read("2023年，全省建成5G基站4.2万个，“2+6+N”产业营业收入突破4万亿元，落实“30条”政策。", BULLETIN_DAY);
        assertThat(x.outcomes()).extracting(OutcomeCandidate::phrase).containsExactly("4.2万个", "突破4万亿元");
        assertThat(x.unresolved()).extracting(Unresolved::why)
                .contains(Unresolved.Why.NOT_A_QUANTITY);
    }

    @Test
    void test_superseded_widerFigureBesideANarrowerOne() {
        Extraction x = read("2023年，全省制造业增加值首次突破万亿元、达1.09万亿元。", BULLETIN_DAY);
        assertThat(x.outcomes()).extracting(OutcomeCandidate::phrase).containsExactly("达1.09万亿元");
        assertThat(x.unresolved()).extracting(Unresolved::why).containsExactly(Unresolved.Why.SUPERSEDED);
    }

    @Test
    void test_draft_citesDocumentAndCharacters_andMakesAPointsChangeAChangeSinceLastYear() {
        String text = "2024年，力争新增规上企业500家，制造业增加值占比比上年提高1个百分点，数字经济规模比上年前移2位。";
        Extraction x = read(text, PLAN_DAY);
        DatasetDraft draft = x.draft("plan.txt");
        var dataset = draft.build();
        assertThat(dataset.targets()).hasSize(2);
        var source = dataset.targets().get(0).source().orElseThrow();
        assertThat(source.document()).isEqualTo("plan.txt");
        assertThat(source.date()).contains(PLAN_DAY);
        var span = source.span().orElseThrow();
        assertThat(text.substring(span.start(), span.end())).isEqualTo("500家");
        var points = dataset.targets().get(1);
        assertThat(points.relation()).contains(Relation.sincePrevious());
        assertThat(points.requirement()).isEqualTo(Figure.parse("提高1个百分点"));
        assertThat(dataset.indicator(points.indicators().get(0)).orElseThrow().unit()).isEqualTo(Unit.PERCENT);
        // a change of place in a ranking has no form yet
        assertThat(draft.leftOut()).singleElement().extracting(o -> ((TargetCandidate) o).kind())
                .isEqualTo(FigureKind.RANK_CHANGE);
    }

    @Test
    void test_draft_signMultipleAndComparison_takeTheRelativeForms() {
        Extraction x = read("2024年，进出口保持正增长，居民收入增长与经济增长保持同步；"
                + "到2030年，全市地区生产总值比2020年翻一番。", PLAN_DAY);
        Dataset known = Dataset.of(List.of(Indicator.builder("gdp", "地区生产总值", Unit.CNY).build()), List.of(),
                List.of());
        DatasetDraft draft = x.draft("plan.txt").against(known);
        Dataset d = draft.build();
        assertThat(draft.leftOut()).isEmpty();
        Target trade = d.targets().stream().filter(t -> t.requirement().equals(Figure.parse("正增长"))).findFirst()
                .orElseThrow();
        assertThat(trade.relation()).isEmpty();
        assertThat(d.indicator(trade.indicators().get(0)).orElseThrow().measure()).isEqualTo(Measure.RATE);
        Target sync = d.targets().stream().filter(t -> t.relation().flatMap(Relation::other).isPresent()).findFirst()
                .orElseThrow();
        assertThat(d.indicator(sync.indicators().get(0)).orElseThrow().name()).isEqualTo("居民收入");
        assertThat(d.indicator(sync.relation().orElseThrow().other().orElseThrow()).orElseThrow().name())
                .isEqualTo("经济增长");
        Target twice = d.targets().stream().filter(t -> t.indicators().contains("gdp")).findFirst().orElseThrow();
        assertThat(twice.relation()).contains(Relation.since(Period.ofYear(2020)));
        assertThat(twice.period()).isEqualTo(Period.ofYear(2030));
        assertThat(twice.requirement()).isEqualTo(Figure.parse("2以上"));
    }

    @Test
    void test_targetsWithoutANumber_signCoverageMultipleAndComparison() {
        Extraction x = read("2024年，进出口保持正增长，实际利用外资稳步增加，推进重点场景5G网络全覆盖，"
                + "居民收入增长与经济增长保持同步；到2030年，全市地区生产总值比2020年翻一番。", PLAN_DAY);
        TargetCandidate trade = target(x, "正增长");
        assertThat(trade.indicator()).isEqualTo("进出口增长率");
        assertThat(trade.kind()).isEqualTo(FigureKind.SIGN);
        assertThat(trade.requirement().range().contains(java.math.BigDecimal.ZERO)).isFalse();
        assertThat(target(x, "稳步增加").indicator()).isEqualTo("实际利用外资增长率");
        TargetCandidate cover = target(x, "全覆盖");
        assertThat(cover.kind()).isEqualTo(FigureKind.SHARE);
        assertThat(cover.requirement()).isEqualTo(Figure.parse("100%"));
        TargetCandidate sync = target(x, "与经济增长保持同步");
        assertThat(sync.kind()).isEqualTo(FigureKind.RELATIVE);
        assertThat(sync.reference()).contains("经济增长");
        assertThat(sync.indicator()).isEqualTo("居民收入");
        TargetCandidate twice = target(x, "翻一番");
        assertThat(twice.kind()).isEqualTo(FigureKind.MULTIPLE);
        assertThat(twice.period()).isEqualTo(Period.ofYear(2030));
        assertThat(twice.indicator()).isEqualTo("地区生产总值");
        assertThat(x.periods()).extracting(PeriodMention::text).contains("2020年");
    }

    @Test
    void test_stepToReach_andComparableGrowth_andShareOf() {
        Extraction x = read("2024年，全市规模以上工业营业收入迈上5000亿元台阶，工业增加值可比增长8%，"
                + "战略性新兴产业增加值占规模以上工业增加值比重达到30%以上，争取新培育国家级专精特新“小巨人”企业2~3个。", PLAN_DAY);
        assertThat(target(x, "5000亿元").requirement()).isEqualTo(Figure.parse("5000亿元以上"));
        assertThat(target(x, "5000亿元").indicator()).isEqualTo("规模以上工业营业收入");
        TargetCandidate growth = target(x, "增长8%");
        assertThat(growth.kind()).isEqualTo(FigureKind.GROWTH_RATE);
        assertThat(growth.indicator()).isEqualTo("工业增加值增长率");
        TargetCandidate share = target(x, "达到30%以上");
        assertThat(share.kind()).isEqualTo(FigureKind.SHARE);
        assertThat(share.indicator()).isEqualTo("战略性新兴产业增加值占规模以上工业增加值比重");
        assertThat(target(x, "2~3个").requirement()).isEqualTo(Figure.parse("2-3个"));
        assertThat(target(x, "2~3个").commitment()).isEqualTo(Commitment.STRETCH);
        assertThat(target(x, "2~3个").kind()).isEqualTo(FigureKind.INCREMENT);
    }

    @Test
    void test_netIncrease_keepAbove_andRaise() {
        Extraction x = read("2024年，净增规模以上工业企业600家，森林覆盖率保持在63%以上，"
                + "数字经济核心产业增加值占比提升1.5个百分点，新增及改造高标准农田10万亩。", PLAN_DAY);
        TargetCandidate net = target(x, "600家");
        assertThat(net.kind()).isEqualTo(FigureKind.INCREMENT);
        assertThat(net.indicator()).isEqualTo("净增规模以上工业企业");
        TargetCandidate forest = target(x, "63%以上");
        assertThat(forest.indicator()).isEqualTo("森林覆盖率");
        assertThat(forest.requirement()).isEqualTo(Figure.parse("63%以上"));
        TargetCandidate raise = target(x, "提升1.5个百分点");
        assertThat(raise.kind()).isEqualTo(FigureKind.POINTS_CHANGE);
        assertThat(raise.indicator()).isEqualTo("数字经济核心产业增加值占比");
    }

    @Test
    void test_thisYearAndLastYear_fromThePublicationDate() {
        Extraction x = read("上年全市完成地区生产总值3200亿元。今年全市地区生产总值力争达到3400亿元。", PLAN_DAY);
        assertThat(outcome(x, "3200亿元").period()).isEqualTo(Period.ofYear(2023));
        assertThat(target(x, "达到3400亿元").period()).isEqualTo(Period.ofYear(2024));
    }

    @Test
    void test_noFigures_emptyText_unpairedBrackets_giveEmptyExtractions() {
        for (String text : List.of("", "全面推进高质量发展。", "“（【《未闭合的引号和括号", "\n\n\n")) {
            Extraction x = read(text, PLAN_DAY);
            assertThat(x.targets()).isEmpty();
            assertThat(x.outcomes()).isEmpty();
            assertThat(x.unresolved()).isEmpty();
        }
    }
}
