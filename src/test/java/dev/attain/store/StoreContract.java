package dev.attain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attain.Tracker;
import dev.attain.eval.Evaluation;
import dev.attain.eval.Scorecard;
import dev.attain.eval.Status;
import dev.attain.io.DatasetException;
import dev.attain.io.DatasetFormat;
import dev.attain.io.DatasetReader;
import dev.attain.io.Datasets;
import dev.attain.model.Dataset;
import dev.attain.model.Indicator;
import dev.attain.model.Outcome;
import dev.attain.model.OutcomeStatus;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.quantity.Figure;
import dev.attain.quantity.Unit;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a store does, whatever its database: the same tests run on the embedded H2 file
 * ({@link H2StoreTest}) and on a real PostgreSQL server ({@link PostgresStoreTest}).
 */
abstract class StoreContract {

    private final List<Store> opened = new ArrayList<>();

    /** Returns a store over the test's database, empty when first opened; again after a restart. */
    abstract Store openStore();

    /** Connects to the test's database, outside the store. */
    abstract Connection connect() throws Exception;

    /** The arguments with which {@link ImportChild} opens the test's database. */
    abstract List<String> childArguments();

    /** Opens the test's store, closed after the test. */
    final Store store() {
        Store s = openStore();
        opened.add(s);
        return s;
    }

    @AfterEach
    void closeStores() {
        opened.forEach(Store::close);
    }

    @Test
    void aDatasetWrittenAndReadBack_isEqual_toTheJiangxiData() {
        Dataset jiangxi = Datasets.read(Path.of("examples/data/jiangxi/jiangxi.json"));
        Store store = store();
        store.importDataset(Path.of("examples/data/jiangxi/jiangxi.json"));
        assertThat(store.dataset()).isEqualTo(jiangxi);
    }

    @Test
    void aDatasetWrittenAndReadBack_isEqual_withEveryFieldAndFiguresNoPhraseGivesBack() {
        Dataset d = StoreData.everything();
        Store store = store();
        store.put(d, "test");
        Dataset back = store.dataset();
        assertThat(back).isEqualTo(d);
        // the scope's pairs keep their order, which equality ignores
        assertThat(back.outcomes().get(3).scope().entries().keySet()).containsExactly("region", "sector");
        // and after a restart
        store.close();
        assertThat(store().dataset()).isEqualTo(d);
    }

