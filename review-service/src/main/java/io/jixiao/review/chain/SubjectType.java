package io.jixiao.review.chain;

/**
 * What is reviewed: a target table, an adjustment of approved targets (调整), a self-evaluation (自评), or an in-year
 * monitoring sheet (运行监控).
 */
public enum SubjectType {
    TARGET_TABLE,
    ADJUSTMENT,
    EVALUATION,
    MONITORING
}
