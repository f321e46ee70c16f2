package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.assessment.AssessmentCommands.SaveAnswer;
import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.framework.definition.Question;
import io.socialmaturity.platform.web.Problem;
import io.socialmaturity.platform.web.ProblemException;
import java.util.List;

/**
 * What an autosave stores, checked against the question (a plain function: {@code AnswerContentTest}): the question
 * is asked to the respondent's function; either an option of the question or "not applicable", never both; blank
 * texts are absent.
 */
record AnswerContent(@Nullable String optionKey, boolean notApplicable, @Nullable String comment,
                     @Nullable String evidenceUrl) {

    static AnswerContent of(Question question, BusinessFunction function, SaveAnswer command) {
        if (!question.isFor(function)) {
            throw ProblemException.badRequest("questionKey", "this question is not asked to your business function");
        }
        boolean na = Boolean.TRUE.equals(command.notApplicable());
        String option = blankToNull(command.optionKey());
        if (na == (option != null)) {
            throw AssessmentRules.invalid("Give either an option or notApplicable: true.",
                    List.of(new Problem.Violation(na ? "notApplicable" : "optionKey",
                            na ? "cannot be combined with an option" : "choose an option or mark the question not applicable")));
        }
        if (option != null && question.options().stream().noneMatch(o -> o.key().equals(option))) {
            throw ProblemException.badRequest("optionKey", "'" + option + "' is not an option of " + question.key());
        }
        return new AnswerContent(option, na, blankToNull(command.comment()), blankToNull(command.evidenceUrl()));
    }

    boolean sameAs(AnswerRecord stored) {
        return stored.sameContent(optionKey, notApplicable, comment, evidenceUrl);
    }

    @Nullable
    private static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
