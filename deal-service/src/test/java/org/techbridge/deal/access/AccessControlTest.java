package org.techbridge.deal.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.techbridge.deal.Fixtures.openedId;
import static org.techbridge.deal.Fixtures.parties;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.techbridge.testing.BrokerByDefault;
import org.techbridge.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Deals reached directly, without the gateway: only their parties and brokers see or move them. */
@QuarkusTest
class AccessControlTest {

    @Test
    void thePartiesOfADealSeeAndMoveItAndNobodyElse() {
        Map<String, Object> deal = parties();
        String id = openedId(deal);
        UUID institution = UUID.fromString((String) deal.get("institutionId"));
        UUID enterprise = UUID.fromString((String) deal.get("enterpriseId"));
        String seller = Tokens.bearer("institution", institution);
        String outsider = Tokens.bearer("institution", UUID.randomUUID());

        given().header("Authorization", seller).get("/api/v1/deals/" + id).then().statusCode(200);
        given().header("Authorization", Tokens.bearer("enterprise", enterprise)).get("/api/v1/deals/" + id + "/history")
                .then().statusCode(200);
        given().header("Authorization", outsider).get("/api/v1/deals/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", outsider).contentType(ContentType.JSON).body(Map.of("to", "NEGOTIATION"))
                .post("/api/v1/deals/" + id + "/transitions").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("enterprise", institution)).get("/api/v1/deals/" + id).then()
                .statusCode(403);

        given().header("Authorization", seller).contentType(ContentType.JSON).body(Map.of("to", "NEGOTIATION"))
                .post("/api/v1/deals/" + id + "/transitions").then().statusCode(200).body("stage", is("NEGOTIATION"));
    }

    @Test
    void aPartyListsOnlyItsOwnDealsWhateverItAsksFor() {
        Map<String, Object> deal = parties();
        String mine = openedId(deal);
        String theirs = openedId(parties());
        String seller = Tokens.bearer("institution", UUID.fromString((String) deal.get("institutionId")));

        given().header("Authorization", seller).get("/api/v1/deals?size=100").then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(theirs)))
                .body("items.institutionId", everyItem(is(deal.get("institutionId"))));
    }

    @Test
    void nobodyOpensADealForOthers() {
        Map<String, Object> deal = new HashMap<>(parties());
        given().header("Authorization", Tokens.bearer("enterprise", UUID.randomUUID())).contentType(ContentType.JSON)
                .body(deal).post("/api/v1/deals").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("partner", UUID.randomUUID())).contentType(ContentType.JSON)
                .body(deal).post("/api/v1/deals").then().statusCode(403);
    }

    @Test
    void partnersReadStatisticsButNotDealsAndAnonymousCallersNeither() {
        String partner = Tokens.bearer("partner", UUID.randomUUID());
        given().header("Authorization", partner).get("/api/v1/stats/deals").then().statusCode(200);
        given().header("Authorization", partner).get("/api/v1/deals").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("enterprise", UUID.randomUUID())).get("/api/v1/stats/deals")
                .then().statusCode(403);
        given().header(BrokerByDefault.NO_TOKEN, "yes").get("/api/v1/deals").then().statusCode(401)
                .contentType("application/problem+json");
        given().header(BrokerByDefault.NO_TOKEN, "yes").get("/api/v1/roadshows/" + UUID.randomUUID() + "/stats")
                .then().statusCode(401);
    }
}
