/** OPML import: feed lists exported by feed readers, read into feed definitions. */
package io.dealwire.ingest.opml;
