package io.socialmaturity.assessment;

import static org.junit.jupiter.api.Assertions.*;

import io.socialmaturity.assessment.AssessmentCommands.SaveAnswer;
import io.socialmaturity.framework.definition.BusinessFunction;
import io.socialmaturity.framework.definition.Question;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.InvalidException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What an autosave accepts, checked without a server: a plain function of the question and the command. */
class AnswerContentTest {

    static final Question QUESTION = AssessmentRulesTest.DEFINITION
            .questions()
            .filter(q -> q.isFor(BusinessFunction.MARKETING))
            .findFirst()
            .orElseThrow();
    static final String OPTION = QUESTION.options().get(1).key();

    @Test
    void anOptionOrNotApplicableWithTheTextsStripped() {
        AnswerContent c = AnswerContent.of(
                QUESTION,
                BusinessFunction.MARKETING,
                new SaveAnswer(" " + OPTION + " ", null, "  ", " https://example.org/x ", 0));
        assertEquals(new AnswerContent(OPTION, false, null, "https://example.org/x"), c);
        assertEquals(
                new AnswerContent(null, true, "why", null),
                AnswerContent.of(QUESTION, BusinessFunction.MARKETING, new SaveAnswer("", true, "why", null, 0)));
    }

    @Test
    void eitherAnOptionOrNotApplicableNeverBothNorNone() {
        assertViolation("notApplicable", new SaveAnswer(OPTION, true, null, null, 0));
        assertViolation("optionKey", new SaveAnswer(null, false, null, null, 0));
        assertViolation("optionKey", new SaveAnswer("not-an-option", null, null, null, 0));
    }

    @Test
    void aQuestionNotAskedToTheFunctionIsRefused() {
        BusinessFunction notAsked = Arrays.stream(BusinessFunction.values())
                .filter(f -> !QUESTION.isFor(f))
                .findFirst()
                .orElseThrow();
        InvalidException e = assertThrows(
                InvalidException.class,
                () -> AnswerContent.of(QUESTION, notAsked, new SaveAnswer(OPTION, null, null, null, 0)));
        assertEquals("questionKey", e.fields().get(0).field());
        assertEquals("this question is not asked to your business function", e.getMessage());
    }

    @Test
    void theSameContentIsARetry() {
        AnswerContent c = new AnswerContent(OPTION, false, "c", null);
        AnswerRecord stored = new AnswerRecord(
                new AnswerRecord.Key(1, 2, "u", QUESTION.key()), OPTION, false, "c", null, 3, java.time.Instant.EPOCH);
        assertTrue(c.sameAs(stored));
        assertFalse(new AnswerContent(OPTION, false, "changed", null).sameAs(stored));
    }

    private static void assertViolation(String field, SaveAnswer command) {
        InvalidException e = assertThrows(
                InvalidException.class, () -> AnswerContent.of(QUESTION, BusinessFunction.MARKETING, command));
        assertEquals("invalid-request", e.code());
        assertEquals(
                field, e.fields().stream().map(FieldError::field).findFirst().orElseThrow(), command.toString());
    }
}
