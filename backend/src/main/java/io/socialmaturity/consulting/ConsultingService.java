package io.socialmaturity.consulting;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import io.socialmaturity.actions.ActionLoops;
import io.socialmaturity.actions.ActionPlans;
import io.socialmaturity.actions.ActionViews.PlanCounts;
import io.socialmaturity.assessment.AssessmentQueries;
import io.socialmaturity.audit.AuditService;
import io.socialmaturity.benchmark.BenchmarkService;
import io.socialmaturity.benchmark.BenchmarkViews.ClosedResult;
import io.socialmaturity.benchmark.BenchmarkViews.DimensionPoint;
import io.socialmaturity.benchmark.BenchmarkViews.DimensionStats;
import io.socialmaturity.benchmark.BenchmarkViews.SegmentStats;
import io.socialmaturity.benchmark.Segment;
import io.socialmaturity.consulting.ConsultingViews.Client;
import io.socialmaturity.consulting.ConsultingViews.ClientAccess;
import io.socialmaturity.consulting.ConsultingViews.ClientTrend;
import io.socialmaturity.consulting.ConsultingViews.ComparedRow;
import io.socialmaturity.consulting.ConsultingViews.ComparedValue;
import io.socialmaturity.consulting.ConsultingViews.Comparison;
import io.socialmaturity.consulting.ConsultingViews.Consultancy;
import io.socialmaturity.consulting.ConsultingViews.Engagement;
import io.socialmaturity.consulting.ConsultingViews.GrantAccess;
import io.socialmaturity.consulting.ConsultingViews.Portfolio;
import io.socialmaturity.consulting.ConsultingViews.ScopedAssessment;
import io.socialmaturity.consulting.ConsultingViews.TenantRef;
import io.socialmaturity.consulting.ConsultingViews.VisibleResult;
import io.socialmaturity.platform.errors.ConflictException;
import io.socialmaturity.platform.errors.DomainException;
import io.socialmaturity.platform.errors.FieldError;
import io.socialmaturity.platform.errors.ForbiddenException;
import io.socialmaturity.platform.errors.InvalidException;
import io.socialmaturity.platform.errors.NotFoundException;
import io.socialmaturity.platform.security.CurrentUser;
import io.socialmaturity.platform.security.Roles;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.tenant.TenantService;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The consulting feature's public face. A company's tenant admin grants a consultancy access to its closed
 * results (all, or chosen assessments); the consultancy accepts it (PENDING → ACTIVE) or declines it; the
 * company revokes it at any time. A consultancy reads a client only through an ACTIVE engagement, checked
 * on every request against the database, so a revoke takes effect on the next request. Anything else is
 * answered as if the client did not exist (404).
 */
@Singleton
public class ConsultingService {

    /** The most clients compared side by side. */
    public static final int MAX_COMPARED = 10;

    private final EngagementRepository engagements;
    private final TenantService tenants;
    private final AssessmentQueries assessments;
    private final BenchmarkService benchmarks;
    private final ActionPlans plans;
    private final ActionLoops loops;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher<EngagementGranted> grantedEvents;
    private final ApplicationEventPublisher<EngagementRevoked> revokedEvents;

