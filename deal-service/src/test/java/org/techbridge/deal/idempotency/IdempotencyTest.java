package org.techbridge.deal.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.techbridge.deal.Fixtures.PROBLEM;
import static org.techbridge.deal.Fixtures.appleAssignment;
import static org.techbridge.deal.Fixtures.cny;
import static org.techbridge.deal.Fixtures.reducerLicence;
import static org.techbridge.deal.Fixtures.signed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.techbridge.deal.deal.Today;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyTest {

    private static final int RETRIES = 8;

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndOpensNothing() {
        Map<String, Object> licence = reducerLicence();
        String key = UUID.randomUUID().toString();

        Response first = post(key, licence);
        Response retry = post(key, licence);

        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        given().get("/api/v1/deals?achievementId=" + licence.get("achievementId")).then().body("total", is(1));
    }

    @Test
    void concurrentRetriesWithOneKeyOpenOneDealAndAllGetItsAnswer() throws Exception {
        Map<String, Object> licence = reducerLicence();
        licence.remove("needId");
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Response>> retries = new ArrayList<>();
        for (int i = 0; i < RETRIES; i++) {
            retries.add(() -> {
                start.await();
                return post(key, licence);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(RETRIES);
        List<Future<Response>> answers = new ArrayList<>();
        retries.forEach(retry -> answers.add(pool.submit(retry)));
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        var bodies = new HashSet<String>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            statuses.add(response.statusCode());
            bodies.add(response.body().asString());
        }
        pool.shutdown();

        assertEquals(List.of(201, 201, 201, 201, 201, 201, 201, 201), statuses);
        assertEquals(1, bodies.size(), "every retry gets the same body");
        given().get("/api/v1/deals?achievementId=" + licence.get("achievementId")).then().body("total", is(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndOpensNothing() {
        Map<String, Object> licence = reducerLicence();
        String key = UUID.randomUUID().toString();
        post(key, licence).then().statusCode(201);
        Map<String, Object> other = new java.util.HashMap<>(licence);
        other.put("amount", cny("900000.00"));

        post(key, other).then().statusCode(422).contentType(PROBLEM);
        given().get("/api/v1/deals?achievementId=" + licence.get("achievementId")).then().body("total", is(1));
    }

    @Test
    void aRejectedRequestLeavesItsKeyFreeForTheCorrectedOne() {
        Map<String, Object> licence = reducerLicence();
        licence.put("dueOn", "2000-01-01");
        String key = UUID.randomUUID().toString();

        post(key, licence).then().statusCode(400);
        post(key, licence).then().statusCode(400);
        licence.remove("dueOn");
        post(key, licence).then().statusCode(201);
    }

    @Test
    void aRetriedPaymentIsRecordedOnce() {
        LocalDate today = LocalDate.now(Today.ZONE);
        String id = signed(appleAssignment(today.minusDays(10), today.plusDays(100)));
        String key = UUID.randomUUID().toString();
        Map<String, Object> payment = Map.of("amount", cny("500000.00"), "paidOn", today.toString());

        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(payment)
                    .post("/api/v1/deals/" + id + "/payments").then().statusCode(201);
        }

        given().get("/api/v1/deals/" + id + "/payments").then().body("items.size()", is(1))
                .body("paid.amount", is("500000.00"));
    }

    private static Response post(String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/v1/deals");
    }
}
