package io.dealwire.app.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A simulated farm of news sites for the feed benchmark: one HTTP server listening on every address of the machine,
 * where each simulated host is its own loopback address {@code 127.0.x.y} (Linux routes all of 127.0.0.0/8 to the
 * loopback interface) and the address a request arrived on tells the hosts apart. Each host serves a permissive
 * robots.txt and its share of the feeds as RSS 2.0; every feed gains a new item every {@code newItemEvery}, answers
 * a matching {@code If-None-Match} with 304, and every response waits a simulated latency first. The farm counts, per
 * host, requests in flight (and the most ever seen at once) and the gap between the end of one request and the
 * start of the next; requests arriving on an address that is not loopback are refused.
 */
final class FeedFarm implements AutoCloseable {
    private static final DateTimeFormatter RFC_1123 =
            DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).withLocale(Locale.ROOT);
    private static final String[] WORDS = {
        "acquisition", "merger", "board", "shareholders", "approved", "offer", "billion", "regulators", "deal",
        "company", "announced", "agreement", "completed", "stake", "investors", "market", "quarter", "results"
    };

    /** The farm's shape. */
    record Shape(int feeds, int hosts, int items, Duration latency, Duration newItemEvery) {}

    private final Shape shape;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Instant epoch = Instant.now();
    private final long startNanos = System.nanoTime();
    private final AtomicIntegerArray inFlight;
    private final AtomicLongArray lastEndNanos;
    private final AtomicIntegerArray feedPolls;
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger feedsPolled = new AtomicInteger();
    private final AtomicLong firstCycleNanos = new AtomicLong(-1);
    private final AtomicLong minGapNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong gapViolations = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();
    private final AtomicLong robots = new AtomicLong();
    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final long minGapNanosAllowed;

    private FeedFarm(Shape shape, Duration perHostDelay, HttpServer server, ExecutorService executor) {
        this.shape = shape;
        this.server = server;
        this.executor = executor;
        this.inFlight = new AtomicIntegerArray(shape.hosts());
        this.lastEndNanos = new AtomicLongArray(shape.hosts());
        this.feedPolls = new AtomicIntegerArray(shape.feeds());
        this.minGapNanosAllowed = perHostDelay.toNanos();
    }

    /**
     * Starts the farm on an ephemeral port of the wildcard address.
     *
     * @param perHostDelay the pause the crawler promises between requests to one host; shorter gaps are counted
     */
    static FeedFarm start(Shape shape, Duration perHostDelay) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(0), 1024);
            ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "feed-farm");
                thread.setDaemon(true);
                return thread;
            });
            FeedFarm farm = new FeedFarm(shape, perHostDelay, server, executor);
            server.createContext("/", farm::handle);
            server.setExecutor(executor);
            server.start();
            return farm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the feed farm", e);
        }
    }

    /** The loopback address of host {@code index}: 127.0.1.1 onwards, 250 hosts per third octet. */
    static String address(int host) {
        return "127.0." + (1 + host / 250) + "." + (1 + host % 250);
    }

    /** The URL of feed {@code index}; feeds are dealt to hosts round-robin. */
    URI feedUrl(int feed) {
        return URI.create("http://" + address(feed % shape.hosts()) + ":" + port() + "/feed/" + feed + ".xml");
    }

    /** Every {@code host:port} of the farm, for {@code ingest.allowed-hosts}. */
    List<String> allowList() {
        List<String> hosts = new ArrayList<>();
        for (int host = 0; host < shape.hosts(); host++) {
            hosts.add(address(host) + ":" + port());
        }
        return hosts;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        int host = hostIndex(exchange.getLocalAddress().getAddress());
        if (host < 0) {
            refused.incrementAndGet();
            respond(exchange, 403, "text/plain", "not a farm address", null);
            return;
        }
        requests.incrementAndGet();
        int now = inFlight.incrementAndGet(host);
        maxInFlight.accumulateAndGet(now, Math::max);
        long previousEnd = lastEndNanos.get(host);
        if (previousEnd != 0) {
            long gap = started - previousEnd;
            minGapNanos.accumulateAndGet(gap, Math::min);
            if (gap < minGapNanosAllowed) {
                gapViolations.incrementAndGet();
            }
        }
        try {
            simulateLatency();
            // the gap is measured from before the response is sent, which the client's pause can only follow; a
            // timestamp taken after sending could come late on a loaded machine and show a gap that never was
            lastEndNanos.set(host, System.nanoTime());
            serve(exchange, host);
        } finally {
            inFlight.decrementAndGet(host);
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange, int host) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/robots.txt")) {
            robots.incrementAndGet();
            respond(exchange, 200, "text/plain", "User-agent: *\nAllow: /\n", null);
        } else if (path.startsWith("/feed/") && path.endsWith(".xml")) {
            int feed = parseFeed(path);
            if (feed < 0 || feed >= shape.feeds() || feed % shape.hosts() != host) {
                respond(exchange, 404, "text/plain", "no such feed", null);
                return;
            }
            polled(feed);
            serveFeed(exchange, host, feed);
        } else {
            pages.incrementAndGet();
            respond(exchange, 404, "text/plain", "no such page", null);
        }
    }

    private void serveFeed(HttpExchange exchange, int host, int feed) throws IOException {
        long newest = newestItem(feed);
        String etag = "\"" + feed + "-" + newest + "\"";
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            respond(exchange, 304, null, null, etag);
            return;
        }
        respond(exchange, 200, "application/rss+xml; charset=utf-8", rss(host, feed, newest), etag);
    }

    private void polled(int feed) {
        if (feedPolls.getAndIncrement(feed) == 0 && feedsPolled.incrementAndGet() == shape.feeds()) {
            firstCycleNanos.compareAndSet(-1, System.nanoTime() - startNanos);
        }
    }

    /** Number of the newest item of {@code feed} now; items appear every newItemEvery, feeds out of phase. */
    private long newestItem(int feed) {
        long every = shape.newItemEvery().toMillis();
        long phase = Math.floorMod(feed * 7919L, every);
        long elapsed = Duration.between(epoch, Instant.now()).toMillis();
        return shape.items() + (elapsed + phase) / every;
    }

    private String rss(int host, int feed, long newest) {
        String site = "http://" + address(host) + ":" + port();
        StringBuilder xml = new StringBuilder(4096 + shape.items() * 900);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                .append("<title>Farm feed ")
                .append(feed)
                .append("</title><link>")
                .append(site)
                .append("/</link><description>Simulated deal news</description><language>en</language>\n");
        long every = shape.newItemEvery().toMillis();
        for (long item = newest; item > newest - shape.items() && item > 0; item--) {
            Instant published = epoch.plusMillis((item - shape.items()) * every);
            xml.append("<item><title>Deal ")
                    .append(feed)
                    .append('-')
                    .append(item)
                    .append("</title><link>")
                    .append(site)
                    .append("/article/")
                    .append(feed)
                    .append('/')
                    .append(item)
                    .append("</link><guid>")
                    .append(site)
                    .append("/article/")
                    .append(feed)
                    .append('/')
                    .append(item)
                    .append("</guid><pubDate>")
                    .append(RFC_1123.format(published))
                    .append("</pubDate><description>")
                    .append(text(feed, item))
                    .append("</description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    /** About 600 characters of words, so the item's text is long enough that no article page is fetched. */
    private static String text(int feed, long item) {
        StringBuilder text = new StringBuilder(700);
        long seed = feed * 31L + item;
        while (text.length() < 600) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            text.append(WORDS[(int) Math.floorMod(seed >>> 33, WORDS.length)]).append(' ');
        }
        return text.append("Company ")
                .append(feed)
                .append(" news ")
                .append(item)
                .append('.')
                .toString();
    }

    private void simulateLatency() {
        long mean = shape.latency().toMillis();
        if (mean <= 0) {
            return;
        }
        long millis = mean / 2 + ThreadLocalRandom.current().nextLong(mean + 1);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int hostIndex(InetAddress local) {
        byte[] octets = local.getAddress();
        if (octets.length != 4 || octets[0] != 127 || octets[1] != 0) {
            return -1;
        }
        int index = ((octets[2] & 0xff) - 1) * 250 + (octets[3] & 0xff) - 1;
        return index >= 0 && index < shape.hosts() && (octets[3] & 0xff) <= 250 ? index : -1;
    }

    private static int parseFeed(String path) {
        try {
            return Integer.parseInt(path.substring("/feed/".length(), path.length() - ".xml".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body, String etag)
            throws IOException {
        if (etag != null) {
            exchange.getResponseHeaders().set("ETag", etag);
        }
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** What the farm has seen so far. */
    record Figures(
            long requests,
            long robots,
            long pages,
            long notModified,
            long refused,
            int feedsPolled,
            long feedPolls,
            int maxConcurrentPerHost,
            long gapViolations,
            Duration minGap,
            Duration firstCycle) {}

    Figures figures() {
        long polls = 0;
        for (int feed = 0; feed < shape.feeds(); feed++) {
            polls += feedPolls.get(feed);
        }
        long gap = minGapNanos.get();
        long cycle = firstCycleNanos.get();
        return new Figures(
                requests.get(),
                robots.get(),
                pages.get(),
                notModified.get(),
                refused.get(),
                feedsPolled.get(),
                polls,
                maxInFlight.get(),
                gapViolations.get(),
                gap == Long.MAX_VALUE ? null : Duration.ofNanos(gap),
                cycle < 0 ? null : Duration.ofNanos(cycle));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
