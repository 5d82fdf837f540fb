package org.techbridge.deal.openapi;

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
    void everyOperationDocumentsItsProblemAnswersAndTheExamplesAreThere() {
        String deals = "paths.'/api/v1/deals'.post.";
        given().accept("application/json").get("/q/openapi?format=json").then()
                .body("paths.'/api/v1/deals/{id}'.patch.responses", hasKey("412"))
                .body("paths.'/api/v1/deals/{id}'.patch.responses", hasKey("428"))
                .body("paths.'/api/v1/deals/{id}/transitions'.post.responses", hasKey("409"))
                .body(deals + "responses", hasKey("422"))
                .body(deals + "responses", hasKey("400"))
                .body("paths.'/api/v1/roadshows/{id}/stats'.get", notNullValue())
                .body("components.schemas.Problem", notNullValue())
                .body(deals + "requestBody.content.'application/json'.examples.'harmonic reducer licence'.value"
                        + ".paymentModel", is("USE_FIRST_PAY_LATER"))
                .body(deals + "requestBody.content.'application/json'.examples.'apple variety assignment'.value"
                        + ".amount.amount", is("2000000.00"));
    }
}
