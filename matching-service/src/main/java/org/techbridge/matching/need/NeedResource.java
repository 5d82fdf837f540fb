package org.techbridge.matching.need;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbridge.events.Domain;
import org.techbridge.platform.security.Caller;
import org.techbridge.platform.web.Ids;
import org.techbridge.platform.web.Page;
import org.techbridge.platform.web.PageRequest;
import org.techbridge.platform.web.Params;
import org.techbridge.platform.web.Responses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

@Path("/api/v1/needs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Needs", description = "Enterprise technical needs (企业技术需求) and their matches")
public class NeedResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final NeedService needs;
    private final NeedMatching matching;

    NeedResource(NeedService needs, NeedMatching matching) {
        this.needs = needs;
        this.matching = matching;
    }

    @RolesAllowed({ Caller.ENTERPRISE, Caller.BROKER })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NeedView.class)))
    @Operation(summary = "Post a need (OPEN)")
    public Response create(@Valid @NotNull NeedRequest request) {
        NeedView created = needs.create(request);
        return Responses.created(URI.create("/api/v1/needs/" + created.id()), created);
    }

    @GET
    @Operation(summary = "List needs, by enterprise, industry and status")
    public Page<NeedView> list(@QueryParam("enterpriseId") String enterpriseId, @QueryParam("industry") String industry,
            @QueryParam("status") String status, @QueryParam("page") String page, @QueryParam("size") String size) {
        return needs.list(enterpriseId == null || enterpriseId.isBlank() ? null : Ids.parse(enterpriseId, "enterpriseId"),
                Params.enumValue(industry, Domain.class, "industry"), Params.enumValue(status, NeedStatus.class, "status"),
                PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NeedView.class)))
    @Operation(summary = "Get a need (with its ETag)")
    public Response get(@PathParam("id") String id) {
        return Responses.ok(needs.get(Ids.parse(id, "id")));
    }

    @RolesAllowed({ Caller.ENTERPRISE, Caller.BROKER })
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NeedView.class)))
    @Operation(summary = "Replace a need; requires If-Match")
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull NeedRequest request) {
        return Responses.ok(needs.replace(Ids.parse(id, "id"), ifMatch, request));
    }

    @RolesAllowed({ Caller.ENTERPRISE, Caller.BROKER })
    @PATCH
    @Path("/{id}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NeedView.class)))
    @Operation(summary = "Change some fields (JSON Merge Patch, RFC 7396); requires If-Match")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "Any fields of NeedRequest; null removes an optional one",
                    content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = NeedRequest.class)))
            @NotNull JsonNode patch) throws JsonProcessingException {
        return Responses.ok(needs.patch(Ids.parse(id, "id"), ifMatch, patch));
    }

    @RolesAllowed({ Caller.ENTERPRISE, Caller.BROKER })
    @POST
    @Path("/{id}/close")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NeedView.class)))
    @Operation(summary = "Close a need: it is no longer looking for technology")
    public Response close(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(needs.close(Ids.parse(id, "id"), ifMatch));
    }

    @GET
    @Path("/{id}/matches")
    @Operation(summary = "The published achievements that fit the need best, with score, breakdown and shared words")
    public MatchesView matches(@PathParam("id") String id, @QueryParam("limit") String limit) {
        Integer max = Params.integer(limit, "limit", 1, 100);
        return matching.matches(Ids.parse(id, "id"), max == null ? 10 : max);
    }

    @RolesAllowed({ Caller.ENTERPRISE, Caller.BROKER })
    @POST
    @Path("/{id}/interests")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "202", description = "Interest recorded; a deal opens from it")
    @Operation(summary = "Express the enterprise's interest in an achievement for this need")
    public Response expressInterest(@PathParam("id") String id, @Valid @NotNull InterestRequest request) {
        matching.expressInterest(Ids.parse(id, "id"), request.achievementId());
        return Response.accepted().build();
    }
}
