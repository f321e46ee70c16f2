package io.socialmaturity.assessment;

import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.assessment.AssessmentCommands.SetAnonymity;
import io.socialmaturity.assessment.AssessmentViews.AssessmentDetail;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.security.CurrentUser;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Changes whether a draft is anonymous. Respondents are told before they answer, so once the assessment is open
 * the choice is fixed (409 {@code wrong-status}); what anonymity hides is in docs/ENGINE.md.
 */
@Singleton
class AssessmentAnonymity {

    private final AssessmentRepository assessments;
    private final AssessmentAccess access;
    private final AssessmentOverview overview;
    private final AuditService audit;

    AssessmentAnonymity(
            AssessmentRepository assessments,
            AssessmentAccess access,
            AssessmentOverview overview,
            AuditService audit) {
        this.assessments = assessments;
        this.access = access;
        this.overview = overview;
        this.audit = audit;
    }

    @Transactional
    public AssessmentDetail set(CurrentUser admin, long id, SetAnonymity command) {
        AssessmentRules.requireAdmin(admin);
        AssessmentRecord a = access.lockForChange(admin, id);
        AssessmentRules.requireAnonymityChangeable(a.status());
        boolean anonymous = command.anonymous();
        if (anonymous != a.anonymous()) {
            assessments.setAnonymous(a.tenantId(), a.id(), anonymous);
            audit.record(
                    a.tenantId(),
                    admin,
                    "assessment.anonymity-set",
                    "assessment",
                    String.valueOf(a.id()),
                    Map.of("anonymous", anonymous));
        }
        return overview.detail(access.find(admin, id));
    }
}
