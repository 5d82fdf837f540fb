package org.techbridge.matching.supply;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.techbridge.events.AchievementPayload;
import org.techbridge.events.AchievementStatus;
import org.techbridge.events.CloudEvent;
import org.techbridge.events.Domain;
import org.techbridge.events.EventJson;
import org.techbridge.events.EventTypes;
import org.techbridge.events.InterestExpressedPayload;
import org.techbridge.events.MatchSuggestedPayload;
import org.techbridge.events.Money;
import org.techbridge.events.TransferMode;
import org.techbridge.matching.need.NeedResourceTest;
import org.techbridge.platform.outbox.OutboxEvent;
import org.techbridge.testing.KafkaTopics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.common.annotation.Identifier;

@QuarkusTest
class SupplyProjectionTest {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "techbridge.topics.achievements")
    String achievements;

    @ConfigProperty(name = "techbridge.topics.matches")
    String matches;

    @Test
    void aPublishedAchievementBecomesAMatchWithItsReasonsAndAWithdrawnOneLeaves() {
        UUID id = UUID.randomUUID();
        String need = needFor(UUID.randomUUID());
        String published = event(id, EventTypes.ACHIEVEMENT_PUBLISHED, AchievementStatus.PUBLISHED, 1);

        KafkaTopics.send(kafka, achievements, id.toString(), published);
        KafkaTopics.send(kafka, achievements, id.toString(), published);

        awaitMatch(need, id, true);
        given().get("/api/v1/needs/" + need + "/matches").then()
                .body("matches.find { it.achievementId == '" + id + "' }.breakdown.domain", org.hamcrest.Matchers.is(1.0f))
                .body("matches.find { it.achievementId == '" + id + "' }.matchedTerms", hasItem("减速器"));
        assertEquals(1L, SupplyAchievement.count("id", id));

        KafkaTopics.send(kafka, achievements, id.toString(),
                event(id, EventTypes.ACHIEVEMENT_WITHDRAWN, AchievementStatus.WITHDRAWN, 2));
        awaitMatch(need, id, false);
        assertEquals(0L, SupplyAchievement.count("id", id));
    }

    @Test
    void anEnglishNeedFindsTheChineseAchievementThroughTheGlossary() {
        UUID id = UUID.randomUUID();
        KafkaTopics.send(kafka, achievements, id.toString(),
                event(id, EventTypes.ACHIEVEMENT_PUBLISHED, AchievementStatus.PUBLISHED, 1));
        Map<String, Object> body = NeedResourceTest.reducerNeed(UUID.randomUUID().toString());
        body.put("title", "Gear reducer for robot joints");
        body.put("description", "We build six-axis arms and need a precision harmonic reducer with low backlash.");
        body.put("keywords", List.of());
        String need = given().contentType(ContentType.JSON).body(body).post("/api/v1/needs").then().statusCode(201)
                .extract().path("id");

        awaitMatch(need, id, true);
    }

    @Test
    void anInterestIsAnnouncedOncePerNeedAndAchievement() {
        UUID id = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        KafkaTopics.send(kafka, achievements, id.toString(),
                event(id, EventTypes.ACHIEVEMENT_PUBLISHED, AchievementStatus.PUBLISHED, 1));
        String need = needFor(enterprise);
        awaitMatch(need, id, true);

        given().contentType(ContentType.JSON).body(Map.of("achievementId", id.toString()))
                .post("/api/v1/needs/" + need + "/interests").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("achievementId", id.toString()))
                .post("/api/v1/needs/" + need + "/interests").then().statusCode(202);

        ConsumerRecord<String, String> record = KafkaTopics.await(kafka, matches,
                r -> need.equals(r.key()) && r.value().contains(EventTypes.MATCH_INTEREST_EXPRESSED));
        CloudEvent<InterestExpressedPayload> event = EventJson.read(record.value(), InterestExpressedPayload.class);
        assertEquals(EventTypes.MATCH_INTEREST_EXPRESSED, event.type());
        assertEquals(id, event.data().achievementId());
        assertEquals(enterprise, event.data().enterpriseId());
        assertEquals(1L, OutboxEvent.count("aggregateId = ?1 and type = ?2", need, EventTypes.MATCH_INTEREST_EXPRESSED));
        given().get("/api/v1/needs/" + need).then().body("status", org.hamcrest.Matchers.is("MATCHED"));
        given().contentType(ContentType.JSON).body(Map.of("achievementId", UUID.randomUUID().toString()))
                .post("/api/v1/needs/" + need + "/interests").then().statusCode(400);
    }

    @Test
    void aNewlyPublishedAchievementIsSuggestedToTheOpenNeedsItFitsAndListsThem() {
        String need = needFor(UUID.randomUUID());
        UUID id = UUID.randomUUID();

        KafkaTopics.send(kafka, achievements, id.toString(),
                event(id, EventTypes.ACHIEVEMENT_PUBLISHED, AchievementStatus.PUBLISHED, 1));

        ConsumerRecord<String, String> record = KafkaTopics.await(kafka, matches,
                r -> need.equals(r.key()) && r.value().contains(EventTypes.MATCH_SUGGESTED)
                        && r.value().contains(id.toString()));
        CloudEvent<MatchSuggestedPayload> suggestion = EventJson.read(record.value(), MatchSuggestedPayload.class);
        assertTrue(suggestion.data().score() >= 0.75, String.valueOf(suggestion.data().score()));
        given().get("/api/v1/achievements/" + id + "/matches").then().statusCode(200)
                .body("matches.needId", hasItem(need));
        given().get("/api/v1/achievements/" + UUID.randomUUID() + "/matches").then().statusCode(404);
    }

    @Test
    void aRecordThatIsNotAnAchievementEventGoesToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        KafkaTopics.send(kafka, achievements, key, "{\"specversion\": \"1.0\"}");

        ConsumerRecord<String, String> dead = KafkaTopics.await(kafka, achievements + ".dlq", r -> key.equals(r.key()));

        assertTrue(KafkaTopics.header(dead, "dead-letter-reason") != null);
    }

    private static String needFor(UUID enterprise) {
        return NeedResourceTest.posted(NeedResourceTest.reducerNeed(enterprise.toString()));
    }

    private static void awaitMatch(String need, UUID achievement, boolean present) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/needs/" + need + "/matches?limit=100").then().statusCode(200)
                .body("matches.achievementId", present ? hasItem(achievement.toString())
                        : not(hasItem(achievement.toString()))));
    }

    private static String event(UUID id, String type, AchievementStatus status, long version) {
        AchievementPayload payload = new AchievementPayload(id, "机器人精密谐波减速器", "高精度、低背隙的机器人关节谐波减速器，可替代进口",
                "", "zh", Domain.ADVANCED_MANUFACTURING, List.of("谐波减速器", "机器人"), 7, "PATENT", List.of(),
                UUID.randomUUID(), "山西省太原市", List.of(TransferMode.USE_FIRST_PAY_LATER),
                new Money(new BigDecimal("800000.00"), Money.CNY), status, 0, version, Instant.now());
        return EventJson.write(CloudEvent.of("/achievement-service", type, id.toString(), payload));
    }
}
