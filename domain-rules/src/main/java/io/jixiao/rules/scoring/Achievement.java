package io.jixiao.rules.scoring;

/** The evaluator's verdict on a qualitative indicator: 达成, 部分达成, 未达成. */
public enum Achievement {
    ACHIEVED,
    PARTIAL,
    NOT_ACHIEVED
}
