package io.dealwire.enrich.article;

import io.dealwire.enrich.deal.ArticleInput;
import io.dealwire.enrich.deal.DealExtractor;
import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.Extraction;
import io.dealwire.enrich.event.DealEventFactory;
import io.dealwire.enrich.language.DetectedLanguage;
import io.dealwire.enrich.language.LanguageDetector;
import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.EnrichedArticle;
import io.dealwire.schemas.avro.RawArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Enriches one raw article: detects its language, extracts its deals and builds the records of
 * {@code news.articles.enriched} and {@code deals.events}. Pure: no Kafka, same input and version, same output.
 */
public final class ArticleEnricher {
    private final LanguageDetector languages;
    private final DealExtractor extractor;
    private final DealEventFactory events;
    private final String extractorVersion;

    public ArticleEnricher(LanguageDetector languages, DealExtractor extractor, String extractorVersion) {
        this.languages = languages;
        this.extractor = extractor;
        this.events = new DealEventFactory(extractorVersion);
        this.extractorVersion = extractorVersion;
    }

    /** The default detector languages and lexicons, stamped with {@link DealExtractor#VERSION}. */
    public static ArticleEnricher withDefaults() {
        return new ArticleEnricher(
                LanguageDetector.forLanguages(LanguageDetector.defaultLanguages()),
                DealExtractor.withDefaultLexicons(),
                DealExtractor.VERSION);
    }

    /** The version stamped on everything this enricher produces. */
    public String extractorVersion() {
        return extractorVersion;
    }

    /** Enriches {@code raw}; throws only on a defect, which the caller routes to the dead-letter topic. */
    public Enrichment enrich(RawArticle raw) {
        return enrich(raw, ContentHash.of(raw.getTitle(), raw.getText()));
    }

    /**
     * Enriches {@code raw} whose {@link ContentHash} the caller has already computed (the topology does, to skip
     * duplicates), sparing a second pass over the text.
     */
    public Enrichment enrich(RawArticle raw, String contentHash) {
        DetectedLanguage language =
                languages.detect(raw.getTitle() + "\n" + raw.getText(), Optional.ofNullable(raw.getLanguageHint()));
        Extraction extraction = extractor.read(new ArticleInput(raw.getTitle(), raw.getText(), language.code()));
        List<ExtractedDeal> found = extraction.deals();
        List<DealEvent> deals = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            deals.add(events.create(raw, language.code(), found.get(i), i));
        }
        return new Enrichment(enrichedArticle(raw, language, deals, contentHash), deals, extraction.complete());
    }

    private EnrichedArticle enrichedArticle(
            RawArticle raw, DetectedLanguage language, List<DealEvent> deals, String contentHash) {
        return EnrichedArticle.newBuilder()
                .setArticleId(raw.getArticleId())
                .setUrl(raw.getUrl())
                .setFeedId(raw.getFeedId())
                .setTitle(raw.getTitle())
                .setText(raw.getText())
                .setPublishedAt(raw.getPublishedAt())
                .setFetchedAt(raw.getFetchedAt())
                .setLanguage(language.code())
                .setLanguageConfidence(language.confidence())
                .setContentHash(contentHash)
                .setDealIds(deals.stream().map(DealEvent::getDealId).distinct().toList())
                .setDealEventIds(deals.stream().map(DealEvent::getEventId).toList())
                .setExtractorVersion(extractorVersion)
                .build();
    }
}
