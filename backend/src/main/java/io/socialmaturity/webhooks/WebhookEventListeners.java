package io.socialmaturity.webhooks;

import io.micronaut.runtime.event.annotation.EventListener;
import io.socialmaturity.actions.ActionChanged;
import io.socialmaturity.assessment.AssessmentClosed;
import io.socialmaturity.assessment.AssessmentOpened;
import io.socialmaturity.assessment.RespondentSubmitted;
import io.socialmaturity.consulting.EngagementGranted;
import io.socialmaturity.consulting.EngagementRevoked;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The product's events that become webhooks. Each is published inside the transaction of its change and heard here
 * synchronously (plain {@code @EventListener}, not async), so the deliveries are queued in that transaction and are
 * rolled back with it. Payloads carry ids and titles, never names or emails of people.
 */
@Singleton
class WebhookEventListeners {

    private final WebhookPublisher publisher;

    WebhookEventListeners(WebhookPublisher publisher) {
        this.publisher = publisher;
    }

    @EventListener
    void onOpened(AssessmentOpened e) {
        publisher.publish(
                e.tenant().id(),
                WebhookEvents.ASSESSMENT_OPENED,
                Map.of("assessmentId", e.assessmentId(), "title", e.title()));
    }

    @EventListener
    void onClosed(AssessmentClosed e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("assessmentId", e.assessmentId());
        data.put("title", e.title());
        data.put("closedAt", e.closedAt().toString());
        data.put("respondentCount", e.result().respondentCount());
        data.put("overallScore", e.result().overall().score());
        data.put("overallLevel", e.result().overall().level());
        data.put("sociallyEnabled", e.result().overall().sociallyEnabled());
        publisher.publish(e.tenant().id(), WebhookEvents.ASSESSMENT_CLOSED, data);
    }

    @EventListener
    void onSubmitted(RespondentSubmitted e) {
        publisher.publish(
                e.tenant().id(),
                WebhookEvents.RESPONDENT_SUBMITTED,
                Map.of(
                        "assessmentId", e.assessmentId(),
                        "title", e.title(),
                        "respondent", e.respondentRef(),
                        "answered", e.answered(),
                        "total", e.total(),
                        "submittedAt", e.at().toString()));
    }

    @EventListener
    void onGranted(EngagementGranted e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("engagementId", e.engagementId());
        data.put("company", e.company().alias());
        data.put("consultancy", e.consultancy().alias());
        data.put("allAssessments", e.allAssessments());
        data.put("assessmentIds", e.assessmentIds());
        publisher.publish(e.company().id(), WebhookEvents.ENGAGEMENT_GRANTED, data);
        publisher.publish(e.consultancy().id(), WebhookEvents.ENGAGEMENT_GRANTED, data);
    }

    @EventListener
    void onRevoked(EngagementRevoked e) {
        Map<String, Object> data =
                Map.of("engagementId", e.engagementId(), "company", e.company().alias());
        publisher.publish(e.company().id(), WebhookEvents.ENGAGEMENT_REVOKED, data);
        publisher.publish(e.consultancyTenantId(), WebhookEvents.ENGAGEMENT_REVOKED, data);
    }

    @EventListener
    void onActionChanged(ActionChanged e) {
        publisher.publish(
                e.tenantId(),
                WebhookEvents.ACTION_CHANGED,
                Map.of("actionId", e.actionId(), "change", e.kind().name().toLowerCase(Locale.ROOT)));
    }
}
