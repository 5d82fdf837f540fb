package org.techbridge.deal.deal;

import java.time.LocalDate;
import java.util.UUID;

import org.techbridge.events.DealStage;

/** The filters of the deal list; null means no filter. */
public record DealQuery(DealStage stage, UUID institutionId, UUID enterpriseId, UUID roadshowId,
        UUID achievementId, LocalDate signedFrom, LocalDate signedTo, boolean overdue) {
}
