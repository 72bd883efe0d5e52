package io.dealwire.app.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline demo's web site: serves the bundled feeds and article pages from the classpath on 127.0.0.1, with
 * {@code ${base}} in every file replaced by the site's own base URL, and ETags so conditional GETs get 304s.
 */
public final class DemoSite implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DemoSite.class);
    static final String ROOT = "io/dealwire/app/demo/";
    private static final Map<String, String> TYPES = Map.of(
            "xml", "application/xml; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "json", "application/feed+json; charset=utf-8",
            "yaml", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final String baseUrl;

    private DemoSite(HttpServer server) {
        this.server = server;
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Starts serving on 127.0.0.1:{@code port} (0 for any free port). */
    public static DemoSite start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            DemoSite site = new DemoSite(server);
            server.createContext("/", site::handle);
            server.start();
            log.info("demo site serving baseUrl={}", site.baseUrl);
            return site;
        } catch (BindException e) {
            throw new IllegalStateException(
                    "demo.port " + port + " is in use on 127.0.0.1; set demo.port (or "
                            + "DEALWIRE_DEMO_PORT) to a free port",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo site on port " + port, e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The demo's feed list as YAML, with its URLs pointing at this site. */
    public String feedListYaml() {
        return resolve(read(ROOT + "feeds.yaml"));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.contains("..") || !TYPES.containsKey(extension(path))
                    ? null
                    : readOrNull(ROOT + "site" + path);
            if (body == null
                    || !"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(body == null ? 404 : 405, -1);
                return;
            }
            body = resolve(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            String etag = "\"" + sha(body) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders()
                    .set("Content-Type", TYPES.getOrDefault(extension(path), "application/octet-stream"));
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.sendResponseHeaders(200, "HEAD".equals(exchange.getRequestMethod()) ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private String resolve(String text) {
        return text.replace("${base}", baseUrl);
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1);
    }

    private static String read(String resource) {
        byte[] bytes = readOrNull(resource);
        if (bytes == null) {
            throw new IllegalStateException("demo resource missing from the jar: " + resource);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] readOrNull(String resource) {
        try (InputStream in = DemoSite.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
