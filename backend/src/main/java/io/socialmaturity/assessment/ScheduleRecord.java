package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.time.LocalDate;

/** An assessment's due date, auto-close choice and reminder schedule (table assessment_schedule, V8). */
@MappedEntity("assessment_schedule")
record ScheduleRecord(
        @EmbeddedId Key key,
        @Nullable LocalDate dueDate,
        boolean autoClose,
        @Nullable Integer remindDaysBefore,
        @Nullable Integer remindEveryDays,
        Instant updatedAt) {

    @Embeddable
    record Key(
            @MappedProperty("tenant_id") long tenantId,
            @MappedProperty("assessment_id") long assessmentId) {}

    long assessmentId() {
        return key.assessmentId();
    }

    boolean reminds() {
        return dueDate != null && remindDaysBefore != null && remindEveryDays != null;
    }
}
