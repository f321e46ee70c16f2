package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.Problem;
import io.socialmaturity.platform.web.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The assessment's rules as plain functions of its state (no database, no Micronaut context), so they have fast
 * unit tests ({@code AssessmentRulesTest}). The life cycle is DRAFT → OPEN → CLOSED, never back: targets and
 * respondents change until it closes, answers only while it is open, a closed assessment is its snapshot.
 */
final class AssessmentRules {

    private AssessmentRules() {
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Roles.TENANT_ADMIN)) {
            throw ProblemException.forbidden("Only tenant admins manage assessments.");
        }
    }

    static void requireTargetsChangeable(AssessmentStatus status) {
        requireStatus(status, "targets can be changed only before the assessment closes",
                AssessmentStatus.DRAFT, AssessmentStatus.OPEN);
    }

    static void requireRespondentsInvitable(AssessmentStatus status) {
        requireStatus(status, "respondents can be invited only before the assessment closes",
                AssessmentStatus.DRAFT, AssessmentStatus.OPEN);
    }

    static void requireRespondentRemovable(AssessmentStatus status) {
        requireStatus(status, "respondents of a closed assessment stay part of its result",
                AssessmentStatus.DRAFT, AssessmentStatus.OPEN);
    }

    /** A respondent who saved answers stays: the answers are kept. */
    static void requireNoAnswers(long saved) {
        if (saved > 0) {
            throw ProblemException.conflict("respondent-has-answers", "This respondent has already saved " + saved
                    + " answers; they are kept, so the respondent cannot be removed.", Map.of("answers", saved));
        }
    }

    static void requireOpenable(AssessmentStatus status, long respondents) {
        requireStatus(status, "only a draft can be opened", AssessmentStatus.DRAFT);
        if (respondents == 0) {
            throw ProblemException.conflict("no-respondents", "Invite at least one respondent before opening.", Map.of());
        }
    }

    static void requireClosable(AssessmentStatus status) {
        requireStatus(status, "only an open assessment can be closed", AssessmentStatus.OPEN);
    }

    /** Respondents see their questionnaire from the moment it opens, and keep seeing it once closed. */
    static void requireQuestionnaireShown(AssessmentStatus status) {
        if (status == AssessmentStatus.DRAFT) {
            throw ProblemException.conflict("assessment-not-open", "This assessment is not open yet.", Map.of());
        }
    }

    static void requireSubmittable(AssessmentStatus status) {
        if (status != AssessmentStatus.OPEN) {
            throw ProblemException.conflict("assessment-not-open", "Only an open assessment can be submitted.",
                    Map.of("status", status));
        }
    }

    static void requireAnswerable(AssessmentStatus status) {
        if (status != AssessmentStatus.OPEN) {
            throw ProblemException.conflict("assessment-not-open",
                    "This assessment is closed; answers can no longer change.", Map.of("status", status));
        }
    }

    /** Every target names a dimension of the framework and a level of its scale. */
    static void requireValidTargets(FrameworkDefinition definition, Map<String, Integer> levels) {
        List<Problem.Violation> violations = new ArrayList<>();
        levels.forEach((dimension, level) -> {
            if (definition.dimension(dimension).isEmpty()) {
                violations.add(new Problem.Violation("targets." + dimension, "no such dimension in the framework"));
            } else if (level == null || level < 1 || level > definition.maxLevel()) {
                violations.add(new Problem.Violation("targets." + dimension, "must be between 1 and " + definition.maxLevel()));
            }
        });
        if (!violations.isEmpty()) {
            throw invalid("Some targets are invalid.", violations);
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

    static ProblemException invalid(String detail, List<Problem.Violation> violations) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail, violations,
                Map.of());
    }

    static void requireStatus(AssessmentStatus status, String why, AssessmentStatus... allowed) {
        for (AssessmentStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw ProblemException.conflict("wrong-status", "The assessment is " + status + ": " + why + ".",
                Map.of("status", status));
    }
}
