/** Sitemaps (sitemaps.org, with the Google News extension) read as a feed source. */
package io.dealwire.ingest.sitemap;
