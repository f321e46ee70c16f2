package io.socialmaturity.platform.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.socialmaturity.framework.FrameworkCatalog;
import io.socialmaturity.framework.PublishedFramework;
import io.socialmaturity.tenant.Tenant;
import io.socialmaturity.tenant.TenantKind;
import io.socialmaturity.tenant.TenantService;
import io.socialmaturity.testing.ApiTest;
import io.socialmaturity.testing.TestDatabase;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * Several replicas starting at the same moment against one database: what each does at start-up (Flyway
 * migrations, publishing the framework files, ensuring the demo tenants) must succeed on every replica and
 * leave exactly one copy of everything. Each race starts its contenders on a barrier so they really overlap.
 */
@MicronautTest(transactional = false)
class ConcurrentReplicaStartupTest extends ApiTest {

    private static final int REPLICAS = 4;

    @Inject
    FrameworkCatalog catalog;

    @Inject
    TenantService tenants;

    @Test
    void replicasPublishingTheSameNewFrameworkVersionAtOnceAllSucceedWithOneStoredCopy() throws Exception {
        String key = "replica-race-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String json = Files.readString(Path.of("src/main/resources/frameworks/socially-enabled/1.json"))
                .replaceFirst("\"key\": \"socially-enabled\"", "\"key\": \"" + key + "\"");
        // publishFile takes a class path resource: target/test-classes is a folder on the class path
        Path file = Path.of("target/test-classes/replica-race/" + key + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        try {
            List<PublishedFramework> published = race(() -> catalog.publishFile("replica-race/" + key + ".json"));
            long id = published.get(0).id();
            published.forEach(p -> assertEquals(id, p.id(), "every replica sees the same stored version"));
            assertEquals(1, count("SELECT COUNT(*) FROM framework_version WHERE framework_key = '" + key + "'"));
        } finally {
            execute("DELETE FROM framework_version WHERE framework_key = '" + key + "'");
            Files.deleteIfExists(file);
        }
    }

    @Test
    void replicasEnsuringTheSameNewTenantAtOnceAllSucceedWithOneRecord() throws Exception {
        String alias = "race" + ThreadLocalRandom.current().nextInt(1_000_000);
        try {
            List<Tenant> ensured =
                    race(() -> tenants.ensure(alias, "Replica Race (test)", TenantKind.COMPANY, null, null, null));
            long id = ensured.get(0).id();
            ensured.forEach(t -> assertEquals(id, t.id()));
            assertEquals(1, count("SELECT COUNT(*) FROM tenant WHERE alias = '" + alias + "'"));
        } finally {
            execute("DELETE FROM tenant WHERE alias = '" + alias + "'");
        }
    }

    /** Flyway on MySQL/MariaDB serialises migrations with a named lock: concurrent start-ups migrate once. */
    @Test
    void flywayMigrationsStartedByReplicasAtOnceApplyEachVersionOnce() throws Exception {
        String database = "flyway_race_" + ThreadLocalRandom.current().nextInt(1_000_000);
        execute("CREATE DATABASE " + database);
        try {
            String url = urlOf(database);
            List<MigrateResult> results = race(() -> Flyway.configure()
                    .dataSource(url, user(), password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate());
            results.forEach(r -> assertTrue(r.success));
            int applied = results.stream().mapToInt(r -> r.migrationsExecuted).sum();
            int versions = count("SELECT COUNT(*) FROM " + database + ".flyway_schema_history WHERE success = 1");
            assertTrue(versions >= 4, "all migrations applied: " + versions);
            assertEquals(versions, applied, "each migration ran on exactly one replica");
            assertEquals(
                    versions,
                    count("SELECT COUNT(DISTINCT version) FROM " + database
                            + ".flyway_schema_history WHERE success = 1"));
        } finally {
            execute("DROP DATABASE " + database);
        }
    }

    private static <T> List<T> race(Callable<T> startUp) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(REPLICAS);
        ExecutorService pool = Executors.newFixedThreadPool(REPLICAS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < REPLICAS; i++) {
                futures.add(pool.submit(() -> {
                    barrier.await();
                    return startUp.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get()); // rethrows a replica's failure
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, String> db() {
        return TestDatabase.properties();
    }

    private static String user() {
        return db().get("datasources.default.username");
    }

    private static String password() {
        return db().get("datasources.default.password");
    }

    /** The test database's URL with another schema name. */
    private static String urlOf(String database) {
        String url = db().get("datasources.default.url");
        return url.replaceFirst("(jdbc:mysql://[^/]+/)[^?]*", "$1" + database);
    }

    private static int count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db().get("datasources.default.url"), user(), password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db().get("datasources.default.url"), user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
