package io.dealwire.enrich.event;

import io.dealwire.enrich.deal.ExtractedDeal;
import io.dealwire.enrich.deal.PartyMention;
import io.dealwire.schemas.avro.PartyRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stable identifiers of deals and deal events (ARCHITECTURE.md, "The contract").
 *
 * <p>A {@code dealId} hashes the deal type, the normalised names of the parties that identify the deal and the
 * month of the report, so the same deal told by many outlets in many languages lands on one key. Which parties
 * identify a deal depends on its type: an acquisition is known by its target (articles often list buyers
 * differently), a merger or partnership by its partners, a stake by investor and target, a review by regulator and
 * the companies reviewed.
 */
public final class DealIds {
    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private DealIds() {}

    /** The dealId of {@code deal} reported at {@code reportedAt}. */
    public static String dealId(ExtractedDeal deal, Instant reportedAt) {
        Set<String> names = new TreeSet<>();
        for (PartyMention party : deal.parties()) {
            if (identifies(deal, party.role())) {
                names.add(party.normalizedName());
            }
        }
        if (names.isEmpty()) {
            deal.parties().forEach(p -> names.add(p.normalizedName()));
        }
        return hash(deal.type().name(), String.join("|", names), MONTH.format(reportedAt));
    }

    /**
     * The eventId of the {@code index}-th deal (from 0) of article {@code articleId}. The extractor version is left
     * out on purpose: a replay with a newer extractor replaces the older event downstream instead of adding one.
     */
    public static String eventId(String articleId, int index) {
        return hash(articleId, Integer.toString(index));
    }

    private static boolean identifies(ExtractedDeal deal, PartyRole role) {
        return switch (deal.type()) {
            case ACQUISITION, ACQUIHIRE, DIVESTITURE, IPO, FUNDING_ROUND -> role == PartyRole.TARGET;
            case MERGER, PARTNERSHIP -> role == PartyRole.PARTNER;
            case INVESTMENT, REGULATORY -> role == PartyRole.BUYER || role == PartyRole.TARGET;
            default -> true;
        };
    }

    static String hash(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(parts)) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
