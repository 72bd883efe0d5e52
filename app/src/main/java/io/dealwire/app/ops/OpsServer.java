package io.dealwire.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-process operations endpoint: {@code /metrics} (Prometheus text format), {@code /health/live} (200 while
 * the process runs) and {@code /health/ready} (200 only when {@link Readiness} says so, 503 with the reason
 * otherwise).
 */
public final class OpsServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    /** Starts serving on {@code bind:port} (port 0 picks a free one). */
    public static OpsServer start(String bind, int port, PrometheusMeterRegistry registry, Readiness readiness) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 16);
            server.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "dealwire-ops-http");
                t.setDaemon(true);
                return t;
            }));
            server.createContext(
                    "/metrics",
                    exchange -> respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
            server.createContext("/health/live", exchange -> respond(exchange, 200, "text/plain", "live\n"));
            server.createContext("/health/ready", exchange -> {
                Readiness.Status status = readiness.check();
                respond(exchange, status.ready() ? 200 : 503, "text/plain", status.reason() + "\n");
            });
            server.start();
            OpsServer ops = new OpsServer(server);
            log.info("operations endpoint serving url=http://{}:{}/metrics", bind, ops.port());
            return ops;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot serve the operations endpoint on " + bind + ":" + port
                            + " (set http.port, or -1 to disable it)",
                    e);
        }
    }

    /** The port actually bound. */
    public int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
