package org.techbridge.deal.deal;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.events.DealStage;

@Schema(name = "StageChange", description = "One move of a deal: who, when, from, to, and the note; "
        + "the first entry is the opening (from is absent)")
public record StageChangeView(String by, Instant at, DealStage from, DealStage to, String note) {
}
