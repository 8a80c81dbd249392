package dev.attain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.attain.io.Datasets;
import dev.attain.store.PostgresSupport;
import dev.attain.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The service with its data on a real PostgreSQL server, named by a JDBC URL as a deployment
 * names it ({@link PostgresSupport}: skipped without a server, failing in CI).
 */
class PlanMonitoringServicePostgresTest {

    @Test
    void aJdbcUrl_putsTheServiceOnPostgreSql_postsAndScorecardsWork() throws Exception {
        String schema = PostgresSupport.freshSchema("attain_service");
        String token = PlanMonitoringServiceTest.TOKEN;
        HttpClient client = HttpClient.newHttpClient();
        try (Store store = PlanMonitoringService.openStore(Map.of(PlanMonitoringService.ENV_STORE,
                PostgresSupport.url() + "&currentSchema=" + schema))) {
            HttpServer server = PlanMonitoringService.start(store, Optional.of(token), 0);
            try {
                String base = "http://127.0.0.1:" + server.getAddress().getPort();
                HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(base + "/outcomes"))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"outcomes\": [" + PlanMonitoringServiceTest
                                .outcome("6900亿元", "2021-01-20", "PRELIMINARY") + "]}", StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(posted.statusCode()).isEqualTo(201);
                HttpResponse<String> card = client.send(HttpRequest.newBuilder(URI.create(base
                        + "/scorecard?asOf=2021-02-01")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(card.statusCode()).isEqualTo(200);
                assertThat(Datasets.jsonMapper().readTree(card.body()).get("evaluations")).anySatisfy(e -> {
                    assertThat(e.get("target").asString()).isEqualTo("jx-2020-nonferrous");
                    assertThat(e.get("status").asString()).isEqualTo("MISSED");
                });
            } finally {
                PlanMonitoringService.stop(server);
            }
            assertThat(store.toString()).doesNotContain("password");
        } finally {
            PostgresSupport.drop(schema);
        }
    }
}