    @Test
    void datasetAsOf_holdsOnlyWhatWasPublishedByThen_andTheScorecardChanges() {
        Store store = store();
        store.put(StoreData.plan(), "plan");
        store.append(List.of(StoreData.rev(12, "900亿元", LocalDate.of(2025, 1, 20), OutcomeStatus.PRELIMINARY)));
        Outcome fin = new Outcome("rev", Scope.of("region", "r"), Period.parse("2024"), Figure.parse("1010亿元"),
                LocalDate.of(2025, 3, 1), OutcomeStatus.FINAL, Optional.empty());
        Outcome prelim = new Outcome("rev", Scope.of("region", "r"), Period.parse("2024"), Figure.parse("990亿元"),
                LocalDate.of(2025, 1, 25), OutcomeStatus.PRELIMINARY, Optional.empty());
        store.append(List.of(prelim));
        store.append(List.of(fin));

        assertThat(store.datasetAsOf(LocalDate.of(2025, 1, 19)).outcomes()).isEmpty();
        assertThat(store.datasetAsOf(LocalDate.of(2025, 2, 1)).outcomes()).hasSize(2).contains(prelim)
                .doesNotContain(fin);
        assertThat(store.datasetAsOf(LocalDate.of(2025, 3, 1)).outcomes()).hasSize(3).contains(prelim, fin);

        Evaluation before = Tracker.of(store, LocalDate.of(2025, 2, 1)).evaluate(LocalDate.of(2025, 2, 1))
                .evaluation("rev-2024").orElseThrow();
        Evaluation after = Tracker.of(store, LocalDate.of(2025, 3, 2)).evaluate(LocalDate.of(2025, 3, 2))
                .evaluation("rev-2024").orElseThrow();
        assertThat(before.status()).isEqualTo(Status.MISSED);
        assertThat(after.status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void datasetAsOf_isAnsweredThroughTheIndexOnThePublicationDate_andTheCheckSeesItDropped() throws Exception {
        Store store = store();
        store.put(StoreData.plan(), "plan");
        LocalDate first = LocalDate.of(2024, 1, 1);
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) { // 400 publication dates, 10 outcomes on each
            outcomes.add(new Outcome("rev", Scope.of("region", "r" + i), Period.parse("2023"),
                    Figure.parse(i + "亿元"), first.plusDays(i / 10), OutcomeStatus.FINAL, Optional.empty()));
        }
        store.append(outcomes);
        analyze();
        assertThat(store.datasetAsOf(first.plusDays(1)).outcomes()).hasSize(20);

        String plan = plan(Store.AS_OF, first.plusDays(1));
        assertThat(plan).as("the database's plan for datasetAsOf").containsIgnoringCase("attain_outcome_published");
        sql("DROP INDEX attain_outcome_published");
        assertThat(plan(Store.AS_OF, first.plusDays(1))).as("the plan without the index")
                .doesNotContainIgnoringCase("attain_outcome_published");
    }

    @Test
    void history_listsEveryPublicationOfAFigure_oldestFirst_forEqualScopesInAnyOrder() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("region", "r");
        ab.put("sector", "s");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("sector", "s");
        ba.put("region", "r");
        Store store = store();
        store.put(StoreData.plan(), "plan");
        Outcome revised = new Outcome("rev", Scope.of(ab), Period.parse("2023"), Figure.parse("1200亿元"),
                LocalDate.of(2024, 9, 1), OutcomeStatus.REVISED, Optional.empty());
        Outcome prelim = new Outcome("rev", Scope.of(ba), Period.parse("2023"), Figure.parse("约1100亿元"),
                LocalDate.of(2024, 1, 20), OutcomeStatus.PRELIMINARY, Optional.empty());
        Outcome other = new Outcome("rev", Scope.of("region", "r"), Period.parse("2023"), Figure.parse("5亿元"),
                LocalDate.of(2024, 1, 20), OutcomeStatus.FINAL, Optional.empty());
        store.append(List.of(revised, other));
        store.append(List.of(prelim));

        assertThat(store.history("rev", Scope.of(ab), Period.parse("2023"))).containsExactly(prelim, revised);
        assertThat(store.history("rev", Scope.of("region", "r"), Period.parse("2023"))).containsExactly(other);
        assertThat(store.history("rev", Scope.of(ab), Period.parse("2022"))).isEmpty();
    }

    @Test
    void history_isAnsweredThroughTheSeriesKeyAndTheIndexOnTheSeries() throws Exception {
        Store store = store();
        store.put(StoreData.plan(), "plan");
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) { // 400 series, 10 publications of each
            outcomes.add(new Outcome("rev", Scope.of("region", "r" + i % 400), Period.parse("2023"),
                    Figure.parse(i + "亿元"), LocalDate.of(2024, 1, 1).plusDays(i / 400), OutcomeStatus.REVISED,
                    Optional.empty()));
        }
        store.append(outcomes);
        analyze();
        assertThat(store.history("rev", Scope.of("region", "r7"), Period.parse("2023"))).hasSize(10);

