package org.techbridge.events;

/** CloudEvents {@code type} values: {@code techbridge.<aggregate>.<past-tense verb>}. */
public final class EventTypes {

    public static final String ACHIEVEMENT_PUBLISHED = "techbridge.achievement.published";
    public static final String ACHIEVEMENT_UPDATED = "techbridge.achievement.updated";
    public static final String ACHIEVEMENT_WITHDRAWN = "techbridge.achievement.withdrawn";
    public static final String ACHIEVEMENT_TRANSFERRED = "techbridge.achievement.transferred";

    public static final String NEED_POSTED = "techbridge.need.posted";
    public static final String NEED_UPDATED = "techbridge.need.updated";
    public static final String NEED_CLOSED = "techbridge.need.closed";

    public static final String MATCH_SUGGESTED = "techbridge.match.suggested";
    public static final String MATCH_INTEREST_EXPRESSED = "techbridge.match.interest-expressed";

    public static final String DEAL_OPENED = "techbridge.deal.opened";
    public static final String DEAL_STAGE_CHANGED = "techbridge.deal.stage-changed";
    public static final String DEAL_SIGNED = "techbridge.deal.signed";
    public static final String DEAL_PAYMENT_RECORDED = "techbridge.deal.payment-recorded";

    private EventTypes() {
    }
}
