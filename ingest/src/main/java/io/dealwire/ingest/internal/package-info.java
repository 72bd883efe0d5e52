/** Kafka plumbing of the ingest stage, not meant for other modules. */
package io.dealwire.ingest.internal;
