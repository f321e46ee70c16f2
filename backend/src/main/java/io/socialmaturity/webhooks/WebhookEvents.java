package io.socialmaturity.webhooks;

import java.util.List;

/** The event types an endpoint can subscribe to (the payload's {@code type}). */
public final class WebhookEvents {

    public static final String ASSESSMENT_OPENED = "assessment.opened";
    public static final String ASSESSMENT_CLOSED = "assessment.closed";
    public static final String RESPONDENT_SUBMITTED = "respondent.submitted";
    public static final String ENGAGEMENT_GRANTED = "engagement.granted";
    public static final String ENGAGEMENT_REVOKED = "engagement.revoked";
    /** Every change of an action ({@code actions.ActionChanged}): actionId and change (created, updated, status_changed, note_added, reassigned, deleted). */
    public static final String ACTION_CHANGED = "action.changed";

    public static final List<String> ALL = List.of(
            ASSESSMENT_OPENED,
            ASSESSMENT_CLOSED,
            RESPONDENT_SUBMITTED,
            ENGAGEMENT_GRANTED,
            ENGAGEMENT_REVOKED,
            ACTION_CHANGED);

    private WebhookEvents() {}
}
