package io.jixiao.rules.target;

/** How a target value compares (docs/api-contract.md): EQ, GE, LE, GT, LT, RANGE or QUALITATIVE. */
public enum Comparator {
    EQ("="),
    GE("≥"),
    LE("≤"),
    GT(">"),
    LT("<"),
    RANGE("-"),
    QUALITATIVE("");

    public final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** Less is better for ≤ and <; more is better otherwise (a reviewer may still mark an indicator reverse). */
    public Direction naturalDirection() {
        return this == LE || this == LT ? Direction.REVERSE : Direction.POSITIVE;
    }
}
