package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentCommands.SetRecurrence;
import io.socialmaturity.assessment.AssessmentViews.AssessmentDetail;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.framework.FrameworkCatalog;
import io.socialmaturity.framework.PublishedFramework;
import io.socialmaturity.mail.MailQueue;
import io.socialmaturity.mail.OutgoingMail;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.web.AppProperties;
import io.socialmaturity.users.DirectoryUser;
import io.socialmaturity.users.UserDirectory;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recurring cycles: the repeat setting of an assessment ("repeat every N months", the framework version pinned or
 * not) and, when a repeating assessment closes, its next cycle. The next cycle is created in the closing
 * transaction as a draft: the title with the next period ({@link CyclePeriods}), the same framework (the same
 * version when pinned, else the latest published version of that framework), the targets (of the dimensions the
 * version still has) and the respondents, linked to its predecessor in the same series. The admin who closed it
 * gets the email {@code assessment-next-cycle} with a link to the draft's manage page.
 */
@Singleton
class RecurringCycles {

    static final String NEXT_CYCLE_TEMPLATE = "assessment-next-cycle";

    private final AssessmentRepository assessments;
    private final CycleRepository cycles;
    private final TargetRepository targets;
    private final RespondentRepository respondents;
    private final FrameworkCatalog frameworks;
    private final AssessmentAccess access;
    private final AssessmentOverview overview;
    private final AuditService audit;
    private final MailQueue mail;
    private final UserDirectory directory;
    private final String appUrl;

    RecurringCycles(
            AssessmentRepository assessments,
            CycleRepository cycles,
            TargetRepository targets,
            RespondentRepository respondents,
            FrameworkCatalog frameworks,
            AssessmentAccess access,
            AssessmentOverview overview,
            AuditService audit,
            MailQueue mail,
            UserDirectory directory,
            AppProperties app) {
        this.assessments = assessments;
        this.cycles = cycles;
        this.targets = targets;
        this.respondents = respondents;
        this.frameworks = frameworks;
        this.access = access;
        this.overview = overview;
        this.audit = audit;
        this.mail = mail;
        this.directory = directory;
        this.appUrl = app.publicUrl().replaceAll("/+$", "");
    }

    /** At creation: a repeating assessment starts its own series. */
    @Transactional
    void created(AssessmentRecord a, @Nullable Integer repeatMonths, @Nullable Boolean pin) {
        if (repeatMonths != null) {
            cycles.insert(a.tenantId(), a.id(), a.id(), null, repeatMonths, Boolean.TRUE.equals(pin));
        }
    }

