package dev.attain.examples;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.attain.Tracker;
import dev.attain.eval.Scorecard;
import dev.attain.io.Datasets;
import dev.attain.report.JsonReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The library inside a small HTTP service, on the JDK's own {@code com.sun.net.httpserver}: no
 * dependency beyond Attain's. One endpoint returns the scorecard of the Jiangxi dataset as of a
 * date, as JSON written by the report module ({@link JsonReport}).
 *
 * <table>
 *   <caption>The API</caption>
 *   <tr><th>request</th><th>response</th></tr>
 *   <tr><td>{@code GET /scorecard?asOf=2022-12-31}</td><td>200, the scorecard as of that date</td></tr>
 *   <tr><td>{@code GET /scorecard}</td><td>200, the scorecard as of <em>today</em> in China
 *       (Asia/Shanghai, the plans' own calendar), the date the service's clock gives; the JSON's
 *       {@code asOf} says which date was used</td></tr>
 *   <tr><td>{@code GET /scorecard?asOf=2022-13-45} (or an empty or repeated {@code asOf})</td>
 *       <td>400, a JSON message naming the parameter and the expected format</td></tr>
 *   <tr><td>any other path</td><td>404, a JSON message</td></tr>
 *   <tr><td>any method but GET on {@code /scorecard}</td><td>405 with {@code Allow: GET}, a JSON message</td></tr>
 * </table>
 * Every response is {@code application/json; charset=utf-8}.
 *
 * <p><b>Threads.</b> Requests run on a small fixed pool ({@link #THREADS} daemon threads). The
 * {@link Tracker} is immutable and thread-safe, so all of them share one, loaded once at start;
 * each request evaluates the dataset anew (a pure function of the date), and nothing is cached.
 *
 * <p><b>Address.</b> The service listens on the loopback interface only (127.0.0.1), which is
 * what an example should do; to serve other machines, give a host to bind to as the second
 * argument (such as {@code 0.0.0.0}) and put it behind whatever a real deployment needs.
 *
 * <p>Run it from the repository root, with an optional port (default 8080) and host:
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.attain.examples.PlanMonitoringService -Dexec.args="8080"
 * curl -s 'http://127.0.0.1:8080/scorecard?asOf=2022-12-31'
 * }</pre>
 */
public final class PlanMonitoringService {

    /** The port used when none is given. */
    static final int DEFAULT_PORT = 8080;

    /** The number of request threads. */
    static final int THREADS = 4;

    /** The zone of "today" when a request gives no date: the plans' own, China Standard Time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The one endpoint. */
    static final String PATH = "/scorecard";

    /** The query parameter. */
    static final String AS_OF = "asOf";

    private static final String JSON = "application/json; charset=utf-8";

    private final Tracker tracker;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param tracker  the tracker, shared by all requests, not null
     * @param clock  the clock that says what today is, not null
     */
    PlanMonitoringService(Tracker tracker, Clock clock) {
        this.tracker = requireNonNull(tracker, "tracker");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Starts the service; it runs until the process is stopped.
     *
     * @param args  an optional port (default 8080) and an optional host to bind to (default the
     *     loopback address)
     */
    public static void main(String[] args) {
        PrintStream out = ExampleSupport.stdout();
        PrintStream err = ExampleSupport.stderr();
        int port;
        InetAddress host;
        try {
            if (args.length > 2) {
                throw new ExampleSupport.UsageException("at most two arguments, a port and a host, expected; got "
                        + args.length);
            }
            port = args.length > 0 ? port(args[0]) : DEFAULT_PORT;
            host = args.length > 1 ? InetAddress.getByName(args[1]) : InetAddress.getLoopbackAddress();
        } catch (ExampleSupport.UsageException | IOException e) {
            err.println(e.getMessage());
            err.println("usage: PlanMonitoringService [port, default " + DEFAULT_PORT + "] [host, default 127.0.0.1]");
            System.exit(ExampleSupport.EXIT_USAGE);
            return;
        }
        HttpServer server;
        try {
            server = start(ExampleSupport.tracker(), Clock.system(ZONE), new InetSocketAddress(host, port));
        } catch (ExampleSupport.MissingDataException e) {
            err.println(e.getMessage());
            System.exit(ExampleSupport.EXIT_NO_DATA);
            return;
        } catch (UncheckedIOException e) {
            err.println("cannot listen on " + host.getHostAddress() + ":" + port + ": "
                    + (e.getCause() instanceof BindException ? "the port is in use or not allowed" : e.getCause()));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, 1), "plan-monitoring-stop"));
        InetSocketAddress a = server.getAddress();
        out.println("Plan monitoring service on http://" + a.getHostString() + ":" + a.getPort() + PATH
                + "?asOf=2022-12-31 (Ctrl+C stops it)");
    }

    /**
     * Starts the service on the loopback interface with the Jiangxi dataset, read from the working
     * directory.
     *
     * @param port  the port, or 0 for any free port
     * @return the running server; {@code getAddress().getPort()} is the port it got; stop it with
     *     {@link #stop(HttpServer)}
     * @throws ExampleSupport.MissingDataException if the working directory is not the repository root
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static HttpServer start(int port) {
        return start(ExampleSupport.tracker(), Clock.system(ZONE),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    /**
     * Starts the service.
     *
     * @param tracker  the tracker, shared by all requests, not null
     * @param clock  the clock that says what today is, for requests without a date, not null
     * @param address  where to listen, not null
     * @return the running server
     * @throws UncheckedIOException if the address cannot be bound
     */
    static HttpServer start(Tracker tracker, Clock clock, InetSocketAddress address) {
        PlanMonitoringService service = new PlanMonitoringService(tracker, clock);
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", service::handle);
        server.setExecutor(Executors.newFixedThreadPool(THREADS, daemonThreads()));
        server.start();
        return server;
    }

    /**
     * Stops a server that {@link #start} returned at once, and ends its request threads.
     *
     * @param server  the server, not null
     */
    public static void stop(HttpServer server) {
        stop(server, 0);
    }

    /**
     * Stops a server: no new requests, up to the delay for those under way (on JDK 17 the whole
     * delay is waited), then the request threads end.
     */
    private static void stop(HttpServer server, int delaySeconds) {
        server.stop(delaySeconds);
        if (server.getExecutor() instanceof ExecutorService pool) {
            pool.shutdown();
        }
    }

    /** Handles one request; never throws (a failure is a 500 with a JSON message). */
    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                respond(exchange);
            } catch (RuntimeException e) {
                send(exchange, 500, error(500, "Internal Server Error", "the scorecard could not be produced: "
                        + e.getClass().getSimpleName()));
            }
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        if (!PATH.equals(uri.getPath())) {
            send(exchange, 404, error(404, "Not Found", "no resource at '" + uri.getPath() + "'; the service"
                    + " answers GET " + PATH + "?" + AS_OF + "=YYYY-MM-DD"));
            return;
        }
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            send(exchange, 405, error(405, "Method Not Allowed", "method " + exchange.getRequestMethod()
                    + " is not allowed on " + PATH + "; use GET"));
            return;
        }
        List<String> values;
        try {
            values = parameter(uri.getRawQuery(), AS_OF);
        } catch (IllegalArgumentException e) {
            send(exchange, 400, error(400, "Bad Request", "the query string is not valid URL encoding: "
                    + e.getMessage()));
            return;
        }
        LocalDate asOf;
        if (values.isEmpty()) {
            asOf = LocalDate.now(clock);
        } else if (values.size() > 1) {
            send(exchange, 400, badDate(String.join(",", values), "query parameter '" + AS_OF
                    + "' is given " + values.size() + " times; give it once"));
            return;
        } else {
            try {
                asOf = LocalDate.parse(values.get(0));
            } catch (DateTimeParseException e) {
                send(exchange, 400, badDate(values.get(0), "query parameter '" + AS_OF + "' is not a valid date: '"
                        + values.get(0) + "'; expected an ISO date YYYY-MM-DD, such as 2022-12-31"));
                return;
            }
        }
        Scorecard card = tracker.evaluate(asOf);
        send(exchange, 200, JsonReport.of().render(card));
    }

    /** The values of a query parameter, decoded, in order. */
    static List<String> parameter(String rawQuery, String name) {
        List<String> values = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                values.add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String badDate(String value, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", "Bad Request");
        body.put("parameter", AS_OF);
        body.put("value", value);
        body.put("expected", "an ISO date YYYY-MM-DD, such as 2022-12-31");
        body.put("message", message);
        return Datasets.jsonMapper().writeValueAsString(body);
    }

    private static String error(int status, String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        return Datasets.jsonMapper().writeValueAsString(body);
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = (json.endsWith("\n") ? json : json + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", JSON);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    private static int port(String text) {
        try {
            int p = Integer.parseInt(text.strip());
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new ExampleSupport.UsageException("'" + text + "' is not a port: expected a number from 0 to 65535");
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "plan-monitoring-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
