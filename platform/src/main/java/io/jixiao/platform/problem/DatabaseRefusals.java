package io.jixiao.platform.problem;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Failures that reach the database or the persistence layer but are the request's fault or a race with another
 * request, not a defect: two editors with the same revision (409), a duplicate of something unique (409), a value the
 * column cannot hold (400). They get a problem a person can act on instead of a 500; the request's transaction has
 * been rolled back, so nothing half-written remains.
 */
final class DatabaseRefusals {
    private static final Logger LOG = Logger.getLogger(DatabaseRefusals.class);

    private DatabaseRefusals() {}

    static Response answer(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException
                    || t instanceof org.hibernate.dialect.lock.OptimisticEntityLockException) {
                return Problem.of(
                                409,
                                "Conflict",
                                "Someone else changed this at the same time; reload it and apply"
                                        + " your change again")
                        .toResponse();
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                Response r = bySqlState(sql.getSQLState());
                if (r != null) {
                    LOG.infof(
                            "request refused by the database (%s): %s", sql.getSQLState(), firstLine(sql.getMessage()));
                    return r;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static Response bySqlState(String state) {
        return switch (state) {
            case "23505" ->
                Problem.of(
                                409,
                                "Conflict",
                                "Something with the same unique values already exists (a"
                                        + " concurrent or repeated request); reload and check before trying again")
                        .toResponse();
            case "22001" ->
                Problem.invalid("A text is longer than the system stores", List.of())
                        .toResponse();
            case "22003" ->
                Problem.invalid("A number is too large for the system to store", List.of())
                        .toResponse();
            case "22021", "22P05" ->
                Problem.invalid("A text contains a character that cannot be stored (such as U+0000)", List.of())
                        .toResponse();
            case "40001", "40P01" ->
                Problem.of(409, "Conflict", "Another request changed the same data at the same time;" + " try again")
                        .toResponse();
            default -> null;
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
