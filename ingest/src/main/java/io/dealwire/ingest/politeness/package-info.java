/**
 * Politeness towards the sites dealwire reads: one request in flight per host, a minimum pause between requests to
 * a host, and robots.txt asked first.
 */
package io.dealwire.ingest.politeness;
