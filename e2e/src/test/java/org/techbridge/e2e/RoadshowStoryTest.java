package org.techbridge.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.techbridge.e2e.Api.anonymous;
import static org.techbridge.e2e.Api.broker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbridge.demo.Seed;
import org.techbridge.demo.Tally;
import org.techbridge.testing.KafkaTopics;
import org.techbridge.testing.Tokens;

/**
 * The roadshow story across the four services, played only through the gateway with each role's
 * own token, the way a frontend would: catalog → need → match → interest → deal → signature →
 * transfer → payment → statistics. Asynchronous steps (events through Kafka) are awaited with a
 * deadline.
 */
@ExtendWith(RunningStack.class)
class RoadshowStoryTest {

    private static Stack stack;

    @BeforeAll
    static void theStack() {
        stack = RunningStack.stack();
    }

    @Test
    void aNeedBecomesASignedPaidTransferCountedInItsRoadshow() {
        Story story = new Story();
        story.institutionPublishesAnAchievement();
        story.enterprisePostsANeedThatMatchesIt();
        story.enterpriseExpressesInterest();
        story.brokerSignsTheDealUnderUseFirstPayLater();
        story.paymentIsRecordedAndTheRoadshowCountsIt();
    }

    @Test
    void theStoryEndsConsistentWhenTheDealServiceRestartsWhileTheInterestIsInFlight() {
        Story story = new Story();
        story.institutionPublishesAnAchievement();
        story.enterprisePostsANeedThatMatchesIt();
        given(story.enterprise).body(Map.of("achievementId", story.achievementId))
                .post("/api/v1/needs/{id}/interests", story.needId).then().statusCode(202);
        stack.restart(Stack.DEAL);
        story.awaitTheOneDealInIntent();
        story.brokerSignsTheDealUnderUseFirstPayLater();
        story.paymentIsRecordedAndTheRoadshowCountsIt();
        given(story.enterprise).get("/api/v1/deals?enterpriseId={id}", story.enterpriseId).then()
                .statusCode(200).body("total", is(1));
    }

    @Test
    void theDemoRoadshowSeriesLoadsThroughTheGatewayOnceAndShowsItsStatistics() throws Exception {
        JsonNode demo = Seed.bundled();
        Tally first = Seed.load(stack.gateway(), Tokens.of("broker", null), demo);
        assertTrue(first.created() > 0, "the first load creates the demo data:\n" + first);

        // meanwhile another client registers an institution of the same name: it is not the demo's
        Api.create(broker(), "/api/v1/institutions", Map.of("name", "太原理工大学", "type", "UNIVERSITY",
                "region", "山西省太原市"));

        Tally second = Seed.load(stack.gateway(), Tokens.of("broker", null), demo);
        assertEquals(0, second.created(), "a second load changes nothing:\n" + second);

        String agricultural = given(broker()).get("/api/v1/roadshows?size=100").then().statusCode(200)
                .extract().path("items.find { it.title.contains('农业大学') }.id");
        given(broker()).get("/api/v1/roadshows/{id}/stats", agricultural).then().statusCode(200)
                .body("signedCount", is(8))
                .body("signedTotal.amount", is("5700000.00"))
                .body("largestSigned.amount", is("2000000.00"));
        given(anonymous()).get("/api/v1/achievements?size=1").then().statusCode(200)
                .body("total", greaterThan(55));
        given(anonymous()).get("/api/v1/needs?size=1").then().statusCode(200)
                .body("total", greaterThan(14));
    }

    @Test
    void aRequestsTraceContextRidesThroughTheGatewayTheServiceAndKafkaIntoTheNextServicesEvents() {
        Story story = new Story();
        story.institutionPublishesAnAchievement();
        story.enterprisePostsANeedThatMatchesIt();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        given(story.enterprise).header("traceparent", "00-" + traceId + "-" + traceId.substring(0, 16) + "-00")
                .body(Map.of("achievementId", story.achievementId))
                .post("/api/v1/needs/{id}/interests", story.needId).then().statusCode(202);

        Map<String, Object> kafka = Map.of("bootstrap.servers", RunningStack.stack().kafka());
        KafkaTopics.await(kafka, stack.topic("matches"), record -> inTrace(record, traceId)
                && record.value().contains("techbridge.match.interest-expressed"));
        KafkaTopics.await(kafka, stack.topic("deals"), record -> inTrace(record, traceId)
                && record.value().contains("techbridge.deal.opened"));
    }

    private static boolean inTrace(ConsumerRecord<String, String> record, String traceId) {
        String traceparent = KafkaTopics.header(record, "traceparent");
        return traceparent != null && traceparent.startsWith("00-" + traceId + "-");
    }

    @Test
    void everyServiceAndTheGatewayExposeRequestTimingsAndEachServiceItsOutboxBacklogAndConsumerLag() {
        new Story().institutionPublishesAnAchievement();
        given(anonymous()).get("/api/v1/needs?size=1").then().statusCode(200);
        given(broker()).get("/api/v1/deals?size=1").then().statusCode(200);
        for (Stack.Service service : List.of(Stack.ACHIEVEMENT, Stack.MATCHING, Stack.DEAL, Stack.GATEWAY)) {
            String metrics = given().baseUri("http://127.0.0.1:" + service.port()).get("/q/metrics").then()
                    .statusCode(200).extract().asString();
            assertTrue(metrics.contains("http_server_requests_seconds_count"), service.module() + " request timings");
            if (service != Stack.GATEWAY) {
                assertTrue(metrics.contains("techbridge_outbox_backlog "), service.module() + " outbox backlog");
                assertTrue(metrics.contains("kafka_consumer_fetch_manager_records_lag"),
                        service.module() + " consumer lag");
            }
        }
    }
}
