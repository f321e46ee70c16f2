package io.socialmaturity.actions;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** An owner of an action as stored when assigned (table action_owner). */
@Introspected
record OwnerRow(
        long actionId,
        String userId,
        String displayName,
        @Nullable String email,
        @Nullable String businessFunction,
        @Nullable String locale) {}
