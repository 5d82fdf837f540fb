package org.techbridge.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.techbridge.e2e.Api.anonymous;
import static org.techbridge.e2e.Api.broker;
import static org.techbridge.e2e.Api.create;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbridge.testing.Tokens;

/**
 * Every write operation of the merged OpenAPI document, tried through the gateway by callers who
 * must be refused: no token, an expired or a stranger's token, a partner (read-only), and the right
 * role of another organisation (or a role the operation is not for). None of them changes anything.
 */
@ExtendWith(RunningStack.class)
class AccessControlMatrixTest {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final Map<String, Object> MONEY = Map.of("amount", "1000.00", "currency", "CNY");

    private static UUID universityA;
    private static UUID universityB;
    private static UUID enterpriseA;
    private static UUID enterpriseB;
    private static String achievement;
    private static String need;
    private static String roadshow;
    private static String deal;

    /** Organisation A's resources, which organisation B's callers try to change. */
    @BeforeAll
    static void organisationAsResources() {
        universityA = institution("UNIVERSITY");
        universityB = institution("UNIVERSITY");
        enterpriseA = institution("ENTERPRISE");
        enterpriseB = institution("ENTERPRISE");
        achievement = create(broker(), "/api/v1/achievements", achievementBody());
        given(broker()).post("/api/v1/achievements/{id}/publish", achievement).then().statusCode(200);
        need = create(broker(), "/api/v1/needs", needBody());
        roadshow = create(broker(), "/api/v1/roadshows", roadshowBody());
        deal = create(broker(), "/api/v1/deals", Map.of("achievementId", achievement, "institutionId", universityA,
                "enterpriseId", enterpriseA));
    }

    /** Each write operation: who of the other organisation tries it, and with what body. */
    private static Map<String, Attempt> attempts() {
        Map<String, Attempt> attempts = new LinkedHashMap<>();
        Attempt byUniversityB = new Attempt("institution", universityB, null);
        Attempt byEnterpriseB = new Attempt("enterprise", enterpriseB, null);
        attempts.put("POST /api/v1/achievements", byUniversityB.with(achievementBody()));
        attempts.put("PUT /api/v1/achievements/{id}", byUniversityB.with(achievementBody()));
        attempts.put("PATCH /api/v1/achievements/{id}", byUniversityB.with(Map.of("title", "改名")));
        attempts.put("POST /api/v1/achievements/{id}/publish", byUniversityB);
        attempts.put("POST /api/v1/achievements/{id}/withdraw", byUniversityB);
        attempts.put("POST /api/v1/institutions", new Attempt("institution", universityA,
                Map.of("name", "冒名机构", "type", "UNIVERSITY", "region", "山西省太原市")));
        attempts.put("PUT /api/v1/institutions/{id}", byUniversityB.with(
                Map.of("name", "改名大学", "type", "UNIVERSITY", "region", "山西省太原市")));
        attempts.put("DELETE /api/v1/institutions/{id}", new Attempt("institution", universityA, null));
        attempts.put("POST /api/v1/roadshows", new Attempt("institution", universityA, roadshowBody()));
        attempts.put("PUT /api/v1/roadshows/{id}", new Attempt("enterprise", enterpriseA, roadshowBody()));
        attempts.put("PUT /api/v1/roadshows/{id}/lineup", new Attempt("institution", universityA,
                Map.of("achievementIds", List.of())));
        attempts.put("POST /api/v1/roadshows/{id}/lineup", new Attempt("institution", universityA,
                Map.of("achievementId", achievement)));
        attempts.put("DELETE /api/v1/roadshows/{id}/lineup/{achievementId}", new Attempt("institution", universityA,
                null));
        attempts.put("POST /api/v1/needs", byEnterpriseB.with(needBody()));
        attempts.put("PUT /api/v1/needs/{id}", byEnterpriseB.with(needBody()));
        attempts.put("PATCH /api/v1/needs/{id}", byEnterpriseB.with(Map.of("title", "改名")));
        attempts.put("POST /api/v1/needs/{id}/close", byEnterpriseB);
        attempts.put("POST /api/v1/needs/{id}/interests", byEnterpriseB.with(Map.of("achievementId", achievement)));
        attempts.put("POST /api/v1/deals", byUniversityB.with(Map.of("achievementId", achievement,
                "institutionId", universityA, "enterpriseId", enterpriseA)));
        attempts.put("PATCH /api/v1/deals/{id}", byEnterpriseB.with(Map.of("notes", "改")));
        attempts.put("POST /api/v1/deals/{id}/payments", byUniversityB.with(Map.of("amount", MONEY,
                "paidOn", "2026-11-01")));
        attempts.put("POST /api/v1/deals/{id}/sales", byEnterpriseB.with(Map.of("periodEnd", "2026-06-30",
                "sales", MONEY)));
        attempts.put("POST /api/v1/deals/{id}/transitions", byEnterpriseB.with(Map.of("to", "NEGOTIATION")));
        attempts.put("POST /api/v1/deals/{id}/usage", byUniversityB.with(Map.of("outcome", "RETURNED",
                "on", "2026-11-01")));
        return attempts;
    }

