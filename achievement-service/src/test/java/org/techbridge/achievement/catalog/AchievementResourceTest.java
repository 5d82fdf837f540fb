package org.techbridge.achievement.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.techbridge.achievement.Fixtures.apple;
import static org.techbridge.achievement.Fixtures.create;
import static org.techbridge.achievement.Fixtures.createdId;
import static org.techbridge.achievement.Fixtures.etag;
import static org.techbridge.achievement.Fixtures.institution;
import static org.techbridge.achievement.Fixtures.published;
import static org.techbridge.achievement.Fixtures.reducer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AchievementResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aNewAchievementIsADraftWithItsLocationAndETag() {
        String institutionId = institution("UNIVERSITY");

        String id = create(apple(institutionId)).statusCode(201)
                .header("Location", containsString("/api/v1/achievements/"))
                .header("ETag", notNullValue())
                .body("status", is("DRAFT"))
                .body("askingPrice.amount", is("2000000.00"))
                .body("askingPrice.currency", is("CNY"))
                .body("negotiable", is(false))
                .extract().path("id");

        given().get("/api/v1/achievements/" + id).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("title", is("苹果新品种“晋艳”"))
                .body("transferModes", contains("ASSIGNMENT", "LICENSE"));
    }

    @Test
    void aMissingPriceMeansNegotiableAndTheLanguageIsDetected() {
        Map<String, Object> body = reducer(institution("UNIVERSITY"));
        body.remove("askingPrice");
        body.remove("language");

        create(body).statusCode(201).body("negotiable", is(true)).body("askingPrice", nullValue())
                .body("language", is("en"));
    }

    @Test
    void publishingThenWithdrawingFollowsTheLifecycle() {
        String id = createdId(apple(institution("UNIVERSITY")));

        given().post("/api/v1/achievements/" + id + "/publish").then().statusCode(200)
                .body("status", is("PUBLISHED")).body("publishedAt", notNullValue());
        given().post("/api/v1/achievements/" + id + "/withdraw").then().statusCode(200)
                .body("status", is("WITHDRAWN"));
    }

    @Test
    void anIllegalTransitionIs409NamingBothStates() {
        String id = createdId(apple(institution("UNIVERSITY")));
        given().post("/api/v1/achievements/" + id + "/withdraw").then().statusCode(200);

        given().post("/api/v1/achievements/" + id + "/publish").then().statusCode(409)
                .contentType(PROBLEM)
                .body("currentState", is("WITHDRAWN"))
                .body("requestedState", is("PUBLISHED"))
                .body("detail", containsString("WITHDRAWN"));
    }

    @Test
    void invalidFieldsAreEachNamedAndNothingIsStored() {
        String institutionId = institution("UNIVERSITY");
        rejects(institutionId, b -> b.put("trl", 0), "trl");
        rejects(institutionId, b -> b.put("trl", 10), "trl");
        rejects(institutionId, b -> b.put("askingPrice", Map.of("amount", "-1.00", "currency", "CNY")),
                "askingPrice.amount");
        rejects(institutionId, b -> b.put("domain", "ASTROLOGY"), "domain");
        rejects(institutionId, b -> b.put("transferModes", List.of("BARTER")), "transferModes[0]");
        rejects(institutionId, b -> b.remove("title"), "title");
        rejects(institutionId, b -> b.put("title", "长".repeat(201)), "title");
        rejects(institutionId, b -> b.put("institutionId", "not-a-uuid"), "institutionId");
        rejects(institutionId, b -> b.put("institutionId", UUID.randomUUID().toString()), "institutionId");
        rejects(institutionId, b -> b.put("trl", "high"), "trl");
        rejects(institutionId, b -> b.put("title", "苹果\u0000新品种"), "title");
        rejects(institutionId, b -> b.put("askingPrice", Map.of("amount", "1e2147483647", "currency", "CNY")),
                "askingPrice.amount");

        given().get("/api/v1/achievements?institutionId=" + institutionId).then().statusCode(200)
                .body("total", is(0));
    }

    @Test
    void severalInvalidFieldsAreReportedTogether() {
        Map<String, Object> body = apple(institution("UNIVERSITY"));
        body.put("trl", 12);
        body.remove("summary");

        create(body).statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("summary", "trl"));
    }

    @Test
    void malformedJsonIs400() {
        given().contentType(ContentType.JSON).body("{\"title\": ").post("/api/v1/achievements").then()
                .statusCode(400).contentType(PROBLEM).body("title", is("Malformed JSON"));
        given().contentType(ContentType.JSON).body("[1, 2]").post("/api/v1/achievements").then()
                .statusCode(400).contentType(PROBLEM).body(not(containsString("org.techbridge")));
        given().contentType(ContentType.JSON).body("null").post("/api/v1/achievements").then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void unknownAndMalformedIdsAre404And400() {
        given().get("/api/v1/achievements/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/achievements/42").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("id"));
    }

    @Test
    void replacingRequiresTheCurrentETag() {
        String id = createdId(apple(institution("UNIVERSITY")));
        Map<String, Object> changed = apple((String) given().get("/api/v1/achievements/" + id).path("institutionId"));
        changed.put("trl", 9);

        given().contentType(ContentType.JSON).body(changed).put("/api/v1/achievements/" + id).then()
                .statusCode(428).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"").body(changed)
                .put("/api/v1/achievements/" + id).then().statusCode(412).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "W/" + etag("/api/v1/achievements/" + id))
                .body(changed).put("/api/v1/achievements/" + id).then().statusCode(412);
        String newTag = given().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/achievements/" + id))
                .body(changed).put("/api/v1/achievements/" + id).then().statusCode(200)
                .body("trl", is(9)).extract().header("ETag");

        given().get("/api/v1/achievements/" + id).then().header("ETag", is(newTag));
    }

    @Test
    void aMergePatchChangesOnlyTheFieldsItNames() {
        String id = createdId(apple(institution("UNIVERSITY")));

        given().contentType("application/merge-patch+json").header("If-Match", etag("/api/v1/achievements/" + id))
                .body("{\"askingPrice\": {\"amount\": \"1800000.00\", \"currency\": \"CNY\"}, \"negotiable\": true}")
                .patch("/api/v1/achievements/" + id).then().statusCode(200)
                .body("askingPrice.amount", is("1800000.00"))
                .body("negotiable", is(true))
                .body("title", is("苹果新品种“晋艳”"));
    }

    @Test
    void anInvalidMergePatchIs400AndChangesNothing() {
        String id = createdId(apple(institution("UNIVERSITY")));
        String tag = etag("/api/v1/achievements/" + id);

        given().contentType("application/merge-patch+json").header("If-Match", tag)
                .body("{\"trl\": 11, \"title\": null}")
                .patch("/api/v1/achievements/" + id).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("title", "trl"));
        given().contentType("application/merge-patch+json").header("If-Match", tag)
                .body("{\"domain\": 7}")
                .patch("/api/v1/achievements/" + id).then().statusCode(400).body("errors[0].field", is("domain"));

        given().get("/api/v1/achievements/" + id).then().header("ETag", is(tag)).body("trl", is(8));
    }

    @Test
    void searchFindsChineseAndEnglishWords() {
        String institutionId = institution("UNIVERSITY");
        String apple = published(apple(institutionId));
        String reducer = published(reducer(institutionId));

        given().get("/api/v1/achievements?institutionId={i}&q=苹果品种", institutionId).then().statusCode(200)
                .body("items.id", contains(apple)).body("total", is(1));
        given().get("/api/v1/achievements?institutionId={i}&q=harmonic reducers", institutionId).then()
                .body("items.id", contains(reducer));
        given().get("/api/v1/achievements?institutionId={i}&q=苹果 robot", institutionId).then()
                .body("total", is(0));
    }

    @Test
    void filtersCombineAndPagesCarryTheTotal() {
        String institutionId = institution("INSTITUTE");
        String apple = published(apple(institutionId));
        String reducer = published(reducer(institutionId));
        createdId(apple(institutionId));

        given().get("/api/v1/achievements?institutionId={i}&status=PUBLISHED&trlMin=8", institutionId).then()
                .body("items.id", contains(apple));
        given().get("/api/v1/achievements?institutionId={i}&transferMode=USE_FIRST_PAY_LATER&region=山西省",
                institutionId).then().body("items.id", contains(reducer));
        given().get("/api/v1/achievements?institutionId={i}&domain=AGRICULTURE&sort=-createdAt&size=1",
                institutionId).then().body("total", is(2)).body("size", is(1)).body("page", is(0))
                .body("items", hasSize(1));
        given().get("/api/v1/achievements?institutionId={i}&sort=price", institutionId).then()
                .body("items[0].id", is(reducer));
    }

    @Test
    void badQueryParametersAre400() {
        given().get("/api/v1/achievements?domain=SPACE").then().statusCode(400).body("errors[0].field", is("domain"));
        given().get("/api/v1/achievements?trlMin=0").then().statusCode(400).body("errors[0].field", is("trlMin"));
        given().get("/api/v1/achievements?trlMin=7&trlMax=3").then().statusCode(400);
        given().get("/api/v1/achievements?size=1000").then().statusCode(400).body("errors[0].field", is("size"));
        given().get("/api/v1/achievements?sort=secret").then().statusCode(400).body("errors[0].field", is("sort"));
        given().get("/api/v1/achievements?institutionId=x").then().statusCode(400);
        given().queryParam("region", "山西\u0000").get("/api/v1/achievements").then().statusCode(400).body("errors[0].field", is("region"));
    }

    @Test
    void aTransferredOrWithdrawnAchievementCanNoLongerBeEdited() {
        String id = createdId(apple(institution("UNIVERSITY")));
        given().post("/api/v1/achievements/" + id + "/withdraw").then().statusCode(200);

        given().contentType("application/merge-patch+json").header("If-Match", etag("/api/v1/achievements/" + id))
                .body("{\"trl\": 9}").patch("/api/v1/achievements/" + id).then().statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void errorsNeverRevealInternals() {
        given().contentType(ContentType.JSON).body("{\"title\": \"' OR 1=1 --\", \"trl\": [1]}")
                .post("/api/v1/achievements").then().statusCode(400)
                .body(not(containsString("Exception")))
                .body(not(containsString("org.")));
    }

    private static void rejects(String institutionId, Consumer<Map<String, Object>> breakIt, String field) {
        Map<String, Object> body = new HashMap<>(apple(institutionId));
        breakIt.accept(body);
        create(body).statusCode(400).contentType(PROBLEM)
                .body("status", is(400))
                .body("errors.field", hasItem(field))
                .body("errors.message", everyItem(notNullValue()));
    }

    private static org.hamcrest.Matcher<java.util.Collection<?>> hasSize(int size) {
        return org.hamcrest.Matchers.hasSize(size);
    }
}
