package org.techbridge.deal.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.techbridge.deal.Fixtures.PROBLEM;
import static org.techbridge.deal.Fixtures.appleAssignment;
import static org.techbridge.deal.Fixtures.lumpSum;
import static org.techbridge.deal.Fixtures.move;
import static org.techbridge.deal.Fixtures.openedId;
import static org.techbridge.deal.Fixtures.pay;
import static org.techbridge.deal.Fixtures.reducerLicence;
import static org.techbridge.deal.Fixtures.signed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.techbridge.deal.deal.Today;
import org.techbridge.events.AchievementPayload;
import org.techbridge.events.AchievementStatus;
import org.techbridge.events.CloudEvent;
import org.techbridge.events.Domain;
import org.techbridge.events.EventJson;
import org.techbridge.events.EventTypes;
import org.techbridge.events.Money;
import org.techbridge.events.TransferMode;
import org.techbridge.testing.KafkaTopics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.common.annotation.Identifier;

/**
 * The 2025 university session: 8 varieties signed on site for 5.7 M yuan, the apple alone for
 * 2 M; around them deals still open, one abandoned.
 */
@QuarkusTest
class DealStatsTest {

    private static final LocalDate TODAY = LocalDate.now(Today.ZONE);
    /** Soybean, wheat, maize, sorghum, millet and three more varieties, beside the apple. */
    private static final List<String> OTHER_VARIETIES = List.of("800000.00", "700000.00", "600000.00", "500000.00",
            "450000.00", "350000.00", "300000.00");

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @ConfigProperty(name = "techbridge.topics.achievements")
    String achievements;

    @Test
    void aRoadshowReportsItsSignedDealsTheirTotalAndTheLargest() {
        Roadshow show = seed();

        for (String path : List.of("/api/v1/stats/deals?roadshowId=" + show.id, "/api/v1/roadshows/" + show.id + "/stats")) {
            given().get(path).then().statusCode(200)
                    .body("roadshowId", is(show.id))
                    .body("dealCount", is(12))
                    .body("signedCount", is(8))
                    .body("signedTotal.amount", is("5700000.00"))
                    .body("signedTotal.currency", is("CNY"))
                    .body("largestSigned.amount", is("2000000.00"))
                    .body("paidTotal.amount", is("1200000.00"))
                    .body("conversion", is(0.6667f))
                    .body("byStage.INTENT", is(2))
                    .body("byStage.NEGOTIATION", is(1))
                    .body("byStage.SIGNED", is(8))
                    .body("byStage.IN_EXECUTION", is(0))
                    .body("byStage.TERMINATED", is(1))
                    .body("groups", nullValue());
        }
    }

