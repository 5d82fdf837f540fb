package org.techbridge.matching.need;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.events.Domain;
import org.techbridge.events.TransferMode;
import org.techbridge.platform.web.MoneyInput;

/** What an enterprise sends to post or replace a need. */
@Schema(name = "NeedRequest", description = "An enterprise's technical need (企业技术需求)")
public record NeedRequest(
        @NotNull UUID enterpriseId,
        @Schema(example = "机器人关节减速器国产替代", maxLength = 200) @NotBlank @Size(max = 200) String title,
        @Schema(example = "我们生产六轴工业机器人，需要高精度、低背隙的谐波减速器替代进口产品", maxLength = 5000)
        @NotBlank @Size(max = 5000) String description,
        @Schema(description = "zh or en; detected from the text when absent", example = "zh")
        @Pattern(regexp = "zh|en", message = "must be zh or en") String language,
        @Schema(example = "ADVANCED_MANUFACTURING") @NotNull Domain industry,
        @Schema(example = "[\"谐波减速器\", \"机器人\"]", maxItems = 20)
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> keywords,
        @Valid MoneyInput budget,
        @Schema(minimum = "1", maximum = "9", example = "6") @Min(1) @Max(9) Integer minTrl,
        @Schema(example = "山西省太原市", maxLength = 100) @NotBlank @Size(max = 100) String region,
        @Schema(example = "[\"USE_FIRST_PAY_LATER\", \"LICENSE\"]") @Size(max = 5)
        List<@NotNull TransferMode> preferredModes,
        @Schema(example = "2026-12-31") LocalDate deadline) {
}
