package io.socialmaturity.assessment;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The due-date jobs, every 5 minutes on every replica (unless {@code maturity.campaigns.jobs-enabled=false}):
 * closes the assessments whose due date has passed and that close automatically, through the admin's close
 * ({@link AssessmentLifecycle#close}: snapshot, {@link AssessmentClosed}, audit as the system actor), and queues
 * the day's scheduled reminders ({@link Reminders#runScheduled}). Each assessment is claimed with {@code FOR UPDATE
 * SKIP LOCKED} on its row, so one replica handles it; tests call {@link #closeDue} with the time they want.
 */
@Singleton
class DueDateJobs {

    private static final Logger LOG = LoggerFactory.getLogger(DueDateJobs.class);

    private final ScheduleRepository schedules;
    private final AssessmentLifecycle lifecycle;
    private final Reminders reminders;
    private final SystemActors system;
    private final CampaignProperties properties;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    DueDateJobs(
            ScheduleRepository schedules,
            AssessmentLifecycle lifecycle,
            Reminders reminders,
            SystemActors system,
            CampaignProperties properties,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.schedules = schedules;
        this.lifecycle = lifecycle;
        this.reminders = reminders;
        this.system = system;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "5m", initialDelay = "1m")
    void tick() {
        if (!properties.jobsEnabled()) {
            return;
        }
        Instant now = Instant.now(clock);
        try {
            closeDue(now);
            reminders.runScheduled(now);
        } catch (RuntimeException e) {
            LOG.warn("Due-date jobs could not run: {}", e.getMessage());
        }
    }

    /** Closes every open, auto-closing assessment whose due day ended before {@code now}; returns how many. */
    int closeDue(Instant now) {
        LocalDate today = DueDates.today(now, properties.zoneId());
        int closed = 0;
        for (ScheduleRepository.AssessmentRef ref : schedules.dueForClosing(today)) {
            try {
                closed += transactions.executeWrite(status -> closeOne(ref, today));
            } catch (RuntimeException e) {
                LOG.warn("Assessment {} could not be closed at its due date: {}", ref.assessmentId(), e.getMessage());
            }
        }
        return closed;
    }

    private int closeOne(ScheduleRepository.AssessmentRef ref, LocalDate today) {
        if (schedules.claimOpen(ref.tenantId(), ref.assessmentId()).isEmpty()) {
            return 0; // closed meanwhile, or another replica is closing it
        }
        ScheduleRecord s = schedules.find(ref.tenantId(), ref.assessmentId()).orElse(null);
        if (s == null || !s.autoClose() || s.dueDate() == null || !s.dueDate().isBefore(today)) {
            return 0; // the admin changed the schedule meanwhile
        }
        var actor = system.forTenant(ref.tenantId()).orElse(null);
        if (actor == null) {
            return 0;
        }
        lifecycle.close(
                actor,
                ref.assessmentId(),
                java.util.Locale.ENGLISH,
                Map.of("reason", "due-date", "dueDate", s.dueDate().toString()));
        return 1;
    }
}
