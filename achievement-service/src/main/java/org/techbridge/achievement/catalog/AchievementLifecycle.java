package org.techbridge.achievement.catalog;

import static org.techbridge.events.AchievementStatus.DRAFT;
import static org.techbridge.events.AchievementStatus.PUBLISHED;
import static org.techbridge.events.AchievementStatus.TRANSFERRED;
import static org.techbridge.events.AchievementStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.techbridge.events.AchievementStatus;

/** DRAFT → PUBLISHED → TRANSFERRED, and WITHDRAWN from DRAFT or PUBLISHED; nothing else. */
public final class AchievementLifecycle {

    private static final Map<AchievementStatus, Set<AchievementStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(PUBLISHED, WITHDRAWN),
            PUBLISHED, EnumSet.of(TRANSFERRED, WITHDRAWN),
            TRANSFERRED, EnumSet.noneOf(AchievementStatus.class),
            WITHDRAWN, EnumSet.noneOf(AchievementStatus.class));

    private AchievementLifecycle() {
    }

    public static boolean canMove(AchievementStatus from, AchievementStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Only drafts and published achievements may still be edited. */
    public static boolean editable(AchievementStatus status) {
        return status == DRAFT || status == PUBLISHED;
    }
}
