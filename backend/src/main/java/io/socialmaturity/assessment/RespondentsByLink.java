package io.socialmaturity.assessment;

import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentCommands.SaveAnswer;
import io.socialmaturity.assessment.AssessmentViews.AnswerView;
import io.socialmaturity.assessment.AssessmentViews.Questionnaire;
import io.socialmaturity.assessment.AssessmentViews.Submission;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.security.CurrentUser;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The assessment feature's public face for respondents who answer through a personal link instead of an
 * account. The admin side seats them as respondents (a respondent row keyed by their ref, e.g. {@code external:17},
 * so progress and results count them in their business function); the respondent side runs the very same
 * questionnaire, autosave and submit use cases as for signed-in respondents, with a {@link CurrentUser} the
 * caller builds from the server-side link record (its tenant, its ref, no role).
 */
@Singleton
public class RespondentsByLink {

    /** The user id of a respondent seated by a personal link: this prefix and the link feature's id. */
    public static final String EXTERNAL_PREFIX = "external:";

    /** True for a respondent who answers through a personal link (no account: no Keycloak lookup, no sign-in mail). */
    public static boolean isExternal(String userId) {
        return userId.startsWith(EXTERNAL_PREFIX);
    }

    private final RespondentRepository respondents;
    private final AssessmentAccess access;
    private final Questionnaires questionnaires;
    private final Autosave autosave;
    private final AuditService audit;
    private final Clock clock;

    RespondentsByLink(
            RespondentRepository respondents,
            AssessmentAccess access,
            Questionnaires questionnaires,
            Autosave autosave,
            AuditService audit,
            Clock clock) {
        this.respondents = respondents;
        this.access = access;
        this.questionnaires = questionnaires;
        this.autosave = autosave;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a personal link's use cases need to know of the assessment. */
    public record AssessmentHeader(long id, String title, AssessmentStatus status) {}

    /** The admin's assessment (404 for another tenant's, 403 for a non-admin), read without a lock. */
    @Transactional
    public AssessmentHeader header(CurrentUser admin, long id) {
        AssessmentRules.requireAdmin(admin);
        return header(access.find(admin, id));
    }

    /** The admin's assessment locked for the caller's transaction: changes to one assessment run one at a time. */
    @Transactional
    public AssessmentHeader lock(CurrentUser admin, long id) {
        AssessmentRules.requireAdmin(admin);
        return header(access.lockForChange(admin, id));
    }

    /**
     * Seats a respondent without an account in the caller's transaction (they answer for {@code businessFunction});
     * only while the assessment takes respondents (draft or open).
     */
    @Transactional
    public AssessmentHeader seat(
            CurrentUser admin, long id, String respondentRef, String name, String email, String businessFunction) {
        AssessmentRules.requireAdmin(admin);
        AssessmentRecord a = access.lockForChange(admin, id);
        AssessmentRules.requireRespondentsInvitable(a.status());
        String function = AssessmentRules.respondentFunction(businessFunction, null);
        if (respondents.find(a.tenantId(), a.id(), respondentRef).isPresent()) {
            throw new ConflictException("respondent-exists", "problem.respondent-exists");
        }
        respondents.save(new RespondentRecord(
                new RespondentRecord.Key(a.tenantId(), a.id(), respondentRef),
                name,
                email,
                function,
                Instant.now(clock),
                null));
        audit.record(
                a.tenantId(),
                admin,
                "respondent.invited",
                "assessment",
                String.valueOf(a.id()),
                Map.of("userId", respondentRef, "businessFunction", function, "byLink", true));
        return header(a);
    }

    /** The link respondent's questionnaire, exactly as a signed-in respondent's. */
    public Questionnaire questionnaire(CurrentUser respondent, long id, String language) {
        return questionnaires.questionnaire(respondent, id, language);
    }

    /** Autosaves one answer, exactly as for a signed-in respondent (a stale base revision is 409). */
    public AnswerView saveAnswer(CurrentUser respondent, long id, String questionKey, SaveAnswer command) {
        return autosave.saveAnswer(respondent, id, questionKey, command);
    }

    public Submission submit(CurrentUser respondent, long id) {
        return questionnaires.submit(respondent, id);
    }

    private static AssessmentHeader header(AssessmentRecord a) {
        return new AssessmentHeader(a.id(), a.title(), a.status());
    }
}
