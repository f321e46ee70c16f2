package io.socialmaturity.keycloak;

import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionTokenHandler;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Keycloak's handler of the "execute-actions" link (the invitation email the backend has Keycloak send), changed in
 * one place: when the link's actions set a password, the person is signed in at the end of them, and Keycloak
 * redirects to the token's redirect URI (the app) with an authorization code, instead of showing its "account
 * updated" page and keeping no session (after which the person had to type the new password again).
 *
 * <p>Why this is needed: a link opened without a sign-in in progress (always the case for an email) gets a fresh
 * authentication session, and {@code AbstractActionTokenHandler.startFreshAuthenticationSession} marks it
 * {@link AuthenticationManager#END_AFTER_REQUIRED_ACTIONS}: after the actions {@code AuthenticationManager} shows the
 * info page and removes the authentication session without creating a user session. Keycloak's own organization
 * invitation handler removes the same note to sign the person in; this handler does the same for execute-actions.
 *
 * <p>Security limit: the note is removed ONLY when the actions include {@code UPDATE_PASSWORD}. Then whoever follows
 * the link has just chosen the account's password, which is what a sign-in would have asked for, so a session
 * grants nothing more than the password already does. A link with other actions only (e.g. {@code VERIFY_EMAIL},
 * or updating the profile) proves only access to the mailbox: it keeps Keycloak's behaviour and never signs anyone
 * in (otherwise anyone who can read the mailbox, or a forwarded email, would get a session without the password).
 *
 * <p>It replaces the built-in handler because its provider id is the same ("execute-actions") and Keycloak prefers
 * a deployed (non-built-in) factory of the same id and order ({@code ProviderManager.compareFactories}).
 */
public class SignedInAfterPasswordActionTokenHandler extends ExecuteActionsActionTokenHandler {

    /** The id of the built-in handler this one replaces: the action tokens' {@code typ}. */
    public static final String ID = ExecuteActionsActionToken.TOKEN_TYPE;

    @Override
    public AuthenticationSessionModel startFreshAuthenticationSession(
            ExecuteActionsActionToken token, ActionTokenContext<ExecuteActionsActionToken> tokenContext) {
        AuthenticationSessionModel authSession = super.startFreshAuthenticationSession(token, tokenContext);
        if (setsPassword(token)) {
            authSession.removeAuthNote(AuthenticationManager.END_AFTER_REQUIRED_ACTIONS);
        }
        return authSession;
    }

    /** True when the link's actions include choosing the password (action names compared as Keycloak does). */
    static boolean setsPassword(ExecuteActionsActionToken token) {
        return token.getRequiredActions() != null
                && token.getRequiredActions().stream()
                        .anyMatch(UserModel.RequiredAction.UPDATE_PASSWORD.name()::equalsIgnoreCase);
    }

    @Override
    public String getId() {
        return ID;
    }
}
