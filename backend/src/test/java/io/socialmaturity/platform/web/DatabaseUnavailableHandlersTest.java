package io.socialmaturity.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.TransactionSystemException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is unreachable" (503, retry) and which stay bugs (500). */
class DatabaseUnavailableHandlersTest {

    @Test
    void aRealConnectorJCommunicationsFailureIsAConnectionFailure() {
        // a port nothing listens on: Connector/J's own exception, as when the database restarts
        SQLException refused = null;
        try {
            DriverManager.getConnection("jdbc:mysql://127.0.0.1:1/none?connectTimeout=2000", "x", "y")
                    .close();
        } catch (SQLException e) {
            refused = e;
        }
        assertTrue(refused != null
                && DatabaseUnavailableHandlers.isConnectionFailure(
                        new DataAccessException("Error executing SQL UPDATE", refused)));
        assertTrue(DatabaseUnavailableHandlers.isConnectionFailure(
                new TransactionSystemException("Could not commit JDBC transaction", refused)));
    }

    @Test
    void aPoolTimeoutAndAClosedConnectionAreConnectionFailures() {
        assertTrue(DatabaseUnavailableHandlers.isConnectionFailure(new DataAccessException(
                "x",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"))));
        assertTrue(DatabaseUnavailableHandlers.isConnectionFailure(
                new ConnectionException("Failed to read the connection's read only flag")));
    }

    @Test
    void aConstraintViolationOrAnyOtherSqlErrorIsNot() {
        assertFalse(DatabaseUnavailableHandlers.isConnectionFailure(new DataAccessException(
                "Duplicate entry", new SQLIntegrityConstraintViolationException("Duplicate entry 'a' for key 'uk'"))));
        assertFalse(DatabaseUnavailableHandlers.isConnectionFailure(
                new DataAccessException("bad SQL", new SQLException("You have an error in your SQL syntax"))));
        assertFalse(DatabaseUnavailableHandlers.isConnectionFailure(new IllegalStateException("bug")));
    }
}
