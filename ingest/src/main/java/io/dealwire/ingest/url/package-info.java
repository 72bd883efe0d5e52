/** URLs: canonical forms and the stable ids derived from them. */
package io.dealwire.ingest.url;
