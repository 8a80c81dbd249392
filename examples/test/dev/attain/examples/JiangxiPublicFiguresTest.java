package dev.attain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.Tracker;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.io.Datasets;
import dev.attain.io.LoadReport;
import dev.attain.model.Dataset;
import dev.attain.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The flagship's dataset folder: the five documents' records ({@code jiangxi.json}) with the
 * public press reports' records ({@code public.json}) beside them, each of the latter citing its
 * outlet and headline, date and quote, and none of them pretending to come from the documents.
 */
class JiangxiPublicFiguresTest {

    @Test
    void test_folder_loadsStrictly_withTheTitle_andBothFiles() {
        LoadReport report = Datasets.readLenient(ExampleSupport.FLAGSHIP);
        assertThat(report.rejected()).isEmpty();
        Dataset d = report.dataset();
        assertThat(d.title()).contains("江西省工业规划目标与实际完成情况（2020—2025年）");
        assertThat(d.indicators()).hasSize(95 + 3);
        assertThat(d.targets()).hasSize(54 + 4);
        assertThat(d.outcomes()).hasSize(63 + 25);
    }

    @Test
    void test_everyPublicRecord_citesOutletHeadlineDateAndQuote_notASourceDocument() throws IOException {
        Dataset all = Datasets.read(ExampleSupport.FLAGSHIP);
        Dataset seeds = Datasets.read(ExampleSupport.DATASET);
        Set<String> documents;
        try (Stream<Path> files = Files.list(ExampleSupport.SOURCES)) {
            documents = files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
        List<String> problems = new ArrayList<>();
        all.targets().stream().filter(t -> !seeds.targets().contains(t))
                .forEach(t -> check("target " + t.id(), t.source(), documents, problems));
        all.outcomes().stream().filter(o -> !seeds.outcomes().contains(o)).forEach(o -> {
            check("outcome " + o.indicator() + " " + o.period(), o.source(), documents, problems);
            if (!o.source().flatMap(Source::date).equals(Optional.of(o.published()))) {
                problems.add("outcome " + o.indicator() + " " + o.period() + ": published is not the article's date");
            }
        });
        assertThat(problems).isEmpty();
    }

    private static void check(String what, Optional<Source> source, Set<String> documents, List<String> problems) {
        if (source.isEmpty()) {
            problems.add(what + ": no source");
            return;
        }
        Source s = source.get();
        if (documents.contains(s.document()) || !s.document().contains("：")) {
            problems.add(what + ": document is not 'outlet：headline': " + s.document());
        }
        if (s.date().isEmpty() || s.quote().isEmpty()) {
            problems.add(what + ": no date or quote");
        }
    }

    /**
     * As of 2023-06-30: 11 targets have data, with three statuses: VR 2020 MISSED ("达到200亿元"
     * does not pass "突破200亿元"), the goal on each of electronics and equipment INDETERMINATE
     * (electronics 1.03万亿 passed 7000亿, equipment not reported), the other nine ACHIEVED.
     */
    @Test
    void test_asOf2023_06_30_atLeastTenTargetsHaveData_threeStatuses_andTheBorderlineVrCaseIsMissedAt100Percent() {
        Tracker tracker = Tracker.load(ExampleSupport.FLAGSHIP);
        Scorecard card = tracker.evaluate(LocalDate.of(2023, 6, 30));
        Map<String, Status> withData = card.evaluations().stream().filter(e -> e.status() != Status.NO_DATA)
                .collect(Collectors.toMap(e -> e.target().id(), Evaluation::status));
        assertThat(withData).hasSizeGreaterThanOrEqualTo(10)
                .containsEntry("jx-2020-vr", Status.MISSED)
                .containsEntry("jx-2020-equip", Status.ACHIEVED)
                .containsEntry("jx-2022-base-stations-5g-annual", Status.ACHIEVED)
                .containsEntry("jx-2022-ei-equip", Status.INDETERMINATE);
        assertThat(withData).hasSize(11);
        assertThat(java.util.Set.copyOf(withData.values()))
                .containsExactlyInAnyOrder(Status.MISSED, Status.INDETERMINATE, Status.ACHIEVED);
        Evaluation vr = card.evaluation("jx-2020-vr").orElseThrow();
        assertThat(vr.reasons(java.util.Locale.CHINESE)).anySatisfy(r -> assertThat(r).contains("200亿元", "初值"));
        // the VR figure of 2022 (812亿元) was published on 2023-10-16: not seen at 2023-06-30, seen later
        assertThat(card.evaluation("jx-2022-vr").orElseThrow().status()).isEqualTo(Status.NO_DATA);
        assertThat(tracker.evaluate(LocalDate.of(2023, 12, 31)).evaluation("jx-2022-vr").orElseThrow().status())
                .isEqualTo(Status.ACHIEVED);
    }
}
