package org.techbridge.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.techbridge.gateway.routing.Routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EchoUpstreams.class)
class MergedOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyServicesPathIsInTheMergedDocumentAndRoutedToThatService() throws Exception {
        Set<String> merged = new TreeSet<>();
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().<String, Object>getMap("paths").keySet().forEach(merged::add);

        for (String service : new String[] {"achievement", "matching", "deal"}) {
            for (String path : pathsOf(service)) {
                assertTrue(merged.contains(path), path + " of " + service + " is missing from " + merged);
                assertEquals(Optional.of(service), Routes.ownerOf(path.replaceAll("\\{[^}]+}", "x")),
                        path + " is documented by " + service);
            }
        }
        for (Routes.Rule rule : Routes.RULES) {
            assertTrue(merged.stream().anyMatch(path -> rule.path().matcher(path.replaceAll("\\{[^}]+}", "x")).matches()),
                    "the route " + rule.path() + " serves no documented path");
        }
    }

    @Test
    void theDocumentCarriesTheGatewaysBearerSchemeAndIsServedAsYamlToo() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", is("TechBridge API"))
                .body("components.securitySchemes.SecurityScheme.scheme", is("bearer"))
                .body("components.securitySchemes.SecurityScheme.bearerFormat", is("JWT"))
                .body("components.schemas.Problem", notNullValue());
        given().get("/q/openapi?format=yaml").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("yaml"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static Set<String> pathsOf(String service) throws Exception {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/openapi-upstreams/" + service + "/openapi.json")) {
            JsonNode doc = JSON.readTree(in);
            Set<String> paths = new TreeSet<>();
            doc.path("paths").fieldNames().forEachRemaining(paths::add);
            return paths;
        }
    }
}
