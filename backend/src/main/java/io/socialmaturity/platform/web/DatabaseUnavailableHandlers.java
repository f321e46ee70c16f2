package io.socialmaturity.platform.web;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.transaction.exceptions.TransactionException;
import io.socialmaturity.platform.errors.UnavailableException;
import jakarta.inject.Singleton;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database being unreachable (restarting, failing over, the pool exhausted for too long) is not a bug in
 * the request: it answers 503 problem+json with {@code Retry-After}, so clients and load balancers retry.
 * Any other data access failure stays a 500 with an incident id. A failed commit is reported the same way:
 * the write may or may not have been applied, and retrying it is safe where the API is idempotent (autosave).
 */
final class DatabaseUnavailableHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableHandlers.class);
    static final String RETRY_AFTER_SECONDS = "2";

    private DatabaseUnavailableHandlers() {}

    /** True when the failure is the connection to the database, not the statement. */
    static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectionException
                    || t instanceof java.net.SocketException) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.equals("com.mysql.cj.exceptions.CJCommunicationsException")) {
                return true;
            }
        }
        return false;
    }

    static HttpResponse<?> respond(ErrorResponseProcessor<?> processor, HttpRequest<?> request, RuntimeException e) {
        if (!isConnectionFailure(e)) {
            return processor.processResponse(
                    ErrorContext.builder(request)
                            .cause(e)
                            .errorMessage(e.getMessage())
                            .build(),
                    HttpResponse.serverError());
        }
        LOG.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getPath(), e.toString());
        UnavailableException problem = new UnavailableException("database-unavailable", "problem.database-unavailable");
        return processor.processResponse(
                ErrorContext.builder(request)
                        .cause(problem)
                        .errorMessage(problem.getMessage())
                        .build(),
                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS));
    }

    @Singleton
    static class OnConnection implements ExceptionHandler<ConnectionException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        OnConnection(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConnectionException exception) {
            return respond(processor, request, exception);
        }
    }

    @Singleton
    static class OnTransaction implements ExceptionHandler<TransactionException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        OnTransaction(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, TransactionException exception) {
            return respond(processor, request, exception);
        }
    }

    @Singleton
    static class OnDataAccess implements ExceptionHandler<DataAccessException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        OnDataAccess(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
            return respond(processor, request, exception);
        }
    }
}
