package io.dealwire.app.ui;

import java.time.Instant;
import java.util.List;

/**
 * One deal with everything its page shows: the card, every mention with its evidence sentence and, when the
 * article is known, the article text around it, and the status history in report order.
 */
public record DealDetail(DealCard deal, List<Mention> mentions, List<StatusChange> statusHistory) {

    /**
     * One article's report of the deal.
     *
     * @param url the article URL, null unless http or https
     * @param evidence the sentence the deal was read from; null when the mention itself is not known yet
     * @param text the article text around the evidence (or all of it), null when the article is not known
     * @param textOffset offset of {@code text}'s first char in the whole article text, in UTF-16 code units
     */
    public record Mention(
            String eventId,
            String articleId,
            String url,
            String outlet,
            String title,
            String language,
            Instant publishedAt,
            String status,
            Evidence evidence,
            String text,
            int textOffset) {}

    /** The evidence sentence and its offsets in the whole article text (UTF-16 code units, end exclusive). */
    public record Evidence(String sentence, int start, int end) {}

    /** A status as one report gave it, with the report's date (publication, or when the desk first saw it). */
    public record StatusChange(String status, Instant at, String eventId) {}

    public DealDetail {
        mentions = List.copyOf(mentions);
        statusHistory = List.copyOf(statusHistory);
    }
}
