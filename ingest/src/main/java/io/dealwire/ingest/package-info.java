/**
 * The ingest stage: {@link io.dealwire.ingest.IngestService} polls the feeds of its {@code ingest.feeds} partitions
 * and publishes new articles with the feed state, exactly once; {@link io.dealwire.ingest.IngestConfig} holds its
 * settings.
 */
package io.dealwire.ingest;
