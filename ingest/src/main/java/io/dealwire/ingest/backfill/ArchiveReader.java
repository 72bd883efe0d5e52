package io.dealwire.ingest.backfill;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** Reads articles from an archive file, in file order; records that are not usable articles are skipped. */
public interface ArchiveReader extends Closeable {
    /** The next article, or empty at the end of the file. */
    Optional<ArchiveArticle> next() throws IOException;

    /** How many records have been read so far, articles or not. */
    long recordsRead();

    /** How many records were skipped as not articles (non-HTML, errors, empty text). */
    long recordsSkipped();
}
