package io.socialmaturity.platform.keycloak;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Undoes Keycloak changes of operations that failed half-way. {@link #undo} tries at once; when Keycloak cannot
 * be reached it stores the undo in {@code keycloak_repair}, and {@link #retryPending} (every 30 s, on whichever
 * replica claims the row first: {@code FOR UPDATE SKIP LOCKED}) finishes it. So a user or organization created in
 * Keycloak for an operation the product reported as failed never stays.
 */
@Singleton
public class KeycloakRepairs {

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakRepairs.class);

    public enum Action {
        DELETE_USER,
        DELETE_ORGANIZATION,
        DELETE_IDENTITY_PROVIDER
    }

    private final KeycloakUsers users;
    private final KeycloakLookups lookups;
    private final KeycloakIdentityProviders identityProviders;
    private final TransactionOperations<Connection> transactions;

    KeycloakRepairs(
            KeycloakUsers users,
            KeycloakLookups lookups,
            KeycloakIdentityProviders identityProviders,
            TransactionOperations<Connection> transactions) {
        this.users = users;
        this.lookups = lookups;
        this.identityProviders = identityProviders;
        this.transactions = transactions;
    }

    /** Undoes now, or queues the undo when Keycloak fails; never throws for a Keycloak failure. */
    public void undo(Action action, String targetId, String reason) {
        try {
            apply(action, targetId);
        } catch (RuntimeException e) {
            LOG.warn("Undo {} {} failed ({}); queued for retry", action, targetId, e.getMessage());
            queue(action, targetId, reason);
        }
    }

    /** How many undos are still pending (for health and tests). */
    public int pending() {
        return transactions.executeRead(status -> {
            try (PreparedStatement s = status.getConnection()
                            .prepareStatement("SELECT COUNT(*) FROM keycloak_repair WHERE done_at IS NULL");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Stores the undo in its own transaction: it must survive the rollback of the failed operation. */
    void queue(Action action, String targetId, String reason) {
        transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
            try (PreparedStatement s = status.getConnection()
                    .prepareStatement("INSERT INTO keycloak_repair (action, target_id, reason) VALUES (?, ?, ?)")) {
                s.setString(1, action.name());
                s.setString(2, targetId);
                s.setString(3, reason.length() > 500 ? reason.substring(0, 500) : reason);
                return s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("could not queue a Keycloak undo", e);
            }
        });
    }

    /** Retries pending undos; each row is claimed by exactly one replica. Returns how many were completed. */
    @Scheduled(fixedDelay = "30s", initialDelay = "20s")
    public int retryPending() {
        try {
            return transactions.executeWrite(status -> claimAndRun(status.getConnection()));
        } catch (RuntimeException e) {
            LOG.warn("Keycloak repairs could not run: {}", e.getMessage());
            return 0;
        }
    }

    private int claimAndRun(Connection c) {
        int done = 0;
        try {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT id, action, target_id FROM keycloak_repair WHERE done_at IS NULL
                    ORDER BY id LIMIT 50 FOR UPDATE SKIP LOCKED""");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    try {
                        apply(Action.valueOf(rs.getString(2)), rs.getString(3));
                        update(
                                c,
                                "UPDATE keycloak_repair SET done_at = CURRENT_TIMESTAMP(3), attempts = attempts + 1 WHERE id = ?",
                                id,
                                null);
                        done++;
                    } catch (RuntimeException e) {
                        update(
                                c,
                                "UPDATE keycloak_repair SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                                id,
                                String.valueOf(e.getMessage()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return done;
    }

    private static void update(Connection c, String sql, long id, String error) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (error != null) {
                s.setString(1, error.length() > 500 ? error.substring(0, 500) : error);
                s.setLong(2, id);
            } else {
                s.setLong(1, id);
            }
            s.executeUpdate();
        }
    }

    private void apply(Action action, String targetId) {
        switch (action) {
            case DELETE_USER -> users.delete(targetId);
            case DELETE_ORGANIZATION -> lookups.deleteOrganization(targetId);
            case DELETE_IDENTITY_PROVIDER -> identityProviders.delete(targetId);
        }
    }
}
