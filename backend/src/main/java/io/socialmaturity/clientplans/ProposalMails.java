package io.socialmaturity.clientplans;

import io.socialmaturity.actions.ActionPlans;
import io.socialmaturity.mail.MailQueue;
import io.socialmaturity.mail.OutgoingMail;
import io.socialmaturity.platform.web.AppProperties;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.users.DirectoryUser;
import io.socialmaturity.users.UserDirectory;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a company's tenant admins that their consultancy proposed an action (template {@value #TEMPLATE}), queued
 * through the mail outbox in the proposal's transaction; subject {@code action-proposal:<id>}, one mail per admin
 * (at most {@value #MAX_ADMINS}). The admins are looked up before the proposal is written: a directory that cannot
 * answer costs the mail, never the proposal, which waits in the admins' inbox on the Action plan page either way.
 */
@Singleton
class ProposalMails {

    static final String TEMPLATE = "action-proposed";
    static final int MAX_ADMINS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(ProposalMails.class);

    private final UserDirectory directory;
    private final TenantService tenants;
    private final MailQueue mail;
    private final ActionPlans plans;
    private final AppProperties app;

    ProposalMails(
            UserDirectory directory, TenantService tenants, MailQueue mail, ActionPlans plans, AppProperties app) {
        this.directory = directory;
        this.tenants = tenants;
        this.mail = mail;
        this.plans = plans;
        this.app = app;
    }

    /** The company's admins to tell (empty when the directory cannot answer now). */
    List<DirectoryUser> recipients(long companyTenantId) {
        try {
            Tenant company = tenants.findById(companyTenantId).orElse(null);
            return company == null ? List.of() : directory.admins(company, MAX_ADMINS);
        } catch (RuntimeException e) {
            LOG.warn("proposal mail: the admins of tenant {} could not be read ({})", companyTenantId, e.toString());
            return List.of();
        }
    }

    /** Queues one mail per admin with an email, in the caller's transaction. */
    void proposed(ProposalRecord p, String consultancy, List<DirectoryUser> admins) {
        for (DirectoryUser admin : admins) {
            if (admin.email() == null || admin.email().isBlank()) {
                continue;
            }
            Locale locale = admin.locale() != null
                            && admin.locale().toLowerCase(Locale.ROOT).startsWith("it")
                    ? Locale.ITALIAN
                    : Locale.ENGLISH;
            Map<String, String> model = new LinkedHashMap<>();
            model.put("name", admin.displayName());
            model.put("consultancy", consultancy);
            model.put("proposer", p.proposedByName() == null ? consultancy : p.proposedByName());
            model.put("title", p.title());
            model.put(
                    "dimension",
                    plans.dimensionName(
                            p.frameworkKey(), p.frameworkVersion(), p.dimensionKey(), locale.getLanguage()));
            model.put("link", base(app.publicUrl()) + "actions");
            mail.enqueue(new OutgoingMail(
                    p.tenantId(),
                    "action-proposal:" + p.id(),
                    admin.id(),
                    admin.email(),
                    admin.displayName(),
                    locale,
                    TEMPLATE,
                    model));
        }
    }

    private static String base(String publicUrl) {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }
}
