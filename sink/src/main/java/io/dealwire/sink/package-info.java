/**
 * Sinks: consumers of {@code deals.events} that deliver deal events to where users read them.
 *
 * <p>{@link io.dealwire.sink.JsonLinesSinkService} is the Kafka wiring of the JSON Lines sink; the domain parts take
 * plain values and import no Kafka classes: {@link io.dealwire.sink.json.DealEventJson} (event to one JSON line) and
 * {@link io.dealwire.sink.file.JsonLinesDealWriter} (idempotent, crash-safe daily files).
 */
package io.dealwire.sink;
