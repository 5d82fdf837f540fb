package org.techbridge.achievement.institution;

import java.net.URI;
import java.util.UUID;

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
import org.techbridge.platform.web.Ids;
import org.techbridge.platform.web.Page;
import org.techbridge.platform.web.PageRequest;
import org.techbridge.platform.web.Params;
import org.techbridge.platform.web.Responses;

@Path("/api/v1/institutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Institutions", description = "Universities, institutes, enterprises, investors and agencies")
public class InstitutionResource {

    private final InstitutionService institutions;
    private final Caller caller;

    InstitutionResource(InstitutionService institutions, Caller caller) {
        this.institutions = institutions;
        this.caller = caller;
    }

    @RolesAllowed(Caller.BROKER)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InstitutionView.class)))
    @Operation(summary = "Register an institution")
    public Response create(@Valid @NotNull InstitutionRequest request) {
        InstitutionView created = institutions.create(request);
        return Responses.created(URI.create("/api/v1/institutions/" + created.id()), created);
    }

    @GET
    @Operation(summary = "List institutions, by type and region (prefix)")
    public Page<InstitutionView> list(@QueryParam("type") String type, @QueryParam("region") String region,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return institutions.list(Params.enumValue(type, InstitutionType.class, "type"),
                Params.text(region, "region", 100), PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InstitutionView.class)))
    @Operation(summary = "Get an institution (with its ETag)")
    public Response get(@PathParam("id") String id) {
        return Responses.ok(institutions.get(Ids.parse(id, "id")));
    }

    @RolesAllowed({ Caller.INSTITUTION, Caller.BROKER })
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InstitutionView.class)))
    @Operation(summary = "Replace an institution; requires If-Match")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull InstitutionRequest request) {
        UUID institutionId = Ids.parse(id, "id");
        caller.requireActingFor(institutionId, "its profile", Caller.INSTITUTION);
        return Responses.ok(institutions.update(institutionId, ifMatch, request));
    }

    @RolesAllowed(Caller.BROKER)
    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(summary = "Delete an institution that owns no achievements")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        institutions.delete(Ids.parse(id, "id"), ifMatch);
        return Response.noContent().build();
    }
}
