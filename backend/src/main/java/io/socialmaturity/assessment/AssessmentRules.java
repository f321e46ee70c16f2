package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.ForbiddenException;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The assessment's rules as plain functions of its state (no database, no Micronaut context), so they have fast
 * unit tests ({@code AssessmentRulesTest}). The life cycle is DRAFT → OPEN → CLOSED, never back: targets and
 * respondents change until it closes, answers only while it is open, a closed assessment is its snapshot.
 */
final class AssessmentRules {

    private AssessmentRules() {}

    static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Roles.TENANT_ADMIN)) {
            throw ForbiddenException.of("problem.forbidden.manage-assessments");
        }
    }

    static void requireTargetsChangeable(AssessmentStatus status) {
        requireStatus(status, "problem.wrong-status.targets", AssessmentStatus.DRAFT, AssessmentStatus.OPEN);
    }

    static void requireRecurrenceChangeable(AssessmentStatus status) {
        requireStatus(status, "problem.wrong-status.recurrence", AssessmentStatus.DRAFT, AssessmentStatus.OPEN);
    }

    /** Anonymity is a promise made to respondents before they answer: it changes only while a draft. */
    static void requireAnonymityChangeable(AssessmentStatus status) {
        requireStatus(status, "problem.wrong-status.anonymity", AssessmentStatus.DRAFT);
    }

    static void requireRespondentsInvitable(AssessmentStatus status) {
        requireStatus(status, "problem.wrong-status.invite", AssessmentStatus.DRAFT, AssessmentStatus.OPEN);
    }

    static void requireRespondentRemovable(AssessmentStatus status) {
        requireStatus(status, "problem.wrong-status.remove", AssessmentStatus.DRAFT, AssessmentStatus.OPEN);
    }

    /** A respondent who saved answers stays: the answers are kept. */
    static void requireNoAnswers(long saved) {
        if (saved > 0) {
            throw new ConflictException("respondent-has-answers", "problem.respondent-has-answers", saved)
                    .withExtra(Map.of("answers", saved));
        }
    }

    static void requireOpenable(AssessmentStatus status, long respondents) {
        requireStatus(status, "problem.wrong-status.open", AssessmentStatus.DRAFT);
        if (respondents == 0) {
            throw new ConflictException("no-respondents", "problem.no-respondents");
        }
    }

    static void requireClosable(AssessmentStatus status) {
        requireStatus(status, "problem.wrong-status.close", AssessmentStatus.OPEN);
    }

    /** Respondents see their questionnaire from the moment it opens, and keep seeing it once closed. */
    static void requireQuestionnaireShown(AssessmentStatus status) {
        if (status == AssessmentStatus.DRAFT) {
            throw new ConflictException("assessment-not-open", "problem.assessment-not-open.not-yet");
        }
    }

    static void requireSubmittable(AssessmentStatus status) {
        if (status != AssessmentStatus.OPEN) {
            throw new ConflictException("assessment-not-open", "problem.assessment-not-open.submit")
                    .withExtra(Map.of("status", status));
        }
    }

    static void requireAnswerable(AssessmentStatus status) {
        if (status != AssessmentStatus.OPEN) {
            throw new ConflictException("assessment-not-open", "problem.assessment-not-open.closed")
                    .withExtra(Map.of("status", status));
        }
    }

    /** Every target names a dimension of the framework and a level of its scale. */
    static void requireValidTargets(FrameworkDefinition definition, Map<String, Integer> levels) {
        List<FieldError> violations = new ArrayList<>();
        levels.forEach((dimension, level) -> {
            if (definition.dimension(dimension).isEmpty()) {
                violations.add(FieldError.of("targets." + dimension, "violation.no-such-dimension"));
            } else if (level == null || level < 1 || level > definition.maxLevel()) {
                violations.add(FieldError.of("targets." + dimension, "violation.between", 1, definition.maxLevel()));
            }
        });
        if (!violations.isEmpty()) {
            throw InvalidException.fields(violations, "problem.invalid-request.targets");
        }
    }

    /** The function a respondent answers for: the one given, else the user's own, else "other". */
    static String respondentFunction(@Nullable String given, @Nullable String users) {
        String function = given != null ? given : users != null ? users : BusinessFunction.OTHER.key();
        return BusinessFunction.fromKey(function).isPresent() ? function : BusinessFunction.OTHER.key();
    }

    static BusinessFunction function(@Nullable String key) {
        return BusinessFunction.fromKey(key).orElse(BusinessFunction.OTHER);
    }

    /** {@code why} is the detail's key: "The assessment is {status}: why this change needs another status." */
    static void requireStatus(AssessmentStatus status, String why, AssessmentStatus... allowed) {
        for (AssessmentStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new ConflictException("wrong-status", why, status).withExtra(Map.of("status", status));
    }
}
