package org.techbridge.achievement.roadshow;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbridge.platform.security.Caller;
import org.techbridge.platform.problem.ProblemException;
import org.techbridge.platform.web.Ids;
import org.techbridge.platform.web.Page;
import org.techbridge.platform.web.PageRequest;
import org.techbridge.platform.web.Responses;

@Path("/api/v1/roadshows")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roadshows", description = "Roadshow events (路演), their line-ups and invitees")
public class RoadshowResource {

    private final RoadshowService roadshows;

    RoadshowResource(RoadshowService roadshows) {
        this.roadshows = roadshows;
    }

    @RolesAllowed(Caller.BROKER)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoadshowView.class)))
    @Operation(summary = "Create a roadshow")
    public Response create(@Valid @NotNull RoadshowRequest request) {
        RoadshowView created = roadshows.create(request);
        return Responses.created(URI.create("/api/v1/roadshows/" + created.id()), created);
    }

    @GET
    @Operation(summary = "List roadshows, newest first, optionally between two dates")
    public Page<RoadshowView> list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return roadshows.list(date(from, "from"), date(to, "to"), PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoadshowView.class)))
    @Operation(summary = "Get a roadshow with its line-up, each achievement's current status")
    public Response get(@PathParam("id") String id) {
        return Responses.ok(roadshows.get(Ids.parse(id, "id")));
    }

    @RolesAllowed(Caller.BROKER)
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoadshowView.class)))
    @Operation(summary = "Replace a roadshow (line-up and invitees included); requires If-Match")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RoadshowRequest request) {
        return Responses.ok(roadshows.update(Ids.parse(id, "id"), ifMatch, request));
    }

    @RolesAllowed(Caller.BROKER)
    @POST
    @Path("/{id}/lineup")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoadshowView.class)))
    @Operation(summary = "Add an achievement to the line-up, at a position or at the end")
    public Response addToLineup(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LineupRequests.Add request) {
        return Responses.ok(roadshows.addToLineup(Ids.parse(id, "id"), ifMatch, request));
    }

    @RolesAllowed(Caller.BROKER)
    @PUT
    @Path("/{id}/lineup")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoadshowView.class)))
    @Operation(summary = "Set the whole line-up in a new order; requires If-Match")
    public Response reorderLineup(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LineupRequests.Order request) {
        return Responses.ok(roadshows.reorderLineup(Ids.parse(id, "id"), ifMatch, request));
    }

    @RolesAllowed(Caller.BROKER)
    @DELETE
    @Path("/{id}/lineup/{achievementId}")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoadshowView.class)))
    @Operation(summary = "Remove an achievement from the line-up")
    public Response removeFromLineup(@PathParam("id") String id, @PathParam("achievementId") String achievementId,
            @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(roadshows.removeFromLineup(Ids.parse(id, "id"),
                Ids.parse(achievementId, "achievementId"), ifMatch));
    }

    private static LocalDate date(String value, String name) {
        try {
            return value == null || value.isBlank() ? null : RoadshowService.checkedDate(LocalDate.parse(value.trim()), name);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a date (YYYY-MM-DD)");
        }
    }
}
