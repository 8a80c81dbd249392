package dev.attain.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attain.io.Datasets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The service as its users run it: {@code PlanMonitoringService}'s main in a process of its own
 * on a free port, configured by the environment, with its data in an H2 file; stopped and
 * started again on the same file.
 */
class PlanMonitoringServiceEndToEndTest {

    private static final Pattern ADDRESS = Pattern.compile("on (http://127\\.0\\.0\\.1:\\d+)/scorecard");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process service;

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Starts the service's main on port 0 with the given environment; returns its base address. */
    private String start(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), PlanMonitoringService.class.getName(), "0")
                .redirectErrorStream(true);
        pb.environment().remove(PlanMonitoringService.ENV_TOKEN);
        pb.environment().remove(PlanMonitoringService.ENV_TOKEN_FILE);
        pb.environment().putAll(env);
        service = pb.start();
        Process p = service;
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    output.add(line);
                    Matcher m = ADDRESS.matcher(line);
                    if (m.find()) {
                        address.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the stream closes when the process is stopped
            }
            address.completeExceptionally(new AssertionError("the service did not start: " + output));
        }, "service-output");
        reader.setDaemon(true);
        reader.start();
        return address.get(120, TimeUnit.SECONDS);
    }

    /** Stops the service as Ctrl+C does, and waits for it to end. */
    private void stopService() throws Exception {
        service.destroy();
        assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
        service = null;
    }

    private String status(String base, String asOf) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/scorecard?asOf=" + asOf))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode card = Datasets.jsonMapper().readTree(r.body());
        for (JsonNode e : card.get("evaluations")) {
            if (e.get("target").asString().equals("jx-2020-nonferrous")) {
                return e.get("status").asString();
            }
        }
        throw new AssertionError("no jx-2020-nonferrous in " + r.body());
    }

    private int post(String base, String token, String outcome) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + "/outcomes")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"outcomes\": [" + outcome + "]}", StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aPreliminaryThenAFinalFigure_changeTheScorecardBetweenTwoDates_andSurviveARestart() throws Exception {
        String token = "e2e-token-" + Long.toHexString(System.nanoTime()) + "-abcdef";
        String store = dir.resolve("service").toString();
        String base = start(Map.of(PlanMonitoringService.ENV_STORE, store, PlanMonitoringService.ENV_TOKEN, token));

        assertThat(status(base, "2021-02-01")).isEqualTo("NO_DATA");
        assertThat(post(base, token, PlanMonitoringServiceTest.outcome("6900亿元", "2021-01-20", "PRELIMINARY")))
                .isEqualTo(201);
        assertThat(status(base, "2021-02-01")).isEqualTo("MISSED");   // 6900亿 of 突破7000亿, period over
        assertThat(post(base, token, PlanMonitoringServiceTest.outcome("7050亿元", "2021-03-01", "FINAL")))
                .isEqualTo(201);
        assertThat(status(base, "2021-02-01")).isEqualTo("MISSED");   // what was known then
        assertThat(status(base, "2021-03-02")).isEqualTo("ACHIEVED"); // the final figure supersedes
        stopService();

        // again on the same file, the token now from a file
        Path tokenFile = Files.writeString(dir.resolve("token"), token + "\n");
        base = start(Map.of(PlanMonitoringService.ENV_STORE, store,
                PlanMonitoringService.ENV_TOKEN_FILE, tokenFile.toString()));
        assertThat(status(base, "2021-02-01")).isEqualTo("MISSED");
        assertThat(status(base, "2021-03-02")).isEqualTo("ACHIEVED");
        assertThat(post(base, token + "-not", PlanMonitoringServiceTest.outcome("1亿元", "2021-04-01", "REVISED")))
                .isEqualTo(403);
        assertThat(status(base, "2021-04-02")).isEqualTo("ACHIEVED");
        stopService();

        assertThat(output).noneMatch(line -> line.contains(token));
    }
}
