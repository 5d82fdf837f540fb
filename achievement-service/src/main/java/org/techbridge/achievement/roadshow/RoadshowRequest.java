package org.techbridge.achievement.roadshow;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadshowRequest", description = "A roadshow (路演): where and when, who presents, who is invited")
public record RoadshowRequest(
        @Schema(example = "2025山西农业大学科技成果路演", maxLength = 200) @NotBlank @Size(max = 200) String title,
        @Schema(example = "2025-06-18") @NotNull LocalDate date,
        @Schema(example = "山西省太原市 科技成果转化中心", maxLength = 200) @NotBlank @Size(max = 200) String venue,
        @Schema(example = "山西省科技厅", maxLength = 200) @NotBlank @Size(max = 200) String organiser,
        @Schema(description = "the organising institution, when it is registered") UUID organiserId,
        @Size(max = 5000) String description,
        @Schema(description = "achievement ids in presentation order") @Size(max = 200) List<@NotNull UUID> lineup,
        @Schema(description = "invited enterprises and investors") @Size(max = 500) List<@NotNull UUID> invitees) {
}
