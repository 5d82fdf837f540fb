package org.techbridge.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EventJsonTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final AchievementPayload apple = new AchievementPayload(
            UUID.randomUUID(), "苹果新品种“晋艳”", "耐贮藏、高糖度", "适合山西晋中地区种植",
            "zh", Domain.AGRICULTURE, List.of("苹果", "新品种"), 8, "PLANT_VARIETY",
            List.of("CNA20231234.5"), UUID.randomUUID(), "山西省晋中市",
            List.of(TransferMode.ASSIGNMENT, TransferMode.LICENSE), Money.cny("2000000.00"),
            AchievementStatus.PUBLISHED, 0, 3, Instant.parse("2026-03-01T08:00:00Z"));

    @Test
    void achievementEventSurvivesARoundTrip() {
        CloudEvent<AchievementPayload> event = CloudEvent.of("/achievement-service",
                EventTypes.ACHIEVEMENT_PUBLISHED, apple.id().toString(), apple);

        CloudEvent<AchievementPayload> read = EventJson.read(EventJson.write(event), AchievementPayload.class);

        assertEquals(event, read);
    }

    @Test
    void needAndDealEventsSurviveARoundTrip() {
        NeedPayload need = new NeedPayload(UUID.randomUUID(), UUID.randomUUID(), "Robot joint gear reducer",
                "We need a precision harmonic reducer for 6-axis arms", "en", Domain.ADVANCED_MANUFACTURING,
                List.of("harmonic reducer", "robot"), Money.cny("500000.00"), 6, "山西省太原市",
                List.of(TransferMode.USE_FIRST_PAY_LATER), LocalDate.parse("2026-12-31"), "OPEN", 1,
                Instant.parse("2026-03-02T09:30:00Z"));
        DealPayload deal = new DealPayload(UUID.randomUUID(), apple.id(), need.id(), apple.institutionId(),
                need.enterpriseId(), null, DealStage.SIGNED, DealType.ASSIGNMENT, true, Money.cny("2000000.00"),
                PaymentModel.INSTALLMENTS, Money.cny("0.00"), 4, Instant.parse("2026-03-05T10:00:00Z"));

        var needEvent = CloudEvent.of("/matching-service", EventTypes.NEED_POSTED, need.id().toString(), need);
        var dealEvent = CloudEvent.of("/deal-service", EventTypes.DEAL_SIGNED, deal.id().toString(), deal);

        assertEquals(needEvent, EventJson.read(EventJson.write(needEvent), NeedPayload.class));
        assertEquals(dealEvent, EventJson.read(EventJson.write(dealEvent), DealPayload.class));
    }

    @Test
    void envelopeIsCloudEventsStructuredJson() throws Exception {
        CloudEvent<AchievementPayload> event = CloudEvent.of("/achievement-service",
                EventTypes.ACHIEVEMENT_PUBLISHED, apple.id().toString(), apple);

        JsonNode json = PLAIN.readTree(EventJson.write(event));

        assertEquals("1.0", json.get("specversion").asText());
        assertEquals("application/json", json.get("datacontenttype").asText());
        assertEquals(apple.id().toString(), json.get("subject").asText());
        assertEquals(event.time().toString(), json.get("time").asText());
        assertEquals("2000000.00", json.at("/data/askingPrice/amount").textValue());
        assertEquals("CNY", json.at("/data/askingPrice/currency").textValue());
        assertTrue(json.at("/data/askingPrice/amount").isTextual(), "money travels as a decimal string");
        assertTrue(json.get("traceparent") == null, "absent extensions are left out");
    }

    @Test
    void readersIgnoreFieldsTheyDoNotKnow() {
        String json = EventJson.write(CloudEvent.of("/matching-service", EventTypes.MATCH_SUGGESTED,
                "n-1", new MatchSuggestedPayload(UUID.randomUUID(), UUID.randomUUID(), 0.87)));
        String extended = json.replace("\"data\":{", "\"data\":{\"explanation\":\"new field\",");

        CloudEvent<MatchSuggestedPayload> read = EventJson.read(extended, MatchSuggestedPayload.class);

        assertEquals(0.87, read.data().score());
    }

    @Test
    void envelopeCanBeReadBeforeItsPayloadType() {
        InterestExpressedPayload interest = new InterestExpressedPayload(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), "user-1");
        String json = EventJson.write(CloudEvent.of("/matching-service", EventTypes.MATCH_INTEREST_EXPRESSED,
                interest.needId().toString(), interest).withTraceparent(
                        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));

        CloudEvent<JsonNode> envelope = EventJson.readEnvelope(json);

        assertEquals(EventTypes.MATCH_INTEREST_EXPRESSED, envelope.type());
        assertEquals(interest, EventJson.dataAs(envelope, InterestExpressedPayload.class));
        assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", envelope.traceparent());
    }

    @Test
    void recordsThatAreNotEventsAreRejected() {
        assertThrows(MalformedEventException.class, () -> EventJson.readEnvelope("not json"));
        assertThrows(MalformedEventException.class, () -> EventJson.readEnvelope(
                "{\"specversion\":\"0.3\",\"id\":\"1\",\"source\":\"/x\",\"type\":\"t\"}"));
        assertThrows(MalformedEventException.class, () -> EventJson.readEnvelope(
                "{\"specversion\":\"1.0\",\"source\":\"/x\",\"type\":\"t\"}"));
        CloudEvent<JsonNode> wrongData = EventJson.readEnvelope(
                "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/x\",\"type\":\"t\",\"data\":{\"trl\":\"high\"}}");
        assertThrows(MalformedEventException.class, () -> EventJson.dataAs(wrongData, AchievementPayload.class));
    }

    @Test
    void anEmptyRecordOrJsonNullIsMalformedToo() {
        assertThrows(MalformedEventException.class, () -> EventJson.readEnvelope(null));
        assertThrows(MalformedEventException.class, () -> EventJson.readEnvelope(" "));
        assertThrows(MalformedEventException.class, () -> EventJson.readEnvelope("null"));
    }
}
