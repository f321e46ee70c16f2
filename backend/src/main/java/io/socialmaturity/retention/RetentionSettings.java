package io.socialmaturity.retention;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads and changes the caller's tenant's retention setting; the tenant is always the caller's. */
@Singleton
class RetentionSettings {

    /** The shortest retention a tenant may choose: README.md, "Retention", says why. */
    static final int MINIMUM_YEARS = 1;

    static final int MAXIMUM_YEARS = 50;

    private final RetentionRepository repository;
    private final AuditService audit;
    private final Clock clock;

    RetentionSettings(RetentionRepository repository, AuditService audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    RetentionView view(CurrentUser user) {
        long tenantId = user.tenantId();
        return view(tenantId, repository.find(tenantId));
    }

    /** Sets ({@code years}) or clears ({@code null}: keep forever) the retention; audited in both trails. */
    @Transactional
    RetentionView change(CurrentUser user, RetentionChange change) {
        long tenantId = user.tenantId();
        String alias = user.requireTenant().alias();
        Integer years = years(change.years());
        Optional<RetentionRecord> before = repository.find(tenantId);
        if (years == null) {
            repository.clear(tenantId);
        } else {
            repository.upsert(tenantId, years, Instant.now(clock), user.id());
        }
        Map<String, Object> details = new HashMap<>();
        details.put("years", years);
        details.put("before", before.map(RetentionRecord::years).orElse(null));
        audit.record(tenantId, user, "retention.changed", "tenant", alias, details);
        audit.recordPlatform(user, "retention.changed", alias, "tenant", alias, details);
        return view(tenantId, repository.find(tenantId));
    }

    /** The requested years: null, or a whole number within the bounds; anything else is a 400 naming {@code years}. */
    private static @Nullable Integer years(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw InvalidException.field("years", "violation.whole-number");
        }
        double v = n.doubleValue();
        if (v < MINIMUM_YEARS || v > MAXIMUM_YEARS) {
            throw InvalidException.field("years", "violation.between", MINIMUM_YEARS, MAXIMUM_YEARS);
        }
        return (int) v;
    }

    private RetentionView view(long tenantId, Optional<RetentionRecord> setting) {
        Instant now = Instant.now(clock);
        return new RetentionView(
                setting.map(RetentionRecord::years).orElse(null),
                MINIMUM_YEARS,
                MAXIMUM_YEARS,
                setting.map(r -> repository.countExpired(tenantId, RetentionJob.cutoff(now, r.years())))
                        .orElse(0L),
                setting.map(RetentionRecord::updatedAt).orElse(null));
    }

    /** A change of the setting. {@code years} is taken as any JSON value, so that a wrong type names the field. */
    @Serdeable
    record RetentionChange(
            @Schema(
                    type = "integer",
                    nullable = true,
                    minimum = "1",
                    maximum = "50",
                    description = "Years a closed assessment is kept after its close; null: keep forever")
            @Nullable
            Object years) {}

    /** The tenant's setting. */
    @Serdeable
    record RetentionView(
            @Schema(description = "Years a closed assessment is kept after its close; null: keep forever") @Nullable
            Integer years,

            int minimumYears,
            int maximumYears,

            @Schema(description = "Closed assessments already past the retention: the next run deletes them")
            long closedPastRetention,

            @Nullable Instant updatedAt) {}
}
