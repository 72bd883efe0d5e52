/**
 * Fetching over HTTP with the guards every request needs: destination checks on every hop, redirects followed by
 * hand, a decompressed-size cap and a whole-call deadline; outcomes as {@link io.dealwire.ingest.fetch.FetchOutcome}
 * codes, never exceptions.
 */
package io.dealwire.ingest.fetch;
