package io.socialmaturity.scoring;

import io.socialmaturity.framework.definition.BusinessFunction;

/**
 * How much of the questionnaire meant for them a respondent has answered. Individual scores are
 * deliberately not reported: results are about the company, not about people.
 *
 * @param respondentId        the respondent
 * @param function            their business function
 * @param applicableQuestions questions whose audience includes the function
 * @param answered            applicable questions answered, "not applicable" included
 * @param notApplicable       applicable questions answered "not applicable"
 * @param completion          answered share of the applicable questions, by effective weight, 0–1
 * @param coverage            scored share (not applicable excluded) of the applicable questions, by
 *                            effective weight, 0–1
 */
public record RespondentResult(
        String respondentId,
        BusinessFunction function,
        int applicableQuestions,
        int answered,
        int notApplicable,
        double completion,
        double coverage) {}
