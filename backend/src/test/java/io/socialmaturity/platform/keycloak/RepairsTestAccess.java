package io.socialmaturity.platform.keycloak;

/** Lets tests queue an undo as if Keycloak had failed during the immediate attempt. */
public final class RepairsTestAccess {

    private RepairsTestAccess() {}

    public static void queueDeleteUser(KeycloakRepairs repairs, String userId) {
        repairs.queue(KeycloakRepairs.Action.DELETE_USER, userId, "test: Keycloak failed during the undo");
    }
}
