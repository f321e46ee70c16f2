package io.socialmaturity.testing;

import io.socialmaturity.platform.db.EmbeddedDatabase;
import java.nio.file.Path;
import java.util.Map;

/**
 * The tests' MySQL-compatible database: {@code JDBC_URL} (+ {@code JDBC_USER}, {@code JDBC_PASSWORD}) when set,
 * otherwise one embedded MariaDB per test JVM with its files under {@code target/test-db}. Never H2.
 */
public final class TestDatabase {

    /**
     * Tests do not dispatch the outbox unless they ask for it (the mail tests, with their own SMTP server): a
     * queued mail stays QUEUED for the tests that assert what was queued.
     */
    public static final String OUTBOX_ENABLED = "maturity.outbox.enabled";

    private static Map<String, String> properties;

    private TestDatabase() {}

    public static synchronized Map<String, String> properties() {
        if (properties == null) {
            String url = System.getenv("JDBC_URL");
            if (url != null && !url.isBlank()) {
                properties = Map.of(
                        "datasources.default.url",
                        url,
                        "datasources.default.username",
                        envOr("JDBC_USER", "root"),
                        "datasources.default.password",
                        envOr("JDBC_PASSWORD", ""),
                        OUTBOX_ENABLED,
                        "false");
            } else {
                Path dir = Path.of(System.getProperty("maturity.test.data-dir", "target/test-db"));
                int port = Integer.parseInt(envOr("MATURITY_TEST_DB_PORT", "3317"));
                properties = Map.of(
                        "datasources.default.url",
                        EmbeddedDatabase.start(dir.toAbsolutePath(), port),
                        "datasources.default.username",
                        "root",
                        "datasources.default.password",
                        "",
                        OUTBOX_ENABLED,
                        "false");
            }
        }
        return properties;
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
