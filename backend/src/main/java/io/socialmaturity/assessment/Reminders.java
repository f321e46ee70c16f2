package io.socialmaturity.assessment;

import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.assessment.AssessmentCommands.RemindNow;
import io.socialmaturity.assessment.AssessmentViews.ReminderOutcome;
import io.socialmaturity.assessment.AssessmentViews.SkippedReminder;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.mail.MailQueue;
import io.socialmaturity.mail.OutgoingMail;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.web.AppProperties;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.users.UserDirectory;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminder emails (template {@value #TEMPLATE}) to respondents who have not submitted: "remind now" by the tenant
 * admin (one respondent or all), and the schedule's reminders ({@link #runScheduled}). At most one reminder per
 * respondent per day (in the campaign zone), checked against the outbox while the assessment's row is locked, so
 * neither two admins nor two replicas send a second one. Every queued mail has an audit row in its transaction.
 */
@Singleton
class Reminders {

    static final String TEMPLATE = "assessment-reminder";
    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    private final AssessmentRepository assessments;
    private final RespondentRepository respondents;
    private final ScheduleRepository schedules;
    private final AssessmentAccess access;
    private final MailQueue mail;
    private final UserDirectory users;
    private final AuditService audit;
    private final AppProperties app;
    private final CampaignProperties properties;
    private final SystemActors system;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    Reminders(
            AssessmentRepository assessments,
            RespondentRepository respondents,
            ScheduleRepository schedules,
            AssessmentAccess access,
            MailQueue mail,
            UserDirectory users,
            AuditService audit,
            AppProperties app,
            CampaignProperties properties,
            SystemActors system,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.assessments = assessments;
        this.respondents = respondents;
        this.schedules = schedules;
        this.access = access;
        this.mail = mail;
        this.users = users;
        this.audit = audit;
        this.app = app;
        this.properties = properties;
        this.system = system;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The admin's "remind now"; the recipients' languages are read from Keycloak before the row is locked. */
    public ReminderOutcome remindNow(CurrentUser admin, long id, RemindNow command) {
        AssessmentRules.requireAdmin(admin);
        AssessmentRecord a = access.find(admin, id);
        String only = command.userId();
        if (only != null) {
            respondents
                    .find(a.tenantId(), a.id(), only)
                    .orElseThrow(() -> NotFoundException.of("problem.not-found.respondent", only));
        }
        AssessmentRules.requireStatus(a.status(), "problem.wrong-status.remind", AssessmentStatus.OPEN);
        Map<String, Locale> locales = locales(admin.requireTenant(), pending(a, only));
        return transactions.executeWrite(status -> {
            AssessmentRecord locked = access.lockForChange(admin, id);
            AssessmentRules.requireStatus(locked.status(), "problem.wrong-status.remind", AssessmentStatus.OPEN);
            List<RespondentRecord> targets = respondents.list(a.tenantId(), a.id()).stream()
                    .filter(r ->
                            only == null ? r.submittedAt() == null : r.userId().equals(only))
                    .toList();
            return queue(admin, locked, targets, locales, "manual", Instant.now(clock));
        });
    }

    /**
     * The scheduled reminders of the day {@code now} falls on: for every open assessment with a reminder that day,
     * claimed by one replica ({@code SKIP LOCKED}), one mail to each respondent who has not submitted and was not
     * reminded that day. Returns how many were queued.
     */
    int runScheduled(Instant now) {
        ZoneId zone = properties.zoneId();
        LocalDate today = DueDates.today(now, zone);
        int queued = 0;
        for (ScheduleRepository.AssessmentRef ref : schedules.remindingOn(today)) {
            try {
                queued += remindScheduled(ref, today, now);
            } catch (RuntimeException e) {
                LOG.warn("Reminders of assessment {} could not be queued: {}", ref.assessmentId(), e.getMessage());
            }
        }
        return queued;
    }

    private int remindScheduled(ScheduleRepository.AssessmentRef ref, LocalDate today, Instant now) {
        ScheduleRecord s = schedules.find(ref.tenantId(), ref.assessmentId()).orElse(null);
        if (s == null
                || !s.reminds()
                || !DueDates.isReminderDay(s.dueDate(), s.remindDaysBefore(), s.remindEveryDays(), today)) {
            return 0;
        }
        AssessmentRecord a =
                assessments.find(ref.tenantId(), ref.assessmentId()).orElse(null);
        CurrentUser actor = system.forTenant(ref.tenantId()).orElse(null);
        if (a == null || actor == null) {
            return 0;
        }
        Map<String, Locale> locales = locales(actor.requireTenant(), pending(a, null));
        return transactions.executeWrite(status -> {
            if (schedules.claimOpen(a.tenantId(), a.id()).isEmpty()) {
                return 0; // closed meanwhile, or another replica is on it
            }
            List<RespondentRecord> targets = respondents.list(a.tenantId(), a.id()).stream()
                    .filter(r -> r.submittedAt() == null)
                    .toList();
            return queue(actor, a, targets, locales, "schedule", now).queued();
        });
    }

    private List<RespondentRecord> pending(AssessmentRecord a, String only) {
        return respondents.list(a.tenantId(), a.id()).stream()
                .filter(r -> only == null ? r.submittedAt() == null : r.userId().equals(only))
                .toList();
    }

    /** Inside the locked transaction: one mail and one audit row per respondent due a reminder. */
    private ReminderOutcome queue(
            CurrentUser actor,
            AssessmentRecord a,
            List<RespondentRecord> targets,
            Map<String, Locale> locales,
            String trigger,
            Instant now) {
        ZoneId zone = properties.zoneId();
        LocalDate today = DueDates.today(now, zone);
        String subject = "assessment:" + a.id();
        LocalDate due = schedules
                .find(a.tenantId(), a.id())
                .map(ScheduleRecord::dueDate)
                .orElse(null);
        List<String> queuedTo = new ArrayList<>();
        List<SkippedReminder> skipped = new ArrayList<>();
        for (RespondentRecord r : targets) {
            String reason = null;
            if (r.submittedAt() != null) {
                reason = "submitted";
            } else if (RespondentsByLink.isExternal(r.userId())) {
                reason = "personal-link"; // their reminder is a re-sent personal link (links feature)
            } else if (r.email() == null || r.email().isBlank()) {
                reason = "no-email";
            } else if (mail.lastQueuedAt(a.tenantId(), subject, r.userId(), TEMPLATE)
                    .map(t -> DueDates.today(t, zone).equals(today))
                    .orElse(false)) {
                reason = "reminded-today";
            }
            if (reason != null) {
                skipped.add(new SkippedReminder(r.userId(), reason));
                continue;
            }
            Locale locale = locales.getOrDefault(r.userId(), Locale.ENGLISH);
            long mailId = mail.enqueue(new OutgoingMail(
                    a.tenantId(),
                    subject,
                    r.userId(),
                    r.email(),
                    r.displayName() == null ? r.email() : r.displayName(),
                    locale,
                    TEMPLATE,
                    model(a, r, due, locale)));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("recipient", r.userId());
            details.put("mail", mailId);
            details.put("template", TEMPLATE);
            details.put("trigger", trigger);
            audit.record(
                    a.tenantId(), actor, "assessment.reminder-queued", "assessment", String.valueOf(a.id()), details);
            queuedTo.add(r.userId());
        }
        return new ReminderOutcome(queuedTo.size(), skipped.size(), queuedTo, skipped);
    }

    private Map<String, String> model(AssessmentRecord a, RespondentRecord r, LocalDate due, Locale locale) {
        boolean italian = "it".equals(locale.getLanguage());
        Map<String, String> model = new LinkedHashMap<>();
        model.put("name", r.displayName() == null ? r.email() : r.displayName());
        model.put("assessment", a.title());
        model.put(
                "dueDate",
                due == null
                        ? (italian ? "appena possibile" : "as soon as you can")
                        : due.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)));
        model.put("link", questionnaireLink(a.id()));
        return model;
    }

    String questionnaireLink(long assessmentId) {
        String base = app.publicUrl().endsWith("/") ? app.publicUrl() : app.publicUrl() + "/";
        return base + "assessments/" + assessmentId + "/questionnaire";
    }

    /** Each recipient's language from their Keycloak {@code locale} attribute; English when unknown or unreachable. */
    private Map<String, Locale> locales(Tenant tenant, List<RespondentRecord> recipients) {
        Map<String, Locale> locales = new HashMap<>();
        for (RespondentRecord r : recipients) {
            if (RespondentsByLink.isExternal(r.userId())) {
                continue; // no account to read a language from
            }
            try {
                users.memberOf(tenant, r.userId())
                        .map(u -> u.locale())
                        .filter(l -> l != null && l.toLowerCase(Locale.ROOT).startsWith("it"))
                        .ifPresent(l -> locales.put(r.userId(), Locale.ITALIAN));
            } catch (RuntimeException e) {
                LOG.info("Language of {} unknown ({}); the reminder is in English", r.userId(), e.getMessage());
            }
        }
        return locales;
    }
}
