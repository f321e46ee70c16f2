package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.mail.MailQueue;
import io.socialmaturity.mail.OutgoingMail;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.web.AppProperties;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.users.DirectoryUser;
import io.socialmaturity.users.UserDirectory;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;

/**
 * Queues the "assessment-invitation" email to a respondent (in the caller's transaction, so the invitation and
 * its mail are stored together): the assessment's title, the company, who invited them and the link to their
 * questionnaire, in the language the respondent chose in Keycloak (English when none).
 */
@Singleton
class InvitationMails {

    static final String TEMPLATE = "assessment-invitation";

    private final MailQueue mails;
    private final UserDirectory directory;
    private final AppProperties app;

    InvitationMails(MailQueue mails, UserDirectory directory, AppProperties app) {
        this.mails = mails;
        this.directory = directory;
        this.app = app;
    }

    /** Every respondent of an assessment that has just opened. */
    void queueAll(CurrentUser admin, AssessmentRecord a, Iterable<RespondentRecord> respondents) {
        Tenant tenant = admin.requireTenant();
        for (RespondentRecord r : respondents) {
            if (RespondentsByLink.isExternal(r.userId())) {
                continue; // they get their personal link instead (links feature, on AssessmentOpened)
            }
            DirectoryUser user = directory.memberOf(tenant, r.userId()).orElse(null);
            if (user != null && !user.enabled()) {
                continue; // a disabled account cannot sign in to answer
            }
            queue(admin, a, r.userId(), r.email(), r.displayName(), user);
        }
    }

    /** One respondent invited to an open assessment. */
    void queue(CurrentUser admin, AssessmentRecord a, DirectoryUser user) {
        queue(admin, a, user.id(), user.email(), user.displayName(), user);
    }

    private void queue(
            CurrentUser admin,
            AssessmentRecord a,
            String userId,
            @Nullable String storedEmail,
            @Nullable String storedName,
            @Nullable DirectoryUser user) {
        String email = user != null && user.email() != null ? user.email() : storedEmail;
        if (email == null || email.isBlank()) {
            return; // nobody to write to; the manage page shows no mail for them
        }
        String name = user != null ? user.displayName() : storedName != null ? storedName : email;
        Tenant tenant = admin.requireTenant();
        String inviter = admin.name() != null && !admin.name().isBlank() ? admin.name() : admin.email();
        mails.enqueue(new OutgoingMail(
                a.tenantId(),
                "assessment:" + a.id(),
                userId,
                email,
                name,
                locale(user),
                TEMPLATE,
                Map.of(
                        "name", name,
                        "assessment", a.title(),
                        "company", tenant.name(),
                        "inviter", inviter == null ? tenant.name() : inviter,
                        "link", questionnaireLink(a.id()))));
    }

    /** The SPA's questionnaire route (frontend/src/app/router.tsx: assessments/:id/questionnaire). */
    String questionnaireLink(long assessmentId) {
        String base = app.publicUrl().endsWith("/") ? app.publicUrl() : app.publicUrl() + "/";
        return base + "assessments/" + assessmentId + "/questionnaire";
    }

    static Locale locale(@Nullable DirectoryUser user) {
        return user != null
                        && user.locale() != null
                        && user.locale().toLowerCase(Locale.ROOT).startsWith("it")
                ? Locale.ITALIAN
                : Locale.ENGLISH;
    }
}
