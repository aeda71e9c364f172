package io.jixiao.rules.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 结果应用: 优 and 良 first, 中 cut by the policy's ratio, 差 cut or cancelled (domain.md, step 7). */
class BudgetAdviceTest {
    @ParameterizedTest(name = "{0} under cuts {1}/{2} → {3} {4} % → {5}")
    @CsvSource({
        "优, 10, 100, PRIORITY, 0,   820000.00",
        "良, 10, 100, PRIORITY, 0,   820000.00",
        "中, 10, 100, REDUCE,   10,  738000.00",
        "中, 15, 50,  REDUCE,   15,  697000.00",
        "差, 10, 100, CANCEL,   100, 0.00",
        "差, 10, 50,  REDUCE,   50,  410000.00",
        "中, 0,  100, PRIORITY, 0,   820000.00"
    })
    void aGradeSuggestsNextYearsBudget(
            String grade, String fairCut, String poorCut, String action, String cut, String after) {
        ScoringPolicy p = ScoringPolicy.mof2020();
        ScoringPolicy policy = new ScoringPolicy(
                p.budgetWeight(),
                p.level1Weights(),
                p.reverse(),
                p.bands(),
                p.decimals(),
                p.excellent(),
                p.good(),
                p.pass(),
                new BigDecimal(fairCut),
                new BigDecimal(poorCut));
        BudgetAdvice a = BudgetAdvice.of(Grade.ofLabel(grade), new BigDecimal("820000.00"), policy);
        assertEquals(BudgetAdvice.Action.valueOf(action), a.action());
        assertEquals(0, new BigDecimal(cut).compareTo(a.cutPercent()));
        assertEquals(new BigDecimal(after), a.suggestedBudget());
    }

    @ParameterizedTest
    @CsvSource({"中, 10", "差, 100"})
    void theDefaultsAreTenPercentForFairAndCancellationForPoor(String grade, String cut) {
        BudgetAdvice a = BudgetAdvice.of(Grade.ofLabel(grade), null, ScoringPolicy.mof2020());
        assertEquals(0, new BigDecimal(cut).compareTo(a.cutPercent()));
        assertNull(a.suggestedBudget(), "no budget, no figure");
        assertNull(BudgetAdvice.of(null, BigDecimal.ONE, ScoringPolicy.mof2020()), "ungraded: no advice");
    }
}
