package io.socialmaturity.clientplans;

import static io.socialmaturity.testing.DemoUsers.*;
import static org.junit.jupiter.api.Assertions.*;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.Assessments;
import io.socialmaturity.testing.KeycloakFixtures;
import io.socialmaturity.testing.OutboxRows;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client's plan as its consultancy sees it, and proposals, over HTTP with real tokens: acme grants Bright (carla)
 * access, first read-only, then with "contribute"; carla reads the plan and its counts in the portfolio and the
 * comparison, proposes actions, anna accepts one (the action is created), rejects one, carla withdraws one. Another
 * consultancy (rita), another company's admin (gina), a company user (marco) and carla after the revoke see and
 * change nothing.
 */
@MicronautTest(transactional = false)
class ClientPlanApiTest extends ApiTest {

    static final String RITA = "rita.rival@rival.example";
    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    @Inject
    TenantService tenants;

    @Inject
    TransactionOperations<Connection> tx;

    long acmeResult;
    long globexResult;

    @BeforeAll
    void acmeWithAClosedResultAndNoGrant() {
        String org = KeycloakFixtures.ensureOrganization("rival", "Rival Consulting");
        String rita = KeycloakFixtures.ensureMember(org, RITA, "other");
        KeycloakFixtures.ensureRealmRole(rita, "consultant");
        tenants.ensure("rival", "Rival Consulting", TenantKind.CONSULTANCY, "consulting", "10-49", "FR");
        revokeAll(ANNA_ADMIN);
        acmeResult = Assessments.closeWithAnswers(http, ANNA_ADMIN, MARCO_MARKETING, MARCO_ID, "Acme plan base", 0);
        globexResult =
                Assessments.closeWithAnswers(http, GINA_ADMIN, GIORGIO_GLOBEX, GIORGIO_ID, "Globex plan base", 1);
    }

    void revokeAll(String admin) {
        for (Map<String, Object> e : list(get(admin, "/api/v1/engagements"))) {
            if (List.of("PENDING", "ACTIVE").contains(e.get("status"))) {
                call(delete(admin, "/api/v1/engagements/" + e.get("id")));
            }
        }
    }

