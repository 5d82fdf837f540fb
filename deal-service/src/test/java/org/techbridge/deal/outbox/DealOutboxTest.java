package org.techbridge.deal.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.techbridge.deal.Fixtures.appleAssignment;
import static org.techbridge.deal.Fixtures.move;
import static org.techbridge.deal.Fixtures.openedId;
import static org.techbridge.deal.Fixtures.pay;
import static org.techbridge.deal.Fixtures.signed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.techbridge.deal.deal.DealService;
import org.techbridge.deal.deal.Today;
import org.techbridge.deal.deal.TransitionRequest;
import org.techbridge.events.CloudEvent;
import org.techbridge.events.DealPayload;
import org.techbridge.events.DealStage;
import org.techbridge.events.DealType;
import org.techbridge.events.EventJson;
import org.techbridge.events.EventTypes;
import org.techbridge.platform.outbox.OutboxEvent;
import org.techbridge.testing.KafkaTopics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.common.annotation.Identifier;

@QuarkusTest
class DealOutboxTest {

    private static final LocalDate TODAY = LocalDate.now(Today.ZONE);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "techbridge.topics.deals")
    String topic;

    @Inject
    DealService deals;

    @Test
    void signingPublishesWhatTheCatalogNeedsKeyedByTheDeal() {
        Map<String, Object> apple = appleAssignment(TODAY.plusDays(30), TODAY.plusDays(200));
        String id = signed(apple);

        ConsumerRecord<String, String> record = KafkaTopics.await(kafka, topic,
                r -> id.equals(r.key()) && r.value().contains(EventTypes.DEAL_SIGNED));
        CloudEvent<DealPayload> event = EventJson.read(record.value(), DealPayload.class);

        assertEquals("1.0", event.specversion());
        assertEquals(EventTypes.DEAL_SIGNED, event.type());
        assertEquals("/deal-service", event.source());
        assertEquals(id, event.subject());
        assertEquals(UUID.fromString(id), event.data().id());
        assertEquals(UUID.fromString((String) apple.get("achievementId")), event.data().achievementId());
        assertEquals(DealStage.SIGNED, event.data().stage());
        assertEquals(DealType.ASSIGNMENT, event.data().dealType());
        assertEquals(true, event.data().exclusive());
        assertEquals("2000000.00", event.data().amount().amount().toPlainString());
        assertEquals("CNY", event.data().amount().currency());
        assertEquals("application/cloudevents+json; charset=UTF-8", KafkaTopics.header(record, "content-type"));
    }

    @Test
    void everyStageChangeAndPaymentIsOneEventInOrder() {
        String id = signed(appleAssignment(TODAY.plusDays(30), TODAY.plusDays(200)));
        move(id, "IN_EXECUTION").statusCode(200);
        pay(id, "1200000.00", TODAY).statusCode(201);

        List<OutboxEvent> events = OutboxEvent.list("aggregateId = ?1 order by seq", id);
        assertEquals(List.of(EventTypes.DEAL_OPENED, EventTypes.DEAL_STAGE_CHANGED, EventTypes.DEAL_SIGNED,
                EventTypes.DEAL_STAGE_CHANGED, EventTypes.DEAL_PAYMENT_RECORDED),
                events.stream().map(e -> e.type).toList());
        ConsumerRecord<String, String> paid = KafkaTopics.await(kafka, topic,
                r -> id.equals(r.key()) && r.value().contains(EventTypes.DEAL_PAYMENT_RECORDED));
        ConsumerRecord<String, String> opened = KafkaTopics.await(kafka, topic,
                r -> id.equals(r.key()) && r.value().contains(EventTypes.DEAL_OPENED));
        assertEquals("1200000.00", EventJson.read(paid.value(), DealPayload.class).data().paidTotal().amount()
                .toPlainString());
        assertEquals(opened.partition(), paid.partition());
        assertEquals(true, opened.offset() < paid.offset());
    }

    @Test
    @TestSecurity(user = "test-broker", roles = "broker")
    void aRolledBackMoveLeavesNoEventBehind() {
        String id = openedId(appleAssignment(TODAY.plusDays(30), TODAY.plusDays(200)));

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            deals.move(UUID.fromString(id), null, new TransitionRequest(DealStage.NEGOTIATION, null, null, null), "test");
            throw new IllegalStateException("the rest of the work failed");
        }));

        assertEquals(1L, OutboxEvent.count("aggregateId = ?1", id), "only the opening");
        given().get("/api/v1/deals/" + id).then().statusCode(200)
                .body("stage", org.hamcrest.Matchers.is("INTENT"));
    }
}
