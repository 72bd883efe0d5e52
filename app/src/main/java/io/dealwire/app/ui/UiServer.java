package io.dealwire.app.ui;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deal desk's HTTP server: the pages ({@code /}, {@code /deals/{id}}, {@code /charts}, {@code /ops}), their
 * static files, the JSON API ({@code /api/deals}, {@code /api/deals/{id}}, {@code /api/feeds}, {@code /api/stats},
 * {@code /api/ops}) and the event stream {@code /api/stream}. Every response carries a strict
 * Content-Security-Policy: the pages load only their own scripts and styles and never inline code.
 */
public final class UiServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(UiServer.class);
    /** The policy on every response: own scripts, styles and fetches only; no inline code, no framing. */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));
    private static final String STATIC = "io/dealwire/app/ui/static/";
    private static final Map<String, String> PAGES =
            Map.of("/", "index.html", "/charts", "charts.html", "/ops", "ops.html");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml");

    /** What the server answers from. */
    public record Sources(
            DealDesk desk, Supplier<List<FeedHealth>> feeds, Supplier<Object> operations, SseHub events) {}

    private final HttpServer server;
    private final ExecutorService api;
    private final Sources sources;
    private final boolean loopbackOnly;

    private UiServer(HttpServer server, ExecutorService api, Sources sources) {
        this.server = server;
        this.api = api;
        this.sources = sources;
        this.loopbackOnly = server.getAddress().getAddress().isLoopbackAddress();
    }

    /** Serves on {@code bind:port} (port 0 picks a free one). */
    public static UiServer start(String bind, int port, Sources sources) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 64);
            ExecutorService api = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "dealwire-ui-http");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(api);
            UiServer ui = new UiServer(server, api, sources);
            server.createContext("/", ui::handle);
            server.start();
            log.info("deal desk serving url=http://{}:{}/", bind, ui.port());
            return ui;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot serve the deal desk on " + bind + ":" + port + " (set ui.port, or ui.enabled=false)", e);
        }
    }

    /** The port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Security-Policy", CSP);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        String path = exchange.getRequestURI().getRawPath();
        try {
            if (loopbackOnly && !loopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
                // DNS rebinding: a page from another site must not reach a desk bound to loopback by a name of its own
                error(exchange, 421, "this desk answers only to 127.0.0.1, [::1] or localhost");
            } else if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                headers.set("Allow", "GET, HEAD");
                error(exchange, 405, "only GET and HEAD are served");
            } else if (path.equals("/api/stream")) {
                sources.events().attach(exchange);
                return; // the hub's writer owns the exchange from here
            } else if (path.startsWith("/api/")) {
                api(exchange, path);
            } else {
                page(exchange, path);
            }
        } catch (BadRequestException e) {
            error(exchange, 400, e.getMessage());
        } catch (StoreNotReadyException e) {
            headers.set("Retry-After", "2");
            error(exchange, 503, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("deal desk request failed path={} error={}", path, e.toString());
            error(exchange, 500, "internal error: " + e.getClass().getSimpleName());
        }
        exchange.close();
    }

    private void api(HttpExchange exchange, String path) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        Map<String, String> params = query(exchange.getRequestURI().getRawQuery());
        if (path.equals("/api/deals")) {
            json(exchange, 200, sources.desk().find(DealQuery.parse(params)));
        } else if (path.startsWith("/api/deals/") && path.length() > "/api/deals/".length()) {
            String id = decode(path.substring("/api/deals/".length()));
            var deal = sources.desk().deal(id);
            if (deal.isPresent()) {
                json(exchange, 200, deal.get());
            } else {
                error(exchange, 404, "no deal with id " + id);
            }
        } else if (path.equals("/api/feeds")) {
            json(exchange, 200, Map.of("feeds", sources.feeds().get()));
        } else if (path.equals("/api/stats")) {
            json(exchange, 200, sources.desk().stats());
        } else if (path.equals("/api/ops")) {
            Map<String, Object> ops = new LinkedHashMap<>();
            ops.put("source", sources.desk().source());
            ops.put("liveClients", sources.events().clients());
            ops.put("pipeline", sources.operations().get());
            json(exchange, 200, ops);
        } else {
            error(exchange, 404, "no such API: " + path);
        }
    }

    private void page(HttpExchange exchange, String path) throws IOException {
        String file = PAGES.get(path);
        if (file == null && path.startsWith("/deals/") && path.length() > "/deals/".length()) {
            file = "deal.html";
        }
        if (file == null && path.startsWith("/static/") && path.lastIndexOf('/') == "/static".length()) {
            file = path.substring("/static/".length());
        }
        byte[] body = file == null || file.contains("..") ? null : resource(file);
        String type = file == null ? null : TYPES.get(extension(file));
        if (body == null || type == null) {
            error(exchange, 404, "not found: " + path);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        send(exchange, 200, body);
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = UiServer.class.getClassLoader().getResourceAsStream(STATIC + file)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static void json(HttpExchange exchange, int status, Object value) throws IOException {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the API's JSON", e);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        send(exchange, status, body);
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        json(exchange, status, Map.of("error", message));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    /** Whether a Host header names this machine's loopback: 127.0.0.1, [::1] or localhost, any port. */
    static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.trim().toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("[")) {
            return name.startsWith("[::1]") && (name.length() == 5 || name.charAt(5) == ':');
        }
        int colon = name.indexOf(':');
        name = colon < 0 ? name : name.substring(0, colon);
        return name.equals("localhost") || name.equals("127.0.0.1");
    }

    /** The query string's parameters, decoded; a repeated name keeps its last value. */
    static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("malformed percent-encoding in " + text);
        }
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1);
    }

    @Override
    public void close() {
        server.stop(0);
        api.shutdownNow();
    }
}
