package dev.attain.examples;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.attain.Tracker;
import dev.attain.eval.Scorecard;
import dev.attain.io.DatasetException;
import dev.attain.io.DatasetFormat;
import dev.attain.io.DatasetReader;
import dev.attain.io.Datasets;
import dev.attain.io.Problem;
import dev.attain.model.Outcome;
import dev.attain.model.Period;
import dev.attain.model.Scope;
import dev.attain.report.JsonReport;
import dev.attain.store.Store;
import dev.attain.store.StoreException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The library inside a small HTTP service, on the JDK's own {@code com.sun.net.httpserver}: no
 * dependency beyond Attain's. Its data are in a {@link Store} (an H2 file by default, PostgreSQL
 * by a JDBC URL), which keeps every figure ever posted; it answers the scorecard as of any date,
 * after a restart too, as JSON written by the report module ({@link JsonReport}).
 *
 * <table>
 *   <caption>The API</caption>
 *   <tr><th>request</th><th>response</th></tr>
 *   <tr><td>{@code GET /scorecard?asOf=2022-12-31}</td><td>200, the scorecard as of that date, from
 *       what had been published by then</td></tr>
 *   <tr><td>{@code GET /scorecard}</td><td>200, the scorecard as of <em>today</em> in China
 *       (Asia/Shanghai, the plans' own calendar), the date the service's clock gives; the JSON's
 *       {@code asOf} says which date was used</td></tr>
 *   <tr><td>{@code GET /scorecard?asOf=2022-13-45} (or an empty or repeated {@code asOf})</td>
 *       <td>400, a JSON message naming the parameter and the expected format</td></tr>
 *   <tr><td>{@code GET /history?indicator=ei-revenue&scope=region=江西省&period=2022}</td><td>200,
 *       every publication of that figure, oldest first ({@code scope} may be left out for the
 *       empty scope); 400 naming a missing or bad parameter</td></tr>
 *   <tr><td>{@code POST /outcomes} with {@code Authorization: Bearer <token>} and a JSON body in
 *       the dataset format, {@code {"outcomes": [ … ]}}</td><td>201 with the outcomes stored;
 *       400 listing every problem by line, column, record and field (nothing is stored then);
 *       401 without a bearer token, 403 with a wrong one (or when the service has none);
 *       413 above {@link #MAX_BODY} bytes (the body is read and discarded up to
 *       {@link #DRAIN_LIMIT} bytes first, so the client reads the answer)</td></tr>
 *   <tr><td>any other path</td><td>404, a JSON message</td></tr>
 *   <tr><td>another method</td><td>405 with {@code Allow}, a JSON message</td></tr>
 * </table>
 * Every response is {@code application/json; charset=utf-8}.
 *
 * <p><b>Configuration</b>, from the environment (never from the command line, so that no secret
 * shows in a process list):
 * <ul>
 *   <li>{@value #ENV_STORE}: the store, a JDBC URL ({@code jdbc:postgresql://127.0.0.1:5432/attain},
 *       with {@value #ENV_STORE_USER} and {@value #ENV_STORE_PASSWORD}) or the path of an H2
 *       file; by default {@value #DEFAULT_STORE} (H2). An empty store is given the bundled
 *       Jiangxi dataset on start.</li>
 *   <li>{@value #ENV_TOKEN}, or {@value #ENV_TOKEN_FILE} naming a file that holds it: the
 *       bearer token that {@code POST} needs. Without one the service only reads. The token is
 *       compared in constant time and never logged.</li>
 * </ul>
 *
 * <p><b>Threads.</b> Requests run on a small fixed pool ({@link #THREADS} daemon threads). The
 * store is thread-safe and each request reads one snapshot of it: a scorecard never sees half of
 * a post.
 *
 * <p><b>Address.</b> The service listens on the loopback interface only (127.0.0.1), which is
 * what an example should do; to serve other machines, give a host to bind to as the second
 * argument (such as {@code 0.0.0.0}) and put it behind TLS and whatever else a real deployment
 * needs: the token travels in clear otherwise.
 *
 * <p>Run it from the repository root, with an optional port (default 8080) and host:
 * <pre>{@code
 * export ATTAIN_SERVICE_TOKEN=$(openssl rand -hex 16)
 * mvn -q test-compile exec:java -Dexec.mainClass=dev.attain.examples.PlanMonitoringService -Dexec.args="8080"
 * curl -s 'http://127.0.0.1:8080/scorecard?asOf=2022-12-31'
 * curl -s -H "Authorization: Bearer $ATTAIN_SERVICE_TOKEN" --data-binary @new-figures.json \
 *      http://127.0.0.1:8080/outcomes
 * }</pre>
 */
public final class PlanMonitoringService {

    /** The port used when none is given. */
    static final int DEFAULT_PORT = 8080;

    /** The number of request threads. */
    static final int THREADS = 4;

    /** The largest request body accepted, in bytes. */
    static final int MAX_BODY = 1024 * 1024;

    /**
     * How much of a body over {@link #MAX_BODY} is read and thrown away before the 413 is sent. A
     * client does not wait for the answer before sending its body: a server that answers and closes
     * with the body unread resets the connection under it, and the client loses the 413. Past this
     * many bytes the service answers with {@code Connection: close} instead of reading on.
     */
    static final long DRAIN_LIMIT = 16L * MAX_BODY;

    /** The zone of "today" when a request gives no date: the plans' own, China Standard Time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The scorecard endpoint. */
    static final String PATH = "/scorecard";

    /** The history endpoint. */
    static final String HISTORY = "/history";

    /** The endpoint that takes new figures. */
    static final String OUTCOMES = "/outcomes";

    /** The query parameter. */
    static final String AS_OF = "asOf";

    /** The environment variable naming the store. */
    static final String ENV_STORE = "ATTAIN_STORE";

    /** The environment variable with the database user, for a JDBC URL. */
    static final String ENV_STORE_USER = "ATTAIN_STORE_USER";

    /** The environment variable with the database password, for a JDBC URL. */
    static final String ENV_STORE_PASSWORD = "ATTAIN_STORE_PASSWORD";

    /** The environment variable with the bearer token. */
    static final String ENV_TOKEN = "ATTAIN_SERVICE_TOKEN";

    /** The environment variable naming a file that holds the bearer token. */
    static final String ENV_TOKEN_FILE = "ATTAIN_SERVICE_TOKEN_FILE";

    /** The store when none is named: an H2 file under target/. */
    static final String DEFAULT_STORE = "target/plan-monitoring";

    private static final String JSON = "application/json; charset=utf-8";

    /** Posted text is untrusted: the default limits, and a document no longer than a body may be. */
    private static final DatasetReader POSTED = DatasetReader.builder().maxDocumentLength(MAX_BODY).build();

    private final Store store;
    private final Optional<byte[]> tokenDigest;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param store  the store, shared by all requests, not null
     * @param token  the bearer token that writing needs; empty for a service that only reads
     * @param clock  the clock that says what today is, not null
     */
    PlanMonitoringService(Store store, Optional<String> token, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.tokenDigest = requireNonNull(token, "token").map(PlanMonitoringService::digest);
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
        Optional<String> token;
        try {
            if (args.length > 2) {
                throw new ExampleSupport.UsageException("at most two arguments, a port and a host, expected; got "
                        + args.length);
            }
            port = args.length > 0 ? port(args[0]) : DEFAULT_PORT;
            host = args.length > 1 ? InetAddress.getByName(args[1]) : InetAddress.getLoopbackAddress();
            token = token(System.getenv());
        } catch (ExampleSupport.UsageException | IOException e) {
            err.println(e.getMessage());
            err.println("usage: PlanMonitoringService [port, default " + DEFAULT_PORT + "] [host, default 127.0.0.1];"
                    + " environment: " + ENV_STORE + ", " + ENV_TOKEN + " or " + ENV_TOKEN_FILE);
            System.exit(ExampleSupport.EXIT_USAGE);
            return;
        }
        Store store;
        HttpServer server;
        try {
            store = openStore(System.getenv());
        } catch (ExampleSupport.MissingDataException | StoreException e) {
            err.println(e.getMessage());
            System.exit(ExampleSupport.EXIT_NO_DATA);
            return;
        }
        try {
            server = start(store, token, Clock.system(ZONE), new InetSocketAddress(host, port));
        } catch (UncheckedIOException e) {
            store.close();
            err.println("cannot listen on " + host.getHostAddress() + ":" + port + ": "
                    + (e.getCause() instanceof BindException ? "the port is in use or not allowed" : e.getCause()));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(server, 1);
            store.close();
        }, "plan-monitoring-stop"));
        InetSocketAddress a = server.getAddress();
        out.println("Plan monitoring service on http://" + a.getHostString() + ":" + a.getPort() + PATH
                + "?asOf=2022-12-31 (Ctrl+C stops it); data in " + store + "; "
                + (token.isPresent() ? "POST " + OUTCOMES + " needs the bearer token" : "read-only: no token given"));
    }

    /**
     * Reads the bearer token from the environment: the file named by {@value #ENV_TOKEN_FILE}
     * (its content, stripped), or else {@value #ENV_TOKEN}.
     *
     * @param env  the environment, not null
     * @return the token, or empty if none is given
     * @throws ExampleSupport.UsageException if the file cannot be read, or the token is shorter
     *     than 16 characters
     */
    static Optional<String> token(Map<String, String> env) {
        String file = env.get(ENV_TOKEN_FILE);
        String token;
        if (file != null && !file.isBlank()) {
            try {
                token = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new ExampleSupport.UsageException("cannot read the token file named by " + ENV_TOKEN_FILE
                        + ": " + e.getMessage());
            }
        } else {
            token = env.getOrDefault(ENV_TOKEN, "").strip();
        }
        if (token.isEmpty()) {
            return Optional.empty();
        }
        if (token.length() < 16) {
            throw new ExampleSupport.UsageException("the bearer token must have at least 16 characters; it has "
                    + token.length());
        }
        return Optional.of(token);
    }

    /**
     * Opens the store named by the environment ({@value #ENV_STORE}: a JDBC URL or an H2 file's
     * path; {@value #DEFAULT_STORE} by default) and, if it holds nothing, writes the bundled
     * Jiangxi dataset to it.
     *
     * @param env  the environment, not null
     * @return the store, never null
     * @throws StoreException if the store cannot be opened
     * @throws ExampleSupport.MissingDataException if the store is empty and the working directory
     *     is not the repository root
     */
    static Store openStore(Map<String, String> env) {
        String name = env.getOrDefault(ENV_STORE, "").strip();
        Store store;
        if (name.startsWith("jdbc:")) {
            Properties info = new Properties();
            Optional.ofNullable(env.get(ENV_STORE_USER)).ifPresent(u -> info.setProperty("user", u));
            Optional.ofNullable(env.get(ENV_STORE_PASSWORD)).ifPresent(p -> info.setProperty("password", p));
            store = Store.open(name, info);
        } else {
            store = Store.open(Path.of(name.isEmpty() ? DEFAULT_STORE : name));
        }
        try {
            if (store.isEmpty()) {
                store.importDataset(ExampleSupport.dataset());
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Starts the service on the loopback interface over a store.
     *
     * @param store  the store, not null
     * @param token  the bearer token that writing needs, or empty for a service that only reads
     * @param port  the port, or 0 for any free port
     * @return the running server; {@code getAddress().getPort()} is the port it got; stop it with
     *     {@link #stop(HttpServer)}
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static HttpServer start(Store store, Optional<String> token, int port) {
        return start(store, token, Clock.system(ZONE), new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    /**
     * Starts the service.
     *
     * @param store  the store, shared by all requests, not null
     * @param token  the bearer token that writing needs, or empty for a service that only reads
     * @param clock  the clock that says what today is, for requests without a date, not null
     * @param address  where to listen, not null
     * @return the running server
     * @throws UncheckedIOException if the address cannot be bound
     */
    static HttpServer start(Store store, Optional<String> token, Clock clock, InetSocketAddress address) {
        PlanMonitoringService service = new PlanMonitoringService(store, token, clock);
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
     * Stops a server that {@link #start} returned at once, and ends its request threads. The
     * store stays open: its owner closes it.
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
                send(exchange, 500, error(500, "Internal Server Error", "the request could not be answered: "
                        + e.getClass().getSimpleName()));
            }
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String path = uri.getPath();
        String method = exchange.getRequestMethod();
        if (!PATH.equals(path) && !HISTORY.equals(path) && !OUTCOMES.equals(path)) {
            send(exchange, 404, error(404, "Not Found", "no resource at '" + path + "'; the service answers GET "
                    + PATH + "?" + AS_OF + "=YYYY-MM-DD, GET " + HISTORY + "?indicator=…&scope=…&period=… and POST "
                    + OUTCOMES));
            return;
        }
        String allowed = OUTCOMES.equals(path) ? "POST" : "GET";
        if (!allowed.equals(method)) {
            exchange.getResponseHeaders().set("Allow", allowed);
            send(exchange, 405, error(405, "Method Not Allowed", "method " + method + " is not allowed on " + path
                    + "; use " + allowed));
            return;
        }
        Map<String, List<String>> query;
        try {
            query = query(uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            send(exchange, 400, error(400, "Bad Request", "the query string is not valid URL encoding: "
                    + e.getMessage()));
            return;
        }
        switch (path) {
            case PATH -> scorecard(exchange, query);
            case HISTORY -> history(exchange, query);
            default -> postOutcomes(exchange);
        }
    }

    private void scorecard(HttpExchange exchange, Map<String, List<String>> query) throws IOException {
        List<String> values = query.getOrDefault(AS_OF, List.of());
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
        Scorecard card = Tracker.of(store, asOf).evaluate(asOf);
        send(exchange, 200, JsonReport.of().render(card));
    }

    private void history(HttpExchange exchange, Map<String, List<String>> query) throws IOException {
        String indicator;
        Scope scope;
        Period period;
        try {
            indicator = single(query, "indicator", "an indicator id such as ei-revenue");
            String scopeText = query.containsKey("scope") ? single(query, "scope", "key=value, key=value") : "";
            try {
                scope = Scope.parse(scopeText);
            } catch (IllegalArgumentException e) {
                throw new BadParameter("scope", scopeText, "key=value, key=value, such as region=江西省", e.getMessage());
            }
            String periodText = single(query, "period", "a period such as 2022 or 2022-Q3");
            try {
                period = Period.parse(periodText);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new BadParameter("period", periodText, "a period such as 2022, 2022-Q3 or 2022-01..2022-06",
                        e.getMessage());
            }
        } catch (BadParameter e) {
            send(exchange, 400, e.json());
            return;
        }
        List<Outcome> outcomes = store.history(indicator, scope, period);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indicator", indicator);
        body.put("scope", scope);
        body.put("period", period);
        body.put("outcomes", outcomes);
        send(exchange, 200, Datasets.jsonMapper().writeValueAsString(body));
    }

    private void postOutcomes(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"attain\"");
            send(exchange, 401, error(401, "Unauthorized", "POST " + OUTCOMES + " needs the header 'Authorization:"
                    + " Bearer <token>' with the token the service was started with"));
            return;
        }
        if (tokenDigest.isEmpty() || !MessageDigest.isEqual(tokenDigest.get(), digest(authorization.substring(7).strip()))) {
            send(exchange, 403, error(403, "Forbidden", tokenDigest.isEmpty()
                    ? "this service was started without a token: it only reads"
                    : "the bearer token is not the service's"));
            return;
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && isOver(length, MAX_BODY)) {
            refuseTooLarge(exchange, !isOver(length, DRAIN_LIMIT));
            return;
        }
        byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY);
        if (body == null) {
            refuseTooLarge(exchange, true);
            return;
        }
        List<Outcome> stored;
        try {
            stored = store.append(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8),
                    DatasetFormat.JSON, "request", POSTED);
        } catch (DatasetException e) {
            send(exchange, 400, problems(e.problems(), e.getMessage()));
            return;
        } catch (IllegalArgumentException e) {
            send(exchange, 400, error(400, "Bad Request", e.getMessage()));
            return;
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("stored", stored.size());
        response.put("outcomes", stored);
        send(exchange, 201, Datasets.jsonMapper().writeValueAsString(response));
    }

    private static boolean isOver(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // the body is counted as it is read
        }
    }

    /** The body, or null if it is longer than the limit (the rest is not read). */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + n > limit) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Answers 413. With {@code drain}, the rest of the body is read and discarded first (up to
     * {@link #DRAIN_LIMIT} bytes), so the client, still sending, is not reset before it reads the
     * answer; a body that goes on past that, or one not drained, gets {@code Connection: close}.
     */
    private static void refuseTooLarge(HttpExchange exchange, boolean drain) throws IOException {
        if (!drain || !drain(exchange.getRequestBody(), DRAIN_LIMIT)) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
        send(exchange, 413, tooLarge());
    }

    /** Reads and discards at most {@code limit} bytes; true if the body ended within them. */
    private static boolean drain(InputStream in, long limit) throws IOException {
        byte[] buf = new byte[8192];
        long left = limit;
        while (left > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (n < 0) {
                return true;
            }
            left -= n;
        }
        return in.read() < 0;
    }

    private static String tooLarge() {
        return error(413, "Payload Too Large", "the body is over the limit of " + MAX_BODY + " bytes; post the"
                + " outcomes in several requests");
    }

    /** SHA-256 of a token: digests of equal length, compared in constant time by MessageDigest.isEqual. */
    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String problems(List<Problem> problems, String message) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", p.line());
            m.put("column", p.column());
            m.put("record", p.record().orElse(null));
            m.put("field", p.field().orElse(null));
            m.put("message", p.message());
            list.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", "Bad Request");
        body.put("message", "nothing was stored: " + message.lines().findFirst().orElse(""));
        body.put("problems", list);
        return Datasets.jsonMapper().writeValueAsString(body);
    }

    /** The query's parameters, decoded, each with its values in order. */
    static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    /** The values of a query parameter, decoded, in order. */
    static List<String> parameter(String rawQuery, String name) {
        return query(rawQuery).getOrDefault(name, List.of());
    }

    private static String single(Map<String, List<String>> query, String name, String expected) {
        List<String> v = query.getOrDefault(name, List.of());
        if (v.size() != 1 || v.get(0).isBlank()) {
            throw new BadParameter(name, String.join(",", v), expected, "query parameter '" + name + "' is "
                    + (v.isEmpty() ? "missing" : v.size() > 1 ? "given " + v.size() + " times" : "empty")
                    + "; give it once: " + expected);
        }
        return v.get(0);
    }

    /** A bad query parameter, answered with 400. */
    private static final class BadParameter extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String parameter;
        private final String value;
        private final String expected;

        BadParameter(String parameter, String value, String expected, String message) {
            super(message);
            this.parameter = parameter;
            this.value = value;
            this.expected = expected;
        }

        String json() {
            return badParameter(parameter, value, expected, getMessage());
        }
    }

    private static String badDate(String value, String message) {
        return badParameter(AS_OF, value, "an ISO date YYYY-MM-DD, such as 2022-12-31", message);
    }

    private static String badParameter(String parameter, String value, String expected, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", "Bad Request");
        body.put("parameter", parameter);
        body.put("value", value);
        body.put("expected", expected);
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
