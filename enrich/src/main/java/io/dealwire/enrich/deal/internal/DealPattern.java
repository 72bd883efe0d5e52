package io.dealwire.enrich.deal.internal;

import io.dealwire.schemas.avro.DealStatus;
import io.dealwire.schemas.avro.DealType;
import io.dealwire.schemas.avro.PartyRole;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule that recognises one way a language reports a deal.
 *
 * @param type the deal type the rule reports
 * @param status the status the wording itself implies ("completed its acquisition"), or UNKNOWN to read it from cues
 * @param regex the compiled rule; its named groups carry the parties
 * @param roles role of each named group: groups named {@code buyer…}, {@code target…}, {@code partner…},
 *     {@code seller…}
 * @param where resource and line, for diagnostics
 * @param triggers lower-case words one of which every match contains; empty when the rule must be tried everywhere
 * @param inferred the wording names the deal only as "the deal": its type (ACQUISITION, first party buying the
 *     second, or MERGER) comes from the article (see {@link ArticleContext}); {@code type} is then the fallback
 */
public record DealPattern(
        DealType type,
        DealStatus status,
        Pattern regex,
        Map<String, PartyRole> roles,
        String where,
        Set<String> triggers,
        boolean inferred) {
    public DealPattern {
        roles = Map.copyOf(roles);
        triggers = Set.copyOf(triggers);
    }

    /** A rule whose wording names the type of deal. */
    public DealPattern(
            DealType type,
            DealStatus status,
            Pattern regex,
            Map<String, PartyRole> roles,
            String where,
            Set<String> triggers) {
        this(type, status, regex, roles, where, triggers, false);
    }

    /** The group names in a stable order. */
    public List<String> groups() {
        return roles.keySet().stream().sorted().toList();
    }
}
