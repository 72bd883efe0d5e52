package io.dealwire.app.ui;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent events to the desk's open pages. Each page gets its own writer thread from a pool separate from the
 * API's, so a slow page never holds an API thread; a page whose queue fills up (it stopped reading) is dropped
 * and reconnects by itself. A comment line goes out every {@code keepAlive} so proxies keep the stream open.
 */
final class SseHub implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SseHub.class);
    private static final int QUEUE = 64;

    private final int maxClients;
    private final Duration keepAlive;
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final ExecutorService writers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dealwire-ui-sse");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    SseHub(int maxClients, Duration keepAlive) {
        this.maxClients = maxClients;
        this.keepAlive = keepAlive;
    }

    /** Takes over {@code exchange} as an event stream; answers 503 when {@code maxClients} streams are open. */
    void attach(HttpExchange exchange) throws IOException {
        if (closed || clients.size() >= maxClients) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange);
        clients.add(client);
        client.queue.offer("retry: 3000\n: connected\n\n");
        writers.execute(client::run);
    }

    /** Sends one event to every open stream; never blocks. */
    void publish(String event, String data) {
        String frame = "event: " + event + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n";
        for (Client client : clients) {
            if (!client.queue.offer(frame)) {
                log.debug("event stream dropped: the page stopped reading");
                client.stop();
            }
        }
    }

    /** Streams open now. */
    int clients() {
        return clients.size();
    }

    @Override
    public void close() {
        closed = true;
        clients.forEach(Client::stop);
        writers.shutdownNow();
    }

    private final class Client {
        final HttpExchange exchange;
        final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);
        volatile boolean stopped;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
        }

        void run() {
            try (OutputStream out = exchange.getResponseBody()) {
                while (!stopped) {
                    String frame = queue.poll(keepAlive.toMillis(), TimeUnit.MILLISECONDS);
                    out.write((frame == null ? ": keep-alive\n\n" : frame).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException e) {
                log.debug("event stream closed by the page error={}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                clients.remove(this);
                exchange.close();
            }
        }

        void stop() {
            stopped = true;
            clients.remove(this);
        }
    }
}
