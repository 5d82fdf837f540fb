package org.techbridge.achievement.catalog;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.platform.web.MoneyInput;
import org.techbridge.achievement.institution.Contact;
import org.techbridge.events.Domain;
import org.techbridge.events.TransferMode;

/** What a client sends to create or replace an achievement (POST, PUT, and PATCH after merging). */
@Schema(name = "AchievementRequest", description = "A research achievement offered for transfer")
public record AchievementRequest(
        @Schema(example = "苹果新品种“晋艳”", maxLength = 200) @NotBlank @Size(max = 200) String title,
        @Schema(example = "果个大、着色好、耐贮藏的晚熟苹果新品种，适宜山西及黄土高原种植", maxLength = 1000)
        @NotBlank @Size(max = 1000) String summary,
        @Schema(maxLength = 20000) @Size(max = 20000) String description,
        @Schema(description = "zh or en; detected from the text when absent", example = "zh")
        @Pattern(regexp = "zh|en", message = "must be zh or en") String language,
        @Schema(example = "AGRICULTURE") @NotNull Domain domain,
        @Schema(example = "[\"苹果\", \"新品种\"]", maxItems = 20)
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> keywords,
        @Schema(minimum = "1", maximum = "9", example = "8") @NotNull @Min(1) @Max(9) Integer trl,
        @Schema(example = "PLANT_VARIETY") @NotNull IpType ipType,
        @Schema(example = "[\"CNA20231234.5\"]", maxItems = 20)
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> ipNumbers,
        @NotNull UUID institutionId,
        @Schema(example = "山西省晋中市", maxLength = 100) @NotBlank @Size(max = 100) String region,
        @Schema(example = "[\"ASSIGNMENT\", \"LICENSE\"]") @NotEmpty @Size(max = 5) List<@NotNull TransferMode> transferModes,
        @Schema(description = "absent when the price is only negotiable") @Valid MoneyInput askingPrice,
        @Schema(description = "the price is open to negotiation (always true without askingPrice)")
        Boolean negotiable,
        @Valid Contact contact) {
}
