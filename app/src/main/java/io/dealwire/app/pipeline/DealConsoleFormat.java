package io.dealwire.app.pipeline;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.Money;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.avro.PartyRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One human-readable line per deal event, for the console of {@code run} and {@code tail}. */
public final class DealConsoleFormat {
    private DealConsoleFormat() {}

    /** E.g. {@code ACQUISITION   ANNOUNCED  Halvorsen Robotics -> Quillfeather  USD 1.2bn  [en] Halvorsen to buy…}. */
    public static String format(DealEvent e) {
        StringBuilder line = new StringBuilder();
        line.append(String.format(Locale.ROOT, "%-13s %-10s ", e.getType(), e.getStatus()));
        line.append(parties(e.getParties()));
        if (e.getAmount() != null) {
            line.append("  ").append(money(e.getAmount()));
        }
        if (e.getStakePercent() != null) {
            line.append("  ")
                    .append(plain(BigDecimal.valueOf(e.getStakePercent())))
                    .append('%');
        }
        if (e.getValuation() != null) {
            line.append("  valued ").append(money(e.getValuation()));
        }
        line.append("  [").append(e.getArticleLanguage()).append("] ").append(shorten(e.getArticleTitle(), 80));
        return line.toString();
    }

    private static String parties(List<Party> parties) {
        String buyers = names(parties, PartyRole.BUYER);
        String targets = names(parties, PartyRole.TARGET);
        String partners = names(parties, PartyRole.PARTNER);
        if (!partners.isEmpty()) {
            return partners.replace(", ", " + ");
        }
        if (buyers.isEmpty()) {
            return targets;
        }
        return buyers + " -> " + (targets.isEmpty() ? "?" : targets);
    }

    private static String names(List<Party> parties, PartyRole role) {
        return parties.stream()
                .filter(p -> p.getRole() == role)
                .map(Party::getName)
                .collect(Collectors.joining(", "));
    }

    static String money(Money m) {
        double v = Math.abs(m.getValue());
        String scaled;
        if (v >= 1e9) {
            scaled = plain(BigDecimal.valueOf(m.getValue() / 1e9).setScale(2, RoundingMode.HALF_UP)) + "bn";
        } else if (v >= 1e6) {
            scaled = plain(BigDecimal.valueOf(m.getValue() / 1e6).setScale(1, RoundingMode.HALF_UP)) + "m";
        } else {
            scaled = plain(BigDecimal.valueOf(m.getValue()).setScale(0, RoundingMode.HALF_UP));
        }
        return (m.getApproximate() ? "~" : "") + m.getCurrency() + " " + scaled;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
