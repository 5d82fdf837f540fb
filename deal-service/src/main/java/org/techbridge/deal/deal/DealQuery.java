package org.techbridge.deal.deal;

import java.time.LocalDate;
import java.util.UUID;

import org.techbridge.events.DealStage;

/** The filters of the deal list; null means no filter. */
public record DealQuery(DealStage stage, UUID institutionId, UUID enterpriseId, UUID roadshowId,
        UUID achievementId, LocalDate signedFrom, LocalDate signedTo, boolean overdue) {

    /** The same query kept to one institution's deals (whatever institution it asked for). */
    public DealQuery withInstitution(UUID institution) {
        return new DealQuery(stage, institution, enterpriseId, roadshowId, achievementId, signedFrom, signedTo, overdue);
    }

    /** The same query kept to one enterprise's deals. */
    public DealQuery withEnterprise(UUID enterprise) {
        return new DealQuery(stage, institutionId, enterprise, roadshowId, achievementId, signedFrom, signedTo, overdue);
    }
}
