package io.socialmaturity.assessment;

import io.micronaut.serde.annotation.Serdeable;

/** DRAFT → OPEN → CLOSED, never back. */
@Serdeable
public enum AssessmentStatus {
    DRAFT,
    OPEN,
    CLOSED
}
