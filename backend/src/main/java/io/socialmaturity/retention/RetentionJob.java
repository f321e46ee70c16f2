package io.socialmaturity.retention;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantService;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily retention job, on every replica (unless {@code maturity.retention.jobs-enabled=false}): for each tenant
 * with a retention of N years, deletes its closed assessments closed more than N years before now, each in its own
 * transaction after claiming the assessment's row with {@code FOR UPDATE SKIP LOCKED} (one replica deletes it), and
 * records the deletion in the tenant's and the platform's trail. Tests call {@link #apply} with the time they want.
 */
@Singleton
class RetentionJob {

    static final String PROCESS = "retention";

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionRepository repository;
    private final AssessmentPurge purge;
    private final TenantService tenants;
    private final AuditService audit;
    private final RetentionProperties properties;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    RetentionJob(
            RetentionRepository repository,
            AssessmentPurge purge,
            TenantService tenants,
            AuditService audit,
            RetentionProperties properties,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.repository = repository;
        this.purge = purge;
        this.tenants = tenants;
        this.audit = audit;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "24h", initialDelay = "10m")
    void daily() {
        if (!properties.jobsEnabled()) {
            return;
        }
        try {
            int deleted = apply(Instant.now(clock));
            if (deleted > 0) {
                LOG.info("Retention deleted {} closed assessments", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warn("The retention job could not run: {}", e.getMessage());
        }
    }

    /** The close before which an assessment is past a retention of {@code years} years at {@code now} (UTC). */
    static Instant cutoff(Instant now, int years) {
        return now.atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
    }

    /** Deletes every closed assessment past its tenant's retention at {@code now}; returns how many. */
    int apply(Instant now) {
        int deleted = 0;
        for (RetentionRecord setting : repository.all()) {
            Tenant tenant = tenants.findById(setting.tenantId()).orElse(null);
            if (tenant == null) {
                continue;
            }
            Instant cutoff = cutoff(now, setting.years());
            List<RetentionRepository.Expired> batch;
            int before;
            do { // batches of 200, until a batch is short or deletes nothing (the rest failed or is claimed)
                batch = repository.expired(tenant.id(), cutoff);
                before = deleted;
                for (RetentionRepository.Expired expired : batch) {
                    try {
                        deleted += transactions.executeWrite(
                                status -> deleteOne(tenant, setting.years(), expired, cutoff) ? 1 : 0);
                    } catch (RuntimeException e) {
                        LOG.warn(
                                "Assessment {} of {} could not be deleted by retention: {}",
                                expired.id(),
                                tenant.alias(),
                                e.getMessage());
                    }
                }
            } while (batch.size() == RetentionRepository.BATCH && deleted > before);
        }
        return deleted;
    }

    private boolean deleteOne(Tenant tenant, int years, RetentionRepository.Expired expired, Instant cutoff) {
        if (repository.claimExpired(tenant.id(), expired.id(), cutoff).isEmpty()) {
            return false; // deleted meanwhile, or another replica is deleting it
        }
        if (!purge.delete(tenant.id(), expired.id())) {
            return false;
        }
        Map<String, Object> details = Map.of("closedAt", expired.closedAt().toString(), "years", years);
        String id = String.valueOf(expired.id());
        audit.recordSystem(tenant.id(), PROCESS, "assessment.retention-deleted", "assessment", id, details);
        audit.recordPlatformSystem(PROCESS, "assessment.retention-deleted", tenant.alias(), "assessment", id, details);
        return true;
    }
}
