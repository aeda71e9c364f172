package io.jixiao.project.fiscalyear;

import java.time.OffsetDateTime;

/** Payload of fiscal-year.closed.v1: evaluation-service finalises every evaluation of the year within the scope. */
public record FiscalYearClosed(int year, String scopeOrgCode, String scopeOrgPath, OffsetDateTime closedAt, String closedBy) {
}
