package io.dealwire.sink.webhook;

/**
 * How one delivery attempt to one endpoint ended.
 *
 * @param outcome what the sink does next
 * @param statusCode the HTTP status, or 0 when no response arrived
 * @param detail why, for logs and dead letters
 */
record Delivery(Outcome outcome, int statusCode, String detail) {
    /** What the sink does after an attempt. */
    enum Outcome {
        /** 2xx: done. */
        DELIVERED,
        /** 5xx, 408, 429, timeout, connection error, unresolvable host: try again later, offset held. */
        RETRY,
        /** 410: the receiver is gone; disable the endpoint. */
        GONE,
        /** Any other status: this event is dead-lettered for this endpoint. */
        REJECTED,
        /** The destination check refused the target: dead-lettered, nothing sent. */
        REFUSED
    }

    /** The outcome of an HTTP status. */
    static Delivery ofStatus(int status) {
        String detail = "endpoint answered " + status;
        if (status >= 200 && status < 300) {
            return new Delivery(Outcome.DELIVERED, status, detail);
        }
        if (status == 410) {
            return new Delivery(Outcome.GONE, status, detail);
        }
        if (status >= 500 || status == 408 || status == 429) {
            return new Delivery(Outcome.RETRY, status, detail);
        }
        return new Delivery(Outcome.REJECTED, status, detail);
    }
}
