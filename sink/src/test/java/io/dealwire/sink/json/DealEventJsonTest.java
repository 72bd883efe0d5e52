package io.dealwire.sink.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealwire.schemas.avro.DealEvent;
import io.dealwire.schemas.avro.Party;
import io.dealwire.schemas.avro.PartyRole;
import io.dealwire.sink.SampleEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealEventJsonTest {

    @Test
    void writesTheSpecShapeWithProvenanceInFixedOrder() {
        String json = DealEventJson.toJson(SampleEvents.acquisition("ev-1"));

        assertThat(json)
                .isEqualTo("{\"eventId\":\"ev-1\",\"dealId\":\"deal-7f3a\",\"type\":\"ACQUISITION\","
                        + "\"status\":\"ANNOUNCED\",\"buyer\":[\"Halvorsen Maritime\"],"
                        + "\"target\":[\"Quillon Robotics\"],\"partner\":[],\"seller\":[\"Brightwater Capital\"],"
                        + "\"amount\":{\"value\":2400000000,\"currency\":\"USD\",\"approximate\":false},"
                        + "\"stakePercent\":62.5,"
                        + "\"valuation\":{\"value\":3840000000,\"currency\":\"USD\",\"approximate\":true},"
                        + "\"article\":{\"id\":\"art-001\",\"url\":\"https://news.example/halvorsen-quillon\","
                        + "\"title\":\"Halvorsen to buy Quillon for $2.4 billion\",\"language\":\"en\","
                        + "\"publishedAt\":\"2026-03-02T08:15:00Z\"},"
                        + "\"evidence\":{\"sentence\":\"Halvorsen Maritime agreed to buy Quillon Robotics for $2.4"
                        + " billion.\",\"start\":0,\"end\":66},"
                        + "\"confidence\":0.92,\"extractorVersion\":\"rules-0.3.0\"}");
    }

    @Test
    void omitsAbsentOptionalsAndUnknownStatusAndKeepsNonAsciiText() {
        String json = DealEventJson.toJson(SampleEvents.bareFundingRound("ev-2"));

        assertThat(json)
                .isEqualTo("{\"eventId\":\"ev-2\",\"dealId\":\"deal-0b1c\",\"type\":\"FUNDING_ROUND\","
                        + "\"buyer\":[],\"target\":[\"Lumetra\"],\"partner\":[],\"seller\":[],"
                        + "\"article\":{\"id\":\"art-002\",\"url\":\"https://news.example/lumetra\","
                        + "\"title\":\"Lumetra lève des fonds\",\"language\":\"fr\"},"
                        + "\"evidence\":{\"sentence\":\"Lumetra lève des fonds « auprès d'investisseurs ».\","
                        + "\"start\":10,\"end\":58},\"confidence\":0.5,\"extractorVersion\":\"rules-0.3.0\"}");
    }

    @Test
    void sameEventGivesByteIdenticalLines() {
        assertThat(DealEventJson.toJson(SampleEvents.acquisition("ev-1")))
                .isEqualTo(DealEventJson.toJson(SampleEvents.acquisition("ev-1")));
    }

    @Test
    void escapesLineBreaksSoAnEventIsAlwaysOneLine() {
        DealEvent event = SampleEvents.acquisition("ev-3");
        event.setArticleTitle("first line\nsecond line\r\n");

        assertThat(DealEventJson.toJson(event)).doesNotContain("\n", "\r").contains("first line\\nsecond line\\r\\n");
    }

    @Test
    void writesOtherRoleOnlyWhenPresent() {
        DealEvent event = SampleEvents.bareFundingRound("ev-4");
        event.setParties(List.of(new Party("Sequoia Lane", "sequoia lane", PartyRole.OTHER)));

        assertThat(DealEventJson.toJson(event)).contains("\"seller\":[],\"other\":[\"Sequoia Lane\"],\"article\"");
    }

    @Test
    void readsItsOwnLinesBack() {
        DealEvent original = SampleEvents.acquisition("ev-1");

        DealEvent read = DealEventJson.fromJson(DealEventJson.toJson(original));

        assertThat(read).isEqualTo(original);
        assertThat(DealEventJson.fromJson(DealEventJson.toJson(SampleEvents.bareFundingRound("ev-2"))))
                .isEqualTo(SampleEvents.bareFundingRound("ev-2"));
    }

    @Test
    void readsTheEventIdOfALine() {
        assertThat(DealEventJson.eventIdOf(DealEventJson.toJson(SampleEvents.acquisition("ev-9"))))
                .isEqualTo("ev-9");
        assertThatThrownBy(() -> DealEventJson.eventIdOf("{\"eventId\":7}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DealEventJson.eventIdOf("{\"eventId\":\"torn"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
