package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.socialmaturity.assessment.AssessmentCommands.AddRespondent;
import io.socialmaturity.assessment.AssessmentCommands.CreateAssessment;
import io.socialmaturity.assessment.AssessmentCommands.RemindNow;
import io.socialmaturity.assessment.AssessmentCommands.SaveAnswer;
import io.socialmaturity.assessment.AssessmentCommands.SetAnonymity;
import io.socialmaturity.assessment.AssessmentCommands.SetRecurrence;
import io.socialmaturity.assessment.AssessmentCommands.SetSchedule;
import io.socialmaturity.assessment.AssessmentCommands.SetTargets;
import io.socialmaturity.assessment.AssessmentViews.AnswerView;
import io.socialmaturity.assessment.AssessmentViews.AssessmentDetail;
import io.socialmaturity.assessment.AssessmentViews.AssessmentSummary;
import io.socialmaturity.assessment.AssessmentViews.Questionnaire;
import io.socialmaturity.assessment.AssessmentViews.ReminderOutcome;
import io.socialmaturity.assessment.AssessmentViews.Submission;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.Language;
import io.socialmaturity.platform.web.PageResponse;
import io.socialmaturity.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

@Controller("/api/v1/assessments")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "assessments")
class AssessmentController {

    private final AssessmentLifecycle lifecycle;
    private final AssessmentOverview overview;
    private final RespondentInvitations invitations;
    private final Questionnaires questionnaires;
    private final Autosave autosave;
    private final AssessmentResults results;
    private final ResultsPresenter presenter;
    private final RecurringCycles cycles;
    private final AssessmentAnonymity anonymity;
    private final AssessmentSchedules schedules;
    private final Reminders reminders;

    AssessmentController(
            AssessmentLifecycle lifecycle,
            AssessmentOverview overview,
            RespondentInvitations invitations,
            Questionnaires questionnaires,
            Autosave autosave,
            AssessmentResults results,
            ResultsPresenter presenter,
            RecurringCycles cycles,
            AssessmentAnonymity anonymity,
            AssessmentSchedules schedules,
            Reminders reminders) {
        this.lifecycle = lifecycle;
        this.overview = overview;
        this.invitations = invitations;
        this.questionnaires = questionnaires;
        this.autosave = autosave;
        this.results = results;
        this.presenter = presenter;
        this.cycles = cycles;
        this.anonymity = anonymity;
        this.schedules = schedules;
        this.reminders = reminders;
    }

    @Post
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary =
                    "Create an assessment (tenant admins); the framework version is pinned now, the latest when none is given")
    HttpResponse<AssessmentDetail> create(CurrentUser user, @Valid @Body CreateAssessment command) {
        AssessmentDetail created = lifecycle.create(user, command);
        return HttpResponse.created(created).header("Location", "/api/v1/assessments/" + created.id());
    }

    @Get
    @Operation(
            summary =
                    "Assessments, newest first: all of the tenant for tenant admins, the caller's own for respondents")
    PageResponse<AssessmentSummary> list(
            CurrentUser user, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return overview.list(user, Paging.of(page, size));
    }

    @Get("/{id}")
    @Operation(summary = "One assessment with targets, respondents and progress")
    AssessmentDetail get(CurrentUser user, long id) {
        return overview.get(user, id);
    }

    @Put("/{id}/targets")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Set the target level (1-5) per dimension")
    AssessmentDetail setTargets(CurrentUser user, long id, @Valid @Body SetTargets command) {
        return lifecycle.setTargets(user, id, command);
    }

    @Put("/{id}/anonymity")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary =
                    "Make a draft anonymous or not (nobody, administrators included, sees whose answers are whose); fixed once open (409)")
    AssessmentDetail setAnonymity(CurrentUser user, long id, @Valid @Body SetAnonymity command) {
        return anonymity.set(user, id, command);
    }

    @Put("/{id}/schedule")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary =
                    "Set the due date (a date: due at the end of that day in maturity.campaigns.zone), auto-close and the reminder schedule (first N days before the due date, then every M days) while the assessment is a draft or open; the whole schedule is replaced")
    AssessmentDetail setSchedule(CurrentUser user, long id, @Valid @Body SetSchedule command) {
        return schedules.set(user, id, command);
    }

    @Post("/{id}/reminders")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary =
                    "Remind now: queue a reminder email to one respondent (userId) or to every respondent who has not submitted; at most one per respondent per day, the others are reported as skipped")
    ReminderOutcome remind(CurrentUser user, long id, @Valid @Body RemindNow command) {
        return reminders.remindNow(user, id, command);
    }

    @Post("/{id}/respondents")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Invite a user of the same tenant as respondent, with their business function")
    AssessmentDetail addRespondent(CurrentUser user, long id, @Valid @Body AddRespondent command) {
        return invitations.addRespondent(user, id, command);
    }

    @Delete("/{id}/respondents/{userId}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Remove a respondent who has not saved any answer yet")
    AssessmentDetail removeRespondent(CurrentUser user, long id, @Size(max = 64) String userId) {
        return invitations.removeRespondent(user, id, userId);
    }

    @Post("/{id}/open")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Open a draft for answers")
    AssessmentDetail open(CurrentUser user, long id) {
        return lifecycle.open(user, id);
    }

    @Post("/{id}/close")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Close an open assessment and keep its result as an immutable snapshot")
    AssessmentDetail close(CurrentUser user, long id, HttpRequest<?> request) {
        return lifecycle.close(user, id, Language.locale(request));
    }

    @Put("/{id}/recurrence")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary =
                    "Repeat every N months (1-24, null: no longer), the next cycle on this framework version or the latest; while draft or open")
    AssessmentDetail setRecurrence(CurrentUser user, long id, @Valid @Body SetRecurrence command) {
        return cycles.setRecurrence(user, id, command);
    }

    @Get("/{id}/questionnaire")
    @Operation(summary = "The caller's questions (by business function) with their saved answers and progress")
    Questionnaire questionnaire(CurrentUser user, long id, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        return questionnaires.questionnaire(user, id, Language.resolve(lang, request));
    }

    @Put("/{id}/answers/{questionKey}")
    @Operation(summary = "Autosave one answer; idempotent; a stale baseRevision gives 409 with the current answer")
    AnswerView saveAnswer(
            CurrentUser user, long id, @Size(max = 64) String questionKey, @Valid @Body SaveAnswer command) {
        return autosave.saveAnswer(user, id, questionKey, command);
    }

    @Post("/{id}/submit")
    @Operation(
            summary =
                    "Mark the caller's questionnaire as submitted; answers can still change until the assessment closes")
    Submission submit(CurrentUser user, long id) {
        return questionnaires.submit(user, id);
    }

    @Get("/{id}/results")
    @Operation(
            summary =
                    "Scores, levels, coverage, targets, perception gap, roadmap and published-figure placement; live while open (tenant admins), the snapshot once closed; figures by business function only from 3 respondents of it (1, marked, for tenant admins and consultants; 3 for everyone in an anonymous assessment); display: every figure and text formatted in the request language (?lang= or Accept-Language), as in the PDF")
    ResultsPresenter.ResultsResponse results(
            CurrentUser user, long id, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        return presenter.present(user, results.results(user, id), Language.resolve(lang, request));
    }
}
