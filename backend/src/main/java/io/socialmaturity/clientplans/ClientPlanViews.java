package io.socialmaturity.clientplans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.socialmaturity.actions.ActionViews.ActionPlan;
import io.socialmaturity.actions.Effort;
import io.socialmaturity.consulting.ConsultingViews.TenantRef;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Commands and responses of a client's plan as its consultancy sees it, and of proposals. */
public final class ClientPlanViews {

    private ClientPlanViews() {}

    /**
     * A client's action plan for its consultancy: every action with its owners and overdue flag, and the progress;
     * {@code contribute}: the consultancy may propose actions; {@code assessments}: the closed results it may see
     * (a proposal may name one; its framework version checks the dimension and question keys).
     */
    @Serdeable
    public record ClientPlan(
            long clientId,
            TenantRef company,
            boolean contribute,
            List<ClientAssessment> assessments,
            ActionPlan plan,
            int pendingProposals) {}

    @Serdeable
    public record ClientAssessment(long id, String title) {}

    /**
     * A consultant's proposed action. {@code assessmentId}: one of the client's closed results the consultancy sees
     * (its framework checks the dimension and question keys; without it the client's latest visible result's does,
     * else the latest default framework).
     */
    @Serdeable
    public record ProposeAction(
            @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = 5000) String description,
            @Nullable Long assessmentId,
            @NotBlank @Size(max = 64) String dimension,
            @Nullable @Size(max = 50) List<String> questionKeys,
            @Nullable Effort effort,
            @Nullable @Min(1) @Max(5) Integer expectedLevel,
            @Nullable LocalDate dueDate) {}

    /** A company admin accepts a proposal: the action is created with these owners and due date (else the proposal's). */
    @Serdeable
    public record AcceptProposal(
            @Nullable @Size(max = 10) List<String> ownerIds,
            @Nullable LocalDate dueDate,
            @Nullable @Size(max = 2000) String note) {}

    /** A company admin rejects a proposal, with a note the consultancy reads. */
    @Serdeable
    public record RejectProposal(@Nullable @Size(max = 2000) String note) {}

    /** A proposal as both sides see it; {@code actionId}: the action made when it was accepted. */
    @Serdeable
    public record Proposal(
            long id,
            TenantRef company,
            TenantRef consultancy,
            String title,
            @Nullable String description,
            @Nullable Long assessmentId,
            String frameworkKey,
            int frameworkVersion,
            String dimension,
            String dimensionName,
            List<String> questionKeys,
            @Nullable Effort effort,
            @Nullable Integer expectedLevel,
            @Nullable LocalDate dueDate,
            ProposalStatus status,
            @Nullable String proposedByName,
            Instant createdAt,
            @Nullable String decidedByName,
            @Nullable Instant decidedAt,
            @Nullable String decisionNote,
            @Nullable Long actionId) {}
}