    ConsultingService(
            EngagementRepository engagements,
            TenantService tenants,
            AssessmentQueries assessments,
            BenchmarkService benchmarks,
            ActionPlans plans,
            ActionLoops loops,
            AuditService audit,
            Clock clock,
            ApplicationEventPublisher<EngagementGranted> grantedEvents,
            ApplicationEventPublisher<EngagementRevoked> revokedEvents) {
        this.grantedEvents = grantedEvents;
        this.revokedEvents = revokedEvents;
        this.engagements = engagements;
        this.tenants = tenants;
        this.assessments = assessments;
        this.benchmarks = benchmarks;
        this.plans = plans;
        this.loops = loops;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- company side

    public List<Consultancy> consultancies(CurrentUser admin) {
        companyAdmin(admin);
        return tenants.activeConsultancies().stream()
                .map(t -> new Consultancy(t.alias(), t.name(), t.country()))
                .toList();
    }

    @Transactional
    public List<Engagement> companyEngagements(CurrentUser admin) {
        Tenant company = companyAdmin(admin);
        return engagements.ofCompany(company.id()).stream()
                .map(e -> view(e, company, null))
                .toList();
    }

    /** Grants (or re-grants, or changes the scope of) access; a new or ended grant starts PENDING. */
    @Transactional
    public Engagement grant(CurrentUser admin, GrantAccess command) {
        Tenant company = companyAdmin(admin);
        Tenant consultancy = tenants.findByAlias(command.consultancy().strip())
                .filter(t -> t.kind() == TenantKind.CONSULTANCY && t.active())
                .orElseThrow(() -> InvalidException.field("consultancy", "violation.no-active-consultancy"));
        List<Long> chosen =
                command.assessmentIds() == null ? List.of() : new ArrayList<>(new TreeSet<>(command.assessmentIds()));
        List<FieldError> violations = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            try {
                assessments.get(admin, chosen.get(i));
            } catch (DomainException e) {
                violations.add(FieldError.of("assessmentIds[" + i + "]", "violation.not-your-assessment"));
            }
        }
        if (!violations.isEmpty()) {
            throw InvalidException.fields(violations, "problem.invalid-request.not-your-assessments");
        }
        boolean all = chosen.isEmpty();
        boolean contribute = Boolean.TRUE.equals(command.contribute());
        Instant at = Instant.now(clock);
        Optional<EngagementRecord> existing = engagements.lockPair(company.id(), consultancy.id());
        long id;
        String action;
        if (existing.isEmpty()) {
            id = engagements
                    .save(new EngagementRecord(
                            null,
                            company.id(),
                            consultancy.id(),
                            EngagementStatus.PENDING,
                            all,
                            contribute,
                            admin.id(),
                            at,
                            null,
                            null,
                            null,
                            null))
                    .id();
            action = "engagement.granted";
        } else if (existing.get().status() == EngagementStatus.PENDING
                || existing.get().status() == EngagementStatus.ACTIVE) {
            id = existing.get().id();
            engagements.rescope(company.id(), id, all, contribute);
            action = "engagement.rescoped";
        } else {
            id = existing.get().id();
            engagements.regrant(company.id(), id, EngagementStatus.PENDING, all, contribute, admin.id(), at);
            action = "engagement.granted";
        }
        engagements.clearScope(company.id(), id);
        chosen.forEach(a -> engagements.addToScope(id, company.id(), a));
        Map<String, Object> details = Map.of(
                "consultancy", consultancy.alias(), "assessments", all ? "all" : chosen, "contribute", contribute);
        audit.record(company.id(), admin, action, "engagement", String.valueOf(id), details);
        audit.record(
                consultancy.id(),
                admin,
                action,
                "engagement",
                String.valueOf(id),
                Map.of("company", company.alias(), "assessments", all ? "all" : chosen, "contribute", contribute));
        if (action.equals("engagement.granted")) {
            grantedEvents.publishEvent(new EngagementGranted(company, consultancy, id, all, List.copyOf(chosen), at));
        }
        EngagementRecord saved = engagements.lockOfCompany(company.id(), id).orElseThrow();
        return view(saved, company, consultancy);
    }

    @Transactional
    public Engagement revoke(CurrentUser admin, long id) {
        Tenant company = companyAdmin(admin);
        EngagementRecord e = engagements
                .lockOfCompany(company.id(), id)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.engagement", id));
        if (e.status() == EngagementStatus.PENDING || e.status() == EngagementStatus.ACTIVE) {
            engagements.revoke(company.id(), id, admin.id(), Instant.now(clock));
            audit.record(company.id(), admin, "engagement.revoked", "engagement", String.valueOf(id), Map.of());
            audit.record(
                    e.consultancyTenantId(),
                    admin,
                    "engagement.revoked",
                    "engagement",
                    String.valueOf(id),
                    Map.of("company", company.alias()));
            revokedEvents.publishEvent(new EngagementRevoked(company, e.consultancyTenantId(), id, Instant.now(clock)));
        }
        return view(engagements.lockOfCompany(company.id(), id).orElseThrow(), company, null);
    }

