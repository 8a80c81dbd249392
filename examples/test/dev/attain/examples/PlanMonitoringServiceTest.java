package dev.attain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.attain.io.Datasets;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.store.Store;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Starts {@link PlanMonitoringService} on an ephemeral loopback port over a store in a fresh H2
 * file holding the Jiangxi dataset, and calls it over HTTP.
 */
class PlanMonitoringServiceTest {

    /** The token the tests start the service with. */
    static final String TOKEN = "test-token-0123456789abcdef";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private HttpServer server;
    private Store store;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (server != null) {
            PlanMonitoringService.stop(server);
        }
        if (store != null) {
            store.close();
        }
    }

    /** Starts the service over a new store of the Jiangxi dataset, with {@link #TOKEN}. */
    private HttpServer start() {
        store = PlanMonitoringService.openStore(Map.of(PlanMonitoringService.ENV_STORE, dir.resolve("s").toString()));
        return PlanMonitoringService.start(store, Optional.of(TOKEN), 0);
    }

    private HttpResponse<String> post(String path, String body, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One outcome of nonferrous-revenue for 2020 in the dataset format. */
    static String outcome(String value, String published, String status) {
        return "{\"indicator\": \"nonferrous-revenue\", \"scope\": {\"region\": \"江西省\"}, \"period\": \"2020\","
                + " \"value\": \"" + value + "\", \"published\": \"" + published + "\", \"status\": \"" + status + "\"}";
    }

    private URI uri(String pathAndQuery) {
        InetSocketAddress a = server.getAddress();
        return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + pathAndQuery);
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return Datasets.jsonMapper().readTree(r.body());
    }

    @Test
    void test_goodDate_200_scorecardWithCounts() throws Exception {
        server = start();
        assertThat(server.getAddress().getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.getAddress().getPort()).isPositive();

        HttpResponse<String> r = get("/scorecard?asOf=2023-06-30");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode card = json(r);
        assertThat(card.get("asOf").asString()).isEqualTo("2023-06-30");
        assertThat(card.get("counts").get("ACHIEVED").asInt()).isEqualTo(1);
        assertThat(card.get("counts").get("INDETERMINATE").asInt()).isEqualTo(1);
        assertThat(card.get("counts").get("NO_DATA").asInt()).isEqualTo(52);
        assertThat(card.get("counts").get("MISSED").asInt()).isZero();
        assertThat(card.get("evaluations")).hasSize(54);
        assertThat(r.body()).contains("\"target\": \"jx-2022-ei-equip\"")
                .contains("\"it waits for Equipment manufacturing industry revenue (equip-revenue)");

        HttpResponse<String> before = get("/scorecard?asOf=2022-12-31");
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(json(before).get("counts").get("NO_DATA").asInt()).isEqualTo(54);
    }

    @Test
    void test_badDate_400_namesTheParameterAndTheFormat() throws Exception {
        server = start();
        HttpResponse<String> r = get("/scorecard?asOf=2022-13-45");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = json(r);
        assertThat(body.get("parameter").asString()).isEqualTo("asOf");
        assertThat(body.get("value").asString()).isEqualTo("2022-13-45");
        assertThat(body.get("message").asString()).contains("'asOf'").contains("2022-13-45").contains("YYYY-MM-DD");

        assertThat(get("/scorecard?asOf=").statusCode()).isEqualTo(400);
        assertThat(get("/scorecard?asOf=2022-12-31&asOf=2023-06-30").statusCode()).isEqualTo(400);
        assertThat(get("/scorecard?asOf=31.12.2022").statusCode()).isEqualTo(400);
    }

    @Test
    void test_otherPath_404_otherMethod_405() throws Exception {
        server = start();
        HttpResponse<String> missing = get("/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("message").asString()).contains("/nothing-here");
        assertThat(get("/scorecard/extra?asOf=2023-06-30").statusCode()).isEqualTo(404);

        HttpResponse<String> post = client.send(HttpRequest.newBuilder(uri("/scorecard?asOf=2023-06-30"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
        assertThat(json(post).get("status").asInt()).isEqualTo(405);

        HttpResponse<String> getOutcomes = get("/outcomes");
        assertThat(getOutcomes.statusCode()).isEqualTo(405);
        assertThat(getOutcomes.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void test_post_withoutToken_401_wrongToken_403_noneConfigured_403_andNothingStored() throws Exception {
        server = start();
        String body = "{\"outcomes\": [" + outcome("6900亿元", "2021-01-20", "PRELIMINARY") + "]}";
        HttpResponse<String> none = post("/outcomes", body, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"attain\"");
        assertThat(post("/outcomes", body, "Basic " + TOKEN).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("/outcomes", body, "Bearer " + TOKEN + "x");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).doesNotContain(TOKEN);
        assertThat(post("/outcomes", body, "Bearer " + TOKEN.substring(1)).statusCode()).isEqualTo(403);
        assertThat(store.history("nonferrous-revenue", Scope.of("region", "江西省"), Period.parse("2020"))).isEmpty();
        PlanMonitoringService.stop(server);

        server = PlanMonitoringService.start(store, Optional.empty(), 0);
        HttpResponse<String> readOnly = post("/outcomes", body, "Bearer " + TOKEN);
        assertThat(readOnly.statusCode()).isEqualTo(403);
        assertThat(json(readOnly).get("message").asString()).contains("without a token");
        assertThat(store.history("nonferrous-revenue", Scope.of("region", "江西省"), Period.parse("2020"))).isEmpty();
    }

    @Test
    void test_post_good_201_withWhatWasStored_andHistoryShowsIt() throws Exception {
        server = start();
        HttpResponse<String> r = post("/outcomes", "{\"outcomes\": [" + outcome("6900亿元", "2021-01-20", "PRELIMINARY")
                + ", " + outcome("7050亿元", "2021-03-01", "FINAL") + "]}", "Bearer " + TOKEN);
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode stored = json(r);
        assertThat(stored.get("stored").asInt()).isEqualTo(2);
        assertThat(stored.get("outcomes").get(1).get("value").asString()).isEqualTo("7050亿元");

        HttpResponse<String> h = get("/history?indicator=nonferrous-revenue&scope=region%3D%E6%B1%9F%E8%A5%BF%E7%9C%81"
                + "&period=2020");
        assertThat(h.statusCode()).isEqualTo(200);
        JsonNode history = json(h);
        assertThat(history.get("outcomes")).hasSize(2);
        assertThat(history.get("outcomes").get(0).get("status").asString()).isEqualTo("PRELIMINARY");
        assertThat(history.get("outcomes").get(1).get("published").asString()).isEqualTo("2021-03-01");

        HttpResponse<String> missing = get("/history?indicator=nonferrous-revenue");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("parameter").asString()).isEqualTo("period");
        HttpResponse<String> badPeriod = get("/history?indicator=nonferrous-revenue&period=2020-13");
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(json(badPeriod).get("value").asString()).isEqualTo("2020-13");
    }

    @Test
    void test_post_bad_400_listsEveryProblemWithLineAndField_andStoresNothing() throws Exception {
        server = start();
        String body = "{\"outcomes\": [\n"
                + outcome("6900亿元", "2021-01-20", "PRELIMINARY") + ",\n"
                + outcome("7000家", "2021-01-21", "FINAL") + ",\n"
                + outcome("7050亿元", "2021-02-30", "FINAL").replace("nonferrous-revenue", "nonferous-revenue") + "\n]}";
        HttpResponse<String> r = post("/outcomes", body, "Bearer " + TOKEN);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode problems = json(r).get("problems");
        assertThat(problems.size()).isGreaterThanOrEqualTo(3);
        List<String> where = new ArrayList<>();
        problems.forEach(p -> where.add(p.get("line").asInt() + ":" + p.get("field").asString()));
        assertThat(where).contains("3:value", "4:indicator", "4:published");
        assertThat(r.body()).contains("nonferrous-revenue"); // the suggestion for the misspelt id
        assertThat(store.history("nonferrous-revenue", Scope.of("region", "江西省"), Period.parse("2020"))).isEmpty();
    }

    @Test
    void test_post_overTheLimit_413_andStoresNothing() throws Exception {
        server = start();
        StringBuilder body = new StringBuilder("{\"outcomes\": [");
        String one = outcome("6900亿元", "2021-01-20", "PRELIMINARY");
        while (body.length() <= PlanMonitoringService.MAX_BODY) {
            body.append(one).append(",\n");
        }
        body.append(one).append("]}");
        HttpResponse<String> r = post("/outcomes", body.toString(), "Bearer " + TOKEN);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("message").asString()).contains(Integer.toString(PlanMonitoringService.MAX_BODY));
        assertThat(store.history("nonferrous-revenue", Scope.of("region", "江西省"), Period.parse("2020"))).isEmpty();
    }

    @Test
    void test_noDate_usesTodayInChina() throws Exception {
        // 2023-06-30T17:00Z is already 2023-07-01 in Asia/Shanghai
        Clock clock = Clock.fixed(Instant.parse("2023-06-30T17:00:00Z"), PlanMonitoringService.ZONE);
        store = PlanMonitoringService.openStore(Map.of(PlanMonitoringService.ENV_STORE, dir.resolve("s").toString()));
        server = PlanMonitoringService.start(store, Optional.empty(), clock,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        HttpResponse<String> r = get("/scorecard");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("asOf").asString()).isEqualTo("2023-07-01");
        assertThat(ZoneId.of("Asia/Shanghai")).isEqualTo(PlanMonitoringService.ZONE);
    }
}
