package org.techbridge.achievement;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Request bodies and calls the catalog tests share; each call makes fresh data. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String institution(String type) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", "山西农业大学", "nameEn", "Shanxi Agricultural University", "type", type,
                        "region", "山西省晋中市"))
                .post("/api/v1/institutions").then().statusCode(201).extract().path("id");
    }

    /** The 2 M yuan apple variety of DESIGN.md, owned by {@code institutionId}. */
    public static Map<String, Object> apple(String institutionId) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "苹果新品种“晋艳”");
        body.put("summary", "果个大、着色好、耐贮藏的晚熟苹果新品种");
        body.put("description", "适宜山西晋中及黄土高原地区种植");
        body.put("language", "zh");
        body.put("domain", "AGRICULTURE");
        body.put("keywords", List.of("苹果", "新品种"));
        body.put("trl", 8);
        body.put("ipType", "PLANT_VARIETY");
        body.put("ipNumbers", List.of("CNA20231234.5"));
        body.put("institutionId", institutionId);
        body.put("region", "山西省晋中市");
        body.put("transferModes", List.of("ASSIGNMENT", "LICENSE"));
        body.put("askingPrice", Map.of("amount", "2000000.00", "currency", "CNY"));
        return body;
    }

    /** The robot harmonic reducer under use-first-pay-later, in English. */
    public static Map<String, Object> reducer(String institutionId) {
        Map<String, Object> body = new HashMap<>(apple(institutionId));
        body.put("title", "Robot precision harmonic reducer");
        body.put("summary", "A low-backlash harmonic gear reducer for robot joints");
        body.put("description", "Replaces imported reducers in six-axis industrial robots");
        body.put("language", "en");
        body.put("domain", "ADVANCED_MANUFACTURING");
        body.put("keywords", List.of("harmonic reducer", "robot"));
        body.put("trl", 7);
        body.put("ipType", "PATENT");
        body.put("ipNumbers", List.of("ZL202210123456.7"));
        body.put("region", "山西省太原市");
        body.put("transferModes", List.of("USE_FIRST_PAY_LATER", "LICENSE"));
        body.put("askingPrice", Map.of("amount", "800000.00", "currency", "CNY"));
        return body;
    }

    public static ValidatableResponse create(Map<String, Object> achievement) {
        return given().contentType(ContentType.JSON).body(achievement).post("/api/v1/achievements").then();
    }

    public static String createdId(Map<String, Object> achievement) {
        return create(achievement).statusCode(201).extract().path("id");
    }

    public static String published(Map<String, Object> achievement) {
        String id = createdId(achievement);
        given().post("/api/v1/achievements/" + id + "/publish").then().statusCode(200);
        return id;
    }

    public static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