    /** Changes the repeat setting of a draft or open assessment; null months stops it repeating. */
    @Transactional
    public AssessmentDetail setRecurrence(CurrentUser admin, long id, SetRecurrence command) {
        AssessmentRules.requireAdmin(admin);
        AssessmentRecord a = access.lockForChange(admin, id);
        AssessmentRules.requireRecurrenceChangeable(a.status());
        boolean pin = Boolean.TRUE.equals(command.pinFrameworkVersion());
        Optional<CycleRecord> cycle = cycles.lock(a.tenantId(), a.id());
        if (cycle.isPresent()) {
            cycles.updateRepeat(a.tenantId(), a.id(), command.repeatEveryMonths(), pin);
        } else if (command.repeatEveryMonths() != null) {
            cycles.insert(a.tenantId(), a.id(), a.id(), null, command.repeatEveryMonths(), pin);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("repeatEveryMonths", command.repeatEveryMonths() == null ? "none" : command.repeatEveryMonths());
        details.put("pinFrameworkVersion", pin);
        audit.record(a.tenantId(), admin, "assessment.recurrence-set", "assessment", String.valueOf(a.id()), details);
        return overview.detail(a);
    }

    /**
     * Called by the close, in its transaction, with the assessment's row locked: creates the next cycle when the
     * assessment repeats and has none yet (a second close cannot happen, and the cycle row's lock and its
     * {@code next_id IS NULL} guard make one next cycle at most).
     *
     * @param closedBy the admin who closed it: the next draft's creator and the email's recipient
     * @param locale   the language of the email (the admin's, as chosen for the request)
     * @return the new draft's id, if one was created
     */
    @Transactional
    Optional<Long> startNext(CurrentUser closedBy, AssessmentRecord closed, Instant at, Locale locale) {
        long tenantId = closed.tenantId();
        Optional<CycleRecord> found = cycles.lock(tenantId, closed.id());
        if (found.isEmpty() || found.get().repeatMonths() == null || found.get().nextId() != null) {
            return Optional.empty();
        }
        CycleRecord cycle = found.get();
        int months = cycle.repeatMonths();
        if (closedBy.email() == null) {
            // closed by the due-date job (the system actor): the assessment's creator owns the next cycle and is told
            Optional<CurrentUser> creator = creator(closedBy, closed.createdBy());
            if (creator.isPresent()) {
                closedBy = creator.get();
                locale = InvitationMails.locale(directoryUser(closedBy).orElse(null));
            }
        }
        PublishedFramework current = frameworks.byId(closed.frameworkVersionId());
        PublishedFramework framework =
                cycle.pinVersion() ? current : frameworks.latest(current.key()).orElse(current);
        AssessmentRecord next = assessments.save(new AssessmentRecord(
                null,
                tenantId,
                CyclePeriods.nextTitle(closed.title(), months, at),
                framework.id(),
                AssessmentStatus.DRAFT,
                closedBy.id(),
                at,
                null,
                null,
                closed.anonymous())); // the promise made to respondents carries over to the next cycle
        Set<String> dimensions =
                framework.definition().dimensions().stream().map(d -> d.key()).collect(Collectors.toSet());
        targets.list(tenantId, closed.id()).stream()
                .filter(t -> dimensions.contains(t.key().dimensionKey()))
                .forEach(t -> targets.insert(tenantId, next.id(), t.key().dimensionKey(), t.targetLevel()));
        for (RespondentRecord r : respondents.list(tenantId, closed.id())) {
            respondents.save(new RespondentRecord(
                    new RespondentRecord.Key(tenantId, next.id(), r.userId()),
                    r.displayName(),
                    r.email(),
                    r.businessFunction(),
                    at,
                    null));
        }
        cycles.insert(tenantId, next.id(), cycle.seriesId(), closed.id(), months, cycle.pinVersion());
        if (cycles.linkNext(tenantId, closed.id(), next.id()) != 1) {
            throw new IllegalStateException("assessment " + closed.id() + " already has a next cycle");
        }
        audit.record(
                tenantId,
                closedBy,
                "assessment.next-cycle-created",
                "assessment",
                String.valueOf(next.id()),
                Map.of(
                        "previous",
                        closed.id(),
                        "title",
                        next.title(),
                        "framework",
                        framework.key() + "@" + framework.version()));
        queueMail(closedBy, closed, next, framework, months, locale);
        return Optional.of(next.id());
    }

    /** The creator as the owner of the next cycle, when they are still a member of the tenant (and Keycloak answers). */
    private Optional<CurrentUser> creator(CurrentUser system, String creatorId) {
        return directoryUser(new CurrentUser(creatorId, null, null, system.roles(), null, system.tenant()))
                .filter(u -> u.enabled() && u.email() != null)
                .map(u -> new CurrentUser(
                        u.id(), u.email(), u.displayName(), system.roles(), u.businessFunction(), system.tenant()));
    }

    private Optional<DirectoryUser> directoryUser(CurrentUser user) {
        try {
            return directory.memberOf(user.requireTenant(), user.id());
        } catch (RuntimeException e) {
            return Optional.empty(); // Keycloak unreachable: the draft is created all the same, without the mail
        }
    }

    private void queueMail(
            CurrentUser admin,
            AssessmentRecord closed,
            AssessmentRecord next,
            PublishedFramework framework,
            int months,
            Locale locale) {
        if (admin.email() == null || admin.email().isBlank()) {
            return; // nobody to tell: the draft is on the assessments page all the same
        }
        String name = admin.name() == null || admin.name().isBlank() ? admin.email() : admin.name();
        Map<String, String> model = new LinkedHashMap<>();
        model.put("name", name);
        model.put("assessment", next.title());
        model.put("previous", closed.title());
        model.put("months", String.valueOf(months));
        model.put("framework", framework.definition().title().get(locale.getLanguage(), "en"));
        model.put("version", String.valueOf(framework.version()));
        model.put("link", appUrl + "/assessments/" + next.id() + "/manage");
        mail.enqueue(new OutgoingMail(
                next.tenantId(),
                "assessment:" + next.id(),
                admin.id(),
                admin.email(),
                name,
                locale,
                NEXT_CYCLE_TEMPLATE,
                model));
    }
}
