package io.socialmaturity.bench;

import io.socialmaturity.testing.Keycloak;
import io.socialmaturity.testing.KeycloakFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Set-up and ceiling of the autosave benchmark (not a test; run by infra/bench/autosave.sh, which drives the
 * load with wrk). {@code setup}: real Keycloak users of the fixture organization 'loadtest', an open
 * assessment with all of them invited, and a Lua data file for wrk (tokens, questions, two options each).
 * {@code raw}: the same database's single-row upsert rate over plain JDBC, the ceiling.
 *
 * Arguments: {@code setup baseUrl jdbcUrl respondents luaDataFile} or {@code raw jdbcUrl threads seconds}.
 */
public final class AutosaveBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([a-z_.]+\\.[a-z_]+)\"");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("raw")) {
            String jdbcUrl = args[1];
            int threads = Integer.parseInt(args[2]);
            int seconds = Integer.parseInt(args[3]);
            System.out.printf(
                    "raw JDBC single-row upsert (autocommit, %d threads, %d s): %.0f upserts/s%n",
                    threads, seconds, rawUpsertRate(jdbcUrl, threads, seconds));
            return;
        }
        setup(args[1], args[2], Integer.parseInt(args[3]), java.nio.file.Path.of(args[4]));
    }

    /**
     * Creates the respondents, an open assessment with all of them invited, and writes a Lua data file for
     * wrk: the assessment id and, per respondent, the token and each question with two of its options.
     */
    static void setup(String base, String jdbcUrl, int respondents, java.nio.file.Path luaData) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        System.out.printf("setting up %d respondents in Keycloak organization 'loadtest'...%n", respondents);
        String org = KeycloakFixtures.ensureOrganization("loadtest", "Load Test Ltd (test fixture)");
        String adminId = KeycloakFixtures.ensureMember(org, "load.admin@loadtest.example", "executive");
        KeycloakFixtures.ensureRealmRole(adminId, "tenant-admin");
        List<String> ids = IntStream.range(0, respondents)
                .parallel()
                .mapToObj(i -> KeycloakFixtures.ensureMember(
                        org, "load.respondent." + i + "@loadtest.example", i % 2 == 0 ? "marketing" : "it"))
                .toList();
        // the product's record of the tenant (tenant management by platform admins is another feature)
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "");
                Statement s = c.createStatement()) {
            s.execute(
                    "INSERT IGNORE INTO tenant (alias, name, kind) VALUES ('loadtest', 'Load Test Ltd (test fixture)', 'COMPANY')");
        }
        String admin = Keycloak.token("load.admin@loadtest.example");
        String created = send(http, admin, "POST", base + "/api/v1/assessments", "{\"title\":\"Autosave benchmark\"}");
        Matcher idm = ID.matcher(created);
        if (!idm.find()) {
            throw new IllegalStateException("cannot create an assessment: " + created);
        }
        long id = Long.parseLong(idm.group(1));
        for (String userId : ids) {
            send(
                    http,
                    admin,
                    "POST",
                    base + "/api/v1/assessments/" + id + "/respondents",
                    "{\"userId\":\"" + userId + "\"}");
        }
        send(http, admin, "POST", base + "/api/v1/assessments/" + id + "/open", "{}");
        StringBuilder lua = new StringBuilder("return { assessment = " + id + ", respondents = {\n");
        int slots = 0;
        for (int i = 0; i < respondents; i++) {
            String token = Keycloak.token("load.respondent." + i + "@loadtest.example");
            String questionnaire =
                    send(http, token, "GET", base + "/api/v1/assessments/" + id + "/questionnaire", null);
            lua.append("  { token = \"").append(token).append("\", questions = {");
            for (String[] q : questionsWithTwoOptions(questionnaire)) {
                lua.append("{\"")
                        .append(q[0])
                        .append("\",\"")
                        .append(q[1])
                        .append("\",\"")
                        .append(q[2])
                        .append("\"},");
                slots++;
            }
            lua.append("} },\n");
        }
        lua.append("} }\n");
        java.nio.file.Files.writeString(luaData, lua.toString());
        System.out.printf(
                "assessment %d open with %d respondents, %d answers to cycle through%n", id, respondents, slots);
    }

    /** Each question of a questionnaire (JSON) once, as {questionKey, firstOption, secondOption}. */
    public static List<String[]> questionsWithTwoOptions(String questionnaire) {
        List<String[]> questions = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Matcher km = KEY.matcher(questionnaire);
        while (km.find()) {
            String q = km.group(1);
            if (!seen.contains(q)) {
                seen.add(q);
                String[] pair = optionPair(questionnaire, q);
                questions.add(new String[] {q, pair[0], pair[1]});
            }
        }
        return questions;
    }

    /** Two option keys of a question, read from the questionnaire JSON. */
    private static String[] optionPair(String questionnaire, String questionKey) {
        int at = questionnaire.indexOf("\"key\":\"" + questionKey + "\"");
        Matcher m = Pattern.compile("\"options\":\\[\\{\"key\":\"([^\"]+)\".*?\\},\\{\"key\":\"([^\"]+)\"")
                .matcher(questionnaire);
        if (at >= 0 && m.find(at)) {
            return new String[] {m.group(1), m.group(2)};
        }
        throw new IllegalStateException("no options found for " + questionKey);
    }

    /** The ceiling: single-row INSERT ... ON DUPLICATE KEY UPDATE, autocommit, from a pool-sized set of threads. */
    static double rawUpsertRate(String jdbcUrl, int threads, int seconds) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_upsert (tenant_id BIGINT NOT NULL, k VARCHAR(64) NOT NULL, "
                    + "v VARCHAR(64), revision INT NOT NULL, PRIMARY KEY (tenant_id, k)) ENGINE=InnoDB");
        }
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> list = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int tt = t;
            Thread th = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "");
                        PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO bench_upsert (tenant_id, k, v, revision) "
                                        + "VALUES (1, ?, ?, 1) ON DUPLICATE KEY UPDATE v = VALUES(v), revision = revision + 1")) {
                    int n = 0;
                    while (System.nanoTime() < end) {
                        ps.setString(1, "t" + tt + "-q" + (n % 43));
                        ps.setString(2, "o" + (n % 4));
                        ps.executeUpdate();
                        done.incrementAndGet();
                        n++;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            th.start();
            list.add(th);
        }
        long t0 = System.nanoTime();
        for (Thread th : list) {
            th.join();
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "");
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE bench_upsert");
        }
        return done.get() / ((System.nanoTime() - t0) / 1e9);
    }

    private static String send(HttpClient http, String token, String method, String url, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        b = body == null ? b.GET() : b.method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
