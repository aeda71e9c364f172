package io.jixiao.rules.target;

/**
 * 满意度指标: whether an indicator measures satisfaction, by its 一级 or 二级 name (满意度指标, 服务对象满意度指标, 满意度...).
 * It matters in three places: a bare "≥95" is a percentage there, the scoring policy weighs it apart, and every table
 * needs at least one. One rule, here, so the three never disagree.
 */
public final class Satisfaction {
    private static final String WORD = "满意度";

    private Satisfaction() {}

    public static boolean is(String level1, String level2) {
        return level1 != null && level1.contains(WORD) || level2 != null && level2.contains(WORD);
    }
}
