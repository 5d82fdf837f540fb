package org.techbridge.deal.deal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.techbridge.deal.Fixtures.PROBLEM;
import static org.techbridge.deal.Fixtures.appleAssignment;
import static org.techbridge.deal.Fixtures.cny;
import static org.techbridge.deal.Fixtures.lumpSum;
import static org.techbridge.deal.Fixtures.move;
import static org.techbridge.deal.Fixtures.openedId;
import static org.techbridge.deal.Fixtures.parties;
import static org.techbridge.deal.Fixtures.pay;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.techbridge.events.DealStage;
import org.techbridge.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DealTransitionTest {

    private static final LocalDate TODAY = LocalDate.now(Today.ZONE);

    /** How to bring a fresh deal to each stage, by legal moves only. */
    private static final Map<DealStage, List<String>> PATH = Map.of(
            DealStage.INTENT, List.of(),
            DealStage.NEGOTIATION, List.of("NEGOTIATION"),
            DealStage.SIGNED, List.of("NEGOTIATION", "SIGNED"),
            DealStage.IN_EXECUTION, List.of("NEGOTIATION", "SIGNED", "IN_EXECUTION"),
            DealStage.COMPLETED, List.of("NEGOTIATION", "SIGNED", "IN_EXECUTION", "COMPLETED"),
            DealStage.TERMINATED, List.of("TERMINATED"));

    private static final Map<DealStage, Set<DealStage>> LEGAL = Map.of(
            DealStage.INTENT, EnumSet.of(DealStage.NEGOTIATION, DealStage.TERMINATED),
            DealStage.NEGOTIATION, EnumSet.of(DealStage.SIGNED, DealStage.TERMINATED),
            DealStage.SIGNED, EnumSet.of(DealStage.IN_EXECUTION, DealStage.TERMINATED),
            DealStage.IN_EXECUTION, EnumSet.of(DealStage.COMPLETED, DealStage.TERMINATED),
            DealStage.COMPLETED, EnumSet.noneOf(DealStage.class),
            DealStage.TERMINATED, EnumSet.noneOf(DealStage.class));

    @Test
    void aDealGoesFromIntentToCompletedAndEveryMoveIsInTheHistory() {
        String id = openedId(lumpSum("300000.00", TODAY.plusDays(30)));

        given().contentType(ContentType.JSON).header("Authorization", Tokens.bearerNamed("broker-zhang", "broker", null))
                .body(Map.of("to", "NEGOTIATION", "note", "双方开始商谈"))
                .post("/api/v1/deals/" + id + "/transitions").then().statusCode(200).body("stage", is("NEGOTIATION"));
        move(id, "SIGNED").statusCode(200).body("stage", is("SIGNED")).body("signedAt", notNullValue())
                .body("outstanding.amount", is("300000.00")).body("overdue.amount", is("0.00"));
        move(id, "IN_EXECUTION").statusCode(200).body("stage", is("IN_EXECUTION"));
        pay(id, "300000.00", TODAY).statusCode(201);
        move(id, "COMPLETED").statusCode(200).body("stage", is("COMPLETED")).body("outstanding.amount", is("0.00"));

        given().get("/api/v1/deals/" + id + "/history").then().statusCode(200)
                .body("from", contains(null, "INTENT", "NEGOTIATION", "SIGNED", "IN_EXECUTION"))
                .body("to", contains("INTENT", "NEGOTIATION", "SIGNED", "IN_EXECUTION", "COMPLETED"))
                .body("by", contains(Tokens.BROKER_SUBJECT, "broker-zhang", Tokens.BROKER_SUBJECT, Tokens.BROKER_SUBJECT, Tokens.BROKER_SUBJECT))
                .body("[1].note", is("双方开始商谈"));
    }

    @Test
    void everyStageBeforeCompletedCanBeTerminatedWithAReason() {
        for (DealStage stage : List.of(DealStage.INTENT, DealStage.NEGOTIATION, DealStage.SIGNED,
                DealStage.IN_EXECUTION)) {
            String id = dealIn(stage);
            move(id, Map.of("to", "TERMINATED", "reason", "企业预算取消")).statusCode(200)
                    .body("stage", is("TERMINATED")).body("terminationReason", is("企业预算取消"));
            given().get("/api/v1/deals/" + id + "/history").then()
                    .body("[-1].from", is(stage.name())).body("[-1].note", is("企业预算取消"));
        }
    }

    @Test
    void everyIllegalMoveIs409NamingBothStatesAndChangesNothing() {
        for (DealStage from : DealStage.values()) {
            String id = dealIn(from);
            for (DealStage to : DealStage.values()) {
                if (LEGAL.get(from).contains(to)) {
                    continue;
                }
                move(id, to.name()).statusCode(409).contentType(PROBLEM)
                        .body("currentState", is(from.name()))
                        .body("requestedState", is(to.name()));
            }
            given().get("/api/v1/deals/" + id).then().body("stage", is(from.name()));
        }
    }

    @Test
    void terminatingWithoutAReasonIs400() {
        String id = openedId(parties());

        move(id, Map.of("to", "TERMINATED")).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("reason"));
        move(id, Map.of("to", "TERMINATED", "reason", "  ")).statusCode(400);
        given().get("/api/v1/deals/" + id).then().body("stage", is("INTENT"));
    }

    @Test
    void signingWithoutTheTermsIs400NamingWhatIsMissing() {
        String id = openedId(parties());
        move(id, "NEGOTIATION").statusCode(200);

        move(id, "SIGNED").statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("terms.dealType", "terms.exclusive", "terms.amount", "terms.paymentModel"));
        given().get("/api/v1/deals/" + id).then().body("stage", is("NEGOTIATION"));
    }

    @Test
    void theSignedMoveMayCarryTheTermsWhichThenHold() {
        String id = openedId(parties());
        move(id, "NEGOTIATION").statusCode(200);
        Map<String, Object> terms = Map.of("dealType", "ASSIGNMENT", "exclusive", true, "amount", cny("2000000.00"),
                "paymentModel", "INSTALLMENTS",
                "schedule", List.of(Map.of("due", "2026-01-31", "amount", cny("1000000.00")),
                        Map.of("due", "2026-07-31", "amount", cny("900000.00"))));

        move(id, Map.of("to", "SIGNED", "terms", terms)).statusCode(400).body("errors.field", contains("terms.schedule"));
        Map<String, Object> fixed = new java.util.HashMap<>(terms);
        fixed.put("schedule", List.of(Map.of("due", "2026-01-31", "amount", cny("1000000.00")),
                Map.of("due", "2026-07-31", "amount", cny("1000000.00"))));
        move(id, Map.of("to", "SIGNED", "note", "路演现场签约", "terms", fixed)).statusCode(200)
                .body("stage", is("SIGNED"))
                .body("dealType", is("ASSIGNMENT"))
                .body("exclusive", is(true))
                .body("schedule.due", contains("2026-01-31", "2026-07-31"))
                .body("outstanding.amount", is("2000000.00"));
    }

    @Test
    void termsBelongOnlyToTheSignedMove() {
        String id = openedId(parties());

        move(id, Map.of("to", "NEGOTIATION", "terms", Map.of("exclusive", true))).statusCode(400)
                .body("errors[0].field", is("terms"));
    }

    @Test
    void completingWithMoneyOutstandingIs409() {
        String id = dealIn(DealStage.IN_EXECUTION);

        move(id, "COMPLETED").statusCode(409).contentType(PROBLEM).body("detail", containsString("outstanding"));
    }

    @Test
    void aMoveWithAStaleIfMatchIs412() {
        String id = openedId(parties());

        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("to", "NEGOTIATION"))
                .post("/api/v1/deals/" + id + "/transitions").then().statusCode(412).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("to", "NEGOTIATION"))
                .post("/api/v1/deals/" + id + "/transitions").then().statusCode(200);
    }

    /** A fresh deal with complete terms, brought to {@code stage}; a COMPLETED one is paid in full. */
    private static String dealIn(DealStage stage) {
        String id = openedId(appleAssignment(TODAY.plusDays(10), TODAY.plusDays(40)));
        for (String to : PATH.get(stage)) {
            if (to.equals("COMPLETED")) {
                pay(id, "2000000.00", TODAY).statusCode(201);
            }
            move(id, to).statusCode(200);
        }
        return id;
    }
}