    // ---------------------------------------------------------------- consultancy side

    /** The consultancy's pending and active engagements. */
    @Transactional
    public List<Engagement> consultancyEngagements(CurrentUser consultant) {
        Tenant consultancy = consultancyMember(consultant);
        return engagements.ofConsultancy(consultancy.id()).stream()
                .map(e -> view(e, null, consultancy))
                .toList();
    }

    @Transactional
    public Engagement accept(CurrentUser consultant, long id) {
        return answer(consultant, id, true);
    }

    @Transactional
    public Engagement decline(CurrentUser consultant, long id) {
        return answer(consultant, id, false);
    }

    private Engagement answer(CurrentUser consultant, long id, boolean accept) {
        Tenant consultancy = consultancyMember(consultant);
        EngagementRecord e = engagements
                .lockOfConsultancy(consultancy.id(), id)
                .filter(x -> x.status() == EngagementStatus.PENDING || x.status() == EngagementStatus.ACTIVE)
                .orElseThrow(() -> NotFoundException.of("problem.not-found.engagement", id));
        if (e.status() != EngagementStatus.PENDING) {
            throw new ConflictException("engagement-not-pending", "problem.engagement-not-pending")
                    .withExtra(Map.of("status", e.status()));
        }
        Instant at = Instant.now(clock);
        if (accept) {
            engagements.accept(consultancy.id(), id, consultant.id(), at);
        } else {
            engagements.decline(consultancy.id(), id, consultant.id(), at);
        }
        String action = accept ? "engagement.accepted" : "engagement.declined";
        audit.record(consultancy.id(), consultant, action, "engagement", String.valueOf(id), Map.of());
        audit.record(
                e.companyTenantId(),
                consultant,
                action,
                "engagement",
                String.valueOf(id),
                Map.of("consultancy", consultancy.alias()));
        return view(engagements.lockOfConsultancy(consultancy.id(), id).orElseThrow(), null, consultancy);
    }

    /** Clients with their latest visible closed result, sorted by name, overall, closedAt or a dimension key. */
    @Transactional
    public Portfolio portfolio(CurrentUser consultant, @Nullable String sort, @Nullable String order) {
        Tenant consultancy = consultancyMember(consultant);
        String by = sort == null || sort.isBlank() ? "name" : sort;
        boolean descending = "desc".equalsIgnoreCase(order);
        if (order != null && !order.isBlank() && !descending && !"asc".equalsIgnoreCase(order)) {
            throw InvalidException.field("order", "violation.order");
        }
        if (!by.matches("[A-Za-z0-9_-]{1,64}")) {
            throw InvalidException.field("sort", "violation.portfolio-sort");
        }
        List<Client> sorted = new ArrayList<>(clients(consultancy, engagements.activeOfConsultancy(consultancy.id())));
        Comparator<Client> byName = Comparator.comparing(c -> c.company().name(), String.CASE_INSENSITIVE_ORDER);
        sorted.sort((a, b) -> {
            Comparable<Object> x = sortKey(a, by);
            Comparable<Object> y = sortKey(b, by);
            if (x == null || y == null) {
                return x == y ? byName.compare(a, b) : x == null ? 1 : -1; // clients without a value last
            }
            int c = descending ? y.compareTo(x) : x.compareTo(y);
            return c != 0 ? c : byName.compare(a, b);
        });
        return new Portfolio(sorted, by, descending ? "desc" : "asc");
    }

