package org.techbridge.events;

public enum DealStage {
    INTENT,
    NEGOTIATION,
    SIGNED,
    IN_EXECUTION,
    COMPLETED,
    TERMINATED
}
