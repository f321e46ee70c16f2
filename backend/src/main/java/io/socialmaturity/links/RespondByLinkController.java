package io.socialmaturity.links;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.socialmaturity.assessment.AssessmentCommands.SaveAnswer;
import io.socialmaturity.assessment.AssessmentViews.AnswerView;
import io.socialmaturity.assessment.AssessmentViews.Questionnaire;
import io.socialmaturity.assessment.AssessmentViews.Submission;
import io.socialmaturity.platform.web.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The personal link's API, without a sign-in: the token in the path is the only credential, and it alone decides
 * the tenant, the assessment and the respondent (no id of either is taken from the request).
 */
@Controller("/api/v1/respond/{token}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "personal links")
class RespondByLinkController {

    private final LinkAnswering answering;

    RespondByLinkController(LinkAnswering answering) {
        this.answering = answering;
    }

    @Get("/questionnaire")
    @Operation(
            summary =
                    "The link respondent's questions with their saved answers and progress; a dead link (unknown, expired, revoked, replaced) is 404 link-unavailable")
    Questionnaire questionnaire(
            @Size(max = 64) String token, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        return answering.questionnaire(token, Language.resolve(lang, request));
    }

    @Put("/answers/{questionKey}")
    @Operation(summary = "Autosave one answer through the link; a stale baseRevision gives 409 with the current answer")
    AnswerView saveAnswer(
            @Size(max = 64) String token, @Size(max = 64) String questionKey, @Valid @Body SaveAnswer command) {
        return answering.saveAnswer(token, questionKey, command);
    }

    @Post("/submit")
    @Operation(summary = "Mark the link respondent's questionnaire as submitted")
    Submission submit(@Size(max = 64) String token) {
        return answering.submit(token);
    }
}
