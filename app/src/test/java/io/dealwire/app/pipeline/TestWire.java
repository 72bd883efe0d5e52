package io.dealwire.app.pipeline;

import com.sun.net.httpserver.HttpServer;
import io.dealwire.ingest.feed.FeedListReader;
import io.dealwire.schemas.avro.FeedDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small news site on 127.0.0.1 for pipeline tests: one RSS feed ({@code e2e/feed.xml}) and one article page, both
 * written for the project. Items can be added to the feed while the test runs.
 */
final class TestWire implements AutoCloseable {
    private final HttpServer server;
    private final String base;
    private volatile String extraItems = "";

    TestWire() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        serve("/feed.xml", "e2e/feed.xml", "application/rss+xml; charset=utf-8");
        serve("/articles/nordhafen-trellis.html", "e2e/nordhafen-trellis.html", "text/html; charset=utf-8");
        server.start();
    }

    /** {@code host:port} for {@code ingest.allowed-hosts}. */
    String hostAndPort() {
        return base.substring("http://".length());
    }

    /** The feed list holding this site's feed. */
    List<FeedDefinition> feeds() throws IOException {
        String yaml = "feeds:\n  - url: " + base + "/feed.xml\n    name: Test Wire\n    language: en\n";
        return new FeedListReader().read(new StringReader(yaml), "test feeds");
    }

    /** Adds RSS {@code <item>} elements (with {@code ${base}} placeholders) to the end of the feed. */
    void addItems(String items) {
        extraItems = items;
    }

    private void serve(String path, String resource, String type) {
        server.createContext(path, exchange -> {
            String text = fixture(resource).replace("</channel>", extraItems + "</channel>");
            byte[] body = text.replace("${base}", base).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static String fixture(String resource) {
        try (InputStream in = TestWire.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
