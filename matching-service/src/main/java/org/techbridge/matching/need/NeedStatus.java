package org.techbridge.matching.need;

/** OPEN → MATCHED → CLOSED; an open need may also close directly. */
public enum NeedStatus {
    OPEN,
    MATCHED,
    CLOSED;

    public boolean canMoveTo(NeedStatus next) {
        return switch (this) {
            case OPEN -> next == MATCHED || next == CLOSED;
            case MATCHED -> next == CLOSED;
            case CLOSED -> false;
        };
    }
}
