package io.jixiao.platform.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures a consumer retries and which it parks at once. */
class FailuresTest {
    @Test
    void whatTheSameRecordWouldHitAgainIsParkedAtOnce() {
        assertFalse(Failures.isTransient(new IllegalArgumentException("the event lacks orgPath")));
        assertFalse(Failures.isTransient(new RuntimeException(new SQLException("numeric field overflow", "22003"))));
        assertFalse(Failures.isTransient(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(Failures.isTransient(new NullPointerException()));
    }

    @Test
    void whatMayPassIsRetried() {
        assertTrue(Failures.isTransient(new RuntimeException(new SQLException("connection refused", "08001"))));
        assertTrue(Failures.isTransient(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(Failures.isTransient(new RuntimeException(new SQLException("lock not available", "55P03"))));
        assertTrue(Failures.isTransient(new jakarta.persistence.OptimisticLockException("stale")));
    }

    @Test
    void theReasonNamesTheCauseInOneLine() {
        String reason = Failures.reason(new IllegalStateException(
                "could not apply", new SQLException("ERROR: numeric field overflow", "22003")));
        assertEquals("IllegalStateException: could not apply ← SQLException: ERROR: numeric field overflow", reason);
    }
}
