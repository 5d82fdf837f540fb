package org.techbridge.deal;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.techbridge.deal.deal.Today;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Request bodies and calls the deal tests share; each call makes fresh data with fresh ids. */
public final class Fixtures {

    public static final String PROBLEM = "application/problem+json";

    private Fixtures() {
    }

    public static Map<String, Object> cny(String amount) {
        return Map.of("amount", amount, "currency", "CNY");
    }

    /** The robot harmonic reducer licensed under use-first-pay-later, with its trial still running. */
    public static Map<String, Object> reducerLicence() {
        Map<String, Object> body = parties();
        body.put("needId", UUID.randomUUID().toString());
        body.put("dealType", "LICENSE");
        body.put("exclusive", false);
        body.put("amount", cny("800000.00"));
        body.put("paymentModel", "USE_FIRST_PAY_LATER");
        body.put("trialEndsOn", Today.date().plusMonths(6).toString());
        body.put("dueOn", Today.date().plusMonths(12).toString());
        body.put("usageMilestone", "1 000 reducers built into the buyer's robots");
        return body;
    }

    /** The 2 M yuan apple variety, assigned in two instalments due on the given days. */
    public static Map<String, Object> appleAssignment(LocalDate first, LocalDate second) {
        Map<String, Object> body = parties();
        body.put("dealType", "ASSIGNMENT");
        body.put("exclusive", true);
        body.put("amount", cny("2000000.00"));
        body.put("paymentModel", "INSTALLMENTS");
        body.put("schedule", List.of(Map.of("due", first.toString(), "amount", cny("1200000.00")),
                Map.of("due", second.toString(), "amount", cny("800000.00"))));
        return body;
    }

    /** A lump sum for a variety assigned at a roadshow. */
    public static Map<String, Object> lumpSum(String amount, LocalDate dueOn) {
        Map<String, Object> body = parties();
        body.put("dealType", "ASSIGNMENT");
        body.put("exclusive", true);
        body.put("amount", cny(amount));
        body.put("paymentModel", "LUMP_SUM");
        body.put("dueOn", dueOn.toString());
        return body;
    }

    /** Only who deals with whom over what: every term left open. */
    public static Map<String, Object> parties() {
        Map<String, Object> body = new HashMap<>();
        body.put("achievementId", UUID.randomUUID().toString());
        body.put("institutionId", UUID.randomUUID().toString());
        body.put("enterpriseId", UUID.randomUUID().toString());
        return body;
    }

    public static ValidatableResponse open(Map<String, Object> deal) {
        return given().contentType(ContentType.JSON).body(deal).post("/api/v1/deals").then();
    }

    public static String openedId(Map<String, Object> deal) {
        return open(deal).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse move(String id, Map<String, Object> transition) {
        return given().contentType(ContentType.JSON).body(transition).post("/api/v1/deals/" + id + "/transitions")
                .then();
    }

    public static ValidatableResponse move(String id, String to) {
        return move(id, to.equals("TERMINATED") ? Map.of("to", to, "reason", "the buyer withdrew") : Map.of("to", to));
    }

    /** Opens the deal and brings it to SIGNED with the terms it holds. */
    public static String signed(Map<String, Object> deal) {
        String id = openedId(deal);
        move(id, "NEGOTIATION").statusCode(200);
        move(id, "SIGNED").statusCode(200);
        return id;
    }

    public static ValidatableResponse pay(String id, String amount, LocalDate paidOn) {
        return given().contentType(ContentType.JSON).body(Map.of("amount", cny(amount), "paidOn", paidOn.toString()))
                .post("/api/v1/deals/" + id + "/payments").then();
    }

    public static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
