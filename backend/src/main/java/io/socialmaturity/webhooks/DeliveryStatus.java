package io.socialmaturity.webhooks;

import io.micronaut.serde.annotation.Serdeable;

/**
 * PENDING until the first attempt; RETRYING after a failed one with more to come; SUCCEEDED on a 2xx answer; FAILED
 * when the outbox gave up (or the endpoint was disabled by this failure); SKIPPED when the endpoint was disabled or
 * deleted before the attempt.
 */
@Serdeable
enum DeliveryStatus {
    PENDING,
    RETRYING,
    SUCCEEDED,
    FAILED,
    SKIPPED
}
