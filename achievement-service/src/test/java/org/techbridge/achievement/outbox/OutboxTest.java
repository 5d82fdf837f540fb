package org.techbridge.achievement.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.techbridge.achievement.Fixtures.apple;
import static org.techbridge.achievement.Fixtures.createdId;
import static org.techbridge.achievement.Fixtures.institution;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.techbridge.achievement.catalog.AchievementService;
import org.techbridge.platform.outbox.OutboxEvent;
import org.techbridge.events.AchievementPayload;
import org.techbridge.events.AchievementStatus;
import org.techbridge.events.CloudEvent;
import org.techbridge.events.EventJson;
import org.techbridge.events.EventTypes;
import org.techbridge.testing.KafkaTopics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.common.annotation.Identifier;

@QuarkusTest
class OutboxTest {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "techbridge.topics.achievements")
    String topic;

    @Inject
    AchievementService achievements;

    @Test
    void publishingADraftEmitsACloudEventKeyedByTheAchievement() {
        String id = createdId(apple(institution("UNIVERSITY")));
        given().post("/api/v1/achievements/" + id + "/publish").then().statusCode(200);

        ConsumerRecord<String, String> record = KafkaTopics.await(kafka, topic, r -> id.equals(r.key()));
        CloudEvent<AchievementPayload> event = EventJson.read(record.value(), AchievementPayload.class);

        assertEquals("1.0", event.specversion());
        assertEquals(EventTypes.ACHIEVEMENT_PUBLISHED, event.type());
        assertEquals("/achievement-service", event.source());
        assertEquals(id, event.subject());
        assertEquals(AchievementStatus.PUBLISHED, event.data().status());
        assertEquals("2000000.00", event.data().askingPrice().amount().toPlainString());
        assertEquals("application/cloudevents+json; charset=UTF-8", KafkaTopics.header(record, "content-type"));
        assertEquals(1L, unsent(id) + sent(id), "one row in the outbox");
    }

    @Test
    @TestSecurity(user = "test-broker", roles = "broker")
    void aRolledBackChangeLeavesNoEventBehind() {
        UUID id = UUID.fromString(createdId(apple(institution("UNIVERSITY"))));

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            achievements.publish(id, null);
            throw new IllegalStateException("the rest of the work failed");
        }));

        assertEquals(0L, unsent(id.toString()) + sent(id.toString()));
        given().get("/api/v1/achievements/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("DRAFT"));
    }

    @Test
    void updatesOfAPublishedAchievementFollowItsPublicationInOrder() {
        String id = createdId(apple(institution("UNIVERSITY")));
        given().post("/api/v1/achievements/" + id + "/publish").then().statusCode(200);
        given().post("/api/v1/achievements/" + id + "/withdraw").then().statusCode(200);

        ConsumerRecord<String, String> withdrawn = KafkaTopics.await(kafka, topic,
                r -> id.equals(r.key()) && r.value().contains(EventTypes.ACHIEVEMENT_WITHDRAWN));
        ConsumerRecord<String, String> published = KafkaTopics.await(kafka, topic,
                r -> id.equals(r.key()) && r.value().contains(EventTypes.ACHIEVEMENT_PUBLISHED));

        assertEquals(published.partition(), withdrawn.partition());
        assertEquals(true, published.offset() < withdrawn.offset());
    }

    private static long unsent(String aggregateId) {
        return OutboxEvent.count("aggregateId = ?1 and sentAt is null", aggregateId);
    }

    private static long sent(String aggregateId) {
        return OutboxEvent.count("aggregateId = ?1 and sentAt is not null", aggregateId);
    }
}
