package io.jixiao.indicator.table;

/** ANNUAL: one fiscal year (年度). MID_TERM: a span of years (中期, e.g. 2023–2024 in seed 003). */
public enum Period {
    ANNUAL,
    MID_TERM
}