    List<Map<String, Object>> list(MutableHttpRequest<?> request) {
        return http.toBlocking().retrieve(request, Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    /** The status of a refused call, checking it is problem+json. */
    int status(MutableHttpRequest<?> request) {
        HttpClientResponseException e = assertThrows(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(request));
        assertEquals(
                "application/problem+json",
                e.getResponse().getContentType().map(Object::toString).orElse(""),
                "problem+json for " + request.getPath());
        return e.getStatus().getCode();
    }

    static long id(Map<String, Object> m) {
        return ((Number) m.get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object o) {
        return (List<Map<String, Object>>) o;
    }

    long grant(boolean contribute) {
        Map<String, Object> body = new HashMap<>();
        body.put("consultancy", "bright");
        body.put("contribute", contribute);
        Map<String, Object> e = call(post(ANNA_ADMIN, "/api/v1/engagements", body));
        assertEquals(contribute, e.get("contribute"));
        return id(e);
    }

    Map<String, Object> propose(String user, long client, String title, String dimension) {
        return call(post(
                user,
                "/api/v1/portfolio/clients/" + client + "/proposals?lang=en",
                Map.of("title", title, "dimension", dimension, "effort", "S", "expectedLevel", 3)));
    }

    /** What acme's admin reads of the plan: ids → status, and the progress. */
    Map<String, Object> ownPlan() {
        return call(get(ANNA_ADMIN, "/api/v1/actions?lang=en"));
    }

    static Map<Object, Object> statuses(Map<String, Object> plan) {
        Map<Object, Object> out = new HashMap<>();
        maps(plan.get("items")).forEach(a -> out.put(a.get("id"), a.get("status")));
        return out;
    }

    static Map<String, Object> counts(Map<String, Object> progress) {
        return Map.of(
                "total", progress.get("total"),
                "done", progress.get("done"),
                "dropped", progress.get("dropped"),
                "overdue", progress.get("overdue"));
    }

    Map<String, Object> acmeInPortfolio() {
        return maps(call(get(CARLA_CONSULTANT, "/api/v1/portfolio")).get("clients")).stream()
                .filter(c -> map(c.get("company")).get("alias").equals("acme"))
                .findFirst()
                .orElse(null);
    }

    @Test
    void aConsultantReadsThePlanThenProposesAndTheClientDecides() {
        // an overdue action and a done one, so the counts have something to say
        call(post(
                ANNA_ADMIN,
                "/api/v1/actions",
                Map.of(
                        "title",
                        "Overdue one",
                        "dimension",
                        "sales",
                        "dueDate",
                        LocalDate.now(ZONE).minusDays(3).toString())));
        call(post(ANNA_ADMIN, "/api/v1/actions", Map.of("title", "Done one", "dimension", "sales", "status", "DONE")));

        long client = grant(false);
        assertEquals(404, status(get(CARLA_CONSULTANT, "/api/v1/portfolio/clients/" + client + "/plan")), "pending");
        call(post(CARLA_CONSULTANT, "/api/v1/engagements/" + client + "/accept", Map.of()));

        // the plan as the consultant reads it is the plan as the company's admin reads it
        Map<String, Object> own = ownPlan();
        Map<String, Object> seen = call(get(CARLA_CONSULTANT, "/api/v1/portfolio/clients/" + client + "/plan"));
        assertEquals(false, seen.get("contribute"));
        assertEquals(statuses(own), statuses(map(seen.get("plan"))));
        assertEquals(
                counts(map(own.get("progress"))),
                counts(map(map(seen.get("plan")).get("progress"))));
        assertTrue(((Number) map(own.get("progress")).get("overdue")).intValue() >= 1);
        assertTrue(maps(seen.get("assessments")).stream().anyMatch(a -> id(a) == acmeResult));

        // the same four numbers in the portfolio and in the comparison
        Map<String, Object> inPortfolio = acmeInPortfolio();
        assertEquals(counts(map(own.get("progress"))), map(inPortfolio.get("plan")));
        assertEquals(false, inPortfolio.get("contribute"));
        Map<String, Object> compared = maps(call(get(CARLA_CONSULTANT, "/api/v1/portfolio/compare?clients=" + client))
                        .get("clients"))
                .get(0);
        assertEquals(counts(map(own.get("progress"))), map(compared.get("plan")));

        // the trend carries the plan's loop for each visible result
        Map<String, Object> trend = call(get(CARLA_CONSULTANT, "/api/v1/portfolio/clients/" + client + "/trend"));
        assertTrue(maps(trend.get("loops")).stream()
                .anyMatch(l -> ((Number) l.get("assessmentId")).longValue() == acmeResult));

        // reading is not contributing
        assertEquals(
                403,
                status(post(
                        CARLA_CONSULTANT,
                        "/api/v1/portfolio/clients/" + client + "/proposals",
                        Map.of("title", "Not yet", "dimension", "sales"))));

        // acme adds "contribute": the engagement stays active
        assertEquals(client, grant(true));
        assertEquals(true, acmeInPortfolio().get("contribute"));

        // bad proposals name their field
        Map<String, Object> unknown = body(assertThrows(
                HttpClientResponseException.class, () -> propose(CARLA_CONSULTANT, client, "Astro", "astrology")));
        assertEquals("dimension", maps(unknown.get("violations")).get(0).get("field"));
        Map<String, Object> notVisible = body(assertThrows(
                HttpClientResponseException.class,
                () -> call(post(
                        CARLA_CONSULTANT,
                        "/api/v1/portfolio/clients/" + client + "/proposals",
                        Map.of("title", "Globex's", "dimension", "sales", "assessmentId", globexResult)))));
        assertEquals("assessmentId", maps(notVisible.get("violations")).get(0).get("field"));
        assertEquals(
                400,
                status(post(
                        CARLA_CONSULTANT,
                        "/api/v1/portfolio/clients/" + client + "/proposals",
                        Map.of("title", "", "dimension", "sales"))));

        // three proposals
        Map<String, Object> first = call(post(
                CARLA_CONSULTANT,
                "/api/v1/portfolio/clients/" + client + "/proposals?lang=en",
                Map.of(
                        "title", "Social selling training",
                        "description", "Two sessions for the sales team",
                        "dimension", "sales",
                        "assessmentId", acmeResult,
                        "effort", "M",
                        "expectedLevel", 3,
                        "dueDate", LocalDate.now(ZONE).plusDays(60).toString())));
        assertEquals("PENDING", first.get("status"));
        assertEquals("bright", map(first.get("consultancy")).get("alias"));
        assertNotEquals("sales", first.get("dimensionName"), "the dimension's name, not its key");
        // acme's admin is told by mail, through the outbox, with the consultancy's name
        List<Map<String, Object>> told = OutboxRows.of(tx, "action-proposal:" + id(first), "action-proposed");
        assertTrue(told.stream().anyMatch(m -> ANNA_ID.equals(m.get("recipient"))), told.toString());
        assertTrue(told.stream().allMatch(m -> m.get("payload").toString().contains("Bright")), told.toString());
        Map<String, Object> second = propose(CARLA_CONSULTANT, client, "A community manager", "marketing");
        Map<String, Object> third = propose(CARLA_CONSULTANT, client, "To withdraw", "rnd");

        // the company sees them pending; another company sees none of them and changes none
        List<Map<String, Object>> pending = list(get(ANNA_ADMIN, "/api/v1/action-proposals?status=PENDING"));
        assertTrue(pending.stream().map(ClientPlanApiTest::id).toList().containsAll(List.of(id(first), id(second))));
        assertTrue(list(get(GINA_ADMIN, "/api/v1/action-proposals")).stream()
                .noneMatch(p -> map(p.get("company")).get("alias").equals("acme")));
        assertEquals(404, status(post(GINA_ADMIN, "/api/v1/action-proposals/" + id(first) + "/accept", Map.of())));
        assertEquals(404, status(post(GINA_ADMIN, "/api/v1/action-proposals/" + id(first) + "/reject", Map.of())));
        assertEquals(403, status(post(MARCO_MARKETING, "/api/v1/action-proposals/" + id(first) + "/accept", Map.of())));
        assertEquals(403, status(get(MARCO_MARKETING, "/api/v1/action-proposals")));
        assertEquals(403, status(get(CARLA_CONSULTANT, "/api/v1/action-proposals")));

        // owners from another company are refused, and nothing is created
        int before = statuses(ownPlan()).size();
        Map<String, Object> foreign = body(assertThrows(
                HttpClientResponseException.class,
                () -> call(post(
                        ANNA_ADMIN,
                        "/api/v1/action-proposals/" + id(first) + "/accept",
                        Map.of("ownerIds", List.of(GIORGIO_ID))))));
        assertTrue(
                maps(foreign.get("violations")).get(0).get("field").toString().startsWith("ownerIds"));
        assertEquals(before, statuses(ownPlan()).size());

        // accepted: the action is in the plan, with the proposal's content and the chosen owner
        Map<String, Object> accepted = call(post(
                ANNA_ADMIN,
                "/api/v1/action-proposals/" + id(first) + "/accept?lang=en",
                Map.of("ownerIds", List.of(MARCO_ID), "note", "Good idea")));
        assertEquals("ACCEPTED", accepted.get("status"));
        long actionId = ((Number) accepted.get("actionId")).longValue();
        Map<String, Object> action = call(get(ANNA_ADMIN, "/api/v1/actions/" + actionId));
        assertEquals("Social selling training", action.get("title"));
        assertEquals("Two sessions for the sales team", action.get("description"));
        assertEquals("sales", action.get("dimension"));
        assertEquals("M", action.get("effort"));
        assertEquals(3, action.get("expectedLevel"));
        assertEquals(acmeResult, ((Number) action.get("sourceAssessmentId")).longValue());
        assertEquals(MARCO_ID, maps(action.get("owners")).get(0).get("userId"));
        Map<String, Object> created =
                maps(action.get("updates")).get(maps(action.get("updates")).size() - 1);
        assertEquals(id(first), ((Number) map(created.get("changes")).get("proposal")).longValue());
        assertEquals(before + 1, statuses(ownPlan()).size());
        assertEquals(409, status(post(ANNA_ADMIN, "/api/v1/action-proposals/" + id(first) + "/accept", Map.of())));
        assertEquals(409, status(post(ANNA_ADMIN, "/api/v1/action-proposals/" + id(first) + "/reject", Map.of())));

        // rejected with a note the consultancy reads
        call(post(ANNA_ADMIN, "/api/v1/action-proposals/" + id(second) + "/reject", Map.of("note", "Not this year")));
        // withdrawn by the consultancy: no longer decidable
        assertEquals(
                "WITHDRAWN",
                call(delete(CARLA_CONSULTANT, "/api/v1/portfolio/clients/" + client + "/proposals/" + id(third)))
                        .get("status"));
        assertEquals(409, status(post(ANNA_ADMIN, "/api/v1/action-proposals/" + id(third) + "/accept", Map.of())));
        Map<Long, Map<String, Object>> mine = new HashMap<>();
        list(get(CARLA_CONSULTANT, "/api/v1/portfolio/clients/" + client + "/proposals"))
                .forEach(p -> mine.put(id(p), p));
        assertEquals("ACCEPTED", mine.get(id(first)).get("status"));
        assertEquals(actionId, ((Number) mine.get(id(first)).get("actionId")).longValue());
        assertEquals("REJECTED", mine.get(id(second)).get("status"));
        assertEquals("Not this year", mine.get(id(second)).get("decisionNote"));
        assertEquals("WITHDRAWN", mine.get(id(third)).get("status"));

        // every step is in both audit trails
        List<Object> acmeTrail = maps(
                        call(get(ANNA_ADMIN, "/api/v1/audit?size=200")).get("items"))
                .stream()
                .map(e -> e.get("action"))
                .toList();
        assertTrue(
                acmeTrail.containsAll(List.of(
                        "action-proposal.created",
                        "action-proposal.accepted",
                        "action-proposal.rejected",
                        "action-proposal.withdrawn")),
                acmeTrail.toString());

        // another consultancy and the company's own users see and change nothing
        String plan = "/api/v1/portfolio/clients/" + client + "/plan";
        String proposals = "/api/v1/portfolio/clients/" + client + "/proposals";
        Map<String, Object> another = Map.of("title", "Rival idea", "dimension", "sales");
        assertEquals(404, status(get(RITA, plan)));
        assertEquals(404, status(get(RITA, proposals)));
        assertEquals(404, status(post(RITA, proposals, another)));
        assertEquals(404, status(delete(RITA, proposals + "/" + id(second))));
        assertEquals(403, status(get(MARCO_MARKETING, plan)));
        assertEquals(403, status(post(ANNA_ADMIN, proposals, another)));

        // a pending proposal survives the revoke on the company's side; the consultant loses everything at once
        Map<String, Object> late = propose(CARLA_CONSULTANT, client, "Late idea", "service");
        call(delete(ANNA_ADMIN, "/api/v1/engagements/" + client));
        assertEquals(404, status(get(CARLA_CONSULTANT, plan)));
        assertEquals(404, status(get(CARLA_CONSULTANT, proposals)));
        assertEquals(404, status(post(CARLA_CONSULTANT, proposals, another)));
        assertEquals(404, status(delete(CARLA_CONSULTANT, proposals + "/" + id(late))));
        assertEquals(404, status(get(CARLA_CONSULTANT, "/api/v1/portfolio/clients/" + client + "/trend")));
        assertNull(acmeInPortfolio());
        assertEquals(
                "PENDING",
                list(get(ANNA_ADMIN, "/api/v1/action-proposals")).stream()
                        .filter(p -> id(p) == id(late))
                        .findFirst()
                        .orElseThrow()
                        .get("status"));
        assertEquals(before + 1, statuses(ownPlan()).size(), "nothing changed in the plan");
        call(post(ANNA_ADMIN, "/api/v1/action-proposals/" + id(late) + "/reject", Map.of()));
    }

    @Test
    void aConsultancyCannotFloodAClient() {
        revokeAll(GINA_ADMIN);
        Map<String, Object> body = new HashMap<>();
        body.put("consultancy", "bright");
        body.put("contribute", true);
        long client = id(call(post(GINA_ADMIN, "/api/v1/engagements", body)));
        call(post(CARLA_CONSULTANT, "/api/v1/engagements/" + client + "/accept", Map.of()));
        try {
            for (Map<String, Object> p : list(get(GINA_ADMIN, "/api/v1/action-proposals?status=PENDING"))) {
                call(post(GINA_ADMIN, "/api/v1/action-proposals/" + id(p) + "/reject", Map.of()));
            }
            for (int i = 0; i < ClientPlanService.MAX_PENDING; i++) {
                propose(CARLA_CONSULTANT, client, "Idea " + i, "sales");
            }
            Map<String, Object> refused = body(assertThrows(
                    HttpClientResponseException.class, () -> propose(CARLA_CONSULTANT, client, "One more", "sales")));
            assertEquals(409, refused.get("status"));
            // a decision makes room again
            long oldest = id(list(get(GINA_ADMIN, "/api/v1/action-proposals?status=PENDING"))
                    .get(0));
            call(post(GINA_ADMIN, "/api/v1/action-proposals/" + oldest + "/reject", Map.of()));
            assertEquals(
                    "PENDING",
                    propose(CARLA_CONSULTANT, client, "One more", "sales").get("status"));
        } finally {
            revokeAll(GINA_ADMIN);
        }
    }
}
