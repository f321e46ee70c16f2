package io.socialmaturity.actions;

/** Where an action stands. DONE and DROPPED are closed: they count as neither open nor overdue. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    BLOCKED,
    DONE,
    DROPPED;

    public boolean closed() {
        return this == DONE || this == DROPPED;
    }
}
