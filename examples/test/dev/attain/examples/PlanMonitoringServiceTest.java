package dev.attain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.attain.io.Datasets;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Starts {@link PlanMonitoringService} on an ephemeral loopback port and calls it over HTTP. */
class PlanMonitoringServiceTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            PlanMonitoringService.stop(server);
        }
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
        server = PlanMonitoringService.start(0);
        assertThat(server.getAddress().getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.getAddress().getPort()).isPositive();

        HttpResponse<String> r = get("/scorecard?asOf=2023-06-30");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode card = json(r);
        assertThat(card.get("asOf").asString()).isEqualTo("2023-06-30");
        assertThat(card.get("counts").get("ACHIEVED").asInt()).isEqualTo(2);
        assertThat(card.get("counts").get("NO_DATA").asInt()).isEqualTo(52);
        assertThat(card.get("counts").get("MISSED").asInt()).isZero();
        assertThat(card.get("evaluations")).hasSize(54);
        assertThat(r.body()).contains("\"target\": \"jx-2022-ei-equip\"").contains("1.471428571428571");

        HttpResponse<String> before = get("/scorecard?asOf=2022-12-31");
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(json(before).get("counts").get("NO_DATA").asInt()).isEqualTo(54);
    }

    @Test
    void test_badDate_400_namesTheParameterAndTheFormat() throws Exception {
        server = PlanMonitoringService.start(0);
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
        server = PlanMonitoringService.start(0);
        HttpResponse<String> missing = get("/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("message").asString()).contains("/nothing-here");
        assertThat(get("/scorecard/extra?asOf=2023-06-30").statusCode()).isEqualTo(404);

        HttpResponse<String> post = client.send(HttpRequest.newBuilder(uri("/scorecard?asOf=2023-06-30"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
        assertThat(json(post).get("status").asInt()).isEqualTo(405);
    }

    @Test
    void test_noDate_usesTodayInChina() throws Exception {
        // 2023-06-30T17:00Z is already 2023-07-01 in Asia/Shanghai
        Clock clock = Clock.fixed(Instant.parse("2023-06-30T17:00:00Z"), PlanMonitoringService.ZONE);
        server = PlanMonitoringService.start(ExampleSupport.tracker(), clock,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        HttpResponse<String> r = get("/scorecard");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("asOf").asString()).isEqualTo("2023-07-01");
        assertThat(ZoneId.of("Asia/Shanghai")).isEqualTo(PlanMonitoringService.ZONE);
    }
}
