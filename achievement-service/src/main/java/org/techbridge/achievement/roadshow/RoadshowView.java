package org.techbridge.achievement.roadshow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.achievement.institution.InstitutionType;
import org.techbridge.platform.web.Versioned;
import org.techbridge.events.AchievementStatus;

@Schema(name = "Roadshow")
public record RoadshowView(UUID id, String title, LocalDate date, String venue, String organiser, UUID organiserId,
        String description, List<LineupEntry> lineup, List<Invitee> invitees, long version, Instant createdAt,
        Instant updatedAt) implements Versioned {

    /** An achievement in the line-up, with its current status in the catalog. */
    @Schema(name = "LineupEntry")
    public record LineupEntry(int position, UUID achievementId, String title, AchievementStatus status,
            UUID institutionId) {
    }

    @Schema(name = "Invitee")
    public record Invitee(UUID institutionId, String name, InstitutionType type) {
    }
}
