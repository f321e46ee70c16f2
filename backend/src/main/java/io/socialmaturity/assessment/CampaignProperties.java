package io.socialmaturity.assessment;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.ZoneId;

/**
 * {@code maturity.campaigns.*}: the zone in which a due date ends (an assessment is due at the end of its due
 * day there, and "one reminder a day" counts days there), and whether this instance runs the due-date jobs
 * (auto-close, scheduled reminders; every replica may run them, each assessment is claimed by one).
 */
@ConfigurationProperties("maturity.campaigns")
record CampaignProperties(
        @Bindable(defaultValue = "Europe/Rome") String zone,
        @Bindable(defaultValue = "true") boolean jobsEnabled) {

    ZoneId zoneId() {
        return ZoneId.of(zone);
    }
}
