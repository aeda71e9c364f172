package io.jixiao.evaluation.monitoring;

import io.jixiao.rules.monitoring.DeviationCause;
import io.jixiao.rules.monitoring.Light;
import io.jixiao.rules.monitoring.Likelihood;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One indicator of a monitoring sheet: the approved target, how far it has come, and why it lags. */
@Embeddable
public class MonitoringRow {
    public String level1;
    public String level2;
    public String name;
    /** 年度指标值, as approved. */
    @Column(name = "target_text")
    public String targetText;
    /** 当前完成值, as written. */
    @Column(name = "current_value")
    public String currentValue;
    /** 全年预计完成值, as written. */
    @Column(name = "expected_value")
    public String expectedValue;

    @Enumerated(EnumType.STRING)
    public Likelihood likelihood;

    @Enumerated(EnumType.STRING)
    @Column(name = "deviation_cause")
    public DeviationCause deviationCause;
    /** 偏差原因 in words. */
    @Column(name = "deviation_reason")
    public String deviationReason;
    /** 纠偏措施 */
    @Column(name = "corrective_measure")
    public String correctiveMeasure;
    /** Current value ÷ target, in percent, where a number can say it. */
    public BigDecimal progress;

    @Enumerated(EnumType.STRING)
    public Light light;
}
