package io.dealwire.app.ui;

/** A request the API cannot answer as asked; the message says which parameter and why (HTTP 400). */
public final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
