package io.socialmaturity.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the action-plan API accepts. */
public final class ActionCommands {

    private ActionCommands() {}

    /**
     * A new action (tenant admins). {@code assessmentId}: the result it comes from; its framework version checks the
     * dimension and question keys (without it, the latest version of the default framework does).
     */
    @Serdeable
    public record CreateAction(
            @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = 5000) String description,
            @Nullable Long assessmentId,
            @NotBlank @Size(max = 64) String dimension,
            @Nullable @Size(max = 50) List<String> questionKeys,
            @Nullable @Size(max = 10) List<String> ownerIds,
            @Nullable LocalDate dueDate,
            @Nullable ActionStatus status,
            @Nullable Effort effort,
            @Nullable @PositiveOrZero BigDecimal costEstimate,
            @Nullable @Min(1) @Max(5) Integer expectedLevel) {}

    /**
     * Actions from roadmap items of an assessment's result, one per recommendation key, in one call: title and text
     * of the recommendation (in the request language), its dimension, the expected level it leads to.
     */
    @Serdeable
    public record FromRoadmap(
            @NotNull Long assessmentId,
            @NotEmpty @Size(max = 50) List<@NotBlank String> recommendationKeys,
            @Nullable @Size(max = 10) List<String> ownerIds,
            @Nullable LocalDate dueDate,
            @Nullable Effort effort) {}

    /** An admin's edit of an action: every field as it should be (owners change through reassign). */
    @Serdeable
    public record UpdateAction(
            @NotBlank @Size(max = 200) String title,
            @Nullable @Size(max = 5000) String description,
            @NotBlank @Size(max = 64) String dimension,
            @Nullable @Size(max = 50) List<String> questionKeys,
            @Nullable LocalDate dueDate,
            @NotNull ActionStatus status,
            @Nullable Effort effort,
            @Nullable @PositiveOrZero BigDecimal costEstimate,
            @Nullable @Min(1) @Max(5) Integer expectedLevel,
            @Nullable @Size(max = 2000) String note) {}

    /** New owners of an action (tenant admins); the added ones are told by mail. */
    @Serdeable
    public record Reassign(
            @NotNull @Size(max = 10) List<String> ownerIds,
            @Nullable @Size(max = 2000) String note) {}

    /** An owner's (or admin's) update: a new status, a note, or both. */
    @Serdeable
    public record AddUpdate(
            @Nullable ActionStatus status,
            @Nullable @Size(max = 2000) String note) {}
}
