package org.techbridge.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.techbridge.e2e.Api.anonymous;
import static org.techbridge.e2e.Api.as;
import static org.techbridge.e2e.Api.broker;
import static org.techbridge.e2e.Api.create;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One run of the roadshow story, with its own institution, enterprise and roadshow. */
final class Story {

    static final Duration EVENTS_WITHIN = Duration.ofSeconds(60);
    static final String PRICE = "1500000.00";

    final UUID universityId = UUID.fromString(create(broker(), "/api/v1/institutions", Map.of(
            "name", "太原理工大学 " + UUID.randomUUID(), "type", "UNIVERSITY", "region", "山西省太原市")));
    final UUID enterpriseId = UUID.fromString(create(broker(), "/api/v1/institutions", Map.of(
            "name", "山西智能装备有限公司 " + UUID.randomUUID(), "type", "ENTERPRISE", "region", "山西省太原市")));
    final String roadshowId = create(broker(), "/api/v1/roadshows", Map.of(
            "title", "先进制造专场路演 " + UUID.randomUUID(), "date", "2025-09-20", "venue", "太原市科技成果转化中心",
            "organiser", "山西省科学技术厅", "invitees", List.of(enterpriseId)));
    final RequestSpecification institution = as("institution", universityId);
    final RequestSpecification enterprise = as("enterprise", enterpriseId);
    String achievementId;
    String needId;
    String dealId;

    void institutionPublishesAnAchievement() {
        achievementId = create(institution, "/api/v1/achievements", Map.ofEntries(
                Map.entry("title", "机器人精密谐波减速器 " + UUID.randomUUID()),
                Map.entry("summary", "高精度、低背隙、长寿命的机器人关节谐波减速器，可替代进口产品"),
                Map.entry("description", "采用新型齿形设计与柔轮材料热处理工艺，传动误差小于30角秒，背隙小于10角秒，"
                        + "寿命超过10000小时，适用于六轴工业机器人、协作机器人关节。"),
                Map.entry("domain", "ADVANCED_MANUFACTURING"),
                Map.entry("keywords", List.of("谐波减速器", "机器人关节", "精密传动")),
                Map.entry("trl", 7), Map.entry("ipType", "PATENT"),
                Map.entry("institutionId", universityId), Map.entry("region", "山西省太原市"),
                Map.entry("transferModes", List.of("ASSIGNMENT", "USE_FIRST_PAY_LATER")),
                Map.entry("askingPrice", Map.of("amount", PRICE, "currency", "CNY"))));
        given(institution).post("/api/v1/achievements/{id}/publish", achievementId).then()
                .statusCode(200).body("status", is("PUBLISHED"));
    }

    void enterprisePostsANeedThatMatchesIt() {
        needId = create(enterprise, "/api/v1/needs", Map.of(
                "enterpriseId", enterpriseId, "title", "工业机器人关节减速机国产替代",
                "description", "我们生产六轴工业机器人，需要高精度、低背隙的谐波减速机替代进口产品，先试用后付款更好。",
                "industry", "ADVANCED_MANUFACTURING", "keywords", List.of("减速机", "机器人"),
                "budget", Map.of("amount", "2000000.00", "currency", "CNY"), "minTrl", 6,
                "region", "山西省太原市", "preferredModes", List.of("USE_FIRST_PAY_LATER")));
        await("the achievement among the need's matches").atMost(EVENTS_WITHIN).untilAsserted(() ->
                given(anonymous()).get("/api/v1/needs/{id}/matches?limit=5", needId).then().statusCode(200)
                        .body("matches.achievementId", hasItem(achievementId))
                        .body("matches.find { it.achievementId == '" + achievementId + "' }.breakdown",
                                hasKey("text"))
                        .body("matches.find { it.achievementId == '" + achievementId + "' }.matchedTerms",
                                hasItem("减速器")));
    }

    void enterpriseExpressesInterest() {
        given(enterprise).body(Map.of("achievementId", achievementId))
                .post("/api/v1/needs/{id}/interests", needId).then().statusCode(202);
        awaitTheOneDealInIntent();
    }

    void awaitTheOneDealInIntent() {
        dealId = await("the deal the interest opens").atMost(EVENTS_WITHIN).until(() ->
                given(enterprise).get("/api/v1/deals?enterpriseId={id}&achievementId={a}", enterpriseId,
                        achievementId).then().statusCode(200).extract().path("items[0].id"), id -> id != null);
        given(enterprise).get("/api/v1/deals/{id}", dealId).then().statusCode(200)
                .body("stage", is("INTENT")).body("needId", is(needId))
                .body("institutionId", is(universityId.toString()));
    }

    void brokerSignsTheDealUnderUseFirstPayLater() {
        String etag = given(broker()).get("/api/v1/deals/{id}", dealId).then().extract().header("ETag");
        given(broker()).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("roadshowId", roadshowId)).patch("/api/v1/deals/{id}", dealId).then().statusCode(200);
        given(broker()).body(Map.of("to", "NEGOTIATION", "note", "路演现场洽谈"))
                .post("/api/v1/deals/{id}/transitions", dealId).then().statusCode(200);
        LocalDate today = LocalDate.now();
        given(broker()).body(Map.of("to", "SIGNED", "terms", Map.of(
                "dealType", "ASSIGNMENT", "exclusive", true,
                "amount", Map.of("amount", PRICE, "currency", "CNY"),
                "paymentModel", "USE_FIRST_PAY_LATER",
                "trialEndsOn", today.plusMonths(6).toString(), "dueOn", today.plusMonths(12).toString(),
                "usageMilestone", "首批500台机器人装机运行")))
                .post("/api/v1/deals/{id}/transitions", dealId).then().statusCode(200)
                .body("stage", is("SIGNED"));
        await("the achievement transferred in the catalog").atMost(EVENTS_WITHIN).untilAsserted(() ->
                given(anonymous()).get("/api/v1/achievements/{id}", achievementId).then().statusCode(200)
                        .body("status", is("TRANSFERRED")));
    }

    void paymentIsRecordedAndTheRoadshowCountsIt() {
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given(broker()).header("Idempotency-Key", key)
                    .body(Map.of("amount", Map.of("amount", PRICE, "currency", "CNY"),
                            "paidOn", LocalDate.now().toString(), "reference", "HT-E2E-" + dealId))
                    .post("/api/v1/deals/{id}/payments", dealId).then().statusCode(201);
        }
        given(enterprise).get("/api/v1/deals/{id}/payments", dealId).then().statusCode(200)
                .body("items.size()", is(1)).body("outstanding.amount", is("0.00"));
        given(broker()).get("/api/v1/roadshows/{id}/stats", roadshowId).then().statusCode(200)
                .body("signedCount", is(1))
                .body("signedTotal.amount", is(PRICE))
                .body("paidTotal.amount", is(PRICE));
        given(as("partner", null)).get("/api/v1/stats/deals?roadshowId={id}", roadshowId).then()
                .statusCode(200).body("signedTotal.amount", equalTo(PRICE));
    }
}
