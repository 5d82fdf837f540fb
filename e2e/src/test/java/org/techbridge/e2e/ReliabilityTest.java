package org.techbridge.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.techbridge.e2e.Api.anonymous;
import static org.techbridge.e2e.Api.as;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbridge.testing.KafkaTopics;

/** What must hold when parts fail: nothing accepted is lost, nothing takes effect twice. */
@ExtendWith(RunningStack.class)
class ReliabilityTest {

    private static final int BURST = 40;
    private static final int OUTAGE_WRITES = 100;
    private static final Duration DATABASE_AWAY = Duration.ofSeconds(30);

    @Test
    void writesAcceptedWhileKafkaIsDownAllReachTheirConsumersOnceItIsBack() {
        Stack stack = RunningStack.stack();
        Story story = new Story();
        List<String> achievements = new ArrayList<>();
        stack.stopKafka();
        try {
            for (int i = 0; i < OUTAGE_WRITES; i++) {
                String id = Api.create(as("institution", story.universityId), "/api/v1/achievements", Map.of(
                        "title", "断网期间发布的成果 " + i, "summary", "谐波减速器柔轮热处理工艺",
                        "domain", "ADVANCED_MANUFACTURING", "trl", 6, "ipType", "PATENT",
                        "institutionId", story.universityId, "region", "山西省太原市",
                        "transferModes", List.of("LICENSE")));
                given(as("institution", story.universityId)).post("/api/v1/achievements/{id}/publish", id).then()
                        .statusCode(200);
                achievements.add(id);
                Api.create(as("enterprise", story.enterpriseId), "/api/v1/needs", Map.of(
                        "enterpriseId", story.enterpriseId, "title", "断网期间发布的需求 " + i,
                        "description", "需要谐波减速器", "industry", "ADVANCED_MANUFACTURING", "region", "山西省太原市"));
            }
            assertTrue(backlog(Stack.ACHIEVEMENT) >= OUTAGE_WRITES, "the publications wait in the catalog's outbox");
            assertTrue(backlog(Stack.MATCHING) >= OUTAGE_WRITES, "the needs' events wait in the matcher's outbox");
        } finally {
            stack.startKafka();
        }
        long back = System.nanoTime();

        await("every outbox emptied").atMost(Story.EVENTS_WITHIN).until(() ->
                backlog(Stack.ACHIEVEMENT) == 0 && backlog(Stack.MATCHING) == 0);
        await("every achievement matchable").atMost(Story.EVENTS_WITHIN).until(() ->
                achievements.stream().allMatch(id -> given().baseUri(url(Stack.MATCHING))
                        .get("/api/v1/achievements/{id}/matches?limit=1", id).statusCode() == 200));
        System.out.printf("Kafka back: %d publications and %d needs out of the outboxes and matchable in %d ms%n",
                OUTAGE_WRITES, OUTAGE_WRITES, (System.nanoTime() - back) / 1_000_000);
        // each publication took effect once: one candidate each, and the catalog holds them all once
        given(anonymous()).get("/api/v1/achievements?institutionId={id}&size=1", story.universityId).then()
                .statusCode(200).body("total", is(OUTAGE_WRITES));
    }

    @Test
    void whileTheDatabaseIsAwayWritesAreRefusedWith503AndTheServiceRecoversWithoutARestartLosingNothing() {
        Stack stack = RunningStack.stack();
        Story story = new Story();
        List<String> accepted = new ArrayList<>();
        Map<String, Integer> answers = new TreeMap<>();
        stack.stopDatabase();
        try {
            long until = System.nanoTime() + DATABASE_AWAY.toNanos();
            // a steady five writes a second for as long as the database is away
            await("writes while the database is away").atMost(DATABASE_AWAY.plusSeconds(30))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).until(() -> {
                        var response = given(as("institution", story.universityId))
                                .body(achievement(story, "停库期间")).post("/api/v1/achievements");
                        String answer = String.valueOf(response.statusCode());
                        if (response.statusCode() == 201) {
                            accepted.add(response.path("id"));
                        } else if (response.statusCode() == 503) {
                            assertTrue(response.contentType().startsWith("application/problem+json"),
                                    response.asString());
                            // the service's own answer, or the gateway's breaker once it has seen five
                            answer += response.asString().contains("database") ? " from the service"
                                    : " from the gateway's breaker, Retry-After " + response.header("Retry-After");
                        }
                        answers.merge(answer, 1, Integer::sum);
                        given().baseUri(url(Stack.ACHIEVEMENT)).get("/q/health/ready").then().statusCode(503);
                        return System.nanoTime() >= until;
                    });
        } finally {
            stack.startDatabase();
        }
        System.out.printf("database away %d s: answers %s%n", DATABASE_AWAY.toSeconds(), answers);
        assertEquals(Set.of("503 from the service", "503 from the gateway's breaker, Retry-After 10"),
                answers.keySet(), "every write refused with 503 while the database is away");

