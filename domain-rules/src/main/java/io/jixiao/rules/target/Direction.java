package io.jixiao.rules.target;

/** POSITIVE: more is better (≥, >, most =). REVERSE: less is better (≤, <, cost indicators). */
public enum Direction {
    POSITIVE,
    REVERSE
}