    @Test
    void figuresGroupByInstitutionPaymentModelAndDomain() {
        Roadshow show = seed();
        String base = "/api/v1/stats/deals?roadshowId=" + show.id + "&groupBy=";

        stats(base + "institution")
                .body("groupBy", is("institution"))
                .body("groups.find { it.key == '" + show.university + "' }.signedCount", is(8))
                .body("groups.find { it.key == '" + show.university + "' }.signedTotal.amount", is("5700000.00"))
                .body("groups.size()", is(5));
        stats(base + "paymentModel")
                .body("groups.find { it.key == 'LUMP_SUM' }.signedTotal.amount", is("3700000.00"))
                .body("groups.find { it.key == 'INSTALLMENTS' }.largestSigned.amount", is("2000000.00"))
                .body("groups.find { it.key == 'INSTALLMENTS' }.paidTotal.amount", is("1200000.00"))
                .body("groups.find { it.key == 'UNDECIDED' }.dealCount", is(2));

        show.agriculture.forEach(id -> publish(id, Domain.AGRICULTURE));
        publish(show.reducer, Domain.ADVANCED_MANUFACTURING);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> stats(base + "domain")
                .body("groups.find { it.key == 'AGRICULTURE' }.signedCount", is(8))
                .body("groups.find { it.key == 'AGRICULTURE' }.signedTotal.amount", is("5700000.00"))
                .body("groups.find { it.key == 'ADVANCED_MANUFACTURING' }.byStage.INTENT", is(1))
                .body("groups.find { it.key == 'UNKNOWN' }.dealCount", is(3)));
    }

    @Test
    void theDatesSelectTheDealsOpenedInThatPeriod() {
        Roadshow show = seed();
        String base = "/api/v1/stats/deals?roadshowId=" + show.id;

        stats(base + "&from=" + TODAY + "&to=" + TODAY).body("signedCount", is(8));
        stats(base + "&to=" + TODAY.minusDays(1)).body("dealCount", is(0))
                .body("signedTotal.amount", is("0.00")).body("largestSigned", nullValue())
                .body("conversion", is(0.0f));
    }

    @Test
    void badParametersAre400() {
        given().get("/api/v1/stats/deals?groupBy=colour").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("groupBy"));
        given().get("/api/v1/stats/deals?from=2026-02-01&to=2026-01-01").then().statusCode(400)
                .body("errors[0].field", is("from"));
        given().get("/api/v1/stats/deals?roadshowId=x").then().statusCode(400).body("errors[0].field", is("roadshowId"));
        given().get("/api/v1/roadshows/x/stats").then().statusCode(400).body("errors[0].field", is("id"));
    }

    private record Roadshow(String id, String university, List<String> agriculture, String reducer) {
    }

    /** 8 signed (the apple in instalments, 1.2 M paid), 2 in intent, 1 negotiating, 1 terminated. */
    private static Roadshow seed() {
        String roadshowId = UUID.randomUUID().toString();
        String university = UUID.randomUUID().toString();
        List<String> agriculture = new java.util.ArrayList<>();

        Map<String, Object> apple = appleAssignment(TODAY.plusDays(30), TODAY.plusDays(200));
        String appleId = signed(at(apple, roadshowId, university));
        pay(appleId, "1200000.00", TODAY).statusCode(201);
        agriculture.add((String) apple.get("achievementId"));
        for (String amount : OTHER_VARIETIES) {
            Map<String, Object> variety = at(lumpSum(amount, TODAY.plusDays(60)), roadshowId, university);
            signed(variety);
            agriculture.add((String) variety.get("achievementId"));
        }
        Map<String, Object> reducer = at(reducerLicence(), roadshowId, UUID.randomUUID().toString());
        openedId(reducer);
        Map<String, Object> undecided = Map.of("achievementId", UUID.randomUUID().toString(),
                "institutionId", UUID.randomUUID().toString(), "enterpriseId", UUID.randomUUID().toString(),
                "roadshowId", roadshowId);
        openedId(undecided);
        String negotiating = openedId(at(lumpSum("100000.00", TODAY.plusDays(10)), roadshowId,
                UUID.randomUUID().toString()));
        move(negotiating, "NEGOTIATION").statusCode(200);
        Map<String, Object> abandoned = new java.util.HashMap<>(undecided);
        abandoned.put("achievementId", UUID.randomUUID().toString());
        abandoned.put("institutionId", UUID.randomUUID().toString());
        move(openedId(abandoned), "TERMINATED").statusCode(200);
        return new Roadshow(roadshowId, university, agriculture, (String) reducer.get("achievementId"));
    }

    private static Map<String, Object> at(Map<String, Object> deal, String roadshowId, String institutionId) {
        deal.put("roadshowId", roadshowId);
        deal.put("institutionId", institutionId);
        return deal;
    }

    private void publish(String achievementId, Domain domain) {
        AchievementPayload achievement = new AchievementPayload(UUID.fromString(achievementId), "品种", "summary", null,
                "zh", domain, List.of(), 8, "PLANT_VARIETY", List.of(), UUID.randomUUID(), "山西省晋中市",
                List.of(TransferMode.ASSIGNMENT), Money.cny("1.00"), AchievementStatus.PUBLISHED, 0, 1, Instant.now());
        KafkaTopics.send(kafka, achievements, achievementId, EventJson.write(CloudEvent.of("/achievement-service",
                EventTypes.ACHIEVEMENT_PUBLISHED, achievementId, achievement)));
    }

    private static ValidatableResponse stats(String path) {
        return given().get(path).then().statusCode(200);
    }
}
