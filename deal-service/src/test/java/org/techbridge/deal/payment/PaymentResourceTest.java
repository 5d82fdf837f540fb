package org.techbridge.deal.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.techbridge.deal.Fixtures.PROBLEM;
import static org.techbridge.deal.Fixtures.appleAssignment;
import static org.techbridge.deal.Fixtures.cny;
import static org.techbridge.deal.Fixtures.move;
import static org.techbridge.deal.Fixtures.openedId;
import static org.techbridge.deal.Fixtures.pay;
import static org.techbridge.deal.Fixtures.reducerLicence;
import static org.techbridge.deal.Fixtures.signed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.techbridge.deal.Fixtures;
import org.techbridge.deal.deal.Today;
import org.techbridge.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PaymentResourceTest {

    private static final LocalDate TODAY = LocalDate.now(Today.ZONE);
    private static final int PAYERS = 6;

    @Test
    void anInstalmentPastItsDateIsOverdueUntilPaidAndTheDealShowsTheBalance() {
        String id = signed(appleAssignment(TODAY.minusDays(1), TODAY.plusDays(180)));

        deal(id).body("outstanding.amount", is("2000000.00")).body("overdue.amount", is("1200000.00"))
                .body("nextDueOn", is(TODAY.minusDays(1).toString()));
        overdueIds().body("items.id", hasItem(id));

        given().contentType(ContentType.JSON).header("Authorization", Tokens.bearerNamed("finance-wu", "broker", null))
                .body(Map.of("amount", cny("1200000.00"), "paidOn", TODAY.toString(), "reference", "HT-2026-0042"))
                .post("/api/v1/deals/" + id + "/payments").then().statusCode(201)
                .body("amount.amount", is("1200000.00")).body("recordedBy", is("finance-wu"));

        deal(id).body("paid.amount", is("1200000.00")).body("outstanding.amount", is("800000.00"))
                .body("overdue.amount", is("0.00")).body("nextDueOn", is(TODAY.plusDays(180).toString()));
        overdueIds().body("items.id", not(hasItem(id)));
        given().get("/api/v1/deals/" + id + "/payments").then().statusCode(200)
                .body("items.reference", contains("HT-2026-0042"))
                .body("paid.amount", is("1200000.00"))
                .body("outstanding.amount", is("800000.00"));
    }

    @Test
    void aPaymentLargerThanWhatIsOutstandingIs400AndRecordsNothing() {
        String id = signed(appleAssignment(TODAY.plusDays(1), TODAY.plusDays(2)));
        pay(id, "1500000.00", TODAY).statusCode(201);

        pay(id, "500000.01", TODAY).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("amount.amount"));
        pay(id, "0.00", TODAY).statusCode(400).body("errors[0].field", is("amount.amount"));
        pay(id, "-5.00", TODAY).statusCode(400).body("errors[0].field", is("amount.amount"));
        pay(id, "10.00", TODAY.plusDays(1)).statusCode(400).body("errors[0].field", is("paidOn"));
        given().contentType(ContentType.JSON).body(Map.of("amount", Map.of("amount", "10.00", "currency", "USD"),
                "paidOn", TODAY.toString())).post("/api/v1/deals/" + id + "/payments").then().statusCode(400)
                .body("errors[0].field", is("amount.currency"));
        given().contentType(ContentType.JSON).body(Map.of("paidOn", TODAY.toString()))
                .post("/api/v1/deals/" + id + "/payments").then().statusCode(400)
                .body("errors[0].field", is("amount"));

        deal(id).body("paid.amount", is("1500000.00"));
        pay(id, "500000.00", TODAY).statusCode(201);
        deal(id).body("outstanding.amount", is("0.00"));
    }

    @Test
    void paymentsArrivingTogetherNeverTakeMoreThanIsOutstanding() throws Exception {
        String id = signed(appleAssignment(TODAY.plusDays(1), TODAY.plusDays(2)));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PAYERS);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < PAYERS; i++) {
            statuses.add(pool.submit(() -> {
                start.await();
                return given().contentType(ContentType.JSON)
                        .body(Map.of("amount", cny("600000.00"), "paidOn", TODAY.toString()))
                        .post("/api/v1/deals/" + id + "/payments").statusCode();
            }));
        }
        start.countDown();
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answers.add(status.get());
        }
        pool.shutdown();

        assertEquals(3, answers.stream().filter(s -> s == 201).count(), answers.toString());
        assertEquals(PAYERS - 3, answers.stream().filter(s -> s == 400).count(), answers.toString());
        deal(id).body("paid.amount", is("1800000.00")).body("outstanding.amount", is("200000.00"));
    }

    @Test
    void aDealThatIsNotSignedTakesNoPayment() {
        String id = openedId(appleAssignment(TODAY, TODAY.plusDays(1)));

        pay(id, "10.00", TODAY).statusCode(409).contentType(PROBLEM);
        given().get("/api/v1/deals/" + id + "/payments").then().statusCode(200)
                .body("items.size()", is(0)).body("outstanding", nullValue());
    }

    @Test
    void aRoyaltyOwesItsRateOnReportedSalesAndTheMinimumByItsDate() {
        Map<String, Object> royalty = Fixtures.parties();
        royalty.put("dealType", "LICENSE");
        royalty.put("exclusive", false);
        royalty.put("amount", cny("100000.00"));
        royalty.put("paymentModel", "ROYALTY");
        royalty.put("royaltyRate", "3.5");
        royalty.put("dueOn", TODAY.plusDays(300).toString());
        String id = signed(royalty);
        deal(id).body("outstanding.amount", is("100000.00")).body("overdue.amount", is("0.00"));

        sales(id, TODAY.minusDays(31), "1000000.00").statusCode(200)
                .body("outstanding.amount", is("100000.00")).body("overdue.amount", is("35000.00"));
        sales(id, TODAY.minusDays(1), "4000000.00").statusCode(200)
                .body("outstanding.amount", is("175000.00")).body("overdue.amount", is("35000.00"))
                .body("obligations.due", contains(TODAY.minusDays(1).toString(), TODAY.plusDays(29).toString()))
                .body("obligations.amount.amount", contains("35000.00", "140000.00"));
        sales(id, TODAY.plusDays(1), "1.00").statusCode(400).body("errors[0].field", is("periodEnd"));
        sales(openedId(Fixtures.parties()), TODAY, "1.00").statusCode(409);
        sales(signed(appleAssignment(TODAY, TODAY.plusDays(1))), TODAY, "1.00").statusCode(409);
    }

    @Test
    void useFirstPayLaterOwesNothingDuringTheTrialThenAtTheMilestoneOrNothingOnceReturned() {
        String reached = signed(reducerLicence());
        deal(reached).body("outstanding.amount", is("800000.00")).body("overdue.amount", is("0.00"));

        usage(reached, "MILESTONE_REACHED", TODAY).statusCode(200).body("usageOutcome", is("MILESTONE_REACHED"))
                .body("nextDueOn", is(TODAY.plusMonths(6).toString()));
        usage(reached, "RETURNED", TODAY).statusCode(409).contentType(PROBLEM);

        String returned = signed(reducerLicence());
        usage(returned, "RETURNED", TODAY).statusCode(200)
                .body("outstanding.amount", is("0.00")).body("overdue.amount", is("0.00"));
        pay(returned, "1.00", TODAY).statusCode(400);
        move(returned, "IN_EXECUTION").statusCode(200);
        move(returned, "COMPLETED").statusCode(200);

        Map<String, Object> lateTrial = reducerLicence();
        lateTrial.put("trialEndsOn", TODAY.minusDays(60).toString());
        lateTrial.put("dueOn", TODAY.minusDays(30).toString());
        String late = signed(lateTrial);
        deal(late).body("overdue.amount", is("800000.00"));
        overdueIds().body("items.id", hasItem(late));
    }

    @Test
    void aTerminatedSignedDealOwesNothingMore() {
        String id = signed(appleAssignment(TODAY.minusDays(5), TODAY.plusDays(5)));
        pay(id, "200000.00", TODAY).statusCode(201);

        move(id, "TERMINATED").statusCode(200).body("outstanding.amount", is("0.00"))
                .body("overdue.amount", is("0.00")).body("paid.amount", is("200000.00"));
        pay(id, "1.00", TODAY).statusCode(409);
        overdueIds().body("items.id", not(hasItem(id)));
    }

    private static io.restassured.response.ValidatableResponse deal(String id) {
        return given().get("/api/v1/deals/" + id).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse overdueIds() {
        return given().get("/api/v1/deals?overdue=true&size=100").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse sales(String id, LocalDate periodEnd, String amount) {
        return given().contentType(ContentType.JSON).body(Map.of("periodEnd", periodEnd.toString(), "sales", cny(amount)))
                .post("/api/v1/deals/" + id + "/sales").then();
    }

    private static io.restassured.response.ValidatableResponse usage(String id, String outcome, LocalDate on) {
        return given().contentType(ContentType.JSON).body(Map.of("outcome", outcome, "on", on.toString()))
                .post("/api/v1/deals/" + id + "/usage").then();
    }
}
