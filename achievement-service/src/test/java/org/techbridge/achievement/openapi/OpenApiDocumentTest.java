package org.techbridge.achievement.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The public contract is committed: a change to it shows in review, and this test notices drift. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("src/main/openapi/openapi.json");
    private static final Path SERVED = Path.of("target/openapi-served.json");

    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        String served = given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString();
        ObjectMapper json = new ObjectMapper();
        Files.writeString(SERVED, json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(served)),
                StandardCharsets.UTF_8);

        assertTrue(json.readTree(Files.readString(COMMITTED)).equals(json.readTree(served)),
                "the API changed: review " + SERVED + " and copy it to " + COMMITTED);
    }

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
