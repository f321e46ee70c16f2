package io.socialmaturity.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.mail.MailQueue;
import io.socialmaturity.mail.OutgoingMail;
import io.socialmaturity.platform.outbox.OutboxHandler;
import io.socialmaturity.platform.web.AppProperties;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.users.DirectoryUser;
import io.socialmaturity.users.UserDirectory;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Records an attempt's outcome in the delivery log and the endpoint's count of failures in a row. The
 * {@code maturity.webhooks.disable-after-failures}-th failure in a row disables the endpoint, audits it and mails
 * each of the tenant's admins ({@code webhook-disabled}), in one transaction; the message then fails for good
 * (nothing more is sent to a disabled endpoint). A success sets the count back to 0.
 */
@Singleton
class WebhookFailures {

    static final String PROCESS = "webhook sender";
    static final String TEMPLATE = "webhook-disabled";

    private final WebhookRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookProperties properties;
    private final TransactionOperations<Connection> transactions;
    private final AuditService audit;
    private final MailQueue mail;
    private final UserDirectory directory;
    private final TenantService tenants;
    private final String appUrl;
    private final Clock clock;

    WebhookFailures(
            WebhookRepository endpoints,
            WebhookDeliveryRepository deliveries,
            WebhookProperties properties,
            TransactionOperations<Connection> transactions,
            AuditService audit,
            MailQueue mail,
            UserDirectory directory,
            TenantService tenants,
            AppProperties app,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.properties = properties;
        this.transactions = transactions;
        this.audit = audit;
        this.mail = mail;
        this.directory = directory;
        this.tenants = tenants;
        this.appUrl = app.publicUrl().replaceAll("/+$", "");
        this.clock = clock;
    }

    void succeeded(WebhookEndpointRecord e, WebhookDeliveryRecord d, int status) {
        Instant at = Instant.now(clock);
        transactions.executeWrite(s -> {
            deliveries.attempted(d.tenantId(), d.id(), DeliveryStatus.SUCCEEDED, status, null, at, at);
            endpoints.setFailures(e.tenantId(), e.id(), 0);
            return null;
        });
    }

    /** Records the failure and throws: a retry for the outbox, or a permanent failure when the endpoint is disabled. */
    void failed(WebhookEndpointRecord e, WebhookDeliveryRecord d, @Nullable Integer status, String reason)
            throws Exception {
        String why = WebhookDeliverer.cut(reason);
        Instant at = Instant.now(clock);
        // the admins are looked up before the transaction when this failure is likely the last straw
        boolean mayDisable = e.consecutiveFailures() + 1 >= properties.disableAfterFailures();
        List<DirectoryUser> preloaded = mayDisable ? admins(e.tenantId()) : null;
        boolean disabled = transactions.executeWrite(s -> {
            WebhookEndpointRecord now = endpoints.lock(e.tenantId(), e.id()).orElse(e);
            int failures = now.consecutiveFailures() + 1;
            boolean disable = now.enabled() && failures >= properties.disableAfterFailures();
            deliveries.attempted(
                    d.tenantId(),
                    d.id(),
                    disable ? DeliveryStatus.FAILED : DeliveryStatus.RETRYING,
                    status,
                    why,
                    at,
                    null);
            endpoints.setFailures(e.tenantId(), e.id(), failures);
            if (disable) {
                endpoints.setEnabled(e.tenantId(), e.id(), false, why);
                endpoints.setFailures(e.tenantId(), e.id(), failures);
                audit.recordSystem(
                        e.tenantId(),
                        PROCESS,
                        "webhook.disabled",
                        "webhook",
                        String.valueOf(e.id()),
                        Map.of("url", e.url(), "failures", failures, "reason", why));
                // else another replica counted failures during this attempt: look them up now
                List<DirectoryUser> admins = preloaded != null ? preloaded : admins(e.tenantId());
                for (DirectoryUser admin : admins) {
                    if (admin.email() == null) {
                        continue;
                    }
                    mail.enqueue(new OutgoingMail(
                            e.tenantId(),
                            "webhook:" + e.id(),
                            admin.id(),
                            admin.email(),
                            admin.displayName(),
                            admin.locale() == null ? Locale.ENGLISH : Locale.forLanguageTag(admin.locale()),
                            TEMPLATE,
                            Map.of(
                                    "name", admin.displayName(),
                                    "url", e.url(),
                                    "failures", String.valueOf(failures),
                                    "reason", why,
                                    "link", appUrl + "/integrations")));
                }
            }
            return disable;
        });
        if (disabled) {
            throw new OutboxHandler.PermanentFailure("webhook disabled after repeated failures: " + why, null);
        }
        throw new WebhookAttemptFailed(why);
    }

    private List<DirectoryUser> admins(long tenantId) {
        Tenant tenant = tenants.findById(tenantId).orElse(null);
        return tenant == null ? List.of() : directory.admins(tenant, 20);
    }

    /** A failed attempt the outbox retries with back-off. */
    static final class WebhookAttemptFailed extends Exception {
        WebhookAttemptFailed(String reason) {
            super(reason);
        }
    }
}
