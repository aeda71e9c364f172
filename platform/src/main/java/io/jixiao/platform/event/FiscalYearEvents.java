package io.jixiao.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/** Events on the {@code fiscal-years} topic, keyed by the year: written by project-service, read by evaluation-service. */
public final class FiscalYearEvents {
    public static final String TOPIC = "fiscal-years";
    public static final String OPENED = "fiscal-year.opened.v1";
    public static final String CLOSED = "fiscal-year.closed.v1";

    private FiscalYearEvents() {}

    /** fiscal-year.closed.v1: finalise every evaluation of the year within the scope ("/" for every region). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Closed(
            Integer year, String scopeOrgCode, String scopeOrgPath, OffsetDateTime closedAt, String closedBy)
            implements EventContract<Closed> {

        public Closed requireValid() {
            if (year == null || scopeOrgPath == null || !scopeOrgPath.startsWith("/") || !scopeOrgPath.endsWith("/")) {
                throw new IllegalArgumentException(
                        "fiscal-year.closed.v1 lacks its year or a scope path like /410100/");
            }
            return this;
        }
    }
}
