package org.techbridge.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.techbridge.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;

@QuarkusTest
@WithTestResource(EchoUpstreams.class)
class ProtectionsTest {

    private static final String FRONTEND = "https://app.techbridge.test";

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aBodyLargerThanTheLimitIsRefusedWith413BeforeReachingAService() {
        given().contentType("application/json").header("Authorization", "Bearer " + Tokens.broker())
                .body("x".repeat(100 * 1024))
                .post("/api/v1/achievements").then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("65536"));
    }

    @Test
    void aCallerOverItsRateIsToldToWaitWith429AndRetryAfter() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "api/v1/needs"))
                .timeout(Duration.ofSeconds(20)).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        HttpResponse<String> refused = answers.stream().map(CompletableFuture::join)
                .filter(answer -> answer.statusCode() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("300 requests at once never met the limit of 100"));

        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(null));
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
        // the bucket refills: the same caller gets through again
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/v1/needs").statusCode() == 200);
    }

    @Test
    void aPreflightFromTheFrontendOriginIsAnsweredAtTheGateway() {
        given().header("Origin", FRONTEND).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type,Idempotency-Key")
                .options("/api/v1/deals").then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("X-Upstream", nullValue());
        given().header("Origin", FRONTEND).get("/api/v1/needs").then().statusCode(200)
                .header("Access-Control-Allow-Origin", FRONTEND)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void anyOtherOriginGetsNoCorsGrant() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/deals").then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").get("/api/v1/needs").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void theHealthOfTheGatewayReportsEachUpstream() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.achievement", is("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.matching", is("UP"));
    }
}
