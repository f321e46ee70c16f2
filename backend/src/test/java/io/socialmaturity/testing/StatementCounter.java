package io.socialmaturity.testing;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Counts the SQL statements the application sends, through Connector/J's own statement hook (a
 * {@link QueryInterceptor}, named in the JDBC URL by {@link #properties()}): every statement the driver executes
 * passes here, whatever issued it (Micronaut Data, a transaction's commit, Hikari's connection set-up).
 */
public class StatementCounter implements QueryInterceptor {

    private static final List<String> RECORDED = new ArrayList<>();
    private static volatile boolean recording;

    /** The test database's properties with this counter in the JDBC URL. */
    public static Map<String, String> properties() {
        Map<String, String> db = new java.util.HashMap<>(TestDatabase.properties());
        String url = db.get("datasources.default.url");
        db.put(
                "datasources.default.url",
                url + (url.contains("?") ? "&" : "?") + "queryInterceptors=" + StatementCounter.class.getName());
        return db;
    }

    /** Runs {@code action} and returns the statements sent meanwhile, each as "thread | sql". */
    public static synchronized List<String> during(Runnable action) {
        synchronized (RECORDED) {
            RECORDED.clear();
        }
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        synchronized (RECORDED) {
            return List.copyOf(RECORDED);
        }
    }

    @Override
    public QueryInterceptor init(MysqlConnection conn, Properties props, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
        if (recording) {
            String text = sql.get();
            synchronized (RECORDED) {
                RECORDED.add(
                        Thread.currentThread().getName() + " | " + (text == null ? "" : text.replaceAll("\\s+", " ")));
            }
        }
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return true;
    }

    @Override
    public void destroy() {}

    @Override
    public <T extends Resultset> T postProcess(
            Supplier<String> sql, Query interceptedQuery, T originalResultSet, ServerSession serverSession) {
        return null;
    }
}