        String plan = plan(Store.HISTORY, "rev", "region=r7", "2023");
        assertThat(plan).as("the database's plan for history").containsIgnoringCase("attain_outcome_series")
                .containsIgnoringCase("attain_series_key");
        sql("DROP INDEX attain_outcome_series");
        assertThat(plan(Store.HISTORY, "rev", "region=r7", "2023")).as("the plan without the index")
                .doesNotContainIgnoringCase("attain_outcome_series");
    }

    @Test
    void anAppendOfMoreSeriesThanOneQueryTakes_findsEveryOneAgain() {
        Store store = store();
        store.put(StoreData.plan(), "plan");
        int n = StoreWriter.SERIES_A_QUERY + 1;
        List<Outcome> first = new ArrayList<>();
        List<Outcome> again = new ArrayList<>();
        for (int i = 0; i < n; i++) { // n series, each published once and then revised
            first.add(new Outcome("rev", Scope.of("region", "r" + i), Period.parse("2023"), Figure.parse(i + "亿元"),
                    LocalDate.of(2024, 1, 20), OutcomeStatus.FINAL, Optional.empty()));
            again.add(new Outcome("rev", Scope.of("region", "r" + i), Period.parse("2023"),
                    Figure.parse((i + 1) + "亿元"), LocalDate.of(2024, 6, 1), OutcomeStatus.REVISED, Optional.empty()));
        }
        store.append(first);
        store.append(again);
        assertThat(store.history("rev", Scope.of("region", "r" + (n - 1)), Period.parse("2023")))
                .containsExactly(first.get(n - 1), again.get(n - 1));
        assertThat(store.dataset().outcomes()).hasSize(2 * n);
        assertThat(store.history("rev", Scope.of("region", "r0"), Period.parse("2023"))).hasSize(2);
    }

    @Test
    void eightThreadsAppendingRevisionsOfTheSameNewFigures_loseNothing_andMakeEachSeriesOnce() throws Exception {
        Store store = store();
        store.put(StoreData.plan(), "plan");
        int threads = 8;
        int batches = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int writer = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int b = 0; b < batches; b++) {
                    List<Outcome> batch = new ArrayList<>();
                    for (int month = 1; month <= 12; month++) { // the same 12 figures in every batch
                        batch.add(new Outcome("rev", Scope.of("region", "shared"), Period.ofMonth(
                                YearMonth.of(2024, month)), Figure.parse((writer * 100 + b) + "亿元"),
                                LocalDate.of(2025, 1, 1).plusDays(writer * batches + b), OutcomeStatus.REVISED,
                                Optional.empty()));
                    }
                    store.append(batch);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(store.dataset().outcomes()).hasSize(threads * batches * 12);
        assertThat(count("attain_series")).as("one series a figure").isEqualTo(12);
        assertThat(store.history("rev", Scope.of("region", "shared"), Period.ofMonth(YearMonth.of(2024, 5))))
                .hasSize(threads * batches);
    }

    @Test
    void aBatchWithOneBadRecord_writesNothing_andNamesEveryBadRecord() {
        Store store = store();
        store.put(StoreData.plan(), "plan");
        List<Outcome> batch = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            batch.add(StoreData.rev(m, m + "0亿元", LocalDate.of(2024, m, 28), OutcomeStatus.FINAL));
        }
        batch.set(4, new Outcome("revenue", Scope.EMPTY, Period.parse("2024-05"), Figure.parse("50亿元"),
                LocalDate.of(2024, 5, 28), OutcomeStatus.FINAL, Optional.empty()));
        batch.set(9, new Outcome("rev", Scope.EMPTY, Period.parse("2024-10"), Figure.parse("12家"),
                LocalDate.of(2024, 10, 28), OutcomeStatus.FINAL, Optional.empty()));

        assertThatIllegalArgumentException().isThrownBy(() -> store.append(batch))
                .withMessageContaining("2 problem(s), nothing written")
                .withMessageContaining("outcomes[4] (revenue 2024-05): field 'indicator': unknown indicator 'revenue'")
                .withMessageContaining("outcomes[9] (rev 2024-10): field 'value'");
        assertThat(store.dataset().outcomes()).isEmpty();
    }

    @Test
    void appendingText_checksItAsADatasetFile_locatingEveryProblem_andWritesNothingOnAny() {
        Store store = store();
        store.put(StoreData.plan(), "plan");
        String bad = "{\"outcomes\": [\n"
                + "  {\"indicator\": \"rev\", \"scope\": {\"region\": \"r\"}, \"period\": \"2024\", \"value\": \"1000亿元\","
                + " \"published\": \"2025-01-20\", \"status\": \"PRELIMINARY\"},\n"
                + "  {\"indicator\": \"rev\", \"period\": \"2024-13\", \"value\": \"1000亿元\", \"published\": \"2025-01-20\"},\n"
                + "  {\"indicator\": \"rev\", \"period\": \"2024\", \"value\": \"一千亿吨\", \"published\": \"2025-01-20\"}\n"
                + "]}\n";
        assertThatThrownBy(() -> store.append(new StringReader(bad), DatasetFormat.JSON, "POST /outcomes",
                DatasetReader.defaults()))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("POST /outcomes:3:")
                .hasMessageContaining("period")
                .hasMessageContaining("POST /outcomes:4:");
        assertThat(store.dataset().outcomes()).isEmpty();

        String good = bad.substring(0, bad.indexOf("},\n") + 1) + "\n]}\n";
        List<Outcome> stored = store.append(new StringReader(good), DatasetFormat.JSON, "POST /outcomes",
                DatasetReader.defaults());
        assertThat(stored).hasSize(1);
        assertThat(store.dataset().outcomes()).isEqualTo(stored);
    }

    @Test
    void aStoredRecord_isNotChangedInPlace_andAnImportThatTriesWritesNothing() {
        Store store = store();
        store.put(StoreData.plan(), "plan");
        Dataset changed = Dataset.of(List.of(Indicator.builder("rev", "营业收入（亿元）", Unit.CNY).build(),
                        Indicator.builder("new", "新指标", Unit.CNY).build()), List.of(),
                List.of(StoreData.rev(1, "10亿元", LocalDate.of(2024, 2, 1), OutcomeStatus.FINAL)));
        assertThatIllegalArgumentException().isThrownBy(() -> store.put(changed, "second"))
                .withMessageContaining("indicators[0] (rev): stored with other fields");
        assertThat(store.dataset()).isEqualTo(StoreData.plan());
        // the same plan again is no change: only its outcomes are added
        store.put(Dataset.of(StoreData.plan().indicators(), StoreData.plan().targets(), changed.outcomes()), "again");
        assertThat(store.dataset().outcomes()).isEqualTo(changed.outcomes());
    }

    @Test
    void aPlanReadOnce_isReadAgainWhenRecordsAreAdded_fromThisStoreOrAnother() {
        Store store = store();
        store.put(StoreData.plan(), "plan");
        assertThat(store.dataset().targets()).hasSize(1);
        Dataset more = Dataset.of(List.of(Indicator.builder("firms", "企业数", Unit.of("家")).build()),
                List.of(dev.attain.model.Target.builder("firms-2024").indicators("firms").period("2024")
                        .requirement("100家以上").build()), List.of());
        store().put(more, "another store on the same database");
        assertThat(store.dataset().targets()).extracting(dev.attain.model.Target::id)
                .containsExactly("rev-2024", "firms-2024");
        assertThat(store.datasetAsOf(LocalDate.of(2000, 1, 1)).indicators()).hasSize(2);
    }

    @Test
    void retract_removesRows_onlyExplicitly_andLogsThem() throws Exception {
        Store store = store();
        store.put(StoreData.plan(), "plan");
        Outcome wrong = StoreData.rev(3, "30亿元", LocalDate.of(2024, 4, 1), OutcomeStatus.FINAL);
        Outcome right = StoreData.rev(3, "31亿元", LocalDate.of(2024, 4, 2), OutcomeStatus.FINAL);
        store.append(List.of(wrong, right));
        assertThat(store.retract(wrong, "typed 30 for 31")).isEqualTo(1);
        assertThat(store.dataset().outcomes()).containsExactly(right);
        assertThat(count("attain_log WHERE action = 'retract' AND detail LIKE '%typed 30 for 31%'"
                + " AND detail LIKE '%30亿元%'")).isEqualTo(1);
        assertThat(store.retract(wrong, "again")).isZero();
        assertThat(count("attain_log")).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> store.retract(right, " "));
    }

    @Test
    void aDatabaseOfSchemaVersion1_isBroughtToTheCurrentVersion_keepingItsOutcomesAndTheirSources()
            throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            String vendor = Schema.vendor(c);
            for (String statement : Schema.statements(Schema.script(vendor, 1))) {
                st.execute(statement);
            }
            // what a store of version 1 wrote: an indicator, a source, a batch, an outcome from that source
            st.execute("INSERT INTO attain_indicator (id, name, unit, record) VALUES ('rev', '营业收入', 'CNY',"
                    + " '{\"id\": \"rev\", \"name\": \"营业收入\", \"unit\": \"CNY\"}')");
            st.execute("INSERT INTO attain_source (document) VALUES ('bulletin-2024.txt')");
            st.execute("INSERT INTO attain_batch (recorded_at, origin, outcomes) VALUES (CURRENT_TIMESTAMP,"
                    + " 'version 1', 1)");
            st.execute("INSERT INTO attain_outcome (batch_id, indicator, scope_key, scope, period, phrase, qualifier,"
                    + " nominal, lower_bound, lower_inclusive, upper_bound, upper_inclusive, unit, published, status,"
                    + " source_id) VALUES ((SELECT MAX(id) FROM attain_batch), 'rev', 'region=r', 'region=r', '2024',"
                    + " '1000亿元', 'EXACT', 100000000000, 100000000000, TRUE, 100000000000, TRUE, 'CNY',"
                    + " DATE '2025-01-20', 'FINAL', (SELECT MAX(id) FROM attain_source))");
            st.execute("INSERT INTO attain_outcome (batch_id, indicator, scope_key, scope, period, phrase, qualifier,"
                    + " nominal, lower_bound, lower_inclusive, upper_bound, upper_inclusive, unit, published, status)"
                    + " VALUES ((SELECT MAX(id) FROM attain_batch), 'rev', 'region=r, sector=s', 'sector=s, region=r',"
                    + " '2023', '900亿元', 'EXACT', 90000000000, 90000000000, TRUE, 90000000000, TRUE, 'CNY',"
                    + " DATE '2024-01-20', 'FINAL')");
        }
        Store store = store();
        assertThat(count("attain_schema_version WHERE version = " + Schema.CURRENT)).isEqualTo(1);
        Outcome kept = store.dataset().outcomes().get(0);
        assertThat(kept.value().nominal()).isEqualByComparingTo("100000000000");
        assertThat(store.history("rev", Scope.parse("sector=s, region=r"), Period.parse("2023")))
                .as("the second outcome, in a series of its own").singleElement()
                .satisfies(o -> assertThat(o.value().nominal()).isEqualByComparingTo("90000000000"));
        assertThat(kept.source().orElseThrow().document()).isEqualTo("bulletin-2024.txt");
        store.append(List.of(new Outcome("rev", Scope.of("region", "r"), Period.parse("2024"),
                Figure.parse("1010亿元"), LocalDate.of(2025, 3, 1), OutcomeStatus.REVISED,
                Optional.of(dev.attain.model.Source.of("bulletin-2024.txt")))));
        assertThat(store.history("rev", Scope.of("region", "r"), Period.parse("2024")))
                .extracting(o -> o.source().orElseThrow().document())
                .containsExactly("bulletin-2024.txt", "bulletin-2024.txt");
        assertThat(count("attain_source")).as("the stored source is found again, not copied").isEqualTo(1);
    }

    @Test
    void aDatabaseWithANewerSchema_isRefused() throws Exception {
        store().close();
        int future = Schema.CURRENT + 1;
        sql("INSERT INTO attain_schema_version (version, description) VALUES (" + future + ", 'from the future')");
        assertThatThrownBy(this::store).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version " + future).hasMessageContaining("up to " + Schema.CURRENT);
    }

    @Test
    void eightThreadsAppendingAndEvaluating_loseNothing_andSeeWholeBatches() throws Exception {
        Store store = store();
        store.put(StoreData.plan(), "plan");
        int threads = 8;
        int batches = 6;
        int perBatch = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int writer = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int b = 0; b < batches; b++) {
                    List<Outcome> batch = new ArrayList<>();
                    for (int i = 0; i < perBatch; i++) {
                        batch.add(new Outcome("rev", Scope.of("region", "w" + writer), Period.ofMonth(
                                YearMonth.of(2024, 1 + i % 12)), Figure.parse((b * perBatch + i) + "亿元"),
                                LocalDate.of(2024, 12, 31), OutcomeStatus.FINAL, Optional.empty()));
                    }
                    store.append(batch);
                    // read and evaluate between writes: every writer's rows come in whole batches
                    Dataset seen = store.datasetAsOf(LocalDate.of(2025, 1, 1));
                    Map<String, Integer> perWriter = new LinkedHashMap<>();
                    seen.outcomes().forEach(o -> perWriter.merge(o.scope().entries().get("region"), 1, Integer::sum));
                    perWriter.forEach((w, n) -> {
                        if (n % perBatch != 0) {
                            torn.add(w + " has " + n + " rows");
                        }
                    });
                    if (perWriter.getOrDefault("w" + writer, 0) < (b + 1) * perBatch) {
                        torn.add("w" + writer + " does not see its own batch " + b);
                    }
                    Scorecard card = Tracker.of(seen).evaluate(LocalDate.of(2025, 1, 1));
                    if (card.evaluations().size() != 1) {
                        torn.add("scorecard of " + card.evaluations().size() + " targets");
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(torn).isEmpty();
        Dataset all = store.dataset();
        assertThat(all.outcomes()).hasSize(threads * batches * perBatch);
        for (int t = 0; t < threads; t++) {
            String w = "w" + t;
            assertThat(all.outcomes().stream().filter(o -> o.scope().entries().get("region").equals(w)))
                    .as(w).hasSize(batches * perBatch);
        }
    }

    @Test
    void aProcessKilledInTheMiddleOfALargeImport_leavesAllOfItOrNone() throws Exception {
        store().put(StoreData.plan(), "plan");
        opened.forEach(Store::close);
        opened.clear();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"), ImportChild.class.getName()));
        command.addAll(childArguments());
        command.add(Integer.toString(ImportChild.ROWS));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        boolean killedWhileWriting;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.equals(ImportChild.WRITING)) {
                    break;
                }
            }
            assertThat(lines).as("the child's output").contains(ImportChild.WRITING);
            Thread.sleep(ImportChild.KILL_AFTER_MILLIS);
            killedWhileWriting = child.isAlive();
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(killedWhileWriting).as("still writing when killed: " + lines).isTrue();
        assertThat(lines).as("the child's output").doesNotContain(ImportChild.DONE);
        long rows = store().dataset().outcomes().size();
        assertThat(rows).isIn(0L, (long) ImportChild.ROWS);
        assertThat(count("attain_batch WHERE origin = 'killed import'")).isEqualTo(rows == 0 ? 0 : 1);
    }

    /** Counts rows with plain SQL, as a user of the tables would. */
    final long count(String fromWhere) throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + fromWhere)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The database's plan (EXPLAIN) for the store's outcome query with a condition and its parameters. */
    final String plan(String where, Object... parameters) throws Exception {
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement("EXPLAIN " + OutcomeRows.sql(where))) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    /** Updates the database's statistics of the outcome and series tables, as its own maintenance would. */
    final void analyze() throws Exception {
        try (Connection c = connect()) {
            boolean h2 = c.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
            try (Statement st = c.createStatement()) {
                for (String table : List.of("attain_outcome", "attain_series")) {
                    st.execute((h2 ? "ANALYZE TABLE " : "ANALYZE ") + table);
                }
            }
        }
    }

    /** Runs one SQL statement on the test's database, outside the store. */
    final void sql(String statement) throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
