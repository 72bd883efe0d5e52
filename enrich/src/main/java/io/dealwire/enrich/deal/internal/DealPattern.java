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
 */
public record DealPattern(
        DealType type,
        DealStatus status,
        Pattern regex,
        Map<String, PartyRole> roles,
        String where,
        Set<String> triggers) {
    public DealPattern {
        roles = Map.copyOf(roles);
        triggers = Set.copyOf(triggers);
    }

    /** The group names in a stable order. */
    public List<String> groups() {
        return roles.keySet().stream().sorted().toList();
    }
}
