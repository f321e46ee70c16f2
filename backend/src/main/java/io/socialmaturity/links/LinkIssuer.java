package io.socialmaturity.links;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentOpened;
import io.socialmaturity.assessment.AssessmentQueries;
import io.socialmaturity.mail.MailQueue;
import io.socialmaturity.mail.OutgoingMail;
import io.socialmaturity.platform.web.AppProperties;
import io.socialmaturity.tenant.Tenant;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Makes a respondent's personal link and queues the mail that carries it, in the caller's transaction: a new
 * random token (only its hash is stored, the old one is overwritten) and mail template
 * {@code assessment-personal-link} in the respondent's language. When a draft opens, everyone added to it
 * gets their first link.
 */
@Singleton
class LinkIssuer {

    static final String TEMPLATE = "assessment-personal-link";

    private final ExternalRespondentRepository externals;
    private final MailQueue mails;
    private final AppProperties app;
    private final LinkProperties properties;
    private final Clock clock;
    private final AssessmentQueries assessments;

    LinkIssuer(
            ExternalRespondentRepository externals,
            MailQueue mails,
            AppProperties app,
            LinkProperties properties,
            Clock clock,
            AssessmentQueries assessments) {
        this.externals = externals;
        this.mails = mails;
        this.app = app;
        this.properties = properties;
        this.clock = clock;
        this.assessments = assessments;
    }

    @EventListener
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void onOpened(AssessmentOpened opened) {
        for (ExternalRespondentRecord r :
                externals.waitingForLink(opened.tenant().id(), opened.assessmentId())) {
            issue(opened.tenant(), opened.title(), r, r.expiresOn());
        }
    }

    /**
     * A new link for the respondent, mailed: valid to the end of {@code expiresOn} (UTC) when the admin set a last
     * day, else until the assessment is due when it has a due date, else for the configured lifetime.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void issue(Tenant tenant, String assessmentTitle, ExternalRespondentRecord r, @Nullable LocalDate expiresOn) {
        Instant now = Instant.now(clock);
        Instant expiresAt = expiresOn != null
                ? expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                : assessments
                        .dueAt(r.tenantId(), r.assessmentId())
                        .filter(due -> due.isAfter(now))
                        .orElse(now.plus(properties.lifetime()));
        String token = LinkTokens.newToken();
        externals.newLink(r.tenantId(), r.id(), LinkTokens.hash(token), now, expiresAt, expiresOn);
        Locale locale = Locale.forLanguageTag(r.language());
        LocalDate lastDay =
                expiresOn != null ? expiresOn : expiresAt.atZone(ZoneOffset.UTC).toLocalDate();
        Map<String, String> model = new LinkedHashMap<>();
        model.put("name", r.name());
        model.put("assessment", assessmentTitle);
        model.put("organization", tenant.name());
        model.put(
                "expires",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(lastDay));
        model.put("link", link(token));
        mails.enqueue(new OutgoingMail(
                r.tenantId(), "assessment:" + r.assessmentId(), r.ref(), r.email(), r.name(), locale, TEMPLATE, model));
    }

    /** The link's absolute address: the app's page {@code /respond/<token>}. */
    String link(String token) {
        String base = app.publicUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/respond/" + token;
    }
}
