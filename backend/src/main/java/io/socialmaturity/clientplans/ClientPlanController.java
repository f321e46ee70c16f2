package io.socialmaturity.clientplans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.socialmaturity.clientplans.ClientPlanViews.AcceptProposal;
import io.socialmaturity.clientplans.ClientPlanViews.ClientPlan;
import io.socialmaturity.clientplans.ClientPlanViews.Proposal;
import io.socialmaturity.clientplans.ClientPlanViews.ProposeAction;
import io.socialmaturity.clientplans.ClientPlanViews.RejectProposal;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.platform.web.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "client plans")
class ClientPlanController {

    private final ClientPlanService service;

    ClientPlanController(ClientPlanService service) {
        this.service = service;
    }

    // consultancy side

    @Get("/portfolio/clients/{clientId}/plan{?lang}")
    @Secured({Roles.TENANT_ADMIN, Roles.CONSULTANT})
    @Operation(
            summary = "A client's action plan (actions, owners, progress, overdue) for its consultancy",
            description = "Needs an active engagement (404 otherwise, also from the request after a revoke).")
    ClientPlan plan(CurrentUser user, long clientId, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        return service.plan(user, clientId, Language.resolve(lang, request));
    }

    @Get("/portfolio/clients/{clientId}/proposals{?lang}")
    @Secured({Roles.TENANT_ADMIN, Roles.CONSULTANT})
    @Operation(summary = "The consultancy's proposals to a client, newest first, with the client's decisions")
    List<Proposal> proposals(
            CurrentUser user, long clientId, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        return service.proposalsOf(user, clientId, Language.resolve(lang, request));
    }

    @Post("/portfolio/clients/{clientId}/proposals{?lang}")
    @Secured({Roles.TENANT_ADMIN, Roles.CONSULTANT})
    @Operation(
            summary = "Propose an action for a client's plan",
            description = "Needs an engagement with the contribute grant (403 without it). Dimension and question keys"
                    + " are checked against the named assessment's framework version (one the consultancy sees), else"
                    + " the client's latest visible result's, else the default framework's latest. At most "
                    + ClientPlanService.MAX_PENDING
                    + " proposals wait for one client's answer (409 beyond).")
    HttpResponse<Proposal> propose(
            CurrentUser user,
            long clientId,
            @Valid @Body ProposeAction command,
            @Nullable @QueryValue String lang,
            HttpRequest<?> request) {
        return HttpResponse.created(service.propose(user, clientId, command, Language.resolve(lang, request)));
    }

    @Delete("/portfolio/clients/{clientId}/proposals/{id}{?lang}")
    @Secured({Roles.TENANT_ADMIN, Roles.CONSULTANT})
    @Operation(summary = "Withdraw a pending proposal (409 once the client has decided)")
    Proposal withdraw(
            CurrentUser user, long clientId, long id, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        return service.withdraw(user, clientId, id, Language.resolve(lang, request));
    }

    // company side

    @Get("/action-proposals{?status,lang}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Actions proposed by the company's consultancies, pending first (status filters)")
    List<Proposal> ofCompany(
            CurrentUser user,
            @Nullable @QueryValue ProposalStatus status,
            @Nullable @QueryValue String lang,
            HttpRequest<?> request) {
        return service.ofCompany(user, status, Language.resolve(lang, request));
    }

    @Post("/action-proposals/{id}/accept{?lang}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(
            summary = "Accept a proposal: the action is created in the plan",
            description = "With the given owners (users of the company, told by mail) and due date, else the"
                    + " proposal's; 409 when the proposal was already accepted, rejected or withdrawn.")
    Proposal accept(
            CurrentUser user,
            long id,
            @Valid @Body AcceptProposal command,
            @Nullable @QueryValue String lang,
            HttpRequest<?> request) {
        return service.accept(user, id, command, Language.resolve(lang, request));
    }

    @Post("/action-proposals/{id}/reject{?lang}")
    @Secured(Roles.TENANT_ADMIN)
    @Operation(summary = "Reject a proposal, with a note the consultancy reads")
    Proposal reject(
            CurrentUser user,
            long id,
            @Valid @Body RejectProposal command,
            @Nullable @QueryValue String lang,
            HttpRequest<?> request) {
        return service.reject(user, id, command, Language.resolve(lang, request));
    }
}
