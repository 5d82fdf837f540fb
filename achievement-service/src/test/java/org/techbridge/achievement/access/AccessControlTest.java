package org.techbridge.achievement.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.techbridge.achievement.Fixtures.apple;
import static org.techbridge.achievement.Fixtures.createdId;
import static org.techbridge.achievement.Fixtures.institution;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.techbridge.testing.BrokerByDefault;
import org.techbridge.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The catalog reached directly, without the gateway, checks the caller's token itself. */
@QuarkusTest
class AccessControlTest {

    @Test
    void anInstitutionManagesItsOwnAchievementsOnly() {
        String mine = institution("UNIVERSITY");
        String theirs = institution("INSTITUTE");
        String me = Tokens.bearer("institution", UUID.fromString(mine));

        String id = given().header("Authorization", me).contentType(ContentType.JSON).body(apple(mine))
                .post("/api/v1/achievements").then().statusCode(201).extract().path("id");
        given().header("Authorization", me).post("/api/v1/achievements/" + id + "/publish").then().statusCode(200);

        given().header("Authorization", me).contentType(ContentType.JSON).body(apple(theirs))
                .post("/api/v1/achievements").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/achievements?institutionId=" + theirs).then().body("total", is(0));

        String theirAchievement = createdId(apple(theirs));
        given().header("Authorization", me).post("/api/v1/achievements/" + theirAchievement + "/publish").then()
                .statusCode(403);
        given().header("Authorization", me).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"").body(Map.of("title", "改了别人的"))
                .patch("/api/v1/achievements/" + theirAchievement).then().statusCode(403);
        given().get("/api/v1/achievements/" + theirAchievement).then().body("status", is("DRAFT"));
    }

    @Test
    void rolesThatDoNotOwnTheCatalogMayOnlyReadIt() {
        String owner = institution("UNIVERSITY");
        for (String role : new String[] {"partner", "enterprise"}) {
            given().header("Authorization", Tokens.bearer(role, UUID.fromString(owner)))
                    .contentType(ContentType.JSON).body(apple(owner))
                    .post("/api/v1/achievements").then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", Tokens.bearer("partner", null)).get("/api/v1/achievements").then()
                .statusCode(200);
    }

    @Test
    void onlyABrokerRunsRoadshowsAndRegistersInstitutions() {
        String owner = institution("UNIVERSITY");
        String institutionToken = Tokens.bearer("institution", UUID.fromString(owner));
        given().header("Authorization", institutionToken).contentType(ContentType.JSON)
                .body(Map.of("title", "自封路演", "date", "2026-12-01", "venue", "山西省太原市"))
                .post("/api/v1/roadshows").then().statusCode(403);
        given().header("Authorization", institutionToken).contentType(ContentType.JSON)
                .body(Map.of("name", "新大学", "type", "UNIVERSITY", "region", "山西省太原市"))
                .post("/api/v1/institutions").then().statusCode(403);
    }

    @Test
    void withoutAValidTokenAChangeIs401AndTheCatalogStaysOpenToRead() {
        String owner = institution("UNIVERSITY");
        given().header(BrokerByDefault.NO_TOKEN, "yes").contentType(ContentType.JSON).body(apple(owner))
                .post("/api/v1/achievements").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        for (String token : new String[] {Tokens.expired("institution", UUID.fromString(owner)),
                Tokens.signedByAStranger("broker", UUID.fromString(owner)), "not-a-jwt"}) {
            given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(apple(owner))
                    .post("/api/v1/achievements").then().statusCode(401).contentType("application/problem+json");
        }
        given().header(BrokerByDefault.NO_TOKEN, "yes").get("/api/v1/achievements?institutionId=" + owner).then()
                .statusCode(200).body("total", is(0));
    }
}
