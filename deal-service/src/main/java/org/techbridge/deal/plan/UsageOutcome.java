package org.techbridge.deal.plan;

/** How the trial of a use-first-pay-later deal ended. */
public enum UsageOutcome {
    /** The agreed usage milestone was reached: the amount falls due (not before the trial ends). */
    MILESTONE_REACHED,
    /** The enterprise gave the technology back: nothing is owed. */
    RETURNED
}
