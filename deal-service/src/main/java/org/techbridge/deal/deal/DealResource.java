package org.techbridge.deal.deal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbridge.deal.idempotency.IdempotentRequests;
import org.techbridge.events.DealStage;
import org.techbridge.platform.problem.ProblemException;
import org.techbridge.platform.security.Caller;
import org.techbridge.platform.web.Ids;
import org.techbridge.platform.web.Page;
import org.techbridge.platform.web.PageRequest;
import org.techbridge.platform.web.Params;
import org.techbridge.platform.web.Responses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

@RolesAllowed({ Caller.BROKER, Caller.INSTITUTION, Caller.ENTERPRISE })
@Path("/api/v1/deals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deals", description = "Deals from first interest to a signed, paid contract")
public class DealResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final DealService deals;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    DealResource(DealService deals, IdempotentRequests idempotent, Caller caller) {
        this.deals = deals;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Opened in INTENT (or, for a retried Idempotency-Key, "
            + "the first answer again)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DealView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was first used with another body",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    @Operation(summary = "Open a deal (in INTENT)", description = "Terms may be given now or while negotiating. "
            + "With an Idempotency-Key, a retry returns the first answer and opens nothing new.")
    public Response open(
            @Parameter(description = "any unique string, e.g. a UUID, the same for every retry of one request")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "harmonic reducer licence", summary = "A use-first-pay-later licence of "
                            + "the robot precision harmonic reducer", value = Examples.REDUCER_LICENCE),
                    @ExampleObject(name = "apple variety assignment", summary = "The 2 M yuan apple variety, "
                            + "assigned in two instalments", value = Examples.APPLE_ASSIGNMENT) }))
            @Valid @NotNull DealRequest request) {
        String actor = caller.name();
        return idempotent.once("POST /api/v1/deals", idempotencyKey, request, () -> {
            DealView opened = deals.open(request, actor);
            return new IdempotentRequests.Created(URI.create("/api/v1/deals/" + opened.id()), opened);
        });
    }

    @GET
    @Operation(summary = "List deals", description = "Most recently changed first. signedFrom and signedTo are "
            + "calendar days (Asia/Shanghai), both included; overdue=true keeps deals with payments past due.")
    public Page<DealView> list(@QueryParam("stage") String stage,
            @QueryParam("institutionId") String institutionId, @QueryParam("enterpriseId") String enterpriseId,
            @QueryParam("roadshowId") String roadshowId, @QueryParam("achievementId") String achievementId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("signedFrom")
            String signedFrom,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("signedTo")
            String signedTo,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        DealQuery query = new DealQuery(Params.enumValue(stage, DealStage.class, "stage"),
                optionalId(institutionId, "institutionId"), optionalId(enterpriseId, "enterpriseId"),
                optionalId(roadshowId, "roadshowId"), optionalId(achievementId, "achievementId"),
                Dates.parse(signedFrom, "signedFrom"), Dates.parse(signedTo, "signedTo"), flag(overdue, "overdue"));
        return deals.list(query, PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DealView.class)))
    @Operation(summary = "Get a deal with its balance (and its ETag)")
    public Response get(@PathParam("id") String id) {
        return Responses.ok(deals.get(Ids.parse(id, "id")));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DealView.class)))
    @Operation(summary = "Change some fields (JSON Merge Patch, RFC 7396); requires If-Match",
            description = "The terms may change until the deal is signed (then 409); contacts and notes always; "
                    + "the ids of the parties never.")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "Any fields of DealRequest; null removes an optional one",
                    content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = DealRequest.class)))
            @NotNull JsonNode patch) throws JsonProcessingException {
        return Responses.ok(deals.patch(Ids.parse(id, "id"), ifMatch, patch));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DealView.class)))
    @Operation(summary = "Move a deal to another stage", description = "INTENT → NEGOTIATION → SIGNED → "
            + "IN_EXECUTION → COMPLETED, and TERMINATED (with a reason) from any stage before COMPLETED; any other "
            + "move is 409. SIGNED needs the complete terms, in the body or already on the deal, and freezes them; "
            + "COMPLETED needs nothing outstanding. If-Match is optional.")
    public Response move(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "negotiate", value = Examples.NEGOTIATE),
                    @ExampleObject(name = "sign the apple assignment", value = Examples.SIGN_APPLE),
                    @ExampleObject(name = "terminate", value = Examples.TERMINATE) }))
            @Valid @NotNull TransitionRequest request) {
        return Responses.ok(deals.move(Ids.parse(id, "id"), ifMatch, request, caller.name()));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The stage moves of a deal, oldest first")
    public List<StageChangeView> history(@PathParam("id") String id) {
        return deals.history(Ids.parse(id, "id"));
    }

    private static UUID optionalId(String value, String name) {
        return value == null || value.isBlank() ? null : Ids.parse(value.trim(), name);
    }

    private static boolean flag(String value, String name) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.badRequest(name, "must be true or false");
    }
}
