package org.techbridge.platform.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the problem+json error answers of every operation in one place, so partners see
 * which errors each call can give and generate a client that reads them.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        // replaces the bare 400 the validator documents
        add(operation, "400", "Invalid request: one entry per offending field in errors");
        if (path.contains("{")) {
            add(operation, "404", "No resource with that id");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            add(operation, "412", "The If-Match ETag is stale: fetch the resource again");
            add(operation, "428", "If-Match is required");
        }
        if (method != PathItem.HttpMethod.GET) {
            add(operation, "409", "Conflicts with the current state (e.g. an illegal transition)");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            // replaces the bare answers documented for @RolesAllowed
            put(operation, "401", "No bearer token, or one expired or not from the trusted issuer");
            put(operation, "403", "The token's role, or the organisation it acts for, may not do this");
        }
        add(operation, "500", "Unexpected server failure (no internals disclosed)");
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().hasAPIResponse(status) && !status.equals("400")) {
            return;
        }
        put(operation, status, description);
    }

    private static void put(Operation operation, String status, String description) {
        Content content = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
        operation.getResponses().addAPIResponse(status,
                OASFactory.createAPIResponse().description(description).content(content));
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of("field", string, "message", string));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; more members may follow (currentState, requestedState, currentETag)")
                .properties(Map.of(
                        "type", string,
                        "title", string,
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
                        "detail", string,
                        "instance", string,
                        "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)));
    }
}
