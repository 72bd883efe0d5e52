package io.dealwire.ingest.backfill;

import io.dealwire.schemas.avro.RawArticle;

/**
 * One article read from an archive, with its position in the archive (the count of records read before it), so an
 * interrupted import can resume after the last committed one.
 */
public record ArchiveArticle(long position, RawArticle article) {}
