package io.dealwire.sink.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Endpoints a receiver disabled with 410 Gone. Kept in a file (one {@code id url} line per endpoint, replaced
 * atomically on each change) so an endpoint stays disabled across restarts; an endpoint whose URL is changed in the
 * configuration is a new endpoint and is called again. Thread-safe.
 */
public final class DisabledEndpoints {
    private static final Logger log = LoggerFactory.getLogger(DisabledEndpoints.class);

    private final Optional<Path> file;
    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    private DisabledEndpoints(Optional<Path> file) {
        this.file = file;
    }

    /** Forgotten at restart: for tests and embedding. */
    public static DisabledEndpoints inMemory() {
        return new DisabledEndpoints(Optional.empty());
    }

    /**
     * Remembered in {@code file}, read now if it exists.
     *
     * @throws IOException when the file exists but cannot be read
     */
    public static DisabledEndpoints inFile(Path file) throws IOException {
        DisabledEndpoints disabled = new DisabledEndpoints(Optional.of(file));
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    disabled.keys.add(line.strip());
                }
            }
        }
        return disabled;
    }

    /** Whether {@code endpoint} (its id at its URL) was disabled. */
    public boolean contains(WebhookEndpoint endpoint) {
        return keys.contains(key(endpoint));
    }

    /** The ids of the given endpoints that are disabled. */
    public Set<String> idsAmong(List<WebhookEndpoint> endpoints) {
        Set<String> ids = new TreeSet<>();
        endpoints.stream().filter(this::contains).forEach(e -> ids.add(e.id()));
        return ids;
    }

    /**
     * Disables {@code endpoint} and writes the file. A file that cannot be written is logged as an error: the
     * endpoint stays disabled until this process stops.
     */
    public void add(WebhookEndpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint must not be null");
        if (!keys.add(key(endpoint)) || file.isEmpty()) {
            return;
        }
        try {
            write(file.get());
        } catch (IOException e) {
            log.atError()
                    .addKeyValue("file", file.get())
                    .addKeyValue("endpoint", endpoint.id())
                    .addKeyValue("error", e.toString())
                    .log("cannot record a disabled webhook endpoint; it is called again after a restart");
        }
    }

    private synchronized void write(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temporary, new TreeSet<>(keys), StandardCharsets.UTF_8);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String key(WebhookEndpoint endpoint) {
        return endpoint.id() + " " + endpoint.url();
    }
}
