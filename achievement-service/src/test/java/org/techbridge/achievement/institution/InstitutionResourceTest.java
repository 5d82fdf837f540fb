package org.techbridge.achievement.institution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.techbridge.achievement.Fixtures.apple;
import static org.techbridge.achievement.Fixtures.createdId;
import static org.techbridge.achievement.Fixtures.etag;
import static org.techbridge.achievement.Fixtures.institution;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class InstitutionResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anInstitutionIsCreatedReadUpdatedAndDeleted() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "太原理工大学", "nameEn", "Taiyuan University of Technology",
                        "type", "UNIVERSITY", "region", "山西省太原市",
                        "contact", Map.of("name", "王老师", "email", "tech@tyut.edu.cn")))
                .post("/api/v1/institutions").then().statusCode(201)
                .header("Location", notNullValue()).header("ETag", "\"0\"")
                .body("contact.email", is("tech@tyut.edu.cn")).extract().path("id");

        given().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/institutions/" + id))
                .body(Map.of("name", "太原理工大学", "type", "UNIVERSITY", "region", "山西省晋中市"))
                .put("/api/v1/institutions/" + id).then().statusCode(200)
                .body("region", is("山西省晋中市")).header("ETag", "\"1\"");

        given().delete("/api/v1/institutions/" + id).then().statusCode(204);
        given().get("/api/v1/institutions/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String id = institution("ENTERPRISE");
        Map<String, String> body = Map.of("name", "太原重工", "type", "ENTERPRISE", "region", "山西省太原市");

        given().contentType(ContentType.JSON).body(body).put("/api/v1/institutions/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body)
                .put("/api/v1/institutions/" + id).then().statusCode(412).body("currentETag", is("\"0\""));
    }

    @Test
    void invalidInstitutionsAreRejectedFieldByField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "", "type", "CLUB", "region", "山西省"))
                .post("/api/v1/institutions").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("type"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "", "type", "INVESTOR", "contact", Map.of("email", "nope")))
                .post("/api/v1/institutions").then().statusCode(400)
                .body("errors.field", contains("contact.email", "name", "region"));
    }

    @Test
    void listsFilterByType() {
        institution("INVESTOR");

        given().get("/api/v1/institutions?type=INVESTOR&size=100").then().statusCode(200)
                .body("items.type", everyItem(is("INVESTOR")));
        given().get("/api/v1/institutions?type=BANK").then().statusCode(400);
    }

    @Test
    void anInstitutionInvitedToARoadshowCannotBeDeleted() {
        String investor = institution("INVESTOR");
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "路演", "date", "2025-06-18", "venue", "太原", "organiser", "科技厅",
                        "invitees", java.util.List.of(investor)))
                .post("/api/v1/roadshows").then().statusCode(201);

        given().delete("/api/v1/institutions/" + investor).then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void anInstitutionThatOwnsAchievementsCannotBeDeleted() {
        String id = institution("UNIVERSITY");
        createdId(apple(id));

        given().delete("/api/v1/institutions/" + id).then().statusCode(409).contentType(PROBLEM);
        given().delete("/api/v1/institutions/" + UUID.randomUUID()).then().statusCode(404);
    }
}
