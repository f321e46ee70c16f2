package io.socialmaturity.links;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.assessment.AssessmentQueries;
import io.socialmaturity.assessment.AssessmentStatus;
import io.socialmaturity.assessment.AssessmentViews.RespondentView;
import io.socialmaturity.assessment.RespondentsByLink;
import io.socialmaturity.assessment.RespondentsByLink.AssessmentHeader;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.links.LinkApi.AddExternalRespondent;
import io.socialmaturity.links.LinkApi.ExternalRespondentView;
import io.socialmaturity.links.LinkApi.LinkState;
import io.socialmaturity.links.LinkApi.MailView;
import io.socialmaturity.links.LinkApi.ResendLink;
import io.socialmaturity.mail.MailDelivery;
import io.socialmaturity.mail.MailQueue;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.users.UserDirectory;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tenant admin's use cases on respondents without an account: add one (by email, name and business
 * function; the link mail goes at once when the assessment is open, else when it opens), list them with their
 * link, mail and progress, revoke a link, re-send one (a new link; the old one stops working).
 */
@Singleton
class ExternalRespondents {

    private final ExternalRespondentRepository externals;
    private final RespondentsByLink byLink;
    private final AssessmentQueries assessments;
    private final UserDirectory directory;
    private final LinkIssuer issuer;
    private final MailQueue mails;
    private final AuditService audit;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;

