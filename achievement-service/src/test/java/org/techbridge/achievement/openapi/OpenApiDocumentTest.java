package org.techbridge.achievement.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.techbridge.testing.OpenApiContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiDocumentTest extends OpenApiContract {

    @Test
    void everyOperationDocumentsItsProblemAnswers() {
        given().accept("application/json").get("/q/openapi?format=json").then()
                .body("paths.'/api/v1/achievements/{id}'.put.responses", hasKey("412"))
                .body("paths.'/api/v1/achievements/{id}'.put.responses", hasKey("428"))
                .body("paths.'/api/v1/achievements/{id}/publish'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/achievements'.post.responses", hasKey("400"))
                .body("components.schemas.Problem", notNullValue())
                .body("paths.'/api/v1/achievements'.post.requestBody.content.'application/json'.examples."
                        + "'apple variety'.value.askingPrice.amount", is("2000000.00"));
    }
}
