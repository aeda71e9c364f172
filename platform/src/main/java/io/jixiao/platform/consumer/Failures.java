package io.jixiao.platform.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jixiao.platform.problem.ProblemException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure that another attempt may cure (a lost connection, a deadlock, a lock timeout) from one that the same
 * record will hit every time (bad JSON, a missing field, a value the database refuses). The first kind is retried; the
 * second is parked at once, so a poison record costs one attempt, not a restart loop.
 */
final class Failures {
    /** SQLSTATE classes and codes that pass: connection (08), transaction rollback (40), lock not available, shutdown. */
    private static final Set<String> TRANSIENT_CODES = Set.of("55P03", "57P01", "57P02", "57P03", "53300");

    private Failures() {}

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException
                    || t instanceof IllegalArgumentException
                    || t instanceof ConstraintViolationException
                    || t instanceof ProblemException
                    || t instanceof NullPointerException
                    || t instanceof ArithmeticException) {
                return false;
            }
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.startsWith("08") || state.startsWith("40") || TRANSIENT_CODES.contains(state);
            }
        }
        return false;
    }

    /** One line a person can act on: the innermost message, without the stack. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().strip();
        String text = root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        if (root != failure
                && failure.getMessage() != null
                && !failure.getMessage().equals(root.getMessage())) {
            text = failure.getClass().getSimpleName() + ": "
                    + failure.getMessage().strip() + " ← " + text;
        }
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }
}
