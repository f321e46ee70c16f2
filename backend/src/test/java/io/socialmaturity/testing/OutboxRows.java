package io.socialmaturity.testing;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a test reads back from the outbox: the queued messages of a subject and topic, oldest first. */
public final class OutboxRows {

    private OutboxRows() {}

    /** Each row as {@code recipient} (the recipient reference) and {@code payload} (the message's JSON). */
    public static List<Map<String, Object>> of(TransactionOperations<Connection> tx, String subject, String topic) {
        return tx.executeRead(status -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (PreparedStatement s = status.getConnection()
                    .prepareStatement(
                            "SELECT recipient_ref, payload FROM outbox_message WHERE subject = ? AND topic = ? ORDER BY id")) {
                s.setString(1, subject);
                s.setString(2, topic);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(Map.of("recipient", rs.getString(1), "payload", rs.getString(2)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return rows;
        });
    }
}
