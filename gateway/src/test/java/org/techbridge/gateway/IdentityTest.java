package org.techbridge.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.techbridge.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EchoUpstreams.class)
class IdentityTest {

    private static final UUID ORG = UUID.randomUUID();

    @Test
    void readsOfThePublicCatalogNeedNoToken() {
        given().get("/api/v1/achievements").then().statusCode(200).header("X-Upstream", "achievement");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PATCH", "PUT", "DELETE"})
    void aWriteWithoutATokenIs401AndNeverReachesAService(String method) {
        given().contentType("application/json").body("{}").request(method, "/api/v1/achievements").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("detail", containsString("bearer token"));
    }

    @Test
    void expiredWronglySignedAndNonBearerCredentialsAre401EvenForReads() {
        given().header("Authorization", "Bearer " + Tokens.expired("broker", null)).get("/api/v1/deals").then()
                .statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + Tokens.signedByAStranger("broker", ORG)).get("/api/v1/deals").then()
                .statusCode(401);
        given().header("Authorization", "Bearer not.a.token").get("/api/v1/deals").then().statusCode(401);
        given().header("Authorization", "Basic YnJva2VyOmJyb2tlcg==").get("/api/v1/deals").then().statusCode(401);
    }

    @Test
    void aPartnerMayReadButNotWrite() {
        String partner = Tokens.bearer("partner", ORG);
        given().header("Authorization", partner).get("/api/v1/stats/deals").then().statusCode(200);
        given().header("Authorization", partner).contentType("application/json").body("{}")
                .post("/api/v1/needs").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", is(403));
    }

    @Test
    void aValidTokenGoesOnToTheServiceWhichChecksItAgain() {
        String enterprise = Tokens.bearer("enterprise", ORG);
        given().header("Authorization", enterprise).contentType("application/json").body("{}")
                .post("/api/v1/needs").then()
                .statusCode(200)
                .header("X-Upstream", "matching")
                .body("headers.authorization", is(enterprise));
    }
}
