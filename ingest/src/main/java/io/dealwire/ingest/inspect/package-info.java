/**
 * Inspection: what the fetcher, the feed parser and the page extractor make of one source (a file or a URL), as plain
 * records that serialise to JSON; for the {@code dealwire inspect} commands and for measuring against corpora.
 */
package io.dealwire.ingest.inspect;
