package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.socialmaturity.assessment.AssessmentCommands.SaveAnswer;
import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.framework.definition.Question;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.InvalidException;
import java.util.List;

/**
 * What an autosave stores, checked against the question (a plain function: {@code AnswerContentTest}): the question
 * is asked to the respondent's function; either an option of the question or "not applicable", never both; blank
 * texts are absent.
 */
record AnswerContent(
        @Nullable String optionKey,
        boolean notApplicable,
        @Nullable String comment,
        @Nullable String evidenceUrl) {

    static AnswerContent of(Question question, BusinessFunction function, SaveAnswer command) {
        if (!question.isFor(function)) {
            throw InvalidException.field("questionKey", "violation.question-not-for-function");
        }
        boolean na = Boolean.TRUE.equals(command.notApplicable());
        String option = blankToNull(command.optionKey());
        if (na == (option != null)) {
            throw InvalidException.fields(
                    List.of(
                            na
                                    ? FieldError.of("notApplicable", "violation.option-with-na")
                                    : FieldError.of("optionKey", "violation.option-or-na")),
                    "problem.invalid-request.option-or-na");
        }
        if (option != null && question.options().stream().noneMatch(o -> o.key().equals(option))) {
            throw InvalidException.field("optionKey", "violation.not-an-option", option, question.key());
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
