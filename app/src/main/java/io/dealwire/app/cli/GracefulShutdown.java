package io.dealwire.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGINT/SIGTERM into a stop request and holds the JVM's shutdown until the command has closed its stages
 * (up to 60 s), so offsets and transactions are committed before the process exits.
 */
final class GracefulShutdown {
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    private GracefulShutdown() {}

    static GracefulShutdown onSignal() {
        GracefulShutdown shutdown = new GracefulShutdown();
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::stopAndWait, "dealwire-shutdown"));
        return shutdown;
    }

    private void stopAndWait() {
        stopRequested.countDown();
        try {
            closed.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Blocks until a stop is requested. */
    void awaitStopRequest() {
        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Tells the shutdown hook that everything is closed. */
    void closed() {
        closed.countDown();
    }
}
