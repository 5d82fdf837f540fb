package org.techbridge.achievement.deals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.techbridge.achievement.Fixtures.apple;
import static org.techbridge.achievement.Fixtures.institution;
import static org.techbridge.achievement.Fixtures.published;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.techbridge.platform.outbox.OutboxEvent;
import org.techbridge.events.CloudEvent;
import org.techbridge.events.DealPayload;
import org.techbridge.events.DealStage;
import org.techbridge.events.DealType;
import org.techbridge.events.EventJson;
import org.techbridge.events.EventTypes;
import org.techbridge.events.Money;
import org.techbridge.events.PaymentModel;
import org.techbridge.testing.KafkaTopics;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;

@QuarkusTest
class DealEventConsumerTest {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "techbridge.topics.deals")
    String deals;

    @Test
    void aSignedAssignmentTransfersTheAchievement() {
        String id = published(apple(institution("UNIVERSITY")));

        KafkaTopics.send(kafka, deals, id, signed(id, UUID.randomUUID(), DealType.ASSIGNMENT));

        awaitStatus(id, "TRANSFERRED");
        assertEquals(1L, OutboxEvent.count("aggregateId = ?1 and type = ?2", id, EventTypes.ACHIEVEMENT_TRANSFERRED));
    }

    @Test
    void aLicenceEventDeliveredTwiceOrADealAnnouncedTwiceCountsOnce() {
        String id = published(apple(institution("UNIVERSITY")));
        UUID deal = UUID.randomUUID();
        String first = signed(id, deal, DealType.LICENSE);

        KafkaTopics.send(kafka, deals, id, first);
        KafkaTopics.send(kafka, deals, id, first);
        KafkaTopics.send(kafka, deals, id, signed(id, deal, DealType.LICENSE));
        KafkaTopics.send(kafka, deals, id, signed(id, UUID.randomUUID(), DealType.LICENSE));
        // records of one key are consumed in order: once the marker took effect, so did the rest
        String marker = published(apple(institution("UNIVERSITY")));
        KafkaTopics.send(kafka, deals, id, signed(marker, UUID.randomUUID(), DealType.ASSIGNMENT));
        awaitStatus(marker, "TRANSFERRED");

        given().get("/api/v1/achievements/" + id).then().body("licenceCount", is(2)).body("status", is("PUBLISHED"));
    }

    @Test
    void aRecordThatIsNotAnEventGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String key = UUID.randomUUID().toString();
        KafkaTopics.send(kafka, deals, key, "{\"this is\": \"not a cloud event\"");

        ConsumerRecord<String, String> dead = KafkaTopics.await(kafka, deals + ".dlq", r -> key.equals(r.key()));

        assertEquals("{\"this is\": \"not a cloud event\"", dead.value());
        assertEquals(true, KafkaTopics.header(dead, "dead-letter-reason") != null);
        String id = published(apple(institution("UNIVERSITY")));
        KafkaTopics.send(kafka, deals, key, signed(id, UUID.randomUUID(), DealType.ASSIGNMENT));
        awaitStatus(id, "TRANSFERRED");
    }

    private static void awaitStatus(String id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/achievements/" + id).then().body("status", is(status)));
    }

    private static String signed(String achievementId, UUID dealId, DealType type) {
        DealPayload deal = new DealPayload(dealId, UUID.fromString(achievementId), null, UUID.randomUUID(),
                UUID.randomUUID(), null, DealStage.SIGNED, type, type == DealType.ASSIGNMENT,
                Money.cny("2000000.00"), PaymentModel.LUMP_SUM, Money.cny("0.00"), 3, Instant.now());
        return EventJson.write(CloudEvent.of("/deal-service", EventTypes.DEAL_SIGNED, dealId.toString(), deal));
    }
}
