package org.techbridge.events;

/** How an achievement may change hands. */
public enum TransferMode {
    LICENSE,
    ASSIGNMENT,
    /** 先使用后付费: the enterprise uses the technology first and pays at a milestone. */
    USE_FIRST_PAY_LATER,
    JOINT_DEVELOPMENT,
    EQUITY
}
