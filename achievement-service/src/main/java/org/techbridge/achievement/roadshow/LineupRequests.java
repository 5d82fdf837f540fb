package org.techbridge.achievement.roadshow;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the line-up operations. */
public final class LineupRequests {

    private LineupRequests() {
    }

    @Schema(name = "LineupEntryRequest")
    public record Add(@NotNull UUID achievementId,
            @Schema(description = "0-based place in the line-up; the end when absent") @Min(0) Integer position) {
    }

    @Schema(name = "LineupOrderRequest")
    public record Order(@Schema(description = "the whole line-up in its new order")
            @NotNull @Size(max = 200) List<@NotNull UUID> achievementIds) {
    }
}
