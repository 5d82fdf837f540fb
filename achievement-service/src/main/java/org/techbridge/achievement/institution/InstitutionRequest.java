package org.techbridge.achievement.institution;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InstitutionRequest", description = "A university, institute, enterprise, investor or agency.")
public record InstitutionRequest(
        @Schema(example = "山西农业大学", maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(example = "Shanxi Agricultural University", maxLength = 200) @Size(max = 200) String nameEn,
        @Schema(example = "UNIVERSITY") @NotNull InstitutionType type,
        @Schema(example = "山西省晋中市", maxLength = 100) @NotBlank @Size(max = 100) String region,
        @Valid Contact contact) {
}
