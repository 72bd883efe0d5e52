package io.dealwire.enrich.deal.internal;

import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the status a news article gives its deal in a sentence of its own: "Il closing è previsto entro marzo", "The
 * deal is expected to close in the first quarter", "A operação ainda precisa ser aprovada pelo Cade". A deal read as
 * completed (from a past tense: "ha ceduto") or without a status is then announced. Only an article reporting one or
 * two deals is read this way: an analysis piece recalling many deals may say of one of them that it is pending.
 */
final class PendingStatus {
    /** Articles with more deals than this recall deals in passing; a pending cue there belongs to one of them. */
    private static final int MAX_DEALS = 2;

    private PendingStatus() {}

    static List<ExtractedDeal> apply(List<ExtractedDeal> deals, String title, String text, Pattern pending) {
        long reported =
                deals.stream().filter(d -> d.type() != DealType.REGULATORY).count();
        if (reported == 0
                || reported > MAX_DEALS
                || !(pending.matcher(text).find() || pending.matcher(title).find())) {
            return deals;
        }
        List<ExtractedDeal> out = new ArrayList<>(deals.size());
        for (ExtractedDeal d : deals) {
            boolean open = d.type() != DealType.REGULATORY
                    && (d.status() == DealStatus.COMPLETED || d.status() == DealStatus.UNKNOWN);
            out.add(open ? d.withStatus(DealStatus.ANNOUNCED) : d);
        }
        return out;
    }
}