    ExternalRespondents(
            ExternalRespondentRepository externals,
            RespondentsByLink byLink,
            AssessmentQueries assessments,
            UserDirectory directory,
            LinkIssuer issuer,
            MailQueue mails,
            AuditService audit,
            TransactionOperations<Connection> tx,
            Clock clock) {
        this.externals = externals;
        this.byLink = byLink;
        this.assessments = assessments;
        this.directory = directory;
        this.issuer = issuer;
        this.mails = mails;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    ExternalRespondentView add(CurrentUser admin, long assessmentId, AddExternalRespondent command) {
        byLink.header(admin, assessmentId); // another tenant's assessment is not found before anything is asked
        String email = command.email().strip();
        requireFuture(command.expiresOn());
        switch (directory.ownerOfEmail(admin.requireTenant(), email)) {
            case THIS_TENANT ->
                throw new ConflictException("email-is-user", "problem.email-is-user")
                        .withField("email", "violation.email-is-user");
            case ELSEWHERE ->
                throw new ConflictException("email-has-account", "problem.email-has-account")
                        .withField("email", "violation.email-has-account");
            case NONE -> {}
        }
        long id = tx.executeWrite(status -> {
            AssessmentHeader a = byLink.lock(admin, assessmentId);
            if (externals.countWithEmail(admin.tenantId(), a.id(), email) > 0) {
                throw new ConflictException("external-respondent-exists", "problem.external-respondent-exists")
                        .withField("email", "violation.external-respondent-exists");
            }
            ExternalRespondentRecord saved = externals.save(new ExternalRespondentRecord(
                    null,
                    admin.tenantId(),
                    a.id(),
                    email,
                    command.name().strip(),
                    command.businessFunction(),
                    command.language() == null ? "en" : command.language(),
                    command.expiresOn(),
                    null,
                    null,
                    null,
                    null,
                    admin.id(),
                    Instant.now(clock)));
            byLink.seat(admin, a.id(), saved.ref(), saved.name(), saved.email(), saved.businessFunction());
            if (a.status() == AssessmentStatus.OPEN) {
                issuer.issue(admin.requireTenant(), a.title(), saved, saved.expiresOn());
            }
            return saved.id();
        });
        return view(admin, assessmentId, id);
    }

    List<ExternalRespondentView> list(CurrentUser admin, long assessmentId) {
        byLink.header(admin, assessmentId);
        Map<String, RespondentView> progress = progress(admin, assessmentId);
        Map<String, MailDelivery> delivery = mails.latestBySubject(admin.tenantId(), "assessment:" + assessmentId);
        Instant now = Instant.now(clock);
        return externals.list(admin.tenantId(), assessmentId).stream()
                .map(r -> view(r, progress.get(r.ref()), delivery.get(r.ref()), now))
                .toList();
    }

    ExternalRespondentView revoke(CurrentUser admin, long assessmentId, long id) {
        tx.executeWrite(status -> {
            AssessmentHeader a = byLink.lock(admin, assessmentId);
            ExternalRespondentRecord r = require(admin, a.id(), id);
            if (r.revokedAt() == null) {
                externals.revoke(r.tenantId(), r.id(), Instant.now(clock));
                audit.record(
                        r.tenantId(),
                        admin,
                        "respondent.link-revoked",
                        "assessment",
                        String.valueOf(a.id()),
                        Map.of("userId", r.ref()));
            }
            return null;
        });
        return view(admin, assessmentId, id);
    }

    ExternalRespondentView resend(CurrentUser admin, long assessmentId, long id, ResendLink command) {
        LocalDate expiresOn = command == null ? null : command.expiresOn();
        tx.executeWrite(status -> {
            AssessmentHeader a = byLink.lock(admin, assessmentId);
            ExternalRespondentRecord r = require(admin, a.id(), id);
            if (a.status() != AssessmentStatus.OPEN) {
                throw new ConflictException("link-not-sendable", "problem.link-not-sendable", a.status());
            }
            LocalDate until = expiresOn != null ? expiresOn : stillAhead(r.expiresOn());
            requireFuture(until);
            issuer.issue(admin.requireTenant(), a.title(), r, until);
            audit.record(
                    r.tenantId(),
                    admin,
                    "respondent.link-sent",
                    "assessment",
                    String.valueOf(a.id()),
                    Map.of("userId", r.ref()));
            return null;
        });
        return view(admin, assessmentId, id);
    }

    private ExternalRespondentRecord require(CurrentUser admin, long assessmentId, long id) {
        return externals
                .find(admin.tenantId(), assessmentId, id)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.external-respondent", id));
    }

    private ExternalRespondentView view(CurrentUser admin, long assessmentId, long id) {
        ExternalRespondentRecord r = require(admin, assessmentId, id);
        return view(
                r,
                progress(admin, assessmentId).get(r.ref()),
                mails.latestBySubject(admin.tenantId(), "assessment:" + assessmentId)
                        .get(r.ref()),
                Instant.now(clock));
    }

    private Map<String, RespondentView> progress(CurrentUser admin, long assessmentId) {
        List<RespondentView> respondents = assessments.get(admin, assessmentId).respondents();
        return respondents == null
                ? Map.of()
                : respondents.stream().collect(Collectors.toMap(RespondentView::userId, Function.identity()));
    }

    static ExternalRespondentView view(
            ExternalRespondentRecord r, @Nullable RespondentView progress, @Nullable MailDelivery mail, Instant now) {
        return new ExternalRespondentView(
                r.id(),
                r.ref(),
                r.name(),
                r.email(),
                r.businessFunction(),
                r.language(),
                r.createdAt(),
                state(r, now),
                r.linkCreatedAt(),
                r.linkExpiresAt(),
                r.expiresOn(),
                mail == null
                        ? null
                        : new MailView(
                                mail.status(), mail.attempts(), mail.queuedAt(), mail.sentAt(), mail.lastError()),
                // null in an anonymous assessment: nobody sees how far one person got
                progress == null ? Long.valueOf(0) : progress.answered(),
                progress == null ? 0 : progress.questions(),
                progress == null ? null : progress.submittedAt());
    }

    static LinkState state(ExternalRespondentRecord r, Instant now) {
        if (r.revokedAt() != null) {
            return LinkState.REVOKED;
        }
        if (r.tokenHash() == null || r.linkExpiresAt() == null) {
            return LinkState.PENDING;
        }
        return r.linkExpiresAt().isAfter(now) ? LinkState.ACTIVE : LinkState.EXPIRED;
    }

    /** The admin's date if it is still ahead; a past one falls back to the default lifetime on a re-send. */
    @Nullable
    private LocalDate stillAhead(@Nullable LocalDate date) {
        return date != null && !date.isBefore(today()) ? date : null;
    }

    private void requireFuture(@Nullable LocalDate date) {
        if (date != null && date.isBefore(today())) {
            throw InvalidException.field("expiresOn", "violation.link-expiry-past");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
