package org.techbridge.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service's public contract is committed under {@code src/main/openapi/openapi.json}: a change
 * to it shows in review, and this test notices drift. After a deliberate change, copy
 * {@code target/openapi-served.json} over the committed file.
 */
public abstract class OpenApiContract {

    private static final Path COMMITTED = Path.of("src/main/openapi/openapi.json");
    private static final Path SERVED = Path.of("target/openapi-served.json");

    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        String served = given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString();
        ObjectMapper json = new ObjectMapper();
        Files.writeString(SERVED, json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(served)),
                StandardCharsets.UTF_8);

        assertTrue(Files.exists(COMMITTED) && json.readTree(Files.readString(COMMITTED)).equals(json.readTree(served)),
                "the API changed: review " + SERVED + " and copy it to " + COMMITTED);
    }
}
