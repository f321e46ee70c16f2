package io.socialmaturity.actions;

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
import io.socialmaturity.actions.ActionCommands.AddUpdate;
import io.socialmaturity.actions.ActionCommands.CreateAction;
import io.socialmaturity.actions.ActionCommands.FromRoadmap;
import io.socialmaturity.actions.ActionCommands.Reassign;
import io.socialmaturity.actions.ActionCommands.UpdateAction;
import io.socialmaturity.actions.ActionViews.Action;
import io.socialmaturity.actions.ActionViews.ActionPlan;
import io.socialmaturity.actions.ActionViews.AssessmentLoop;
import io.socialmaturity.actions.ActionViews.PairProposal;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.spreadsheet.Csv;
import io.socialmaturity.platform.spreadsheet.Xlsx;
import io.socialmaturity.platform.web.Downloads;
import io.socialmaturity.platform.web.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;

@Controller("/api/v1/actions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "actions")
class ActionController {

    private final ActionReads reads;
    private final ActionAuthoring authoring;
    private final ActionEditing editing;
    private final ActionExports exports;
    private final ActionLoops loops;

    ActionController(
            ActionReads reads,
            ActionAuthoring authoring,
            ActionEditing editing,
            ActionExports exports,
            ActionLoops loops) {
        this.reads = reads;
        this.authoring = authoring;
        this.editing = editing;
        this.exports = exports;
        this.loops = loops;
    }

    @Get("{?dimension,owner,status,lang}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary = "The company's action plan",
            description = "Every action matching the filters (dimension key, owner's user id, status), each with its"
                    + " owners and overdue flag, and the progress of the whole plan: done of all (dropped apart),"
                    + " overdue, per dimension. Tenant admins only.")
    ActionPlan plan(
            CurrentUser user,
            HttpRequest<?> request,
            @Nullable @QueryValue String dimension,
            @Nullable @QueryValue String owner,
            @Nullable @QueryValue ActionStatus status,
            @Nullable @QueryValue String lang) {
        return reads.plan(user, dimension, owner, status, Language.resolve(lang, request));
    }

    @Get(uri = "/export.csv{?dimension,owner,status,lang}", produces = Csv.CONTENT_TYPE)
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary = "The action plan as CSV",
            description = "One row per action with the plan API's filters and values (owners' names, due date,"
                    + " status, overdue, effort, cost, expected level, source); UTF-8 with a byte-order mark, formula"
                    + " cells neutralised; audited. Tenant admins only.")
    HttpResponse<byte[]> exportCsv(
            CurrentUser user,
            HttpRequest<?> request,
            @Nullable @QueryValue String dimension,
            @Nullable @QueryValue String owner,
            @Nullable @QueryValue ActionStatus status,
            @Nullable @QueryValue String lang) {
        return Downloads.attachment(
                exports.export(
                        user, dimension, owner, status, Language.resolve(lang, request), ActionExports.Format.CSV),
                Csv.CONTENT_TYPE,
                "action-plan.csv");
    }

    @Get(uri = "/export.xlsx{?dimension,owner,status,lang}", produces = Xlsx.CONTENT_TYPE)
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary = "The action plan as XLSX",
            description = "The CSV's columns and values in one sheet (dates as date cells, cost and levels as"
                    + " numbers, frozen header row); audited. Tenant admins only.")
    HttpResponse<byte[]> exportXlsx(
            CurrentUser user,
            HttpRequest<?> request,
            @Nullable @QueryValue String dimension,
            @Nullable @QueryValue String owner,
            @Nullable @QueryValue ActionStatus status,
            @Nullable @QueryValue String lang) {
        return Downloads.attachment(
                exports.export(
                        user, dimension, owner, status, Language.resolve(lang, request), ActionExports.Format.XLSX),
                Xlsx.CONTENT_TYPE,
                "action-plan.xlsx");
    }

    @Get("/loop{?lang}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary = "The plan's work next to the score changes, for every closed assessment",
            description = "Oldest first: per dimension the score and its change from the previous closed assessment"
                    + " of the same framework, the actions of that dimension done since the previous one closed (until"
                    + " this one closed; every earlier one for the first), and the open actions of a dimension that"
                    + " met its target, suggested for closing. Tenant admins only.")
    List<AssessmentLoop> loops(CurrentUser user, HttpRequest<?> request, @Nullable @QueryValue String lang) {
        return loops.all(user, Language.resolve(lang, request));
    }

    @Get("/loop/{assessmentId}{?lang}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary = "The plan's work next to the score changes of one closed assessment",
            description = "As in GET /loop; 404 when the assessment is not a closed one of the company.")
    AssessmentLoop loop(
            CurrentUser user, HttpRequest<?> request, long assessmentId, @Nullable @QueryValue String lang) {
        return loops.one(user, assessmentId, Language.resolve(lang, request));
    }

    @Get("/mine{?lang}")
    @Operation(
            summary = "My actions",
            description = "The actions the caller owns, with their progress; empty for a user who owns none.")
    ActionPlan mine(CurrentUser user, HttpRequest<?> request, @Nullable @QueryValue String lang) {
        return reads.mine(user, Language.resolve(lang, request));
    }

    @Get("/pairing")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary = "Owners proposed for an IT–marketing alignment action",
            description = "One enabled user of marketing and one of IT (business function in the directory), each the"
                    + " one with the fewest open actions; null when the company has nobody in that function.")
    PairProposal pairing(CurrentUser user) {
        return reads.pair(user);
    }

    @Get("/{id}{?lang}")
    @Operation(
            summary = "One action with its update log",
            description = "Tenant admins see every action of the company, other users the actions they own; any other"
                    + " action is not found.")
    Action get(CurrentUser user, HttpRequest<?> request, long id, @Nullable @QueryValue String lang) {
        return reads.get(user, id, Language.resolve(lang, request));
    }

    @Post("{?lang}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary = "Add an action",
            description = "Dimension and question keys are checked against the source assessment's framework version"
                    + " (else the default framework's latest); owners must be users of the company and are told by"
                    + " mail. A due date before today is accepted with a warning (warnings: dueDate/before-creation).")
    HttpResponse<Action> create(
            CurrentUser user,
            HttpRequest<?> request,
            @Valid @Body CreateAction command,
            @Nullable @QueryValue String lang) {
        return HttpResponse.created(authoring.create(user, command, Language.resolve(lang, request)));
    }

    @Post("/from-roadmap{?lang}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary = "Create actions from roadmap items",
            description = "One action per recommendation key of the assessment's roadmap (live or closed result), in"
                    + " one transaction: the recommendation's title and text in the request language, its dimension,"
                    + " the level it leads to as expected level.")
    HttpResponse<List<Action>> fromRoadmap(
            CurrentUser user,
            HttpRequest<?> request,
            @Valid @Body FromRoadmap command,
            @Nullable @QueryValue String lang) {
        return HttpResponse.created(authoring.fromRoadmap(user, command, Language.resolve(lang, request)));
    }

    @Put("/{id}{?lang}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary = "Edit an action",
            description = "Every field as it should be (owners through reassign). A dropped action is reopened only"
                    + " with a note (409 reopen-needs-note). Tenant admins only.")
    Action update(
            CurrentUser user,
            HttpRequest<?> request,
            long id,
            @Valid @Body UpdateAction command,
            @Nullable @QueryValue String lang) {
        return editing.update(user, id, command, Language.resolve(lang, request));
    }

    @Put("/{id}/owners{?lang}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary = "Reassign an action",
            description = "The new owners (users of the company); the added ones are told by mail. Tenant admins only.")
    Action reassign(
            CurrentUser user,
            HttpRequest<?> request,
            long id,
            @Valid @Body Reassign command,
            @Nullable @QueryValue String lang) {
        return editing.reassign(user, id, command, Language.resolve(lang, request));
    }

    @Post("/{id}/updates{?lang}")
    @Operation(
            summary = "Change the status of an action or add a note",
            description = "By one of its owners or a tenant admin; a dropped action is reopened only with a note (409"
                    + " reopen-needs-note).")
    Action addUpdate(
            CurrentUser user,
            HttpRequest<?> request,
            long id,
            @Valid @Body AddUpdate command,
            @Nullable @QueryValue String lang) {
        return editing.addUpdate(user, id, command, Language.resolve(lang, request));
    }

    @Delete("/{id}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Delete an action", description = "With its owners and log; audited. Tenant admins only.")
    HttpResponse<Void> delete(CurrentUser user, long id) {
        editing.delete(user, id);
        return HttpResponse.noContent();
    }
}
