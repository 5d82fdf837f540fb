package org.techbridge.deal.deal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.techbridge.deal.Fixtures.PROBLEM;
import static org.techbridge.deal.Fixtures.appleAssignment;
import static org.techbridge.deal.Fixtures.cny;
import static org.techbridge.deal.Fixtures.etag;
import static org.techbridge.deal.Fixtures.move;
import static org.techbridge.deal.Fixtures.open;
import static org.techbridge.deal.Fixtures.openedId;
import static org.techbridge.deal.Fixtures.parties;
import static org.techbridge.deal.Fixtures.reducerLicence;
import static org.techbridge.deal.Fixtures.signed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.techbridge.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DealResourceTest {

    private static final int OPENERS = 8;
    private static final LocalDate JAN = LocalDate.of(2026, 1, 31);
    private static final LocalDate JUL = LocalDate.of(2026, 7, 31);

    @Test
    void anOpenedDealIsInIntentWithItsLocationETagAndOpeningInTheHistory() {
        Map<String, Object> licence = reducerLicence();

        String id = given().contentType(ContentType.JSON).header("Authorization", Tokens.bearerNamed("broker-li", "broker", null)).body(licence)
                .post("/api/v1/deals").then().statusCode(201)
                .header("Location", containsString("/api/v1/deals/"))
                .header("ETag", notNullValue())
                .body("stage", is("INTENT"))
                .body("amount.amount", is("800000.00"))
                .body("paymentModel", is("USE_FIRST_PAY_LATER"))
                .body("paid.amount", is("0.00"))
                .body("outstanding", nullValue())
                .extract().path("id");

        given().get("/api/v1/deals/" + id).then().statusCode(200).header("ETag", notNullValue())
                .body("needId", is(licence.get("needId")))
                .body("usageMilestone", is("1 000 reducers built into the buyer's robots"));
        given().get("/api/v1/deals/" + id + "/history").then().statusCode(200)
                .body("by", contains("broker-li"))
                .body("to", contains("INTENT"))
                .body("[0].from", nullValue())
                .body("[0].at", notNullValue());
    }

    @Test
    void theHistoryRecordsTheSubjectOfTheCallersToken() {
        String id = openedId(parties());

        given().get("/api/v1/deals/" + id + "/history").then().body("by", contains(Tokens.BROKER_SUBJECT));
    }

    @Test
    void invalidFieldsAreEachNamedAndNothingIsStored() {
        String achievementId = UUID.randomUUID().toString();
        rejects(achievementId, b -> b.put("amount", cny("-1.00")), "amount.amount");
        rejects(achievementId, b -> b.put("amount", cny("0.00")), "amount.amount");
        rejects(achievementId, b -> b.put("amount", Map.of("amount", "10.00", "currency", "USD")), "amount.currency");
        rejects(achievementId, b -> b.put("amount", cny("12.345")), "amount.amount");
        rejects(achievementId, b -> b.put("dealType", "BARTER"), "dealType");
        rejects(achievementId, b -> b.put("paymentModel", 2), "paymentModel");
        rejects(achievementId, b -> b.remove("enterpriseId"), "enterpriseId");
        rejects(achievementId, b -> b.put("institutionId", "not-a-uuid"), "institutionId");
        rejects(achievementId, b -> b.put("trialEndsOn", "31.12.2026"), "trialEndsOn");
        rejects(achievementId, b -> b.put("notes", "备注\u0000"), "notes");
        rejects(achievementId, b -> b.put("sellerContact", Map.of("email", "not an address")), "sellerContact.email");
        rejects(achievementId, b -> {
            b.putAll(appleAssignment(JAN, JUL));
            b.put("achievementId", achievementId);
            b.put("amount", cny("2100000.00"));
        }, "schedule");
        rejects(achievementId, b -> {
            b.put("paymentModel", "ROYALTY");
            b.put("royaltyRate", "150");
        }, "royaltyRate");
        rejects(achievementId, b -> b.put("schedule", List.of(Map.of("due", "2026-01-31", "amount", cny("1.00")))),
                "schedule");

        given().get("/api/v1/deals?achievementId=" + achievementId).then().statusCode(200).body("total", is(0));
    }

    @Test
    void severalInvalidFieldsAreReportedTogether() {
        Map<String, Object> body = reducerLicence();
        body.put("amount", cny("0.00"));
        body.remove("achievementId");

        open(body).statusCode(400).contentType(PROBLEM).body("errors.field", contains("achievementId"));
        body.put("achievementId", UUID.randomUUID().toString());
        body.put("dueOn", "2020-01-01");
        open(body).statusCode(400).contentType(PROBLEM).body("errors.field", contains("amount.amount", "dueOn"));
    }

    @Test
    void malformedJsonAndWrongShapesAre400WithoutInternals() {
        given().contentType(ContentType.JSON).body("{\"achievementId\": ").post("/api/v1/deals").then()
                .statusCode(400).contentType(PROBLEM).body("title", is("Malformed JSON"));
        given().contentType(ContentType.JSON).body("[1, 2]").post("/api/v1/deals").then()
                .statusCode(400).contentType(PROBLEM).body(not(containsString("org.techbridge")));
        given().contentType(ContentType.JSON).body("null").post("/api/v1/deals").then()
                .statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{\"to\": \"PAID\"}")
                .post("/api/v1/deals/" + openedId(parties()) + "/transitions").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", is("to"));
    }

    @Test
    void unknownFieldsAreIgnoredAsInTheCatalog() {
        Map<String, Object> body = parties();
        body.put("colour", "blue");

        open(body).statusCode(201).body("$", not(org.hamcrest.Matchers.hasKey("colour")));
    }

    @Test
    void unknownIdsAre404AndMalformedOnes400() {
        String unknown = UUID.randomUUID().toString();
        given().get("/api/v1/deals/" + unknown).then().statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/deals/" + unknown + "/history").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/deals/" + unknown + "/payments").then().statusCode(404).contentType(PROBLEM);
        move(unknown, "NEGOTIATION").statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/deals/42").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("id"));
    }

    @Test
    void aSecondDealForTheSameNeedAndAchievementIs409NamingTheFirst() {
        Map<String, Object> licence = reducerLicence();
        String first = openedId(licence);

        open(licence).statusCode(409).contentType(PROBLEM).body("dealId", is(first));
    }

    @Test
    void concurrentOpeningsOfOnePairOpenOneDealAndTheOthersAre409() throws Exception {
        Map<String, Object> licence = reducerLicence();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(OPENERS);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < OPENERS; i++) {
            statuses.add(pool.submit(() -> {
                start.await();
                return given().contentType(ContentType.JSON).body(licence).post("/api/v1/deals").statusCode();
            }));
        }
        start.countDown();
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answers.add(status.get());
        }
        pool.shutdown();

        assertEquals(1, answers.stream().filter(s -> s == 201).count(), answers.toString());
        assertEquals(OPENERS - 1, answers.stream().filter(s -> s == 409).count(), answers.toString());
        given().get("/api/v1/deals?achievementId=" + licence.get("achievementId")).then().body("total", is(1));
    }

    @Test
    void aMergePatchNeedsTheCurrentETagAndChangesOnlyWhatItNames() {
        String id = openedId(reducerLicence());
        String path = "/api/v1/deals/" + id;

        patch(path, null, "{\"notes\": \"x\"}").statusCode(428).contentType(PROBLEM);
        patch(path, "\"999\"", "{\"notes\": \"x\"}").statusCode(412).contentType(PROBLEM);
        String newTag = patch(path, etag(path), "{\"amount\": {\"amount\": \"750000.00\", \"currency\": \"CNY\"},"
                + " \"notes\": \"降价至75万\"}").statusCode(200)
                .body("amount.amount", is("750000.00"))
                .body("notes", is("降价至75万"))
                .body("paymentModel", is("USE_FIRST_PAY_LATER"))
                .extract().header("ETag");
        given().get(path).then().header("ETag", is(newTag));
    }

    @Test
    void anInvalidMergePatchIs400AndChangesNothing() {
        String id = openedId(reducerLicence());
        String path = "/api/v1/deals/" + id;
        String tag = etag(path);

        patch(path, tag, "{\"enterpriseId\": \"" + UUID.randomUUID() + "\", \"royaltyRate\": \"5\"}")
                .statusCode(400).contentType(PROBLEM).body("errors.field", contains("enterpriseId"));
        patch(path, tag, "{\"royaltyRate\": \"5\"}").statusCode(400).body("errors.field", contains("royaltyRate"));
        patch(path, tag, "[1]").statusCode(400).contentType(PROBLEM);
        given().get(path).then().header("ETag", is(tag));
    }

    @Test
    void theTermsOfASignedDealAreFrozenButNotesMayChange() {
        String id = signed(appleAssignment(JAN, JUL));
        String path = "/api/v1/deals/" + id;

        patch(path, etag(path), "{\"amount\": {\"amount\": \"1.00\", \"currency\": \"CNY\"}}").statusCode(409)
                .contentType(PROBLEM).body("detail", containsString("frozen"));
        patch(path, etag(path), "{\"notes\": \"合同已盖章\", \"amount\": {\"amount\": \"2000000\", \"currency\": \"CNY\"}}")
                .statusCode(200).body("notes", is("合同已盖章")).body("amount.amount", is("2000000.00"));
    }

    @Test
    void listsFilterByStagePartiesRoadshowAchievementAndSignedDay() {
        String roadshowId = UUID.randomUUID().toString();
        Map<String, Object> signedOne = appleAssignment(JAN, JUL);
        signedOne.put("roadshowId", roadshowId);
        String signedId = signed(signedOne);
        Map<String, Object> intentOne = reducerLicence();
        intentOne.put("roadshowId", roadshowId);
        intentOne.put("institutionId", signedOne.get("institutionId"));
        String intentId = openedId(intentOne);
        String today = LocalDate.now(Today.ZONE).toString();

        list("roadshowId=" + roadshowId).body("total", is(2)).body("items.id", contains(intentId, signedId));
        list("roadshowId=" + roadshowId + "&stage=SIGNED").body("items.id", contains(signedId));
        list("institutionId=" + signedOne.get("institutionId")).body("total", is(2));
        list("enterpriseId=" + intentOne.get("enterpriseId")).body("items.id", contains(intentId));
        list("achievementId=" + signedOne.get("achievementId")).body("items.id", contains(signedId));
        list("roadshowId=" + roadshowId + "&signedFrom=" + today + "&signedTo=" + today)
                .body("items.id", contains(signedId));
        list("roadshowId=" + roadshowId + "&signedTo=2020-01-01").body("total", is(0));
        list("roadshowId=" + roadshowId + "&size=1&page=1").body("items.id", contains(signedId))
                .body("page", is(1)).body("size", is(1)).body("total", is(2));
    }

    @Test
    void badListParametersAre400NamingTheParameter() {
        badList("stage=PAID", "stage");
        badList("institutionId=7", "institutionId");
        badList("signedFrom=yesterday", "signedFrom");
        badList("signedFrom=2026-02-01&signedTo=2026-01-01", "signedFrom");
        badList("overdue=maybe", "overdue");
        badList("size=1000", "size");
    }

    private static io.restassured.response.ValidatableResponse list(String query) {
        return given().get("/api/v1/deals?" + query).then().statusCode(200);
    }

    private static void badList(String query, String field) {
        given().get("/api/v1/deals?" + query).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is(field));
    }

    private static io.restassured.response.ValidatableResponse patch(String path, String ifMatch, String body) {
        var request = given().contentType("application/merge-patch+json; charset=UTF-8").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.patch(path).then();
    }

    private static void rejects(String achievementId, Consumer<Map<String, Object>> breakIt, String field) {
        Map<String, Object> body = new HashMap<>(reducerLicence());
        body.put("achievementId", achievementId);
        breakIt.accept(body);
        open(body).statusCode(400).contentType(PROBLEM)
                .body("status", is(400))
                .body("errors.field", hasItem(field))
                .body("errors.message", everyItem(notNullValue()));
    }
}
