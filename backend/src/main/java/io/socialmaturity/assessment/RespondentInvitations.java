package io.socialmaturity.assessment;

import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentCommands.AddRespondent;
import io.socialmaturity.assessment.AssessmentViews.AssessmentDetail;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.users.DirectoryUser;
import io.socialmaturity.users.UserDirectory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant admin invites users of the tenant as respondents (each answering for a business function) and
 * removes those who have not answered yet, until the assessment closes.
 */
@Singleton
class RespondentInvitations {

    private final RespondentRepository respondents;
    private final AnswerRepository answers;
    private final UserDirectory directory;
    private final AssessmentAccess access;
    private final AssessmentOverview overview;
    private final AuditService audit;
    private final InvitationMails mails;
    private final Clock clock;

    RespondentInvitations(
            RespondentRepository respondents,
            AnswerRepository answers,
            UserDirectory directory,
            AssessmentAccess access,
            AssessmentOverview overview,
            AuditService audit,
            InvitationMails mails,
            Clock clock) {
        this.respondents = respondents;
        this.answers = answers;
        this.directory = directory;
        this.access = access;
        this.overview = overview;
        this.audit = audit;
        this.mails = mails;
        this.clock = clock;
    }

    /** Invites the user (emailing them when the assessment is open), or changes the function of one already invited. */
    @Transactional
    public AssessmentDetail addRespondent(CurrentUser admin, long id, AddRespondent command) {
        AssessmentRules.requireAdmin(admin);
        AssessmentRecord a = access.lockForChange(admin, id);
        AssessmentRules.requireRespondentsInvitable(a.status());
        DirectoryUser user = directory
                .memberOf(admin.requireTenant(), command.userId())
                .orElseThrow(() -> InvalidException.field("userId", "violation.no-such-user"));
        if (!user.enabled()) {
            throw InvalidException.field("userId", "violation.user-disabled");
        }
        String function = AssessmentRules.respondentFunction(command.businessFunction(), user.businessFunction());
        Optional<RespondentRecord> existing = respondents.find(a.tenantId(), a.id(), user.id());
        if (existing.isPresent()) {
            respondents.update(a.tenantId(), a.id(), user.id(), function, user.displayName(), user.email());
        } else {
            respondents.save(new RespondentRecord(
                    new RespondentRecord.Key(a.tenantId(), a.id(), user.id()),
                    user.displayName(),
                    user.email(),
                    function,
                    Instant.now(clock),
                    null));
            if (a.status() == AssessmentStatus.OPEN) {
                mails.queue(admin, a, user); // a draft's respondents are emailed when it opens
            }
        }
        audit.record(
                a.tenantId(),
                admin,
                existing.isPresent() ? "respondent.updated" : "respondent.invited",
                "assessment",
                String.valueOf(a.id()),
                Map.of("userId", user.id(), "businessFunction", function));
        return overview.detail(a);
    }

    @Transactional
    public AssessmentDetail removeRespondent(CurrentUser admin, long id, String userId) {
        AssessmentRules.requireAdmin(admin);
        AssessmentRecord a = access.lockForChange(admin, id);
        AssessmentRules.requireRespondentRemovable(a.status());
        respondents
                .find(a.tenantId(), a.id(), userId)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.respondent", userId));
        AssessmentRules.requireNoAnswers(answers.countForRespondent(a.tenantId(), a.id(), userId));
        respondents.delete(a.tenantId(), a.id(), userId);
        audit.record(
                a.tenantId(),
                admin,
                "respondent.removed",
                "assessment",
                String.valueOf(a.id()),
                Map.of("userId", userId));
        return overview.detail(a);
    }
}
