package io.socialmaturity.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.socialmaturity.benchmark.BenchmarkService;
import io.socialmaturity.platform.db.EmbeddedDatabase;
import io.socialmaturity.testing.DemoUsers;
import io.socialmaturity.testing.Keycloak;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Benchmark of the consultants' comparison and the segment benchmark (not a test; run by
 * infra/bench/benchmarks.sh). Starts the real application (Netty, Flyway, Micronaut Data, Connector/J) on an
 * embedded MariaDB of its own, generates COMPANIES companies with ASSESSMENTS_PER_COMPANY closed assessments
 * each (rows as closing writes them: assessment, closed_result, closed_dimension), rebuilds the benchmark
 * population and statistics through {@link BenchmarkService#rebuild}, gives the demo consultancy 'bright'
 * CLIENTS active engagements, then times over HTTP with carla's real token:
 * {@code GET /api/v1/portfolio/compare} (10 random clients), {@code GET /api/v1/benchmarks} (a random segment),
 * {@code GET /api/v1/portfolio}, and a few real closes (which keep the statistics current).
 *
 * Arguments: {@code dataDir dbPort companies assessmentsPerCompany clients requests}.
 */
public final class PortfolioBenchmark {

    static final String[] INDUSTRIES = {
        "manufacturing",
        "retail",
        "banking",
        "insurance",
        "telecom",
        "energy",
        "healthcare",
        "pharma",
        "logistics",
        "media",
        "public",
        "software"
    };
    static final String[] SIZES = {"1-9", "10-49", "50-249", "250-999", "1000-4999", "5000+"};
    static final String[] COUNTRIES = {"IT", "DE", "FR", "ES", "GB", "NL", "US", "BR", "JP", "IN"};
    static final String[] DIMENSIONS = {"marketing", "sales", "rnd", "service", "collaboration", "alignment"};

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int dbPort = Integer.parseInt(args[1]);
        int companies = Integer.parseInt(args[2]);
        int perCompany = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        int requests = Integer.parseInt(args[5]);

        String jdbcUrl = EmbeddedDatabase.start(dataDir, dbPort);
        try (EmbeddedServer server = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of(
                        "micronaut.server.port", "-1",
                        "datasources.default.url", jdbcUrl,
                        "datasources.default.username", "root",
                        "datasources.default.password", ""))) {
            ApplicationContext ctx = server.getApplicationContext();
            URL base = server.getURL();
            String bulkUrl = jdbcUrl + "&rewriteBatchedStatements=true";
            long versionId;
            try (Connection c = DriverManager.getConnection(bulkUrl, "root", "")) {
                versionId = one(
                        c, "SELECT id FROM framework_version WHERE framework_key = 'socially-enabled' AND version = 1");
                long existing = one(c, "SELECT COUNT(*) FROM tenant WHERE alias LIKE 'gen-%'");
                if (existing < companies) {
                    long t0 = System.nanoTime();
                    generate(c, versionId, companies, perCompany);
                    System.out.printf(
                            "generated %,d companies x %d closed assessments (%,d closed dimension rows) in %.1f s%n",
                            companies, perCompany, (long) companies * perCompany * DIMENSIONS.length, secondsSince(t0));
                } else {
                    System.out.printf("reusing %,d generated companies%n", existing);
                }
                engage(c, clients);
                plans(c);
            }
            BenchmarkService benchmarks = ctx.getBean(BenchmarkService.class);
            long t0 = System.nanoTime();
            benchmarks.rebuild(versionId);
            System.out.printf(
                    "rebuild of the population and every segment's statistics (BenchmarkService.rebuild): %.0f ms%n",
                    secondsSince(t0) * 1000);
            try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
                System.out.printf(
                        "population: %,d companies; closed assessments: %,d; active engagements of bright: %,d%n",
                        one(
                                c,
                                "SELECT COUNT(DISTINCT company_id) FROM benchmark_member WHERE framework_version_id = "
                                        + versionId),
                        one(c, "SELECT COUNT(*) FROM closed_result"),
                        one(
                                c,
                                "SELECT COUNT(*) FROM engagement e JOIN tenant t ON t.id = e.consultancy_tenant_id "
                                        + "WHERE t.alias = 'bright' AND e.status = 'ACTIVE'"));
            }

            try (HttpClient client = HttpClient.create(base)) {
                BlockingHttpClient http = client.toBlocking();
                String carla = Keycloak.token(DemoUsers.CARLA_CONSULTANT);
                List<Long> clientIds = clientIds(jdbcUrl);
                Random random = new Random(42);
                Supplier<HttpRequest<?>> compare = () -> {
                    List<Long> pick = new ArrayList<>(clientIds);
                    java.util.Collections.shuffle(pick, random);
                    String ids = String.join(
                            ",",
                            pick.subList(0, 10).stream().map(String::valueOf).toList());
                    return HttpRequest.GET("/api/v1/portfolio/compare?clients=" + ids)
                            .bearerAuth(carla);
                };
                Supplier<HttpRequest<?>> segment = () -> {
                    String s = switch (random.nextInt(4)) {
                        case 0 -> "all";
                        case 1 -> "industry:" + INDUSTRIES[random.nextInt(INDUSTRIES.length)];
                        case 2 -> "size_band:" + SIZES[random.nextInt(SIZES.length)];
                        default -> "country:" + COUNTRIES[random.nextInt(COUNTRIES.length)];
                    };
                    return HttpRequest.GET("/api/v1/benchmarks?framework=socially-enabled&version=1&segment=" + s)
                            .bearerAuth(carla);
                };
                Supplier<HttpRequest<?>> portfolio = () -> HttpRequest.GET("/api/v1/portfolio?sort=overall&order=desc")
                        .bearerAuth(carla);
                System.out.println(
                        http.retrieve(compare.get()).length() > 0 ? "comparison answers" : "empty comparison");
                time(
                        http,
                        "GET /api/v1/portfolio/compare (10 random clients, population benchmark)",
                        compare,
                        requests);
                time(
                        http,
                        "GET /api/v1/benchmarks (random segment: all, industry, size band or country)",
                        segment,
                        requests);
                time(
                        http,
                        "GET /api/v1/portfolio (" + clientIds.size() + " clients, sorted by overall)",
                        portfolio,
                        Math.max(10, requests / 10));
                // the write path that keeps the figures current: real closes of acme's assessments over HTTP
                System.out.println("== POST /api/v1/assessments/{id}/close (snapshot, history rows, population and "
                        + "4 segments' statistics recomputed; population of " + companies + " companies)");
                closeOnly(http, 5);
            }
        }
        System.exit(0); // the embedded MariaDB's process watcher is not a daemon thread
    }

    /** Times only the close request (the part that maintains history and statistics). */
    static void closeOnly(BlockingHttpClient http, int n) {
        String anna = Keycloak.token(DemoUsers.ANNA_ADMIN);
        String marco = Keycloak.token(DemoUsers.MARCO_MARKETING);
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long id = ((Number) http.retrieve(
                                    HttpRequest.POST("/api/v1/assessments", Map.of("title", "Close " + i))
                                            .bearerAuth(anna),
                                    Map.class)
                            .get("id"))
                    .longValue();
            http.exchange(
                    HttpRequest.POST("/api/v1/assessments/" + id + "/respondents", Map.of("userId", DemoUsers.MARCO_ID))
                            .bearerAuth(anna));
            http.exchange(HttpRequest.POST("/api/v1/assessments/" + id + "/open", Map.of())
                    .bearerAuth(anna));
            @SuppressWarnings("unchecked")
            Map<String, Object> q = http.retrieve(
                    HttpRequest.GET("/api/v1/assessments/" + id + "/questionnaire")
                            .bearerAuth(marco),
                    Map.class);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> dims = (List<Map<String, Object>>) q.get("dimensions");
            for (Map<String, Object> d : dims) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> qs = (List<Map<String, Object>>) d.get("questions");
                for (Map<String, Object> question : qs) {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> options = (List<Map<String, Object>>) question.get("options");
                    http.exchange(HttpRequest.PUT(
                                    "/api/v1/assessments/" + id + "/answers/" + question.get("key"),
                                    Map.of(
                                            "optionKey",
                                            options.get(i % options.size()).get("key"),
                                            "baseRevision",
                                            0))
                            .bearerAuth(marco));
                }
            }
            long start = System.nanoTime();
            http.exchange(HttpRequest.POST("/api/v1/assessments/" + id + "/close", Map.of())
                    .bearerAuth(anna));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("  close: n=%d min %.1f ms, median %.1f ms, max %.1f ms%n", n, ms[0], ms[n / 2], ms[n - 1]);
    }

    static void time(BlockingHttpClient http, String label, Supplier<HttpRequest<?>> request, int n) {
        for (int i = 0; i < Math.min(50, n); i++) {
            http.retrieve(request.get()); // warm-up: JIT, connection pool, caches
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            HttpRequest<?> r = request.get();
            long start = System.nanoTime();
            http.retrieve(r);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                "== %s%n  n=%d sequential: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                label, n, pct(ms, 0.50), pct(ms, 0.90), pct(ms, 0.99), ms[n - 1]);
    }

    static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Companies, their closed assessments and per-dimension rows, in batches, as closing writes them. */
    static void generate(Connection c, long versionId, int companies, int perCompany) throws Exception {
        Random random = new Random(7);
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute(
                    "DELETE FROM tenant WHERE alias LIKE 'gen-%' AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.tenant_id = tenant.id)");
        }
        try (PreparedStatement t = c.prepareStatement(
                "INSERT IGNORE INTO tenant (alias, name, kind, industry, size_band, country) VALUES (?, ?, 'COMPANY', ?, ?, ?)")) {
            for (int i = 0; i < companies; i++) {
                t.setString(1, "gen-" + i);
                t.setString(2, "Generated company " + i);
                t.setString(3, INDUSTRIES[random.nextInt(INDUSTRIES.length)]);
                t.setString(4, SIZES[random.nextInt(SIZES.length)]);
                t.setString(5, COUNTRIES[random.nextInt(COUNTRIES.length)]);
                t.addBatch();
                if (i % 2000 == 1999) {
                    t.executeBatch();
                }
            }
            t.executeBatch();
        }
        c.commit();
        List<long[]> tenantIds = new ArrayList<>();
        List<String[]> segments = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT id, industry, size_band, country FROM tenant WHERE alias LIKE 'gen-%' ORDER BY id")) {
            while (rs.next()) {
                tenantIds.add(new long[] {rs.getLong(1)});
                segments.add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        Instant start = Instant.now().minus(5 * 365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        try (PreparedStatement a = c.prepareStatement("""
                INSERT INTO assessment (tenant_id, title, framework_version_id, status, created_by, created_at, opened_at, closed_at)
                VALUES (?, ?, ?, 'CLOSED', 'generator', ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement r = c.prepareStatement("""
                INSERT INTO closed_result (tenant_id, assessment_id, title, framework_version_id, closed_at, overall_score,
                    overall_level, socially_enabled, respondent_count, industry, size_band, country)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement d = c.prepareStatement("""
                INSERT INTO closed_dimension (tenant_id, assessment_id, dimension_key, score, level) VALUES (?, ?, ?, ?, ?)""")) {
            int batch = 0;
            for (int i = 0; i < tenantIds.size(); i++) {
                long tenant = tenantIds.get(i)[0];
                String[] seg = segments.get(i);
                double base = 20 + random.nextDouble() * 50;
                List<Object[]> pending = new ArrayList<>();
                for (int k = 0; k < perCompany; k++) {
                    Timestamp closed =
                            Timestamp.from(start.plus((long) k * 300 + random.nextInt(200), ChronoUnit.DAYS));
                    a.setLong(1, tenant);
                    a.setString(2, "Assessment " + (k + 1));
                    a.setLong(3, versionId);
                    a.setTimestamp(4, closed);
                    a.setTimestamp(5, closed);
                    a.setTimestamp(6, closed);
                    a.addBatch();
                    pending.add(new Object[] {closed, base + k * 3});
                }
                a.executeBatch();
                try (ResultSet keys = a.getGeneratedKeys()) {
                    int k = 0;
                    while (keys.next()) {
                        long id = keys.getLong(1);
                        Object[] p = pending.get(k++);
                        double level = (double) p[1];
                        double sum = 0;
                        for (String dim : DIMENSIONS) {
                            double score = Math.max(
                                    0, Math.min(100, Math.round((level + random.nextGaussian() * 15) * 100) / 100d));
                            sum += score;
                            d.setLong(1, tenant);
                            d.setLong(2, id);
                            d.setString(3, dim);
                            d.setDouble(4, score);
                            d.setInt(5, Math.min(5, 1 + (int) (score / 20)));
                            d.addBatch();
                        }
                        double overall = Math.round(sum / DIMENSIONS.length * 100) / 100d;
                        r.setLong(1, tenant);
                        r.setLong(2, id);
                        r.setString(3, "Assessment " + k);
                        r.setLong(4, versionId);
                        r.setTimestamp(5, (Timestamp) p[0]);
                        r.setDouble(6, overall);
                        r.setInt(7, Math.min(5, 1 + (int) (overall / 20)));
                        r.setBoolean(8, overall >= 60);
                        r.setInt(9, 3);
                        r.setString(10, seg[0]);
                        r.setString(11, seg[1]);
                        r.setString(12, seg[2]);
                        r.addBatch();
                    }
                }
                if (++batch % 500 == 0) {
                    r.executeBatch();
                    d.executeBatch();
                    c.commit();
                }
            }
            r.executeBatch();
            d.executeBatch();
            c.commit();
        }
        c.setAutoCommit(true);
    }

    /** Active engagements of 'bright' with the first {@code clients} generated companies; every 10th shares two assessments only. */
    static void engage(Connection c, int clients) throws Exception {
        c.setAutoCommit(false);
        long bright = one(c, "SELECT id FROM tenant WHERE alias = 'bright'");
        try (Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT IGNORE INTO engagement (company_tenant_id, consultancy_tenant_id, status, all_assessments, granted_by,
                        granted_at, accepted_by, accepted_at)
                    SELECT t.id, %d, 'ACTIVE', MOD(t.id, 10) <> 0, 'generator', NOW(3), 'generator', NOW(3)
                    FROM tenant t WHERE t.alias LIKE 'gen-%%' ORDER BY t.id LIMIT %d""".formatted(bright, clients));
            s.executeUpdate("""
                    INSERT IGNORE INTO engagement_assessment (engagement_id, company_tenant_id, assessment_id)
                    SELECT e.id, e.company_tenant_id, a.id FROM engagement e
                    JOIN assessment a ON a.tenant_id = e.company_tenant_id AND a.title IN ('Assessment 1', 'Assessment 2')
                    WHERE e.all_assessments = FALSE""");
        }
        c.commit();
        c.setAutoCommit(true);
    }

    static List<Long> clientIds(String jdbcUrl) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "");
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT e.id FROM engagement e JOIN tenant t ON t.id = e.consultancy_tenant_id "
                                + "WHERE t.alias = 'bright' AND e.status = 'ACTIVE' AND e.granted_by = 'generator'")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    static long one(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Actions per generated company ({@value #ACTIONS_PER_COMPANY}, a mix of statuses and due dates), once. */
    static final int ACTIONS_PER_COMPANY = 12;

    /**
     * The plans the portfolio counts for each client (one grouped query over action_item for every client): made
     * once per database, a mix of statuses and of due dates in the past and the future.
     */
    static void plans(Connection c) throws Exception {
        long existing = one(
                c, "SELECT COUNT(*) FROM action_item a JOIN tenant t ON t.id = a.tenant_id WHERE t.alias LIKE 'gen-%'");
        if (existing > 0) {
            System.out.printf("reusing %,d generated actions%n", existing);
            return;
        }
        long t0 = System.nanoTime();
        String[] statuses = {"PLANNED", "IN_PROGRESS", "BLOCKED", "DONE", "DROPPED"};
        Random random = new Random(11);
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        c.setAutoCommit(false);
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM tenant WHERE alias LIKE 'gen-%' ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        try (PreparedStatement a = c.prepareStatement("""
                INSERT INTO action_item (tenant_id, title, framework_key, framework_version, dimension_key, due_date,
                    status, created_by, created_at, updated_at)
                VALUES (?, ?, 'socially-enabled', 1, ?, ?, ?, 'generator', ?, ?)""")) {
            int batch = 0;
            for (long tenant : ids) {
                for (int k = 0; k < ACTIONS_PER_COMPANY; k++) {
                    a.setLong(1, tenant);
                    a.setString(2, "Generated action " + k);
                    a.setString(3, DIMENSIONS[random.nextInt(DIMENSIONS.length)]);
                    a.setDate(4, java.sql.Date.valueOf(java.time.LocalDate.now().plusDays(random.nextInt(120) - 60)));
                    a.setString(5, statuses[random.nextInt(statuses.length)]);
                    a.setTimestamp(6, now);
                    a.setTimestamp(7, now);
                    a.addBatch();
                    if (++batch % 5000 == 0) {
                        a.executeBatch();
                    }
                }
            }
            a.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        System.out.printf(
                "generated %,d actions (%d per company) in %.1f s%n",
                (long) ids.size() * ACTIONS_PER_COMPANY, ACTIONS_PER_COMPANY, secondsSince(t0));
    }
}
