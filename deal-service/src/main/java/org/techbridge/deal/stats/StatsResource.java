package org.techbridge.deal.stats;

import java.util.Arrays;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbridge.deal.deal.Dates;
import org.techbridge.platform.problem.ProblemException;
import org.techbridge.platform.security.Caller;
import org.techbridge.platform.web.Ids;

@RolesAllowed({ Caller.BROKER, Caller.PARTNER })
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "What the deals produced, per roadshow, period, institution, domain or model")
public class StatsResource {

    private final StatsService stats;

    StatsResource(StatsService stats) {
        this.stats = stats;
    }

    @GET
    @Path("/stats/deals")
    @Operation(summary = "Deal statistics", description = "Deals per stage, signed count and total, the largest "
            + "signed, paid total and conversion from intent to signed, for the deals of a roadshow and/or opened "
            + "from one day to another (Asia/Shanghai, both included), optionally grouped.")
    public StatsView deals(@QueryParam("roadshowId") String roadshowId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = { "institution", "domain",
                    "paymentModel" })) @QueryParam("groupBy") String groupBy) {
        UUID roadshow = roadshowId == null || roadshowId.isBlank() ? null : Ids.parse(roadshowId.trim(), "roadshowId");
        return stats.deals(new StatsQuery(roadshow, Dates.parse(from, "from"), Dates.parse(to, "to"),
                groupBy(groupBy)));
    }

    @GET
    @Path("/roadshows/{id}/stats")
    @Operation(summary = "The deal statistics of a roadshow", description = "Answered by the deal-service from its "
            + "deals; a roadshow without deals (or unknown here) has all figures zero.")
    public StatsView roadshow(@PathParam("id") String id) {
        return stats.deals(new StatsQuery(Ids.parse(id, "id"), null, null, null));
    }

    private static StatsQuery.GroupBy groupBy(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return StatsQuery.GroupBy.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("groupBy", "must be one of " + Arrays.toString(StatsQuery.GroupBy.values()));
        }
    }
}
