package io.jixiao.indicator.table;

import io.jixiao.rules.target.Comparator;
import io.jixiao.rules.target.Direction;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** 三级指标: its place in the tree, the target as written and as read, and how it is scored. */
@Embeddable
public class Indicator {
    public String level1;
    public String level2;
    public String name;
    /** 目标值/指标值 exactly as written: the legal record. */
    @Column(name = "target_text")
    public String targetText;
    /** 绩效标准: the basis or standard, where the table gives one. */
    public String standard;
    /** 当年预期实现值 (seed 002's 2021 tables). */
    @Column(name = "expected_value")
    public String expectedValue;
    /** 分值, when the table gives weights. */
    public BigDecimal weight;

    @Enumerated(EnumType.STRING)
    public Direction direction;
    /** The unit the indicator is counted in, when the target itself does not say (≥200000 for 参加人次). */
    public String unit;
    /** false for 此指标不涉及: dropped from scoring. */
    public boolean applicable;

    @Enumerated(EnumType.STRING)
    public Comparator comparator;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "target_upper")
    public BigDecimal targetUpper;

    @Column(name = "target_unit")
    public String targetUnit;

    /** The key a reviewer recognises an indicator by across versions. */
    public String key() {
        return (level1 == null ? "" : level1) + " / " + (level2 == null ? "" : level2) + " / "
                + (name == null ? "" : name);
    }

    boolean satisfaction() {
        return io.jixiao.rules.target.Satisfaction.is(level1, level2);
    }
}
