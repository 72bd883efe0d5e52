/**
 * Feeds: the YAML feed list and its registry topic, parsing RSS and Atom, scheduling and polling one feed. Nothing
 * here but {@link io.dealwire.ingest.feed.FeedRegistry} imports Kafka.
 */
package io.dealwire.ingest.feed;
