package io.dealwire.ingest.backfill;

import io.dealwire.ingest.article.ExtractedPage;
import io.dealwire.ingest.article.PageExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Articles from a WARC file (gzipped or not), such as Common Crawl's CC-NEWS: every {@code response} record with
 * HTTP 200 and an HTML body is extracted like a fetched page; its publication time comes from the page, else the
 * capture date.
 */
public final class WarcArchiveReader implements ArchiveReader {
    private static final Logger log = LoggerFactory.getLogger(WarcArchiveReader.class);

    private final WarcReader warc;
    private final Iterator<WarcRecord> records;
    private final PageExtractor pages;
    private final long maxBodyBytes;
    private final Clock clock;
    private long read;
    private long skipped;

    public WarcArchiveReader(Path file, PageExtractor pages, long maxBodyBytes, Clock clock) throws IOException {
        this.warc = new WarcReader(file);
        this.records = warc.iterator();
        this.pages = pages;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    @Override
    public Optional<ArchiveArticle> next() throws IOException {
        while (records.hasNext()) {
            WarcRecord record = records.next();
            long position = read++;
            Optional<ArchiveArticle> article = article(record, position);
            if (article.isPresent()) {
                return article;
            }
            skipped++;
        }
        return Optional.empty();
    }

    private Optional<ArchiveArticle> article(WarcRecord record, long position) {
        if (!(record instanceof WarcResponse response)) {
            return Optional.empty();
        }
        try {
            if (response.http().status() != 200
                    || !response.http().contentType().base().toString().contains("html")) {
                return Optional.empty();
            }
            byte[] body;
            try (InputStream in = response.http().bodyDecoded().stream()) {
                body = in.readNBytes((int) Math.min(maxBodyBytes, Integer.MAX_VALUE - 8));
            }
            URI target = response.targetURI();
            ExtractedPage page = pages.extract(
                    body, Optional.of(response.http().contentType().toString()), target);
            return BackfillArticles.of(
                            target.toString(),
                            page.title().orElse(""),
                            page.text(),
                            page.publishedAt().or(() -> Optional.of(response.date())),
                            page.language(),
                            clock.instant())
                    .map(a -> new ArchiveArticle(position, a));
        } catch (IOException | RuntimeException e) {
            log.warn("skipping unreadable WARC record position={} error={}", position, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public long recordsRead() {
        return read;
    }

    @Override
    public long recordsSkipped() {
        return skipped;
    }

    @Override
    public void close() throws IOException {
        warc.close();
    }
}
