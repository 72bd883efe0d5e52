package io.dealwire.enrich.deal;

import java.util.List;

/**
 * What the extractor read in one article.
 *
 * @param deals the deals it reports, in order of their evidence
 * @param complete false when the article was longer or denser than the extractor's bounds and only its first part was
 *     read in full (the rest by the rules alone): a partial result, counted by the enrich stage's metrics
 */
public record Extraction(List<ExtractedDeal> deals, boolean complete) {
    public Extraction {
        deals = List.copyOf(deals);
    }
}
