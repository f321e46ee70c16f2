package io.socialmaturity.clientplans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.actions.ActionCommands.CreateAction;
import io.socialmaturity.actions.ActionPlans;
import io.socialmaturity.actions.ActionPlans.Target;
import io.socialmaturity.actions.ActionStatus;
import io.socialmaturity.actions.ActionViews.Action;
import io.socialmaturity.actions.Effort;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.clientplans.ClientPlanViews.AcceptProposal;
import io.socialmaturity.clientplans.ClientPlanViews.ClientAssessment;
import io.socialmaturity.clientplans.ClientPlanViews.ClientPlan;
import io.socialmaturity.clientplans.ClientPlanViews.Proposal;
import io.socialmaturity.clientplans.ClientPlanViews.ProposeAction;
import io.socialmaturity.clientplans.ClientPlanViews.RejectProposal;
import io.socialmaturity.consulting.ConsultingService;
import io.socialmaturity.consulting.ConsultingViews.ClientAccess;
import io.socialmaturity.consulting.ConsultingViews.TenantRef;
import io.socialmaturity.consulting.ConsultingViews.VisibleResult;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.ForbiddenException;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantKind;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A consultancy reads a client's plan and, with the contribute grant, proposes actions; the company's tenant admins
 * accept (the action is created in the same transaction) or reject them. The consultant's side goes through
 * {@link ConsultingService#clientAccess} on every call (404 without an active engagement, so a revoke takes effect
 * at once); the company's side reads only its own tenant's proposals (404 for another's). Each change is in the audit
 * trail of both tenants; a new proposal is mailed to the company's admins through the outbox.
 */
@Singleton
class ClientPlanService {

    /** The most proposals a consultancy may have waiting for one client's answer. */
    static final int MAX_PENDING = 50;

    private final ConsultingService consulting;
    private final ActionPlans plans;
    private final ProposalRepository proposals;
    private final ProposalMails mails;
    private final AuditService audit;
    private final Clock clock;

    ClientPlanService(
            ConsultingService consulting,
            ActionPlans plans,
            ProposalRepository proposals,
            ProposalMails mails,
            AuditService audit,
            Clock clock) {
        this.consulting = consulting;
        this.plans = plans;
        this.proposals = proposals;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- consultancy side

    @Transactional
    public ClientPlan plan(CurrentUser consultant, long clientId, String language) {
        ClientAccess access = consulting.clientAccess(consultant, clientId);
        int pending = proposals.pendingOfConsultancy(access.companyTenantId(), access.consultancyTenantId());
        return new ClientPlan(
                access.clientId(),
                access.company(),
                access.contribute(),
                access.results().stream()
                        .map(r -> new ClientAssessment(r.assessmentId(), r.title()))
                        .toList(),
                plans.planOf(access.companyTenantId(), language),
                pending);
    }

    @Transactional
    public List<Proposal> proposalsOf(CurrentUser consultant, long clientId, String language) {
        ClientAccess access = consulting.clientAccess(consultant, clientId);
        return proposals.ofConsultancy(access.companyTenantId(), access.consultancyTenantId()).stream()
                .map(p -> view(p, access.company(), access.consultancy(), language))
                .toList();
    }

    @Transactional
    public Proposal propose(CurrentUser consultant, long clientId, ProposeAction c, String language) {
        ClientAccess access = consulting.clientAccess(consultant, clientId);
        if (!access.contribute()) {
            throw ForbiddenException.of("problem.forbidden.contribute");
        }
        VisibleResult basis;
        if (c.assessmentId() != null) {
            basis = access.results().stream()
                    .filter(r -> r.assessmentId() == c.assessmentId())
                    .findFirst()
                    .orElseThrow(() -> InvalidException.field(
                            "assessmentId", "violation.not-client-assessment", c.assessmentId()));
        } else {
            basis = access.results().isEmpty()
                    ? null
                    : access.results().get(access.results().size() - 1);
        }
        Target target = plans.checkTarget(
                basis == null ? null : basis.frameworkKey(),
                basis == null ? 0 : basis.frameworkVersion(),
                c.dimension(),
                c.questionKeys());
        if (proposals.pendingOfConsultancy(access.companyTenantId(), access.consultancyTenantId()) >= MAX_PENDING) {
            throw new ConflictException("too-many-proposals", "problem.too-many-proposals", MAX_PENDING);
        }
        var admins = mails.recipients(access.companyTenantId());
        Instant now = Instant.now(clock);
        ProposalRecord p = proposals.save(new ProposalRecord(
                null,
                access.companyTenantId(),
                access.clientId(),
                access.consultancyTenantId(),
                consultant.id(),
                consultant.name(),
                c.title().strip(),
                blankToNull(c.description()),
                c.assessmentId(),
                target.frameworkKey(),
                target.frameworkVersion(),
                c.dimension(),
                String.join(",", c.questionKeys() == null ? List.of() : c.questionKeys()),
                c.effort() == null ? null : c.effort().name(),
                c.expectedLevel(),
                c.dueDate(),
                ProposalStatus.PENDING,
                now,
                null,
                null,
                null,
                null,
                null));
        record(
                access,
                consultant,
                "action-proposal.created",
                p,
                Map.of("title", p.title(), "dimension", p.dimensionKey()));
        mails.proposed(p, access.consultancy().name(), admins);
        return view(p, access.company(), access.consultancy(), language);
    }

    @Transactional
    public Proposal withdraw(CurrentUser consultant, long clientId, long id, String language) {
        ClientAccess access = consulting.clientAccess(consultant, clientId);
        ProposalRecord p = proposals
                .lockOfConsultancy(access.companyTenantId(), access.consultancyTenantId(), id)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.proposal", id));
        requirePending(p);
        Instant now = Instant.now(clock);
        proposals.decide(
                p.tenantId(), p.id(), ProposalStatus.WITHDRAWN, consultant.id(), consultant.name(), now, null, null);
        record(access, consultant, "action-proposal.withdrawn", p, Map.of());
        return view(
                proposals.find(p.tenantId(), p.id()).orElseThrow(), access.company(), access.consultancy(), language);
    }

    // ---------------------------------------------------------------- company side

    @Transactional
    public List<Proposal> ofCompany(CurrentUser admin, @Nullable ProposalStatus status, String language) {
        Tenant company = companyAdmin(admin);
        List<ProposalRecord> all = proposals.ofCompany(company.id(), status == null ? null : status.name());
        Map<Long, TenantRef> consultancies = new HashMap<>();
        TenantRef self = consulting.tenantRef(company.id()).orElseThrow();
        return all.stream()
                .map(p -> view(
                        p,
                        self,
                        consultancies.computeIfAbsent(
                                p.consultancyTenantId(),
                                k -> consulting.tenantRef(k).orElseThrow()),
                        language))
                .toList();
    }

    /** Accepts a pending proposal: the action is created (owners told by mail) and linked, in one transaction. */
    @Transactional
    public Proposal accept(CurrentUser admin, long id, AcceptProposal c, String language) {
        Tenant company = companyAdmin(admin);
        ProposalRecord p = proposals
                .lock(company.id(), id)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.proposal", id));
        requirePending(p);
        TenantRef consultancy = consulting.tenantRef(p.consultancyTenantId()).orElseThrow();
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("proposal", p.id());
        origin.put("consultancy", consultancy.alias());
        Action action = plans.create(
                admin,
                new CreateAction(
                        p.title(),
                        p.description(),
                        p.assessmentId(),
                        p.dimensionKey(),
                        keys(p.questionKeys()),
                        c.ownerIds(),
                        c.dueDate() != null ? c.dueDate() : p.dueDate(),
                        ActionStatus.PLANNED,
                        p.effort() == null ? null : Effort.valueOf(p.effort()),
                        null,
                        p.expectedLevel()),
                origin,
                language);
        Instant now = Instant.now(clock);
        proposals.decide(
                company.id(),
                p.id(),
                ProposalStatus.ACCEPTED,
                admin.id(),
                admin.name(),
                now,
                blankToNull(c.note()),
                action.id());
        recordCompany(company, p, admin, "action-proposal.accepted", consultancy, Map.of("action", action.id()));
        return view(proposals.find(company.id(), p.id()).orElseThrow(), ref(company), consultancy, language);
    }

    @Transactional
    public Proposal reject(CurrentUser admin, long id, RejectProposal c, String language) {
        Tenant company = companyAdmin(admin);
        ProposalRecord p = proposals
                .lock(company.id(), id)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.proposal", id));
        requirePending(p);
        TenantRef consultancy = consulting.tenantRef(p.consultancyTenantId()).orElseThrow();
        proposals.decide(
                company.id(),
                p.id(),
                ProposalStatus.REJECTED,
                admin.id(),
                admin.name(),
                Instant.now(clock),
                blankToNull(c == null ? null : c.note()),
                null);
        recordCompany(company, p, admin, "action-proposal.rejected", consultancy, Map.of());
        return view(proposals.find(company.id(), p.id()).orElseThrow(), ref(company), consultancy, language);
    }

    // ---------------------------------------------------------------- helpers

    private void record(
            ClientAccess access, CurrentUser actor, String action, ProposalRecord p, Map<String, Object> details) {
        Map<String, Object> forCompany = new LinkedHashMap<>(details);
        forCompany.put("consultancy", access.consultancy().alias());
        audit.record(access.companyTenantId(), actor, action, "action-proposal", String.valueOf(p.id()), forCompany);
        Map<String, Object> forConsultancy = new LinkedHashMap<>(details);
        forConsultancy.put("company", access.company().alias());
        audit.record(
                access.consultancyTenantId(), actor, action, "action-proposal", String.valueOf(p.id()), forConsultancy);
    }

    private void recordCompany(
            Tenant company,
            ProposalRecord p,
            CurrentUser admin,
            String action,
            TenantRef consultancy,
            Map<String, Object> details) {
        Map<String, Object> forCompany = new LinkedHashMap<>(details);
        forCompany.put("consultancy", consultancy.alias());
        audit.record(company.id(), admin, action, "action-proposal", String.valueOf(p.id()), forCompany);
        Map<String, Object> forConsultancy = new LinkedHashMap<>(details);
        forConsultancy.put("company", company.alias());
        audit.record(p.consultancyTenantId(), admin, action, "action-proposal", String.valueOf(p.id()), forConsultancy);
    }

    private static void requirePending(ProposalRecord p) {
        if (p.status() != ProposalStatus.PENDING) {
            throw new ConflictException("proposal-decided", "problem.proposal-decided")
                    .withExtra(Map.of("status", p.status()));
        }
    }

    private Proposal view(ProposalRecord p, TenantRef company, TenantRef consultancy, String language) {
        return new Proposal(
                p.id(),
                company,
                consultancy,
                p.title(),
                p.description(),
                p.assessmentId(),
                p.frameworkKey(),
                p.frameworkVersion(),
                p.dimensionKey(),
                plans.dimensionName(p.frameworkKey(), p.frameworkVersion(), p.dimensionKey(), language),
                keys(p.questionKeys()),
                p.effort() == null ? null : Effort.valueOf(p.effort()),
                p.expectedLevel(),
                p.dueDate(),
                p.status(),
                p.proposedByName(),
                p.createdAt(),
                p.decidedByName(),
                p.decidedAt(),
                p.decisionNote(),
                p.actionId());
    }

    private static List<String> keys(String csv) {
        return csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    private TenantRef ref(Tenant t) {
        return consulting.tenantRef(t.id()).orElseThrow();
    }

    private static Tenant companyAdmin(CurrentUser user) {
        Tenant t = user.requireTenant();
        if (t.kind() != TenantKind.COMPANY || !user.hasRole(Roles.TENANT_ADMIN)) {
            throw ForbiddenException.of("problem.forbidden.proposals");
        }
        return t;
    }

    @Nullable
    private static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