        String after = await("the service writing again, not restarted").atMost(Story.EVENTS_WITHIN)
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    var response = given(as("institution", story.universityId))
                            .body(achievement(story, "恢复之后")).post("/api/v1/achievements");
                    return response.statusCode() == 201 ? (String) response.path("id") : null;
                }, id -> id != null);
        accepted.add(after);
        given().baseUri(url(Stack.ACHIEVEMENT)).get("/q/health/ready").then().statusCode(200);
        for (String id : accepted) {
            given(anonymous()).get("/api/v1/achievements/{id}", id).then().statusCode(200);
        }
    }

    private static Map<String, Object> achievement(Story story, String title) {
        return Map.of("title", title + " " + UUID.randomUUID(), "summary", "谐波减速器柔轮热处理工艺",
                "domain", "ADVANCED_MANUFACTURING", "trl", 6, "ipType", "PATENT", "institutionId", story.universityId,
                "region", "山西省太原市", "transferModes", List.of("LICENSE"));
    }

    @Test
    void everyInterestOpensExactlyOneDealThoughTheDealServiceIsKilledWhileConsumingTheBurst() {
        Story story = new Story();
        story.institutionPublishesAnAchievement();
        List<String> needs = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            needs.add(Api.create(as("enterprise", story.enterpriseId), "/api/v1/needs", Map.of(
                    "enterpriseId", story.enterpriseId, "title", "谐波减速机采购 " + i,
                    "description", "六轴机器人关节用谐波减速机", "industry", "ADVANCED_MANUFACTURING",
                    "region", "山西省太原市")));
        }
        Stack stack = RunningStack.stack();
        stack.kill(Stack.DEAL);
        for (String need : needs) {
            given(as("enterprise", story.enterpriseId)).body(Map.of("achievementId", story.achievementId))
                    .post("/api/v1/needs/{id}/interests", need).then().statusCode(202);
        }

        stack.start(Stack.DEAL);
        int dealsAtTheKill = await("the deal-service consuming the burst").atMost(Story.EVENTS_WITHIN)
                .pollInterval(Duration.ofMillis(50)).until(() -> dealsOf(story), deals -> deals > 0);
        stack.kill(Stack.DEAL);
        stack.start(Stack.DEAL);

        await("a deal for every interest").atMost(Story.EVENTS_WITHIN).until(() -> dealsOf(story) >= BURST);
        List<String> dealtNeeds = given(as("enterprise", story.enterpriseId))
                .get("/api/v1/deals?enterpriseId={id}&size=100", story.enterpriseId).then().statusCode(200)
                .body("total", is(BURST)).extract().path("items.needId");
        assertEquals(new HashSet<>(needs), Set.copyOf(dealtNeeds),
                "one deal per need, none twice (killed after " + dealsAtTheKill + " of " + BURST + ")");
        System.out.printf("deal-service killed after %d of %d deals; %d deals in the end%n", dealsAtTheKill, BURST,
                dealtNeeds.size());
    }

    @Test
    void aMalformedRecordOnEachConsumedTopicGoesToItsDeadLetterTopicWithTheReasonAndConsumptionGoesOn() {
        Stack stack = RunningStack.stack();
        Map<String, Object> kafka = Map.of("bootstrap.servers", RunningStack.stack().kafka());
        String poison = "{\"not\": \"an event\", \"id\": \"" + UUID.randomUUID() + "\"";
        for (String aggregate : List.of("achievements", "deals", "matches")) {
            KafkaTopics.send(kafka, stack.topic(aggregate), "poison", poison);
        }
        for (String aggregate : List.of("achievements", "deals", "matches")) {
            ConsumerRecord<String, String> dead = KafkaTopics.await(kafka, stack.topic(aggregate) + ".dlq",
                    record -> poison.equals(record.value()));
            String reason = KafkaTopics.header(dead, "dead-letter-reason");
            assertEquals(true, reason != null && !reason.isBlank(), aggregate + ": the reason goes along");
        }

        // after the poison, the consumers still take the next events: publish, match, interest, deal
        Story story = new Story();
        story.institutionPublishesAnAchievement();
        story.enterprisePostsANeedThatMatchesIt();
        story.enterpriseExpressesInterest();
        given(anonymous()).get("/api/v1/achievements/{id}/matches", story.achievementId).then().statusCode(200);
    }

    /** Events committed but not yet on Kafka, from the service's own metrics. */
    private static double backlog(Stack.Service service) {
        String metrics = given().baseUri(url(service)).get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("techbridge_outbox_backlog "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))).findFirst()
                .orElseThrow();
    }

    private static String url(Stack.Service service) {
        return "http://127.0.0.1:" + service.port();
    }

    private static int dealsOf(Story story) {
        return given(as("enterprise", story.enterpriseId)).get("/api/v1/deals?enterpriseId={id}&size=1",
                story.enterpriseId).then().statusCode(200).extract().path("total");
    }
}
