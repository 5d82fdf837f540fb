package org.techbridge.events;

public enum AchievementStatus {
    DRAFT,
    PUBLISHED,
    TRANSFERRED,
    WITHDRAWN
}