    @Test
    void everyWriteOperationOfTheDocumentHasItsRefusalsHere() {
        JsonPath document = given(anonymous()).get("/q/openapi?format=json").then().statusCode(200).extract()
                .jsonPath();
        Set<String> writes = new TreeSet<>();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.keySet().stream().filter(WRITES::contains)
                .forEach(method -> writes.add(method.toUpperCase() + " " + path)));
        assertEquals(writes, new TreeSet<>(attempts().keySet()), "a new write operation needs its refusals here");
    }

    @Test
    void noTokenAnExpiredOneAStrangersOrAPartnersIsRefusedByEveryWriteOperation() {
        List<String> wrong = new ArrayList<>();
        attempts().forEach((operation, attempt) -> {
            expect(wrong, operation, "no token", send(operation, attempt, null), 401);
            expect(wrong, operation, "expired", send(operation, attempt,
                    "Bearer " + Tokens.expired(attempt.role(), attempt.org())), 401);
            expect(wrong, operation, "stranger's", send(operation, attempt,
                    "Bearer " + Tokens.signedByAStranger(attempt.role(), attempt.org())), 401);
            expect(wrong, operation, "partner", send(operation, attempt,
                    Tokens.bearerNamed("partner-" + UUID.randomUUID(), "partner", null)), 403);
        });
        assertEquals(List.of(), wrong);
        nothingChanged();
    }

    @Test
    void anotherOrganisationOrAnotherRoleIsRefusedByEveryWriteOperation() {
        List<String> wrong = new ArrayList<>();
        attempts().forEach((operation, attempt) -> expect(wrong, operation, attempt.role() + " of " + attempt.org(),
                send(operation, attempt, Tokens.bearerNamed(attempt.role() + "-" + UUID.randomUUID(), attempt.role(),
                        attempt.org())), 403));
        assertEquals(List.of(), wrong);
        nothingChanged();
    }

    private static void nothingChanged() {
        given(anonymous()).get("/api/v1/achievements/{id}", achievement).then().statusCode(200)
                .body("status", is("PUBLISHED")).body("title", is(achievementBody().get("title")));
        given(anonymous()).get("/api/v1/needs/{id}", need).then().statusCode(200)
                .body("status", is("OPEN")).body("title", is(needBody().get("title")));
        given(broker()).get("/api/v1/deals/{id}", deal).then().statusCode(200).body("stage", is("INTENT"));
        given(broker()).get("/api/v1/deals/{id}/payments", deal).then().statusCode(200).body("items.size()", is(0));
        given(anonymous()).get("/api/v1/institutions/{id}", universityA).then().statusCode(200);
        given(anonymous()).get("/api/v1/roadshows/{id}", roadshow).then().statusCode(200)
                .body("title", is(roadshowBody().get("title")));
    }

    private static void expect(List<String> wrong, String operation, String caller, Response response, int status) {
        if (response.statusCode() != status || !response.contentType().startsWith("application/problem+json")) {
            wrong.add(operation + " by " + caller + ": " + response.statusCode() + " " + response.asString());
        }
    }

    private static Response send(String operation, Attempt attempt, String authorization) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1)
                .replace("{achievementId}", achievement)
                .replace("/achievements/{id}", "/achievements/" + achievement)
                .replace("/needs/{id}", "/needs/" + need)
                .replace("/deals/{id}", "/deals/" + deal)
                .replace("/institutions/{id}", "/institutions/" + universityA)
                .replace("/roadshows/{id}", "/roadshows/" + roadshow);
        RequestSpecBuilder request = new RequestSpecBuilder().setBaseUri(RunningStack.stack().gateway().toString())
                .addHeader("If-Match", "\"0\"");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        if (attempt.body() != null) {
            request.setContentType(method.equals("PATCH") ? "application/merge-patch+json" : ContentType.JSON.toString())
                    .setBody(attempt.body());
        }
        RequestSpecification spec = request.build();
        return given(spec).request(method, path);
    }

    /** Who tries an operation (a role acting for an organisation) and the body sent. */
    private record Attempt(String role, UUID org, Map<String, ?> body) {
        Attempt with(Map<String, ?> newBody) {
            return new Attempt(role, org, newBody);
        }
    }

    private static UUID institution(String type) {
        return UUID.fromString(create(broker(), "/api/v1/institutions", Map.of("name", "机构 " + UUID.randomUUID(),
                "type", type, "region", "山西省太原市")));
    }

    private static Map<String, Object> achievementBody() {
        return Map.of("title", "高可靠气象仪器 权限测试", "summary", "野外无人值守的高可靠自动气象站",
                "domain", "INFORMATION_TECH", "trl", 7, "ipType", "PATENT", "institutionId", universityA,
                "region", "山西省太原市", "transferModes", List.of("LICENSE"));
    }

    private static Map<String, Object> needBody() {
        return Map.of("enterpriseId", enterpriseA, "title", "气象站国产化 权限测试", "description", "需要高可靠自动气象站",
                "industry", "INFORMATION_TECH", "region", "山西省太原市");
    }

    private static Map<String, Object> roadshowBody() {
        return Map.of("title", "权限测试路演", "date", "2025-07-16", "venue", "中北大学", "organiser", "山西省科学技术厅");
    }
}
