package io.socialmaturity.scoring;

import io.socialmaturity.framework.definition.BusinessFunction;
import java.util.List;
import java.util.Objects;

/**
 * A respondent of an assessment with their answers.
 *
 * @param id       stable and unique within the assessment (e.g. the participant id); results
 *                 are listed by it, and it makes every result independent of input order
 * @param function the business function the respondent works in
 * @param answers  at most one answer per question; unanswered questions are simply absent
 */
public record Respondent(String id, BusinessFunction function, List<Answer> answers) {
    public Respondent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(function, "function");
        answers = List.copyOf(answers);
    }
}
