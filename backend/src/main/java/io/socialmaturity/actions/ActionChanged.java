package io.socialmaturity.actions;

/**
 * Published inside the transaction of every change of an action (for later webhooks): synchronous listeners share
 * it, so a failing listener rolls the change back.
 *
 * @param tenantId the action's tenant
 * @param actionId the action
 * @param kind     what changed
 */
public record ActionChanged(long tenantId, long actionId, Kind kind) {

    /** The kinds of change. */
    public enum Kind {
        CREATED,
        UPDATED,
        STATUS_CHANGED,
        NOTE_ADDED,
        REASSIGNED,
        DELETED
    }
}
