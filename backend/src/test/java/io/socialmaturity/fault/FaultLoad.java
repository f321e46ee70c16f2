package io.socialmaturity.fault;

import io.socialmaturity.bench.AutosaveBenchmark;
import io.socialmaturity.testing.Keycloak;
import io.socialmaturity.testing.KeycloakFixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The load and the verdict of the fault test (infra/fault/fault-test.sh, which starts the servers and injects
 * the faults; this class is not a JUnit test).
 *
 * <p>Every respondent is a thread that autosaves its answers one after the other, as the questionnaire does:
 * each save changes the option of its next question and sends the revision its previous save of that question
 * returned. A save that gets no 2xx (connection refused, 502 from the load balancer, 5xx) is retried with the
 * same body until it is acknowledged, as the browser does; the API makes that retry safe (the same content
 * again returns the stored answer). Every acknowledged save is recorded: (respondent, question, option,
 * revision). When the script creates {@code STOP} in the work folder, the respondents finish their save in
 * progress and stop; then the database is compared with what was acknowledged:
 * <ul>
 *   <li>the stored answer of every (respondent, question) is the last one acknowledged, at its revision;</li>
 *   <li>every acknowledged save has its audit row (written in the same transaction as the answer).</li>
 * </ul>
 * Requests made while the script marked a phase (lines "epochMillis phase" in {@code phases.log}) are counted
 * per phase, so the printout shows that saves went on while a replica, the database or Keycloak was down.
 *
 * <p>Arguments: {@code baseUrl jdbcUrl jdbcUser jdbcPassword respondents thinkMillis workDir}. Keycloak is
 * reached at {@code KEYCLOAK_URL} (the test helpers' variable). Exit status 0 only when nothing was lost.
 */
public final class FaultLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern REVISION = Pattern.compile("\"revision\"\\s*:\\s*(\\d+)");
    private static final String TENANT = "faulttest";
    private static final String GRACEFUL = "fault.graceful@faulttest.example";
    private static final Duration RETRY_FOR = Duration.ofSeconds(90);

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong failedRequests = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong gaveUp = new AtomicLong();
    private final Map<String, AtomicLong> failuresByKind = new java.util.concurrent.ConcurrentHashMap<>();
    /** (epoch ms, 1 acknowledged / 0 failed) of every request, for the per-phase counts. */
    private final ConcurrentLinkedQueue<long[]> timeline = new ConcurrentLinkedQueue<>();

    private FaultLoad(String base) {
        this.base = base;
    }

    record Ack(String userId, String question, String option, int revision) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        String jdbcUser = args[2];
        String jdbcPassword = args[3];
        int respondents = Integer.parseInt(args[4]);
        long thinkMillis = Long.parseLong(args[5]);
        Path work = Path.of(args[6]);
        System.exit(new FaultLoad(base).run(jdbcUrl, jdbcUser, jdbcPassword, respondents, thinkMillis, work));
    }

    private int run(String jdbcUrl, String jdbcUser, String jdbcPassword, int respondents, long thinkMillis, Path work)
            throws Exception {
        // --- set-up: a tenant with an admin and respondents in Keycloak, an open assessment inviting them all
        String org = KeycloakFixtures.ensureOrganization(TENANT, "Fault Test Ltd (test fixture)");
        String adminId = KeycloakFixtures.ensureMember(org, "fault.admin@faulttest.example", "executive");
        KeycloakFixtures.ensureRealmRole(adminId, "tenant-admin");
        List<String> ids = IntStream.range(0, respondents)
                .parallel()
                .mapToObj(i -> KeycloakFixtures.ensureMember(org, email(i), i % 2 == 0 ? "marketing" : "it"))
                .toList();
        // one more respondent, outside the load: the script's slow request during a graceful stop is theirs
        String gracefulId = KeycloakFixtures.ensureMember(org, GRACEFUL, "it");
        try (Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
                Statement s = c.createStatement()) {
            // the product's record of the tenant (tenant management by platform admins is another feature)
            s.execute("INSERT IGNORE INTO tenant (alias, name, kind) VALUES ('" + TENANT
                    + "', 'Fault Test Ltd (test fixture)', 'COMPANY')");
        }
        String admin = Keycloak.token("fault.admin@faulttest.example");
        long assessment = Long.parseLong(first(
                ID,
                send(
                        admin,
                        "POST",
                        "/api/v1/assessments",
                        "{\"title\":\"Fault test " + java.time.Instant.now() + "\"}")));
        for (String userId : ids) {
            send(
                    admin,
                    "POST",
                    "/api/v1/assessments/" + assessment + "/respondents",
                    "{\"userId\":\"" + userId + "\"}");
        }
        send(
                admin,
                "POST",
                "/api/v1/assessments/" + assessment + "/respondents",
                "{\"userId\":\"" + gracefulId + "\"}");
        send(admin, "POST", "/api/v1/assessments/" + assessment + "/open", "{}");
        String graceful = Keycloak.token(GRACEFUL);
        String[] gracefulQuestion = AutosaveBenchmark.questionsWithTwoOptions(
                        send(graceful, "GET", "/api/v1/assessments/" + assessment + "/questionnaire", null))
                .get(0);
        Files.writeString(
                work.resolve("graceful.env"),
                "GRACEFUL_TOKEN=" + graceful + "\nGRACEFUL_PATH=/api/v1/assessments/"
                        + assessment + "/answers/" + gracefulQuestion[0] + "\nGRACEFUL_OPTION=" + gracefulQuestion[1]
                        + "\nGRACEFUL_USER=" + gracefulId + "\nASSESSMENT_ID=" + assessment + "\n");
        List<Respondent> people = new ArrayList<>();
        for (int i = 0; i < respondents; i++) {
            String token = Keycloak.token(email(i));
            String questionnaire = send(token, "GET", "/api/v1/assessments/" + assessment + "/questionnaire", null);
            people.add(new Respondent(ids.get(i), token, AutosaveBenchmark.questionsWithTwoOptions(questionnaire)));
        }
        Files.writeString(work.resolve("admin.token"), admin);
        System.out.printf(
                "fault-load: assessment %d open with %d respondents (%d questions each on average)%n",
                assessment,
                respondents,
                people.stream().mapToInt(p -> p.questions.size()).sum() / respondents);

        // --- load until the script says STOP
        Path stop = work.resolve("STOP");
        List<Thread> threads = new ArrayList<>();
        long t0 = System.currentTimeMillis();
        for (Respondent p : people) {
            Thread t = new Thread(() -> p.autosave(this, assessment, thinkMillis, stop), "respondent-" + p.userId);
            t.start();
            threads.add(t);
        }
        Files.writeString(work.resolve("LOAD_STARTED"), String.valueOf(t0));
        for (Thread t : threads) {
            t.join();
        }
        long seconds = Math.max(1, (System.currentTimeMillis() - t0) / 1000);

        // --- verdict
        List<Ack> acks = people.stream().flatMap(p -> p.acks.stream()).toList();
        Map<String, Ack> last = new HashMap<>();
        for (Ack a : acks) { // per respondent and question the acks come in order
            last.put(a.userId + "|" + a.question, a);
        }
        Map<String, String[]> stored = new HashMap<>();
        Set<String> audited = new HashSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT user_id, question_key, option_key, revision FROM answer WHERE assessment_id = ?")) {
                ps.setLong(1, assessment);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.put(
                                rs.getString(1) + "|" + rs.getString(2),
                                new String[] {rs.getString(3), rs.getString(4)});
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT actor_id, JSON_VALUE(details, '$.question'), "
                    + "JSON_VALUE(details, '$.answer'), JSON_VALUE(details, '$.revision') FROM audit_event "
                    + "WHERE action = 'answer.saved' AND entity_type = 'assessment' AND entity_id = ?")) {
                ps.setString(1, String.valueOf(assessment));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        audited.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                                + rs.getString(4));
                    }
                }
            }
        }
        long lostFinal = last.values().stream()
                .filter(a -> {
                    String[] row = stored.get(a.userId + "|" + a.question);
                    return row == null || !a.option.equals(row[0]) || a.revision != Integer.parseInt(row[1]);
                })
                .count();
        long lostHistory = acks.stream()
                .filter(a -> !audited.contains(a.userId + "|" + a.question + "|" + a.option + "|" + a.revision))
                .count();

        System.out.println();
        System.out.println("=== fault test: the figures");
        System.out.printf(
                "load held:        %d respondents autosaving for %d s: %d saves acknowledged (%.0f/s)%n",
                respondents, seconds, acks.size(), acks.size() / (double) seconds);
        System.out.printf(
                "requests failed:  %d of %d requests (each retried until acknowledged; %d saves given up)%n",
                failedRequests.get(), requests.get(), gaveUp.get());
        failuresByKind.forEach((k, v) -> System.out.printf("                  %6d %s%n", v.get(), k));
        System.out.printf(
                "answers lost:     %d (acknowledged answers not stored as last acknowledged: %d of %d; "
                        + "acknowledged saves without their audit row: %d of %d)%n",
                lostFinal + lostHistory, lostFinal, last.size(), lostHistory, acks.size());
        System.out.printf("conflicts (409):  %d (a single writer per answer must never get one)%n", conflicts.get());
        printPhases(work.resolve("phases.log"));
        boolean ok = lostFinal == 0 && lostHistory == 0 && conflicts.get() == 0 && gaveUp.get() == 0 && !acks.isEmpty();
        System.out.println(ok ? "fault-load: PASSED" : "fault-load: FAILED");
        return ok ? 0 : 1;
    }

    /** Acknowledged and failed requests between the script's phase marks. */
    private void printPhases(Path phases) throws IOException {
        if (!Files.exists(phases)) {
            return;
        }
        TreeMap<Long, String> marks = new TreeMap<>();
        for (String line : Files.readAllLines(phases)) {
            String[] parts = line.trim().split(" ", 2);
            if (parts.length == 2) {
                marks.put(Long.parseLong(parts[0]), parts[1]);
            }
        }
        Map<String, long[]> byPhase = new java.util.LinkedHashMap<>();
        marks.values().forEach(p -> byPhase.putIfAbsent(p, new long[2]));
        for (long[] e : timeline) {
            Map.Entry<Long, String> m = marks.floorEntry(e[0]);
            if (m != null) {
                byPhase.get(m.getValue())[e[1] == 1 ? 0 : 1]++;
            }
        }
        System.out.println("per phase (from the script's marks):");
        byPhase.forEach((phase, n) -> System.out.printf("  %-46s %6d acknowledged %5d failed%n", phase, n[0], n[1]));
    }

    private static String email(int i) {
        return "fault.respondent." + i + "@faulttest.example";
    }

    private static String first(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return m.group(1);
    }

    private String send(String token, String method, String path, String body) throws Exception {
        HttpResponse<String> r = http.send(request(token, method, path, body), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private HttpRequest request(String token, String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        return (body == null ? b.GET() : b.method(method, HttpRequest.BodyPublishers.ofString(body))).build();
    }

    private void failed(String kind) {
        failedRequests.incrementAndGet();
        failuresByKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        timeline.add(new long[] {System.currentTimeMillis(), 0});
    }

    private static final class Respondent {
        final String userId;
        final String token;
        final List<String[]> questions;
        final List<Ack> acks = new ArrayList<>();
        final Map<String, Integer> revisions = new HashMap<>();

        Respondent(String userId, String token, List<String[]> questions) {
            this.userId = userId;
            this.token = token;
            this.questions = questions;
        }

        void autosave(FaultLoad load, long assessment, long thinkMillis, Path stop) {
            int next = 0;
            int round = 0;
            while (!Files.exists(stop)) {
                String[] q = questions.get(next);
                String option = round % 2 == 0 ? q[1] : q[2];
                int baseRevision = revisions.getOrDefault(q[0], 0);
                String body = "{\"optionKey\":\"" + option + "\",\"baseRevision\":" + baseRevision + "}";
                Integer revision =
                        saveUntilAcknowledged(load, "/api/v1/assessments/" + assessment + "/answers/" + q[0], body);
                if (revision != null) {
                    revisions.put(q[0], revision);
                    acks.add(new Ack(userId, q[0], option, revision));
                }
                next = (next + 1) % questions.size();
                if (next == 0) {
                    round++;
                }
                sleep(thinkMillis);
            }
        }

        /** The revision the API acknowledged, or null when the save stayed unacknowledged for too long. */
        private Integer saveUntilAcknowledged(FaultLoad load, String path, String body) {
            long giveUpAt = System.currentTimeMillis() + RETRY_FOR.toMillis();
            long backoff = 100;
            while (true) {
                load.requests.incrementAndGet();
                try {
                    HttpResponse<String> r = load.http.send(
                            load.request(token, "PUT", path, body), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() / 100 == 2) {
                        load.timeline.add(new long[] {System.currentTimeMillis(), 1});
                        return Integer.parseInt(first(REVISION, r.body()));
                    }
                    load.failed("HTTP " + r.statusCode());
                    if (r.statusCode() == 409) { // never expected with one writer per answer: a failure, no retry
                        load.conflicts.incrementAndGet();
                        return null;
                    }
                } catch (IOException e) {
                    load.failed(e.getClass().getSimpleName());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
                if (System.currentTimeMillis() > giveUpAt) {
                    load.gaveUp.incrementAndGet();
                    return null;
                }
                sleep(backoff);
                backoff = Math.min(backoff * 2, 2000);
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
