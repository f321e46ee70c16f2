package io.socialmaturity.assessment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One respondent's own progress in one assessment, read for a whole page at once (RespondentRepository#progressOf). */
@Introspected
record MyProgressRow(
        long assessmentId,
        String businessFunction,
        @Nullable Instant submittedAt,
        long answered) {}
