package io.jixiao.review.chain;

/** What is reviewed: a target table, an adjustment of approved targets (调整), or a self-evaluation (自评). */
public enum SubjectType {
    TARGET_TABLE,
    ADJUSTMENT,
    EVALUATION
}
