package io.dealwire.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTP server on 127.0.0.1 and a random port, for tests; records every request it receives. */
public final class LocalHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    /** A request as received. */
    public record Request(String path, com.sun.net.httpserver.Headers headers) {}

    public LocalHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.start();
    }

    /** Serves {@code handler} under {@code path}, recording each request. */
    public LocalHttpServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.add(new Request(exchange.getRequestURI().toString(), exchange.getRequestHeaders()));
            try (exchange) {
                handler.handle(exchange);
            }
        });
        return this;
    }

    /** Serves a fixed body with the given content type. */
    public LocalHttpServer serve(String path, String contentType, String body) {
        return on(path, exchange -> respond(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code host:port} of this server, for the allow-list. */
    public String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Absolute URL of {@code path} on this server. */
    public URI url(String path) {
        return URI.create("http://" + hostAndPort() + path);
    }

    /** Requests received so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Sends a complete response. */
    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
