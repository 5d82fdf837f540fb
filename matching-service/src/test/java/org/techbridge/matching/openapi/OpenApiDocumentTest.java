package org.techbridge.matching.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.techbridge.testing.OpenApiContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiDocumentTest extends OpenApiContract {

    @Test
    void matchesAndProblemsAreDocumented() {
        given().accept("application/json").get("/q/openapi?format=json").then()
                .body("paths.'/api/v1/needs/{id}/matches'.get.responses.'200'", notNullValue())
                .body("paths.'/api/v1/needs/{id}'.patch.responses", hasKey("428"))
                .body("components.schemas.Match.properties", hasKey("breakdown"));
    }
}