    /** Up to 10 clients side by side with deltas to the first client and to the benchmark median. */
    @Transactional
    public Comparison compare(CurrentUser consultant, List<Long> clientIds, @Nullable String segment) {
        Tenant consultancy = consultancyMember(consultant);
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(clientIds));
        if (ids.isEmpty()) {
            throw InvalidException.field("clients", "violation.clients-empty");
        }
        if (ids.size() > MAX_COMPARED) {
            throw InvalidException.field("clients", "violation.clients-max", MAX_COMPARED);
        }
        Segment parsed = Segment.parse(segment);
        if (parsed == null) {
            throw InvalidException.field("segment", "violation.segment");
        }
        List<EngagementRecord> active = engagements.activeOfConsultancy(consultancy.id(), ids);
        if (active.size() != ids.size()) {
            throw NotFoundException.of("problem.not-found.client");
        }
        Map<Long, Client> byId = new HashMap<>();
        clients(consultancy, active).forEach(c -> byId.put(c.clientId(), c));
        List<Client> ordered = ids.stream().map(byId::get).toList();
        Client first = ordered.get(0);
        SegmentStats stats = null;
        ClosedResult reference = ordered.stream()
                .map(Client::latest)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
        if (reference != null) {
            stats = benchmarks
                    .frameworkVersionId(reference.frameworkKey(), reference.frameworkVersion())
                    .map(v -> benchmarks.statistics(v, parsed))
                    .orElse(null);
        }
        Map<String, DimensionStats> medians = new HashMap<>();
        if (stats != null) {
            stats.dimensions().forEach(d -> medians.put(d.key(), d));
        }
        List<String> keys = new ArrayList<>();
        keys.add("overall");
        ordered.stream()
                .filter(c -> c.latest() != null)
                .flatMap(c -> c.latest().dimensions().stream())
                .map(DimensionPoint::key)
                .forEach(k -> {
                    if (!keys.contains(k)) {
                        keys.add(k);
                    }
                });
        List<ComparedRow> rows = new ArrayList<>();
        for (String key : keys) {
            DimensionStats d = medians.get(key);
            Double median = d != null && d.enoughData() ? d.median() : null;
            Double firstScore = score(first, key);
            List<ComparedValue> values = ordered.stream()
                    .map(c -> {
                        Double s = score(c, key);
                        return new ComparedValue(c.clientId(), s, delta(s, firstScore), delta(s, median));
                    })
                    .toList();
            rows.add(new ComparedRow(key, median, values));
        }
        return new Comparison(ordered, rows, stats);
    }

    /** A client's visible closed results over time, each with the client's actions done before it. */
    @Transactional
    public ClientTrend trend(CurrentUser consultant, long clientId, String language) {
        Tenant consultancy = consultancyMember(consultant);
        EngagementRecord e = active(consultancy, clientId);
        Tenant company = tenants.findById(e.companyTenantId()).orElseThrow();
        Set<Long> visible = visible(e);
        return new ClientTrend(
                e.id(),
                ref(company),
                benchmarks.history(company.id(), visible),
                loops.allOf(company.id(), language).stream()
                        .filter(l -> visible == null || visible.contains(l.assessmentId()))
                        .toList());
    }

    /**
     * The active engagement behind a consultant's client id, read now (a revoke takes effect on the next call):
     * for features that serve a consultant something of a client (its action plan, proposals). 403 for a user who
     * is not a member of a consultancy, 404 without an active engagement.
     */
    @Transactional
    public ClientAccess clientAccess(CurrentUser consultant, long clientId) {
        Tenant consultancy = consultancyMember(consultant);
        EngagementRecord e = active(consultancy, clientId);
        Tenant company = tenants.findById(e.companyTenantId()).orElseThrow();
        List<VisibleResult> results = benchmarks.history(company.id(), visible(e)).results().stream()
                .map(r -> new VisibleResult(r.assessmentId(), r.title(), r.frameworkKey(), r.frameworkVersion()))
                .toList();
        return new ClientAccess(
                e.id(), company.id(), consultancy.id(), ref(company), ref(consultancy), e.contribute(), results);
    }

    /** The consultancy's name as a company's admins see it beside a proposal. */
    public Optional<TenantRef> tenantRef(long tenantId) {
        return tenants.findById(tenantId).map(ConsultingService::ref);
    }

    private EngagementRecord active(Tenant consultancy, long clientId) {
        return engagements.activeOfConsultancy(consultancy.id(), List.of(clientId)).stream()
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("problem.not-found.client-id", clientId));
    }

    // ---------------------------------------------------------------- helpers

    private List<Client> clients(Tenant consultancy, List<EngagementRecord> active) {
        // three queries whatever the number of clients: scopes, tenants, then their closed results
        Map<Long, Set<Long>> scopes = new HashMap<>();
        if (active.stream().anyMatch(e -> !e.allAssessments())) {
            for (ScopeRow row : engagements.activeScopes(consultancy.id())) {
                scopes.computeIfAbsent(row.engagementId(), k -> new java.util.HashSet<>())
                        .add(row.assessmentId());
            }
        }
        Map<Long, Set<Long>> visibility = new LinkedHashMap<>();
        for (EngagementRecord e : active) {
            visibility.put(e.companyTenantId(), e.allAssessments() ? null : scopes.getOrDefault(e.id(), Set.of()));
        }
        Map<Long, Tenant> companies = tenants.findByIds(visibility.keySet());
        Map<Long, ClosedResult> latest = benchmarks.latest(visibility);
        Map<Long, PlanCounts> counts = plans.countsOf(visibility.keySet());
        List<Client> out = new ArrayList<>();
        for (EngagementRecord e : active) {
            Tenant company = companies.get(e.companyTenantId());
            out.add(new Client(
                    e.id(), ref(company), latest.get(company.id()), counts.get(company.id()), e.contribute()));
        }
        return out;
    }

    @Nullable
    private Set<Long> visible(EngagementRecord e) {
        return e.allAssessments() ? null : new java.util.HashSet<>(engagements.scope(e.companyTenantId(), e.id()));
    }

    @Nullable
    @SuppressWarnings("unchecked")
    private static Comparable<Object> sortKey(Client c, String by) {
        Comparable<?> key;
        if (by.equals("name")) {
            key = c.company().name().toLowerCase(Locale.ROOT);
        } else if (c.latest() == null) {
            key = null;
        } else if (by.equals("closedAt")) {
            key = c.latest().closedAt();
        } else {
            key = score(c, by);
        }
        return (Comparable<Object>) key;
    }

    @Nullable
    private static Double score(Client c, String key) {
        if (c.latest() == null) {
            return null;
        }
        if (key.equals("overall")) {
            return c.latest().overallScore();
        }
        return c.latest().dimensions().stream()
                .filter(d -> d.key().equals(key))
                .map(DimensionPoint::score)
                .findFirst()
                .orElse(null);
    }

    @Nullable
    private static Double delta(@Nullable Double a, @Nullable Double b) {
        return a == null || b == null ? null : Math.round((a - b) * 100d) / 100d;
    }

    private Engagement view(EngagementRecord e, @Nullable Tenant company, @Nullable Tenant consultancy) {
        Tenant c = company != null
                ? company
                : tenants.findById(e.companyTenantId()).orElseThrow();
        Tenant k = consultancy != null
                ? consultancy
                : tenants.findById(e.consultancyTenantId()).orElseThrow();
        List<ScopedAssessment> scope = new ArrayList<>();
        if (!e.allAssessments()) {
            for (long id : engagements.scope(e.companyTenantId(), e.id())) {
                scope.add(new ScopedAssessment(
                        id, assessments.title(e.companyTenantId(), id).orElse("#" + id)));
            }
        }
        return new Engagement(
                e.id(),
                ref(c),
                ref(k),
                e.status(),
                e.allAssessments(),
                e.contribute(),
                scope,
                e.grantedAt(),
                e.acceptedAt(),
                e.endedAt());
    }

    private static TenantRef ref(Tenant t) {
        return new TenantRef(t.alias(), t.name(), t.industry(), t.sizeBand(), t.country());
    }

    private static Tenant companyAdmin(CurrentUser user) {
        Tenant t = user.requireTenant();
        if (t.kind() != TenantKind.COMPANY || !user.hasRole(Roles.TENANT_ADMIN)) {
            throw ForbiddenException.of("problem.forbidden.grant-access");
        }
        return t;
    }

    private static Tenant consultancyMember(CurrentUser user) {
        Tenant t = user.requireTenant();
        if (t.kind() != TenantKind.CONSULTANCY
                || !(user.hasRole(Roles.CONSULTANT) || user.hasRole(Roles.TENANT_ADMIN))) {
            throw ForbiddenException.of("problem.forbidden.portfolio");
        }
        return t;
    }
}
