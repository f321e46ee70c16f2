package io.socialmaturity.clientplans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A consultancy's proposed action for a company's plan (table action_proposal); tenantId is the company. */
@MappedEntity("action_proposal")
record ProposalRecord(
        @Id @GeneratedValue @Nullable Long id,
        long tenantId,
        long engagementId,
        long consultancyTenantId,
        String proposedBy,
        @Nullable String proposedByName,
        String title,
        @Nullable String description,
        @Nullable Long assessmentId,
        String frameworkKey,
        int frameworkVersion,
        String dimensionKey,
        String questionKeys,
        @Nullable String effort,
        @Nullable Integer expectedLevel,
        @Nullable LocalDate dueDate,
        ProposalStatus status,
        Instant createdAt,
        @Nullable String decidedBy,
        @Nullable String decidedByName,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote,
        @Nullable Long actionId) {}
