package io.dealwire.enrich.deal;

import io.dealwire.enrich.deal.internal.ArticleReader;
import io.dealwire.enrich.deal.internal.Lexicon;
import io.dealwire.enrich.deal.internal.LexiconLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts typed deal events from an article with per-language rules (see {@link LexiconLoader} for the lexicon
 * layout).
 *
 * <p>Immutable and thread-safe. {@link #extract} is deterministic, bounded in time per article and never throws.
 */
public final class DealExtractor {
    /** The extractor version stamped on every event; bump it whenever rules or lexicons change. */
    public static final String VERSION = "0.7.0";

    private static final Logger LOG = LoggerFactory.getLogger(DealExtractor.class);

    private final ArticleReader reader;

    private DealExtractor(ArticleReader reader) {
        this.reader = reader;
    }

    /**
     * Loads every language's lexicon once.
     *
     * @throws IllegalStateException naming the file and line of a malformed rule
     */
    public static DealExtractor withDefaultLexicons() {
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        for (String language : LexiconLoader.languages()) {
            lexicons.put(language, LexiconLoader.load(language));
        }
        LOG.info("Loaded deal lexicons languages={} version={}", lexicons.keySet(), VERSION);
        return new DealExtractor(ArticleReader.of(lexicons));
    }

    /**
     * The deals {@code article} reports, in order of their evidence; empty when it reports none. Same input, same
     * output. Hostile text (empty, huge, emoji, unknown scripts) is read within the reader's bounds and yields no
     * deal rather than an error.
     *
     * @throws DealExtractionException when a rule fails on this article (a defect): the pipeline dead-letters the
     *     article with its context instead of silently dropping it (STYLE.md, "Never swallow")
     */
    public List<ExtractedDeal> extract(ArticleInput article) {
        return read(article).deals();
    }

    /**
     * The deals {@code article} reports and whether it was read whole: past {@link ArticleReader}'s bounds (text
     * length, sentences, sentences that reach the trigger path) the rest is read by the rules alone and the result
     * says it is partial. Same input, same output: the bounds count work, not time.
     *
     * @throws DealExtractionException when a rule fails on this article (a defect)
     */
    public Extraction read(ArticleInput article) {
        if (article == null) {
            return new Extraction(List.of(), true);
        }
        try {
            return reader.readWhole(article);
        } catch (RuntimeException | StackOverflowError e) {
            throw new DealExtractionException(article.language(), article.text().length(), e);
        }
    }
}
