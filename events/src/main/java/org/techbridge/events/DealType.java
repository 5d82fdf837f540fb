package org.techbridge.events;

public enum DealType {
    ASSIGNMENT,
    LICENSE,
    JOINT_DEVELOPMENT,
    EQUITY
}
