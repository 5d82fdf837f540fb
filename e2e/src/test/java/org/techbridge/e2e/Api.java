package org.techbridge.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.techbridge.testing.Tokens;

/** Requests through the running stack's gateway, as each role; every caller its own subject. */
final class Api {

    private Api() {
    }

    /** POSTs and returns the created resource's id, insisting on 201. */
    static String create(RequestSpecification caller, String path, Map<String, ?> body) {
        return given(caller).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    static RequestSpecification as(String role, UUID org) {
        return new RequestSpecBuilder().setBaseUri(RunningStack.stack().gateway().toString())
                .setContentType(ContentType.JSON)
                .addHeader("Authorization", Tokens.bearerNamed(role + "-" + UUID.randomUUID(), role, org)).build();
    }

    static RequestSpecification broker() {
        return as("broker", null);
    }

    static RequestSpecification anonymous() {
        return new RequestSpecBuilder().setBaseUri(RunningStack.stack().gateway().toString()).build();
    }
}
