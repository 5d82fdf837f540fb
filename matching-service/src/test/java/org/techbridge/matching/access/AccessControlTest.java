package org.techbridge.matching.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.techbridge.matching.need.NeedResourceTest.posted;
import static org.techbridge.matching.need.NeedResourceTest.reducerNeed;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.techbridge.testing.BrokerByDefault;
import org.techbridge.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Needs reached directly, without the gateway: the service checks the caller's token itself. */
@QuarkusTest
class AccessControlTest {

    @Test
    void anEnterprisePostsAndClosesItsOwnNeedsOnly() {
        UUID mine = UUID.randomUUID();
        String me = Tokens.bearer("enterprise", mine);

        String id = given().header("Authorization", me).contentType(ContentType.JSON)
                .body(reducerNeed(mine.toString())).post("/api/v1/needs").then().statusCode(201)
                .extract().path("id");
        given().header("Authorization", me).contentType(ContentType.JSON)
                .body(reducerNeed(UUID.randomUUID().toString())).post("/api/v1/needs").then().statusCode(403)
                .contentType("application/problem+json");

        String someoneElse = Tokens.bearer("enterprise", UUID.randomUUID());
        given().header("Authorization", someoneElse).post("/api/v1/needs/" + id + "/close").then().statusCode(403);
        given().header("Authorization", someoneElse).contentType(ContentType.JSON)
                .body(Map.of("achievementId", UUID.randomUUID().toString()))
                .post("/api/v1/needs/" + id + "/interests").then().statusCode(403);
        given().get("/api/v1/needs/" + id).then().body("status", is("OPEN"));

        given().header("Authorization", me).post("/api/v1/needs/" + id + "/close").then().statusCode(200);
    }

    @Test
    void institutionsAndPartnersMayNotPostNeeds() {
        UUID org = UUID.randomUUID();
        for (String role : new String[] {"institution", "partner"}) {
            given().header("Authorization", Tokens.bearer(role, org)).contentType(ContentType.JSON)
                    .body(reducerNeed(org.toString())).post("/api/v1/needs").then().statusCode(403);
        }
    }

    @Test
    void withoutAValidTokenNothingChangesButNeedsAndMatchesStayReadable() {
        String id = posted(reducerNeed(UUID.randomUUID().toString()));
        given().header(BrokerByDefault.NO_TOKEN, "yes").post("/api/v1/needs/" + id + "/close").then()
                .statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + Tokens.expired("broker", null))
                .post("/api/v1/needs/" + id + "/close").then().statusCode(401);
        given().header(BrokerByDefault.NO_TOKEN, "yes").get("/api/v1/needs/" + id + "/matches").then()
                .statusCode(200);
        given().header(BrokerByDefault.NO_TOKEN, "yes").get("/api/v1/needs/" + id).then()
                .statusCode(200).body("status", is("OPEN"));
    }
}
