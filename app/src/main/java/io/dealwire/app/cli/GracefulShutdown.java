package io.dealwire.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGINT/SIGTERM into a stop request: the command closes its stages (offsets and transactions committed) and
 * returns, so the process exits 0. SIGTERM and SIGINT are handled directly where the JVM allows it; any other way the
 * JVM starts shutting down goes through a shutdown hook that holds the exit until the stages are closed (up to 60 s).
 */
final class GracefulShutdown {
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Thread starting;
    private volatile boolean startedUp;

    private GracefulShutdown() {}

    static GracefulShutdown onSignal() {
        GracefulShutdown shutdown = new GracefulShutdown();
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                // A handled signal does not start the JVM's shutdown: the command stops its stages and exits 0.
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> shutdown.requestStop());
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // this platform does not let us handle the signal: the shutdown hook below covers it
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::stopAndWait, "dealwire-shutdown"));
        return shutdown;
    }

    private void requestStop() {
        stopRequested.countDown();
        Thread thread = starting;
        if (thread != null) {
            thread.interrupt(); // a blocking call of the start-up (a broker that does not answer) gives up now
        }
    }

    /**
     * Until {@link #startedUp()}, a stop request interrupts {@code thread}, so a command stuck starting (waiting on a
     * cluster that does not answer) stops at once instead of after its client timeouts.
     */
    void interruptWhileStarting(Thread thread) {
        starting = thread;
    }

    /** The command is running: a stop request no longer interrupts it, and an interrupt that came late is cleared. */
    void startedUp() {
        starting = null;
        startedUp = true;
        if (!stopRequested()) {
            Thread.interrupted();
        }
    }

    /** True once the command said it is running. */
    boolean hasStartedUp() {
        return startedUp;
    }

    private void stopAndWait() {
        requestStop();
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

    /** True once SIGTERM or SIGINT has asked the command to stop. */
    boolean stopRequested() {
        return stopRequested.getCount() == 0;
    }

    /** Tells the shutdown hook that everything is closed. */
    void closed() {
        closed.countDown();
    }
}
