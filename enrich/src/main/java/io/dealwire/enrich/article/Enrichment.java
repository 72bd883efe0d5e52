package io.dealwire.enrich.article;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.EnrichedArticle;
import java.util.List;

/**
 * What enrichment made of one raw article.
 *
 * @param article the enriched article, listing the ids of its deals
 * @param deals one event per deal the article reports, in the article's order; empty when it reports none
 * @param complete false when the extractor read only part of the article in full (see {@code Extraction})
 */
public record Enrichment(EnrichedArticle article, List<DealEvent> deals, boolean complete) {
    public Enrichment {
        deals = List.copyOf(deals);
    }

    /** An enrichment of an article read whole. */
    public Enrichment(EnrichedArticle article, List<DealEvent> deals) {
        this(article, deals, true);
    }
}
