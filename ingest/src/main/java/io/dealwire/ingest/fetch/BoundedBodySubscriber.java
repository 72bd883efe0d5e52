package io.dealwire.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body of at most {@code maxBytes} raw bytes; cancels the exchange as soon as the cap is passed
 * or {@link #abort()} is called, so neither an endless body nor a trickling server can hold the caller. In
 * truncating mode, passing the cap completes with the first {@code maxBytes} bytes instead of failing.
 */
final class BoundedBodySubscriber implements BodySubscriber<byte[]> {
    private final long maxBytes;
    private final boolean truncate;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    BoundedBodySubscriber(long maxBytes) {
        this(maxBytes, false);
    }

    BoundedBodySubscriber(long maxBytes, boolean truncate) {
        this.maxBytes = maxBytes;
        this.truncate = truncate;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (result.isDone()) {
            subscription.cancel();
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (buffer.size() + (long) item.remaining() > maxBytes) {
                if (truncate) {
                    byte[] head = new byte[(int) (maxBytes - buffer.size())];
                    item.get(head);
                    buffer.write(head, 0, head.length);
                    result.complete(buffer.toByteArray());
                    stop(new BodyTooLargeException(maxBytes));
                } else {
                    stop(new BodyTooLargeException(maxBytes));
                }
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    /** Stops reading: the deadline passed. */
    void abort() {
        stop(new java.util.concurrent.CancellationException("whole-call deadline passed"));
    }

    private void stop(Throwable reason) {
        result.completeExceptionally(reason);
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    /** The body, raw or decompressed, exceeded the cap. */
    static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException(long maxBytes) {
            super("body exceeds " + maxBytes + " bytes");
        }
    }
}
