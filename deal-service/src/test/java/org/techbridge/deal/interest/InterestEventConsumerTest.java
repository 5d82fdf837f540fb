package org.techbridge.deal.interest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.techbridge.events.CloudEvent;
import org.techbridge.events.EventJson;
import org.techbridge.events.EventTypes;
import org.techbridge.events.InterestExpressedPayload;
import org.techbridge.events.MatchSuggestedPayload;
import org.techbridge.testing.KafkaTopics;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;

@QuarkusTest
class InterestEventConsumerTest {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "techbridge.topics.matches")
    String matches;

    @Test
    void anExpressedInterestOpensADealInIntentRecordingWhoExpressedIt() {
        InterestExpressedPayload interest = interest(UUID.randomUUID(), UUID.randomUUID(), "enterprise-user-42");

        KafkaTopics.send(kafka, matches, interest.needId().toString(), event(interest));

        String id = awaitDeals(interest.achievementId(), 1);
        given().get("/api/v1/deals/" + id).then().statusCode(200)
                .body("stage", is("INTENT"))
                .body("needId", is(interest.needId().toString()))
                .body("enterpriseId", is(interest.enterpriseId().toString()))
                .body("institutionId", is(interest.institutionId().toString()));
        given().get("/api/v1/deals/" + id + "/history").then().body("by", contains("enterprise-user-42"));
    }

    @Test
    void theSameEventTwiceAndASecondInterestInThePairOpenOneDeal() {
        UUID needId = UUID.randomUUID();
        InterestExpressedPayload interest = interest(needId, UUID.randomUUID(), null);
        String first = event(interest);

        KafkaTopics.send(kafka, matches, needId.toString(), first);
        KafkaTopics.send(kafka, matches, needId.toString(), first);
        KafkaTopics.send(kafka, matches, needId.toString(), event(interest));
        // records of one key are consumed in order: once the marker took effect, so did the rest
        InterestExpressedPayload marker = interest(needId, UUID.randomUUID(), null);
        KafkaTopics.send(kafka, matches, needId.toString(), event(marker));
        String markerDeal = awaitDeals(marker.achievementId(), 1);

        assertNotNull(markerDeal);
        given().get("/api/v1/deals?achievementId=" + interest.achievementId()).then().body("total", is(1));
        given().get("/api/v1/deals/" + markerDeal + "/history").then().body("by", contains("/matching-service"));
    }

    @Test
    void otherMatchEventsAreNotOurs() {
        UUID needId = UUID.randomUUID();
        UUID achievementId = UUID.randomUUID();
        KafkaTopics.send(kafka, matches, needId.toString(), EventJson.write(CloudEvent.of("/matching-service",
                EventTypes.MATCH_SUGGESTED, needId.toString(),
                new MatchSuggestedPayload(needId, achievementId, 0.9))));
        InterestExpressedPayload marker = interest(needId, UUID.randomUUID(), null);
        KafkaTopics.send(kafka, matches, needId.toString(), event(marker));
        awaitDeals(marker.achievementId(), 1);

        given().get("/api/v1/deals?achievementId=" + achievementId).then().body("total", is(0));
    }

    @Test
    void aRecordThatIsNotAnInterestGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String key = UUID.randomUUID().toString();
        String incomplete = EventJson.write(CloudEvent.of("/matching-service", EventTypes.MATCH_INTEREST_EXPRESSED,
                key, new InterestExpressedPayload(null, UUID.randomUUID(), null, null, null)));
        KafkaTopics.send(kafka, matches, key, "{\"not\": \"an event\"");
        KafkaTopics.send(kafka, matches, key, incomplete);

        ConsumerRecord<String, String> dead = KafkaTopics.await(kafka, matches + ".dlq",
                r -> key.equals(r.key()) && r.value().equals(incomplete));

        assertNotNull(KafkaTopics.header(dead, "dead-letter-reason"));
        InterestExpressedPayload next = interest(UUID.randomUUID(), UUID.randomUUID(), null);
        KafkaTopics.send(kafka, matches, key, event(next));
        awaitDeals(next.achievementId(), 1);
    }

    private static String awaitDeals(UUID achievementId, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var page = given().get("/api/v1/deals?achievementId=" + achievementId).then().statusCode(200).extract();
            int total = page.path("total");
            assertEquals(true, total <= count, "at most " + count + " deals");
            return total == count ? (String) page.path("items[0].id") : null;
        }, java.util.Objects::nonNull);
    }

    private static InterestExpressedPayload interest(UUID needId, UUID achievementId, String expressedBy) {
        return new InterestExpressedPayload(needId, achievementId, UUID.randomUUID(), UUID.randomUUID(), expressedBy);
    }

    private static String event(InterestExpressedPayload interest) {
        return EventJson.write(CloudEvent.of("/matching-service", EventTypes.MATCH_INTEREST_EXPRESSED,
                interest.needId().toString(), interest));
    }
}
