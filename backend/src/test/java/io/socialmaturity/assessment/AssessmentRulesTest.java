package io.socialmaturity.assessment;

import static io.socialmaturity.assessment.AssessmentStatus.CLOSED;
import static io.socialmaturity.assessment.AssessmentStatus.DRAFT;
import static io.socialmaturity.assessment.AssessmentStatus.OPEN;
import static org.junit.jupiter.api.Assertions.*;

import io.socialmaturity.framework.definition.FrameworkDefinition;
import io.socialmaturity.framework.definition.FrameworkLoader;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.ForbiddenException;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The assessment's life cycle and rules as plain functions: no Micronaut context, no database. */
class AssessmentRulesTest {

    static final FrameworkDefinition DEFINITION =
            new FrameworkLoader().loadDefault().definition();

    /** Each rule and the statuses it lets through; every other status is refused. */
    static final Map<String, Map.Entry<Consumer<AssessmentStatus>, Set<AssessmentStatus>>> RULES = Map.of(
            "targets", Map.entry(AssessmentRules::requireTargetsChangeable, EnumSet.of(DRAFT, OPEN)),
            "invite", Map.entry(AssessmentRules::requireRespondentsInvitable, EnumSet.of(DRAFT, OPEN)),
            "remove", Map.entry(AssessmentRules::requireRespondentRemovable, EnumSet.of(DRAFT, OPEN)),
            "open", Map.entry(s -> AssessmentRules.requireOpenable(s, 1), EnumSet.of(DRAFT)),
            "close", Map.entry(AssessmentRules::requireClosable, EnumSet.of(OPEN)),
            "questionnaire", Map.entry(AssessmentRules::requireQuestionnaireShown, EnumSet.of(OPEN, CLOSED)),
            "submit", Map.entry(AssessmentRules::requireSubmittable, EnumSet.of(OPEN)),
            "answer", Map.entry(AssessmentRules::requireAnswerable, EnumSet.of(OPEN)));

    @Test
    void theLifeCycleGoesForwardOnlyAndEachChangeHasItsStatuses() {
        for (var rule : RULES.entrySet()) {
            for (AssessmentStatus status : AssessmentStatus.values()) {
                Executable check = () -> rule.getValue().getKey().accept(status);
                if (rule.getValue().getValue().contains(status)) {
                    assertDoesNotThrow(check, rule.getKey() + " in " + status);
                } else {
                    assertThrows(ConflictException.class, check, rule.getKey() + " in " + status);
                }
            }
        }
    }

    @Test
    void wrongStatusNamesTheStatusAndWhy() {
        ConflictException e = assertThrows(ConflictException.class, () -> AssessmentRules.requireClosable(DRAFT));
        assertEquals("wrong-status", e.code());
        assertEquals(DRAFT, e.extra().get("status"));
        assertEquals("The assessment is DRAFT: only an open assessment can be closed.", e.getMessage());
        assertEquals(
                "assessment-not-open",
                assertThrows(ConflictException.class, () -> AssessmentRules.requireAnswerable(CLOSED))
                        .code());
    }

    @Test
    void aDraftOpensOnlyWithRespondents() {
        ConflictException e = assertThrows(ConflictException.class, () -> AssessmentRules.requireOpenable(DRAFT, 0));
        assertEquals("no-respondents", e.code());
        assertEquals(
                "wrong-status",
                assertThrows(ConflictException.class, () -> AssessmentRules.requireOpenable(OPEN, 0))
                        .code(),
                "the status is checked first");
    }

    @Test
    void aRespondentWithAnswersStays() {
        assertDoesNotThrow(() -> AssessmentRules.requireNoAnswers(0));
        ConflictException e = assertThrows(ConflictException.class, () -> AssessmentRules.requireNoAnswers(3));
        assertEquals("respondent-has-answers", e.code());
        assertEquals(3L, e.extra().get("answers"));
    }

    @Test
    void targetsNameADimensionAndALevelOfTheScale() {
        assertDoesNotThrow(() -> AssessmentRules.requireValidTargets(DEFINITION, Map.of("marketing", 1, "sales", 5)));
        Map<String, Integer> bad = new LinkedHashMap<>();
        bad.put("marketing", 0);
        bad.put("sales", 6);
        bad.put("astrology", 3);
        bad.put("service", null);
        InvalidException e =
                assertThrows(InvalidException.class, () -> AssessmentRules.requireValidTargets(DEFINITION, bad));
        assertEquals("Some targets are invalid.", e.getMessage());
        assertEquals(
                Map.of(
                        "targets.marketing",
                        "must be between 1 and 5",
                        "targets.sales",
                        "must be between 1 and 5",
                        "targets.astrology",
                        "no such dimension in the framework",
                        "targets.service",
                        "must be between 1 and 5"),
                e.fields().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                FieldError::field, f -> f.message(java.util.Locale.ENGLISH))));
    }

    @Test
    void aRespondentAnswersForTheGivenFunctionElseTheirOwnElseOther() {
        assertEquals("it", AssessmentRules.respondentFunction("it", "marketing"));
        assertEquals("marketing", AssessmentRules.respondentFunction(null, "marketing"));
        assertEquals("other", AssessmentRules.respondentFunction(null, null));
        assertEquals("other", AssessmentRules.respondentFunction(null, "astrologer"), "an unknown function is other");
    }

    @Test
    void onlyTenantAdminsManage() {
        CurrentUser admin = new CurrentUser("a", null, null, Set.of(Roles.TENANT_ADMIN), null, null);
        CurrentUser respondent = new CurrentUser("r", null, null, Set.of(Roles.RESPONDENT), null, null);
        assertDoesNotThrow(() -> AssessmentRules.requireAdmin(admin));
        assertThrows(ForbiddenException.class, () -> AssessmentRules.requireAdmin(respondent));
    }
}
