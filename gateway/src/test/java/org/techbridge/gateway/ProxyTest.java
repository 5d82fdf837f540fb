package org.techbridge.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.techbridge.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(EchoUpstreams.class)
class ProxyTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/institutions, achievement",
            "/api/v1/achievements/42, achievement",
            "/api/v1/achievements/42/matches, matching",
            "/api/v1/roadshows/9/lineup, achievement",
            "/api/v1/roadshows/9/stats, deal",
            "/api/v1/needs, matching",
            "/api/v1/deals/5/history, deal",
            "/api/v1/stats/deals, deal"})
    void routesEachPathFamilyToItsService(String path, String upstream) {
        given().get(path).then().statusCode(200)
                .header("X-Upstream", upstream)
                .body("uri", is(path));
    }

    @Test
    void passesMethodHeadersBodyQueryAndStatusThroughUnchanged() {
        String body = "{\"title\":\"机器人用精密谐波减速器\"}";
        String token = Tokens.bearer("institution", UUID.randomUUID());
        given().contentType("application/json").header("If-Match", "\"3\"").header("X-Test-Status", "201")
                .header("Authorization", token)
                .body(body)
                .post("/api/v1/achievements?draft=true&lang=zh")
                .then().statusCode(201)
                .body("method", is("POST"))
                .body("uri", is("/api/v1/achievements?draft=true&lang=zh"))
                .body("headers.if-match", is("\"3\""))
                .body("headers.content-type", containsString("application/json"))
                .body("headers.authorization", is(token))
                .body("bodyLength", is(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    }

    @Test
    void aPathNoServiceOwnsIsAProblem404() {
        given().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404));
    }

    @Test
    void aServiceTooSlowForItsRouteTimeoutIsAProblem504() {
        given().header("X-Test-Delay-Ms", "3000").get("/api/v1/needs").then().statusCode(504)
                .contentType("application/problem+json")
                .body("title", is("Gateway Timeout"))
                .body("detail", containsString("matching"));
    }

    @Test
    void anUnreachableServiceIs503ThenTheCircuitOpensAndClosesAgainWhenItIsBack() {
        EchoUpstreams.stopUpstream("deal");
        try {
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'Upstream services' }.data.deal", is("UNREACHABLE"));
            for (int attempt = 0; attempt < 3; attempt++) {
                given().get("/api/v1/deals").then().statusCode(503)
                        .contentType("application/problem+json")
                        .body("detail", containsString("cannot be reached"));
            }
            // three failures in a row: the breaker answers by itself
            given().get("/api/v1/deals").then().statusCode(503)
                    .header("Retry-After", "1")
                    .body("detail", containsString("giving it a moment"));
        } finally {
            EchoUpstreams.startUpstream("deal");
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300))
                .until(() -> given().get("/api/v1/deals").statusCode() == 200);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Upstream services' }.data.deal", is("UP"));
    }

    @Test
    void aServiceErrorPassesThroughAsTheServiceSentIt() {
        given().header("X-Test-Status", "500").get("/api/v1/institutions").then().statusCode(500)
                .header("X-Upstream", "achievement");
    }

    @Test
    void createsARequestIdPassesItToTheServiceAndReturnsIt() {
        Response response = given().get("/api/v1/needs");
        String id = response.header("X-Request-Id");

        response.then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        assertEquals(id, response.path("headers.x-request-id"));
    }

    @Test
    void keepsTheCallersRequestIdAndReplacesOneThatCouldForgeLogLines() {
        given().header("X-Request-Id", "frontend-7f3a.42").get("/api/v1/needs").then()
                .header("X-Request-Id", "frontend-7f3a.42")
                .body("headers.x-request-id", is("frontend-7f3a.42"));
        given().header("X-Request-Id", "x\" 200 forged").get("/api/v1/needs").then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
