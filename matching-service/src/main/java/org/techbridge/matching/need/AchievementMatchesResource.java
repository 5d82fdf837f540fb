package org.techbridge.matching.need;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbridge.platform.web.Ids;
import org.techbridge.platform.web.Params;

/** {@code /api/v1/achievements/{id}/matches}: a catalog path the matching-service answers. */
@Path("/api/v1/achievements/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Needs")
public class AchievementMatchesResource {

    private final NeedsForAchievement needs;

    AchievementMatchesResource(NeedsForAchievement needs) {
        this.needs = needs;
    }

    @GET
    @Operation(summary = "The open needs a published achievement fits best, with score, breakdown and shared words")
    public AchievementMatchesView matches(@PathParam("id") String id, @QueryParam("limit") String limit) {
        Integer max = Params.integer(limit, "limit", 1, 100);
        return needs.matches(Ids.parse(id, "id"), max == null ? 10 : max);
    }
}
