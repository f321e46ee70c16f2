package io.socialmaturity.actions;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.mail.MailQueue;
import io.socialmaturity.mail.OutgoingMail;
import io.socialmaturity.platform.web.AppProperties;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly digest of overdue actions (template {@value #TEMPLATE}), every hour on every replica (unless
 * {@code maturity.campaigns.jobs-enabled=false}): each owner with overdue actions (due before today in the
 * campaigns' zone, not done or dropped) gets one digest per ISO week. The owner is claimed by a row of
 * {@code action_digest} (INSERT IGNORE with a random claim, then read back under a lock) in the transaction that
 * queues the mail, so two replicas never send a second one; tests call {@link #run} with the time they want.
 */
@Singleton
class ActionDigests {

    static final String TEMPLATE = "action-digest";
    static final String PROCESS = "action digest";
    private static final Logger LOG = LoggerFactory.getLogger(ActionDigests.class);

    private final ActionRepository actions;
    private final MailQueue mail;
    private final AuditService audit;
    private final AppProperties app;
    private final ActionZone zone;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ActionDigests(
            ActionRepository actions,
            MailQueue mail,
            AuditService audit,
            AppProperties app,
            ActionZone zone,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.actions = actions;
        this.mail = mail;
        this.audit = audit;
        this.app = app;
        this.zone = zone;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "2m")
    void tick() {
        if (!zone.jobsEnabled()) {
            return;
        }
        try {
            run(Instant.now(clock));
        } catch (RuntimeException e) {
            LOG.warn("The action digest could not run: {}", e.getMessage());
        }
    }

    /** Queues the digests due at {@code now}; returns how many were queued. */
    int run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone.zoneId());
        String week = ActionRules.isoWeek(today);
        int queued = 0;
        for (ActionRepository.OwnerRef ref : actions.ownersWithOverdue(today)) {
            try {
                queued += transactions.executeWrite(tx -> digest(ref, today, week, now));
            } catch (RuntimeException e) {
                LOG.warn("The digest of {} could not be queued: {}", ref.userId(), e.getMessage());
            }
        }
        return queued;
    }

    private int digest(ActionRepository.OwnerRef ref, LocalDate today, String week, Instant now) {
        String claim = UUID.randomUUID().toString();
        actions.claimDigest(ref.tenantId(), ref.userId(), week, now, claim);
        if (!actions.digestClaim(ref.tenantId(), ref.userId(), week)
                .map(claim::equals)
                .orElse(false)) {
            return 0; // already sent this week, or another replica is sending it
        }
        List<ActionRecord> overdue = actions.overdueOf(ref.tenantId(), ref.userId(), today);
        OwnerRow owner = overdue.isEmpty()
                ? null
                : actions.owners(ref.tenantId(), List.of(overdue.get(0).id())).stream()
                        .filter(o -> o.userId().equals(ref.userId()))
                        .findFirst()
                        .orElse(null);
        if (owner == null || owner.email() == null || owner.email().isBlank()) {
            return 0;
        }
        Locale locale = AssignmentMails.locale(owner.locale());
        boolean italian = "it".equals(locale.getLanguage());
        DateTimeFormatter date = DateTimeFormatter.ofPattern(italian ? "d/M/yyyy" : "d MMM yyyy", locale);
        Map<String, String> model = new LinkedHashMap<>();
        model.put("name", owner.displayName());
        model.put("count", String.valueOf(overdue.size()));
        model.put(
                "actions",
                overdue.stream()
                        .map(a -> "- " + a.title() + " (" + (italian ? "scadenza " : "due ")
                                + a.dueDate().format(date) + ")")
                        .collect(Collectors.joining("\n")));
        model.put("link", AssignmentMails.link(app.publicUrl()));
        long mailId = mail.enqueue(new OutgoingMail(
                ref.tenantId(),
                "action-digest:" + week,
                ref.userId(),
                owner.email(),
                owner.displayName(),
                locale,
                TEMPLATE,
                model));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mail", mailId);
        details.put("week", week);
        details.put("actions", overdue.stream().map(ActionRecord::id).toList());
        audit.recordSystem(ref.tenantId(), PROCESS, "action.digest-queued", "user", ref.userId(), details);
        return 1;
    }
}
