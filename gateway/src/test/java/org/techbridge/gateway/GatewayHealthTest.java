package org.techbridge.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GatewayHealthTest {

    @Test
    void readinessReportsAnUnreachableUpstreamWithoutGoingDown() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("Upstream services"))
                .body("checks.find { it.name == 'Upstream services' }.data.deal", is("UNREACHABLE"));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body("info.title", is("TechBridge API"));
    }
}
