package io.jixiao.rules.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.rules.target.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringEngineTest {
    private final ScoringEngine engine = new ScoringEngine();
    private final ScoringPolicy mof = ScoringPolicy.mof2020();

    static Sheet.Row row(String level1, String level2, String name, String target, String actual, String weight) {
        return new Sheet.Row(
                level1,
                level2,
                name,
                target,
                actual,
                weight == null ? null : new BigDecimal(weight),
                null,
                null,
                null,
                null);
    }

    static Sheet.Row qualitative(String name, String text, String weight, Achievement a, String score) {
        return new Sheet.Row(
                "效益指标",
                "社会效益指标",
                name,
                text,
                text,
                new BigDecimal(weight),
                null,
                a,
                score == null ? null : new BigDecimal(score),
                null);
    }

    static Sheet.Budget budget(String adjusted, String executed) {
        return new Sheet.Budget(new BigDecimal(adjusted), new BigDecimal(executed), BigDecimal.TEN);
    }

    /** Seed 002, 鄂州市困难职工常态化帮扶及送温暖专项资金 (2020): 82 / 82 万元, fourteen indicators, published 100. */
    @Test
    void seed002HardshipFundScoresItsPublished100RowByRow() {
        List<Sheet.Row> rows = List.of(
                row("产出指标", "数量指标", "市级建档困难职工完成发放人数", "75", "75", "10"),
                row("产出指标", "数量指标", "市级建档困难职工完成发放资金数", "15", "15", "10"),
                row("产出指标", "数量指标", "省级建档困难职工完成发放人数", "400", "433", "5"),
                row("产出指标", "数量指标", "省级建档困难职工生活困难发放资金数", "67", "67", "5"),
                row("产出指标", "质量指标", "市级困难职工生活困难发放标准达标率", "100%", "100%", "10"),
                row("产出指标", "质量指标", "省级建档困难职工生活困难发放标准达标率", "100%", "100%", "5"),
                row("产出指标", "质量指标", "省级慰问困难职工生活困难发放标准达标率", "100%", "100%", "5"),
                row("产出指标", "时效指标", "市级建档困难职工完成发放资金及时到位率", "100%", "100%", "5"),
                row("产出指标", "时效指标", "省级建档困难职工完成到位资金及时到位率", "100%", "100%", "5"),
                row("产出指标", "成本指标", "市级困难职工帮扶资金发放到位总额15万元到位率", "100%", "100%", "5"),
                row("产出指标", "成本指标", "省级困难职工帮扶和慰问资金到位总额67万元到位率", "100%", "100%", "5"),
                row("效益指标", "社会效益指标", "受助职工政策知晓度", "100%", "100%", "5"),
                row("效益指标", "社会效益指标", "通过持续不断的帮扶，让困难职工逐步脱贫解困。", "100%", "100%", "5"),
                row("满意度指标", "服务对象满意度指标", "受助职工满意度", "90%", "95%", "10"));
        ScoreResult r = engine.score(new Sheet(budget("82", "82"), rows), mof);
        assertEquals(new BigDecimal("100.00"), r.budgetRate());
        assertEquals(new BigDecimal("10.00"), r.budgetScore());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(
                    0,
                    rows.get(i).weight().compareTo(r.indicators().get(i).score()),
                    rows.get(i).name());
            assertFalse(r.indicators().get(i).needsDeviationAnalysis());
        }
        assertEquals(new BigDecimal("100.00"), r.total());
        assertEquals(Grade.EXCELLENT, r.grade());
    }

    /** Seed 002, 劳模帮扶专项资金 (2020): executed 83.224 of 83 万元 (rate capped), nineteen indicators, published 100. */
    @Test
    void seed002ModelWorkerFundScoresItsPublished100RowByRow() {
        List<Sheet.Row> rows = new ArrayList<>(List.of(
                row("产出指标", "数量指标", "完成市级生活困难劳模帮扶人数", "7", "7", "5"),
                row("产出指标", "数量指标", "完成市级特殊困难劳模帮扶人数", "53人", "58人", "5"),
                row("产出指标", "数量指标", "完成发放离退休劳模荣誉津贴补助人数", "223人", "225人", "5"),
                row("产出指标", "数量指标", "完成省级生活困难劳模帮扶人数", "14人", "14人", "5"),
                row("产出指标", "数量指标", "完成省级特殊困难劳模帮扶人数", "24人", "26人", "5"),
                row("产出指标", "质量指标", "市级劳模生活、特殊困难补助发放标准达标率", "100%", "100%", "5"),
                row("产出指标", "质量指标", "各级退休劳模荣誉津贴发放标准达标率", "100%", "100%", "5"),
                row("产出指标", "质量指标", "省级劳模生活困难补助发放标准达标率", "100%", "100%", "5"),
                row("产出指标", "质量指标", "省级劳模特殊困难补助发放标准达标率", "100%", "100%", "5"),
                row("产出指标", "时效指标", "市级劳模生活、特殊困难补助发放到位及时率", "100%", "100%", "5"),
                row("产出指标", "时效指标", "各级退休劳模荣誉津贴发放到位及时率", "100%", "100%", "5"),
                row("产出指标", "时效指标", "省级劳模生活困难补助发放到位及时率", "100%", "100%", "3"),
                row("产出指标", "时效指标", "省级劳模特殊困难补助发放到位及时率", "100%", "100%", "2"),
                row("产出指标", "成本指标", "市级生活困难劳模生活、特殊困难补助到位总额30万元到位率", "100%", "100%", "5"),
                row("产出指标", "成本指标", "市级发放离退休劳模荣誉津贴补助2到位总额23万元到位率", "100%", "100%", "5"),
                row("产出指标", "成本指标", "省级生活困难劳模帮扶资金发放总额7.5万元到位率", "100%", "100%", "5"),
                row("产出指标", "成本指标", "省级特殊困难劳模帮扶资金发放总额22.5万元到位率", "100%", "100%", "5"),
                row("效益指标", "社会效益指标", "受助劳模政策知晓度", "≥95%", "≥95%", "5")));
        rows.add(qualitative(
                "将党和政府的温暖送到各级劳模之间，不断弘扬劳模精神，不断提高劳模的影响力",
                "将党和政府的温暖送到各级劳模之间，不断弘扬劳模精神，不断提高劳模的影响力",
                "3",
                Achievement.ACHIEVED,
                "3"));
        rows.add(row("满意度指标", "服务对象满意度指标", "受助劳模满意度", "≥95%", "≥95%", "2"));
        ScoreResult r = engine.score(new Sheet(budget("83", "83.224"), rows), mof);
        assertEquals(new BigDecimal("100.27"), r.budgetRate(), "shown as computed");
        assertEquals(new BigDecimal("10.00"), r.budgetScore(), "scored capped at 100 %");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(
                    0,
                    rows.get(i).weight().compareTo(r.indicators().get(i).score()),
                    rows.get(i).name());
        }
        assertEquals(new BigDecimal("100.00"), r.total());
    }

    /** docs/domain.md: budget 250000.00, executed 215457.60 → 86.18 %, 8.62 of 10; five indicators met → 90; 98.62 优. */
    @Test
    void theWorkedExampleOfDomainMd() {
        List<Sheet.Row> rows = List.of(
                row("产出指标", "数量指标", "帮扶人数", "≥100人", "120人", null),
                row("产出指标", "质量指标", "发放准确率", "100%", "100%", null),
                row("产出指标", "时效指标", "发放及时率", "≥95%", "98%", null),
                row("效益指标", "社会效益指标", "困难职工生活改善", "≥80%", "85%", null),
                row("满意度指标", "服务对象满意度指标", "受助职工满意度", "≥90", "96", null));
        ScoreResult r = engine.score(new Sheet(budget("250000.00", "215457.60"), rows), mof);
        assertEquals(new BigDecimal("86.18"), r.budgetRate());
        assertEquals(new BigDecimal("8.62"), r.budgetScore());
        assertEquals(
                List.of("16.67", "16.67", "16.67", "30.00", "10.00"),
                r.indicators().stream().map(x -> x.weight().toPlainString()).toList(),
                "一级 weights shared evenly");
        assertEquals(new BigDecimal("98.62"), r.total());
        assertEquals(Grade.EXCELLENT, r.grade());
    }

    @ParameterizedTest(name = "{0} vs {1} → {2} of 10")
    @CsvSource(
            delimiter = '|',
            value = {
                "≥100人      | 80人     | 8.00",
                "≥100人      | 150人    | 10.00",
                "0           | 0        | 10.00",
                "≥0          | 5        | 10.00",
                "100         | 0        | 0.00",
                "≤1500元/人年 | 1500     | 10.00",
                "≤1500元/人年 | 2000     | 7.50",
                "<5天        | 5        | 10.00",
                "1000-6000元/人 | 3000   | 10.00",
                "1000-6000元/人 | 500    | 5.00",
                "1000-6000元/人 | 8000   | 7.50",
                ">90%        | 90%      | 10.00",
                ">90%        | 91%      | 10.00",
                "≥95         | 95       | 10.00",
                "=100%       | 86.18%   | 8.62"
            })
    void quantitativeRows(String target, String actual, String expected) {
        Sheet.Row r = row("产出指标", "数量指标", "x", target, actual, "10");
        assertEquals(
                new BigDecimal(expected),
                engine.score(new Sheet(null, List.of(r)), mof)
                        .indicators()
                        .get(0)
                        .score());
    }

    @Test
    void theReverseFormulaIsAPolicyChoice() {
        ScoringPolicy linear = new ScoringPolicy(
                mof.budgetWeight(),
                mof.level1Weights(),
                ReverseFormula.LINEAR_TO_DOUBLE,
                mof.bands(),
                2,
                mof.excellent(),
                mof.good(),
                mof.pass());
        Sheet s = new Sheet(null, List.of(row("产出指标", "成本指标", "人均成本", "≤1000元", "1500元", "10")));
        assertEquals(
                new BigDecimal("6.67"), engine.score(s, mof).indicators().get(0).score());
        assertEquals(
                new BigDecimal("5.00"),
                engine.score(s, linear).indicators().get(0).score());
        Sheet reverseByHand = new Sheet(
                null,
                List.of(new Sheet.Row(
                        "产出指标", "成本指标", "人均成本", "1000", "1250", BigDecimal.TEN, Direction.REVERSE, null, null, null)));
        assertEquals(
                new BigDecimal("8.00"),
                engine.score(reverseByHand, mof).indicators().get(0).score());
    }

    @Test
    void aMissingActualScoresNothingAndAsksForAnAnalysis() {
        ScoreResult.RowScore r = engine.score(
                        new Sheet(null, List.of(row("产出指标", "数量指标", "x", "≥10人", null, "10"))), mof)
                .indicators()
                .get(0);
        assertEquals(new BigDecimal("0.00"), r.score());
        assertTrue(r.needsDeviationAnalysis());
    }

    /** A unit cannot give itself full marks on a missed numeric target by picking "achieved" (security review M9). */
    @Test
    void aBandPickNeverOverridesAMeasuredQuantitativeRow() {
        Sheet.Row missed = new Sheet.Row(
                "产出指标",
                "数量指标",
                "帮扶人数",
                "≥100人",
                "1人",
                new BigDecimal("90"),
                null,
                Achievement.ACHIEVED,
                new BigDecimal("90"),
                null);
        ScoreResult.RowScore r =
                engine.score(new Sheet(null, List.of(missed)), mof).indicators().get(0);
        assertEquals(new BigDecimal("0.90"), r.score());
        assertTrue(r.needsDeviationAnalysis());
        Sheet.Row unmeasured = new Sheet.Row(
                "产出指标",
                "数量指标",
                "帮扶人数",
                "≥100人",
                "已完成",
                new BigDecimal("10"),
                null,
                Achievement.PARTIAL,
                new BigDecimal("7"),
                null);
        assertEquals(
                new BigDecimal("7.00"),
                engine.score(new Sheet(null, List.of(unmeasured)), mof)
                        .indicators()
                        .get(0)
                        .score(),
                "where the actual is no number, the evaluator's band pick scores the row");
    }

    @Test
    void qualitativeScoresStayInsideTheirBand() {
        Sheet inside = new Sheet(null, List.of(qualitative("q", "较好", "10", Achievement.PARTIAL, "7")));
        ScoreResult.RowScore r = engine.score(inside, mof).indicators().get(0);
        assertEquals(new BigDecimal("7.00"), r.score());
        assertTrue(r.needsDeviationAnalysis());
        Sheet outside = new Sheet(null, List.of(qualitative("q", "较好", "10", Achievement.PARTIAL, "9")));
        var e = assertThrows(ScoringEngine.ScoreOutsideBand.class, () -> engine.score(outside, mof));
        assertEquals("q", e.indicator);
        assertTrue(e.getMessage().contains("6.00–8.00"), e.getMessage());
        Sheet notAchieved = new Sheet(null, List.of(qualitative("q", "较好", "10", Achievement.NOT_ACHIEVED, "0")));
        assertEquals(
                new BigDecimal("0.00"),
                engine.score(notAchieved, mof).indicators().get(0).score());
    }

    @Test
    void indicatorsThatDoNotApplyAreDroppedAndTheRestRescaled() {
        List<Sheet.Row> rows = List.of(
                row("产出指标", "数量指标", "a", "≥10", "10", "45"),
                row("效益指标", "经济效益指标", "不涉及", "此指标不涉及", null, "30"),
                row("满意度指标", "服务对象满意度指标", "c", "≥90%", "95%", "15"));
        ScoreResult r = engine.score(new Sheet(budget("100", "100"), rows), mof);
        assertNull(r.indicators().get(1).score());
        assertEquals(new BigDecimal("67.50"), r.indicators().get(0).weight());
        assertEquals(new BigDecimal("22.50"), r.indicators().get(2).weight());
        assertEquals(new BigDecimal("100.00"), r.total());
    }

    @Test
    void executedAboveBudgetIsCappedAndGradesHaveTheirThresholds() {
        assertEquals(
                new BigDecimal("10.00"),
                engine.score(new Sheet(budget("100", "130"), List.of()), mof).budgetScore());
        assertEquals(Grade.EXCELLENT, mof.grade(new BigDecimal("90.00")));
        assertEquals(Grade.GOOD, mof.grade(new BigDecimal("89.99")));
        assertEquals(Grade.GOOD, mof.grade(new BigDecimal("80")));
        assertEquals(Grade.FAIR, mof.grade(new BigDecimal("79.99")));
        assertEquals(Grade.FAIR, mof.grade(new BigDecimal("60")));
        assertEquals(Grade.POOR, mof.grade(new BigDecimal("59.99")));
    }

    @Test
    void wholePointRoundingIsAPolicyChoice() {
        ScoringPolicy whole = new ScoringPolicy(
                mof.budgetWeight(),
                mof.level1Weights(),
                mof.reverse(),
                mof.bands(),
                0,
                mof.excellent(),
                mof.good(),
                mof.pass());
        ScoreResult r = engine.score(new Sheet(budget("250000.00", "215457.60"), List.of()), whole);
        assertEquals(new BigDecimal("9"), r.budgetScore());
    }
}
