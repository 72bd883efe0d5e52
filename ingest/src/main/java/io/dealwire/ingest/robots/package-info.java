/**
 * robots.txt (RFC 9309): fetched once per host through the same guarded fetcher, cached, and asked before every
 * feed or page request.
 */
package io.dealwire.ingest.robots;
