package org.techbridge.achievement.catalog;

import java.util.UUID;

import org.techbridge.events.AchievementStatus;
import org.techbridge.events.Domain;
import org.techbridge.events.TransferMode;

/** The filters of the achievement list; null means "any". */
public record AchievementQuery(String q, Domain domain, Integer trlMin, Integer trlMax, UUID institutionId,
        AchievementStatus status, TransferMode transferMode, String region, String sort) {
}
