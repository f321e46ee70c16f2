package io.socialmaturity.scoring;

import java.util.List;
import java.util.Map;

/**
 * Everything the engine needs besides the framework: the respondents' answers and the tenant
 * admin's target levels.
 *
 * @param respondents  in any order (results do not depend on it)
 * @param targetLevels target level per dimension key; a dimension without one gets the framework's
 *                     {@code defaultTargetLevel}
 */
public record AssessmentInput(List<Respondent> respondents, Map<String, Integer> targetLevels) {
    public AssessmentInput {
        respondents = List.copyOf(respondents);
        targetLevels = Map.copyOf(targetLevels);
    }

    /** Input without target levels: every dimension gets the framework's default target. */
    public static AssessmentInput of(List<Respondent> respondents) {
        return new AssessmentInput(respondents, Map.of());
    }
}
