package io.socialmaturity.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** One action of a company's plan (table action_item, V16). */
@MappedEntity("action_item")
record ActionRecord(
        @Id @GeneratedValue @Nullable Long id,
        long tenantId,
        String title,
        @Nullable String description,
        String frameworkKey,
        int frameworkVersion,
        String dimensionKey,
        String questionKeys,
        @Nullable LocalDate dueDate,
        ActionStatus status,
        @Nullable String effort,
        @Nullable BigDecimal costEstimate,
        @Nullable Integer expectedLevel,
        @Nullable Long sourceAssessmentId,
        @Nullable String sourceRecommendationKey,
        @Nullable Instant doneAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    List<String> questionKeyList() {
        return questionKeys == null || questionKeys.isBlank() ? List.of() : Arrays.asList(questionKeys.split(","));
    }
}
