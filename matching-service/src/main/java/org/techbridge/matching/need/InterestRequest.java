package org.techbridge.matching.need;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterestRequest", description = "The enterprise wants to talk about this achievement for the need")
public record InterestRequest(@NotNull UUID achievementId) {
}
