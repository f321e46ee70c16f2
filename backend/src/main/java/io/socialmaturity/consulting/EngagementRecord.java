package io.socialmaturity.consulting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("engagement")
record EngagementRecord(
        @Id @GeneratedValue @Nullable Long id,
        long companyTenantId,
        long consultancyTenantId,
        EngagementStatus status,
        boolean allAssessments,
        boolean contribute,
        String grantedBy,
        Instant grantedAt,
        @Nullable String acceptedBy,
        @Nullable Instant acceptedAt,
        @Nullable String endedBy,
        @Nullable Instant endedAt) {}
