package io.dealwire.sink.webhook;

/** A webhook delivery that did not succeed; the message names the event, the endpoint and what happened. */
public final class WebhookDeliveryException extends Exception {
    WebhookDeliveryException(String message) {
        super(message);
    }

    WebhookDeliveryException(Delivery delivery) {
        super(delivery.detail());
    }
}
