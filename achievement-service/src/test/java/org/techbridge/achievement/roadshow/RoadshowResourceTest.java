package org.techbridge.achievement.roadshow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.techbridge.achievement.Fixtures.apple;
import static org.techbridge.achievement.Fixtures.createdId;
import static org.techbridge.achievement.Fixtures.etag;
import static org.techbridge.achievement.Fixtures.institution;
import static org.techbridge.achievement.Fixtures.published;
import static org.techbridge.achievement.Fixtures.reducer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RoadshowResourceTest {

    @Test
    void aRoadshowShowsItsLineUpWithEachAchievementsCurrentStatus() {
        String university = institution("UNIVERSITY");
        String apple = published(apple(university));
        String reducer = createdId(reducer(university));
        String investor = institution("INVESTOR");

        String id = given().contentType(ContentType.JSON)
                .body(roadshow(List.of(apple, reducer), List.of(investor)))
                .post("/api/v1/roadshows").then().statusCode(201)
                .body("lineup.achievementId", contains(apple, reducer))
                .extract().path("id");
        given().post("/api/v1/achievements/" + reducer + "/withdraw").then().statusCode(200);

        given().get("/api/v1/roadshows/" + id).then().statusCode(200)
                .body("lineup.status", contains("PUBLISHED", "WITHDRAWN"))
                .body("lineup.position", contains(0, 1))
                .body("invitees[0].type", is("INVESTOR"));
    }

    @Test
    void theLineUpCanBeExtendedReorderedAndShortened() {
        String university = institution("UNIVERSITY");
        String apple = createdId(apple(university));
        String reducer = createdId(reducer(university));
        String third = createdId(apple(university));
        String id = given().contentType(ContentType.JSON).body(roadshow(List.of(apple), List.of()))
                .post("/api/v1/roadshows").then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(Map.of("achievementId", reducer, "position", 0))
                .post("/api/v1/roadshows/" + id + "/lineup").then().statusCode(200)
                .body("lineup.achievementId", contains(reducer, apple));
        given().contentType(ContentType.JSON).body(Map.of("achievementId", third))
                .post("/api/v1/roadshows/" + id + "/lineup").then()
                .body("lineup.achievementId", contains(reducer, apple, third));
        given().contentType(ContentType.JSON).body(Map.of("achievementId", third))
                .post("/api/v1/roadshows/" + id + "/lineup").then().statusCode(409);
        given().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/roadshows/" + id))
                .body(Map.of("achievementIds", List.of(third, apple, reducer)))
                .put("/api/v1/roadshows/" + id + "/lineup").then().statusCode(200)
                .body("lineup.achievementId", contains(third, apple, reducer));
        given().delete("/api/v1/roadshows/" + id + "/lineup/" + apple).then().statusCode(200)
                .body("lineup.achievementId", contains(third, reducer));
        given().delete("/api/v1/roadshows/" + id + "/lineup/" + apple).then().statusCode(404);
    }

    @Test
    void onlyKnownAchievementsAndInvitableInstitutionsAreAccepted() {
        String university = institution("UNIVERSITY");
        String apple = createdId(apple(university));

        given().contentType(ContentType.JSON)
                .body(roadshow(List.of(apple, UUID.randomUUID().toString(), apple), List.of(university)))
                .post("/api/v1/roadshows").then().statusCode(400)
                .body("errors.field", contains("lineup[2]"));
        given().contentType(ContentType.JSON)
                .body(roadshow(List.of(apple, UUID.randomUUID().toString()), List.of(university)))
                .post("/api/v1/roadshows").then().statusCode(400)
                .body("errors.field", contains("lineup[1]"));
        given().contentType(ContentType.JSON).body(roadshow(List.of(apple), List.of(university)))
                .post("/api/v1/roadshows").then().statusCode(400)
                .body("errors.field", contains("invitees[0]"));
        Map<String, Object> noDate = roadshow(List.of(), List.of());
        noDate.put("date", "18 June");
        given().contentType(ContentType.JSON).body(noDate).post("/api/v1/roadshows").then().statusCode(400)
                .body("errors.field", contains("date"));
    }

    @Test
    void replacingARoadshowNeedsItsETag() {
        String id = given().contentType(ContentType.JSON).body(roadshow(List.of(), List.of()))
                .post("/api/v1/roadshows").then().statusCode(201).extract().path("id");
        Map<String, Object> renamed = roadshow(List.of(), List.of());
        renamed.put("title", "2025 工业智能与气象监测成果路演");

        given().contentType(ContentType.JSON).body(renamed).put("/api/v1/roadshows/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/roadshows/" + id)).body(renamed)
                .put("/api/v1/roadshows/" + id).then().statusCode(200).body("title", is(renamed.get("title")));
        given().get("/api/v1/roadshows?from=2025-01-01&to=2025-12-31").then().statusCode(200);
        given().get("/api/v1/roadshows?from=yesterday").then().statusCode(400);
        given().get("/api/v1/roadshows?to=+6000000-01-01").then().statusCode(400);
        renamed.put("date", "-5000-01-01");
        given().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/roadshows/" + id)).body(renamed)
                .put("/api/v1/roadshows/" + id).then().statusCode(400).body("errors[0].field", is("date"));
    }

    private static Map<String, Object> roadshow(List<String> lineup, List<String> invitees) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "2025 山西农业大学科技成果路演");
        body.put("date", "2025-06-18");
        body.put("venue", "山西省太原市 科技成果转化中心");
        body.put("organiser", "山西省科技厅");
        body.put("lineup", lineup);
        body.put("invitees", invitees);
        return body;
    }
}
