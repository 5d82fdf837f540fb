package org.techbridge.matching.need;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
public class NeedResourceTest {

    private static final String PROBLEM = "application/problem+json";

    public static Map<String, Object> reducerNeed(String enterpriseId) {
        Map<String, Object> body = new HashMap<>();
        body.put("enterpriseId", enterpriseId);
        body.put("title", "机器人关节减速器国产替代");
        body.put("description", "我们生产六轴工业机器人，需要高精度、低背隙的谐波减速器替代进口产品");
        body.put("industry", "ADVANCED_MANUFACTURING");
        body.put("keywords", List.of("谐波减速器", "机器人"));
        body.put("budget", Map.of("amount", "1000000.00", "currency", "CNY"));
        body.put("minTrl", 6);
        body.put("region", "山西省太原市");
        body.put("preferredModes", List.of("USE_FIRST_PAY_LATER", "LICENSE"));
        body.put("deadline", "2026-12-31");
        return body;
    }

    public static String posted(Map<String, Object> need) {
        return given().contentType(ContentType.JSON).body(need).post("/api/v1/needs").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void aPostedNeedIsOpenWithItsETagAndCanBeClosedOnce() {
        String id = given().contentType(ContentType.JSON).body(reducerNeed(UUID.randomUUID().toString()))
                .post("/api/v1/needs").then().statusCode(201)
                .header("ETag", "\"0\"").header("Location", notNullValue())
                .body("status", is("OPEN")).body("language", is("zh"))
                .body("budget.amount", is("1000000.00")).extract().path("id");

        given().post("/api/v1/needs/" + id + "/close").then().statusCode(200).body("status", is("CLOSED"));
        given().post("/api/v1/needs/" + id + "/close").then().statusCode(409).contentType(PROBLEM)
                .body("currentState", is("CLOSED"));
    }

    @Test
    void invalidNeedsAreRejectedFieldByFieldAndNothingIsStored() {
        String enterprise = UUID.randomUUID().toString();
        rejects(enterprise, b -> b.put("minTrl", 10), "minTrl");
        rejects(enterprise, b -> b.put("budget", Map.of("amount", "-5", "currency", "CNY")), "budget.amount");
        rejects(enterprise, b -> b.put("industry", "MAGIC"), "industry");
        rejects(enterprise, b -> b.remove("title"), "title");
        rejects(enterprise, b -> b.put("preferredModes", List.of("GIFT")), "preferredModes[0]");
        rejects(enterprise, b -> b.put("deadline", "soon"), "deadline");

        given().get("/api/v1/needs?enterpriseId=" + enterprise).then().statusCode(200).body("total", is(0));
    }

    @Test
    void changesNeedTheCurrentETag() {
        String id = posted(reducerNeed(UUID.randomUUID().toString()));

        given().contentType("application/merge-patch+json").body("{\"minTrl\": 7}")
                .patch("/api/v1/needs/" + id).then().statusCode(428);
        given().contentType("application/merge-patch+json").header("If-Match", "\"5\"").body("{\"minTrl\": 7}")
                .patch("/api/v1/needs/" + id).then().statusCode(412);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"minTrl\": 7}")
                .patch("/api/v1/needs/" + id).then().statusCode(200).body("minTrl", is(7)).header("ETag", "\"1\"");
    }

    @Test
    void listsFilterByEnterpriseAndStatus() {
        String enterprise = UUID.randomUUID().toString();
        String open = posted(reducerNeed(enterprise));
        String closed = posted(reducerNeed(enterprise));
        given().post("/api/v1/needs/" + closed + "/close").then().statusCode(200);

        given().get("/api/v1/needs?enterpriseId={e}&status=OPEN", enterprise).then()
                .body("items.id", contains(open)).body("total", is(1));
        given().get("/api/v1/needs?status=SOMETIMES").then().statusCode(400);
        given().get("/api/v1/needs/" + UUID.randomUUID() + "/matches").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/needs/" + open + "/matches?limit=0").then().statusCode(400);
    }

    private static void rejects(String enterprise, Consumer<Map<String, Object>> breakIt, String field) {
        Map<String, Object> body = reducerNeed(enterprise);
        breakIt.accept(body);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/needs").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem(field));
    }
}
