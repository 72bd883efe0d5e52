package io.dealwire.app.ui;

/** The desk's stores are still loading from Kafka (or stopped); the request can be retried (HTTP 503). */
public final class StoreNotReadyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }
}
