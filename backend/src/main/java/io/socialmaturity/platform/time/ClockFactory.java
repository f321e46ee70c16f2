package io.socialmaturity.platform.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The one clock of the application; code asks it for the time ({@code Instant.now(clock)}) so a test can
 * replace it. It ticks in whole milliseconds, the precision the database stores (TIMESTAMP(3)), so a time an
 * API answers equals the one read back later.
 */
@Factory
class ClockFactory {

    @Singleton
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
