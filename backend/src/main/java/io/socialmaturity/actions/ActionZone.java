package io.socialmaturity.actions;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.ZoneId;

/**
 * The campaigns' settings the plan shares ({@code maturity.campaigns.*}): the zone in which a due date ends (an
 * action is overdue from the day after its due date there; the digest's ISO week is counted there), and whether
 * this instance runs the scheduled jobs (here: the weekly digest).
 */
@ConfigurationProperties("maturity.campaigns")
record ActionZone(
        @Bindable(defaultValue = "Europe/Rome") String zone,
        @Bindable(defaultValue = "true") boolean jobsEnabled) {

    ZoneId zoneId() {
        return ZoneId.of(zone);
    }
}
