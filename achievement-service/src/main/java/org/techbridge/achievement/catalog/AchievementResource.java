package org.techbridge.achievement.catalog;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbridge.platform.security.Caller;
import org.techbridge.platform.web.Ids;
import org.techbridge.platform.web.Page;
import org.techbridge.platform.web.PageRequest;
import org.techbridge.platform.web.Params;
import org.techbridge.platform.web.Responses;
import org.techbridge.events.AchievementStatus;
import org.techbridge.events.Domain;
import org.techbridge.events.TransferMode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

@Path("/api/v1/achievements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Achievements", description = "Research achievements (科技成果) and their lifecycle")
public class AchievementResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final AchievementService achievements;

    AchievementResource(AchievementService achievements) {
        this.achievements = achievements;
    }

    @RolesAllowed({ Caller.INSTITUTION, Caller.BROKER })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AchievementView.class)))
    @Operation(summary = "Register an achievement (as a DRAFT)")
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "apple variety", summary = "The 2 M yuan apple variety of the 2025 roadshow",
                    value = Examples.APPLE),
            @ExampleObject(name = "harmonic reducer", summary = "A robot reducer under use-first-pay-later",
                    value = Examples.REDUCER) }))
            @Valid @NotNull AchievementRequest request) {
        AchievementView created = achievements.create(request);
        return Responses.created(URI.create("/api/v1/achievements/" + created.id()), created);
    }

    @GET
    @Operation(summary = "List and search achievements",
            description = "q searches title, summary, description and keywords in Chinese or English (every "
                    + "word must occur); region matches by prefix (山西省 finds 山西省晋中市); sort is relevance, "
                    + "title, trl, price, createdAt, updatedAt or publishedAt, prefixed with - for descending.")
    public Page<AchievementView> list(@QueryParam("q") String q, @QueryParam("domain") String domain,
            @QueryParam("trlMin") String trlMin, @QueryParam("trlMax") String trlMax,
            @QueryParam("institutionId") String institutionId, @QueryParam("status") String status,
            @QueryParam("transferMode") String transferMode, @QueryParam("region") String region,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        AchievementQuery query = new AchievementQuery(Params.text(q, "q", 200),
                Params.enumValue(domain, Domain.class, "domain"),
                Params.integer(trlMin, "trlMin", 1, 9), Params.integer(trlMax, "trlMax", 1, 9),
                institutionId == null || institutionId.isBlank() ? null : Ids.parse(institutionId, "institutionId"),
                Params.enumValue(status, AchievementStatus.class, "status"),
                Params.enumValue(transferMode, TransferMode.class, "transferMode"),
                Params.text(region, "region", 100), Params.text(sort, "sort", 40));
        return achievements.list(query, PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AchievementView.class)))
    @Operation(summary = "Get an achievement (with its ETag)")
    public Response get(@PathParam("id") String id) {
        return Responses.ok(achievements.get(Ids.parse(id, "id")));
    }

    @RolesAllowed({ Caller.INSTITUTION, Caller.BROKER })
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AchievementView.class)))
    @Operation(summary = "Replace an achievement; requires If-Match")
    public Response replace(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AchievementRequest request) {
        return Responses.ok(achievements.replace(Ids.parse(id, "id"), ifMatch, request));
    }

    @RolesAllowed({ Caller.INSTITUTION, Caller.BROKER })
    @PATCH
    @Path("/{id}")
    @Consumes({ MERGE_PATCH, MediaType.APPLICATION_JSON })
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AchievementView.class)))
    @Operation(summary = "Change some fields (JSON Merge Patch, RFC 7396); requires If-Match")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "Any fields of AchievementRequest; null removes an optional one",
                    content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = AchievementRequest.class)))
            @NotNull JsonNode patch) throws JsonProcessingException {
        return Responses.ok(achievements.patch(Ids.parse(id, "id"), ifMatch, patch));
    }

    @RolesAllowed({ Caller.INSTITUTION, Caller.BROKER })
    @POST
    @Path("/{id}/publish")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AchievementView.class)))
    @Operation(summary = "Publish a draft: it becomes visible to matching")
    public Response publish(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(achievements.publish(Ids.parse(id, "id"), ifMatch));
    }

    @RolesAllowed({ Caller.INSTITUTION, Caller.BROKER })
    @POST
    @Path("/{id}/withdraw")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AchievementView.class)))
    @Operation(summary = "Withdraw a draft or published achievement from the market")
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(achievements.withdraw(Ids.parse(id, "id"), ifMatch));
    }
}
