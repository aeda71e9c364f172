package io.jixiao.evaluation.rectification;

import java.util.UUID;

/** The filters of the rectification list; each one has an index (V6). */
public record RectificationQuery(
        Integer fiscalYear,
        String orgCode,
        RectificationStatus status,
        UUID evaluationId,
        UUID monitoringSheetId,
        boolean overdue) {}
