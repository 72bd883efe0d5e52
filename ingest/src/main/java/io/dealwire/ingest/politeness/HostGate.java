package io.dealwire.ingest.politeness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Lets at most one request at a time through to each host, and only once the pause set by the previous request to
 * that host has passed. Feed polls and article page fetches share one gate, so a host sees dealwire's requests one
 * after the other however many feeds it serves. Thread-safe.
 */
public final class HostGate {
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** Waits; injectable so tests need not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        /** Sleeps for {@code duration}. */
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final class Slot {
        final Semaphore inFlight = new Semaphore(1, true);
        volatile Instant readyAt = Instant.EPOCH;
    }

    /** A gate timing with {@code clock} and waiting with {@code sleeper}. */
    public HostGate(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** A gate on the system clock that waits with {@link Thread#sleep}. */
    public static HostGate system() {
        return new HostGate(Clock.systemUTC(), duration -> Thread.sleep(Math.max(1, duration.toMillis())));
    }

    /**
     * Blocks until no other request to {@code host} is in flight and its pause has passed; the caller must close the
     * returned permit when its request is over.
     *
     * @throws InterruptedException when interrupted while waiting (no permit is held then)
     */
    public Permit enter(String host) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(key(host), k -> new Slot());
        slot.inFlight.acquire();
        try {
            Duration wait = Duration.between(clock.instant(), slot.readyAt);
            while (!wait.isNegative() && !wait.isZero()) {
                sleeper.sleep(wait);
                wait = Duration.between(clock.instant(), slot.readyAt);
            }
        } catch (InterruptedException | RuntimeException e) {
            slot.inFlight.release();
            throw e;
        }
        return new Permit(slot);
    }

    /** Whether a request to {@code host} is in flight now. */
    public boolean isBusy(String host) {
        Slot slot = slots.get(key(host));
        return slot != null && slot.inFlight.availablePermits() == 0;
    }

    /** The earliest time the next request to {@code host} may start (in the past when it may start now). */
    public Instant readyAt(String host) {
        Slot slot = slots.get(key(host));
        return slot == null ? Instant.EPOCH : slot.readyAt;
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }

    /** The right to one request to a host; {@link #close(Duration)} ends it. */
    public final class Permit {
        private final Slot slot;
        private boolean closed;

        private Permit(Slot slot) {
            this.slot = slot;
        }

        /** Ends the request: the next one to this host may start {@code pause} from now. Idempotent. */
        public synchronized void close(Duration pause) {
            if (closed) {
                return;
            }
            closed = true;
            slot.readyAt = clock.instant().plus(pause);
            slot.inFlight.release();
        }
    }
}
