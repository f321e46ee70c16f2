package io.socialmaturity.links;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.socialmaturity.links.LinkApi.AddExternalRespondent;
import io.socialmaturity.links.LinkApi.ExternalRespondentView;
import io.socialmaturity.links.LinkApi.ResendLink;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;

@Controller("/api/v1/assessments/{id}/external-respondents")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.TENANT_ADMIN)
@Tag(name = "personal links")
class ExternalRespondentController {

    private final ExternalRespondents externals;

    ExternalRespondentController(ExternalRespondents externals) {
        this.externals = externals;
    }

    @Get
    @Operation(summary = "Respondents without an account, with their link's state, newest mail and progress")
    List<ExternalRespondentView> list(CurrentUser user, long id) {
        return externals.list(user, id);
    }

    @Post
    @Operation(
            summary =
                    "Add a respondent without an account (email, name, business function, mail language, optional last day of the link); the personal link is mailed now when the assessment is open, else when it opens. An email of an existing account is 409.")
    HttpResponse<ExternalRespondentView> add(CurrentUser user, long id, @Valid @Body AddExternalRespondent command) {
        return HttpResponse.created(externals.add(user, id, command));
    }

    @Post("/{respondentId}/revoke")
    @Operation(summary = "Revoke the personal link: it stops working at once (answers given stay)")
    ExternalRespondentView revoke(CurrentUser user, long id, long respondentId) {
        return externals.revoke(user, id, respondentId);
    }

    @Post("/{respondentId}/resend")
    @Operation(summary = "Make a new personal link and mail it; the previous link stops working")
    ExternalRespondentView resend(
            CurrentUser user, long id, long respondentId, @Valid @Nullable @Body ResendLink command) {
        return externals.resend(user, id, respondentId, command);
    }
}
