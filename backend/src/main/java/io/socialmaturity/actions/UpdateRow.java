package io.socialmaturity.actions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One entry of an action's update log (table action_update). */
@Introspected
record UpdateRow(
        long id,
        long actionId,
        Instant at,
        String actorId,
        @Nullable String actorName,
        String kind,
        @Nullable String changes,
        @Nullable String note) {}
