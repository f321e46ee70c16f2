package io.socialmaturity.assessment;

import io.socialmaturity.framework.FrameworkCatalog;
import io.socialmaturity.framework.PublishedFramework;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How every use case reaches an assessment: by the caller's tenant only (another tenant's assessment is not
 * found), and for respondents only when they were invited to it. Also the assessment's pinned framework and its
 * effective targets, which several use cases show.
 */
@Singleton
class AssessmentAccess {

    private final AssessmentRepository assessments;
    private final RespondentRepository respondents;
    private final TargetRepository targets;
    private final FrameworkCatalog frameworks;

    AssessmentAccess(
            AssessmentRepository assessments,
            RespondentRepository respondents,
            TargetRepository targets,
            FrameworkCatalog frameworks) {
        this.assessments = assessments;
        this.respondents = respondents;
        this.targets = targets;
        this.frameworks = frameworks;
    }

    AssessmentRecord find(CurrentUser user, long id) {
        return assessments
                .find(user.tenantId(), id)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.assessment", id));
    }

    /** The assessment's row locked for the caller's transaction: changes to one assessment run one at a time. */
    AssessmentRecord lockForChange(CurrentUser user, long id) {
        return assessments
                .lock(user.tenantId(), id)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.assessment", id));
    }

    /** The caller's respondent row; someone of the tenant who was not invited gets 404 as if it did not exist. */
    RespondentRecord invited(CurrentUser user, AssessmentRecord a) {
        return respondents
                .find(a.tenantId(), a.id(), user.id())
                .filter(r -> a.status() != AssessmentStatus.DRAFT || user.hasRole(Roles.TENANT_ADMIN))
                .orElseThrow(() -> NotFoundException.of("problem.not-found.assessment", a.id()));
    }

    PublishedFramework framework(AssessmentRecord a) {
        return frameworks.byId(a.frameworkVersionId());
    }

    /** The target level per dimension: the admin's, or the framework's default where none was set. */
    Map<String, Integer> effectiveTargets(AssessmentRecord a, PublishedFramework framework) {
        Map<String, Integer> result = new LinkedHashMap<>();
        framework
                .definition()
                .dimensions()
                .forEach(d -> result.put(d.key(), framework.definition().defaultTargetLevel()));
        targets.list(a.tenantId(), a.id()).forEach(t -> result.put(t.key().dimensionKey(), t.targetLevel()));
        return result;
    }
}
