package io.jixiao.rules.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.rules.scoring.ScoreResult;
import io.jixiao.rules.scoring.ScoringEngine;
import io.jixiao.rules.scoring.ScoringPolicy;
import io.jixiao.seeds.Seeds;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 002 (鄂州市总工会, a Word file flattened one cell per line): the 拟公开 list, the two 2020 self-evaluation sheets
 * and the two 2021 target tables with their cost breakdowns.
 */
class WordCellReaderTest {
    private final ImportResult r = Frameworks.READER.read(Seeds.read("002_ddc626c60baf0fa2.txt"));

    WordCellReaderTest() throws Exception {}

    @Test
    void theDisclosureListHasBothProjects() {
        assertEquals(1, r.disclosures().size());
        DisclosureList d = r.disclosures().get(0);
        assertEquals("鄂州市总工会", d.department());
        assertEquals("万元", d.amountUnit());
        assertEquals(
                List.of(
                        new DisclosureList.Row("1", "鄂州市总工会", "鄂州市困难职工常态化帮扶及送温暖专项资金", "82", "马祥来", "13986412092"),
                        new DisclosureList.Row("2", "鄂州市总工会", "劳模帮扶专项资金", "83", "吴瑞铭", "13908685287")),
                d.rows());
    }

    @Test
    void theFirstSelfEvaluationSheet() {
        assertEquals(2, r.evaluations().size());
        ImportedEvaluation e = r.evaluations().get(0);
        assertEquals(2020, e.year());
        assertEquals("鄂州市困难职工常态化帮扶及送温暖专项资金", e.projectName());
        assertEquals("鄂州市总工会", e.department());
        assertEquals("权益保障部", e.implementer());
        assertEquals("万元", e.amountUnit());
        assertEquals(
                new ImportedEvaluation.BudgetLine("年度资金总额", "73", "82", "82", "10", "100%", "10"), e.totalBudget());
        assertEquals(
                new ImportedEvaluation.BudgetLine("当年财政拨款", "73", "82", "82", "—", "", "—"),
                e.budget().get(1));
        assertEquals(
                List.of("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"),
                e.budget().stream().map(ImportedEvaluation.BudgetLine::source).toList());
        assertTrue(e.expectedGoal().startsWith("2020年省财政预计安排困难职工帮扶资金67万元，预计帮扶400人"));
        assertTrue(e.actualOutcome().startsWith("2020年省财政实际安排困难职工帮扶资金67万元，实际帮扶433人"));
        assertEquals(
                List.of(
                        "产出指标|数量指标|市级建档困难职工完成发放人数|75|75|10|10",
                        "产出指标|数量指标|市级建档困难职工完成发放资金数|15|15|10|10",
                        "产出指标|数量指标|省级建档困难职工完成发放人数|400|433|5|5",
                        "产出指标|数量指标|省级建档困难职工生活困难发放资金数|67|67|5|5",
                        "产出指标|质量指标|市级困难职工生活困难发放标准达标率|100%|100%|10|10",
                        "产出指标|质量指标|省级建档困难职工生活困难发放标准达标率|100%|100%|5|5",
                        "产出指标|质量指标|省级慰问困难职工生活困难发放标准达标率|100%|100%|5|5",
                        "产出指标|时效指标|市级建档困难职工完成发放资金及时到位率|100%|100%|5|5",
                        "产出指标|时效指标|省级建档困难职工完成到位资金及时到位率|100%|100%|5|5",
                        "产出指标|成本指标|市级困难职工帮扶资金发放到位总额15万元到位率|100%|100%|5|5",
                        "产出指标|成本指标|省级困难职工帮扶和慰问资金到位总额67万元到位率|100%|100%|5|5",
                        "效益指标|经济效益指标|null|null|null|null|null",
                        "效益指标|社会效益指标|受助职工政策知晓度|100%|100%|5|5",
                        "效益指标|社会效益指标|通过持续不断的帮扶，让困难职工逐步脱贫解困。|100%|100%|5|5",
                        "效益指标|生态效益指标|null|null|null|null|null",
                        "效益指标|可持续影响指标|null|null|null|null|null",
                        "满意度指标|服务对象满意度指标|受助职工满意度|90%|95%|10|10"),
                rows(e));
        assertEquals("100", e.totalWeight());
        assertEquals("100", e.totalScore());
    }

    @Test
    void theSecondSelfEvaluationSheet() {
        ImportedEvaluation e = r.evaluations().get(1);
        assertEquals("劳模帮扶专项资金", e.projectName());
        assertEquals("经济技术劳动保护部", e.implementer());
        assertEquals(
                new ImportedEvaluation.BudgetLine("年度资金总额", "83", "83", "83.224", "10", "100%", "10"), e.totalBudget());
        assertEquals("0.224", e.budget().get(2).executed());
        List<String> rows = rows(e);
        assertEquals(23, rows.size());
        assertEquals("产出指标|数量指标|完成市级特殊困难劳模帮扶人数|53人|58人|5|5", rows.get(1));
        assertEquals("产出指标|时效指标|省级劳模特殊困难补助发放到位及时率|100%|100%|2|2", rows.get(12));
        assertEquals("产出指标|成本指标|市级发放离退休劳模荣誉津贴补助2到位总额23万元到位率|100%|100%|5|5", rows.get(14));
        assertEquals(
                "效益指标|社会效益指标|将党和政府的温暖送到各级劳模之间，不断弘扬劳模精神，不断提高劳模的影响力"
                        + "|将党和政府的温暖送到各级劳模之间，不断弘扬劳模精神，不断提高劳模的影响力"
                        + "|将党和政府的温暖送到各级劳模之间，不断弘扬劳模精神，不断提高劳模的影响力|3|3",
                rows.get(19));
        assertEquals("满意度指标|服务对象满意度指标|受助劳模满意度|≥95%|≥95%|2|2", rows.get(22));
        assertEquals("100", e.totalScore());
    }

    @Test
    void reScoringBothImportedSheetsGivesTheirPublishedScores() {
        ScoringEngine engine = new ScoringEngine();
        for (ImportedEvaluation e : r.evaluations()) {
            ScoreResult s = engine.score(EvaluationSheets.sheet(e), ScoringPolicy.mof2020());
            assertEquals(0, new BigDecimal(e.totalScore()).compareTo(s.total()), e.projectName() + ": " + s);
            assertEquals(0, new BigDecimal(e.totalBudget().score()).compareTo(s.budgetScore()), e.projectName());
            List<ImportedEvaluation.Row> named =
                    e.indicators().stream().filter(x -> x.name() != null).toList();
            for (int i = 0; i < named.size(); i++) {
                assertEquals(
                        0,
                        new BigDecimal(named.get(i).score())
                                .compareTo(s.indicators().get(i).score()),
                        named.get(i).name());
            }
        }
    }

    @Test
    void aSelfEvaluationGivesTheTargetsItWasScoredAgainst() {
        List<String> warnings = new java.util.ArrayList<>();
        ImportedTable t = EvaluationSheets.targets(r.evaluations().get(1), warnings);
        assertEquals(2020, t.year());
        assertEquals("劳模帮扶专项资金", t.field("项目名称"));
        assertEquals("经济技术劳动保护部", t.field("实施单位"));
        assertEquals(new BigDecimal("830000.00"), t.project().get("yearAmount"));
        assertEquals(20, t.named().size());
        assertEquals("产出指标|数量指标|完成市级特殊困难劳模帮扶人数|53人", t.named().get(1).line());
        assertTrue(warnings.get(0).contains("self-evaluation sheet gives the targets"));
    }

    @Test
    void theFirst2021TargetTableWithItsCosts() {
        assertEquals(2, r.tables().size());
        ImportedTable t = r.tables().get(0);
        assertEquals("鄂州市2021年市直部门预算项目支出绩效目标表", t.title());
        assertEquals(2021, t.year());
        assertEquals("MOF-2020", t.framework());
        assertEquals("万元", t.amountUnit());
        assertEquals("鄂州市总工会", t.field("申报单位"));
        assertEquals("劳模帮扶专项资金", t.field("项目名称"));
        assertEquals("民生保障类", t.field("项目类别"));
        assertEquals("常年性项目", t.field("项目性质"));
        assertTrue(t.field("立项依据").startsWith("《省财政厅关于下达2019年困难职工帮扶及送温暖专项资金的通知》"));
        assertTrue(t.field("保障绩效目标实现措施").startsWith("一是做到了严格调查摸底"));
        assertEquals(
                List.of(
                        new ImportedTable.CostLine(
                                "争取市级生活困难劳模补助", "30", "生活困难1000元-6000元人/年；特殊困难500元-10000元人/年；", "28.87", "28"),
                        new ImportedTable.CostLine(
                                "离退休劳模荣誉津贴补助", "23", "市级劳模荣誉津贴960元/人年，省级荣誉津贴1200元/人年，全国劳模荣誉津贴1800元/人年。", "24.36", "25"),
                        new ImportedTable.CostLine(
                                "省级困难劳模帮扶资金", "30", "生活困难3000-7000/人年；特殊困难5000-30000元/人年.", "30", "30")),
                t.costItems());
        assertEquals(new BigDecimal("830000.00"), t.project().get("yearAmount"));
        assertTrue(
                r.warnings().stream().anyMatch(w -> w.contains("合计 is empty") && w.contains("83 万元")),
                r.warnings().toString());
        assertNull(t.annualGoal(), "the 绩效目标 cell is empty in the document");
        assertEquals(
                List.of(
                        "产出指标|数量指标|市级生活困难劳模帮扶人数|≥20|≥20",
                        "产出指标|数量指标|市级生活困难劳模帮扶标准|1000-6000元/人|1000-6000元/人",
                        "产出指标|数量指标|特殊困难劳模帮扶人数|≥70|≥70",
                        "产出指标|数量指标|市级特殊困难劳模帮扶标准|500-10000元/人|500-10000元/人",
                        "产出指标|数量指标|发放离退休劳模荣誉津贴补助人数|≥234|≥234",
                        "产出指标|数量指标|离退休劳模荣誉津贴补助标准|市级960元/人年; 省级1200元/人年; 全国级1800元/人年|市级960元/人年; 省级1200元/人年; 全国级1800元/人年",
                        "产出指标|数量指标|省级生活困难劳模帮扶人数|≥15|≥15",
                        "产出指标|数量指标|省级生活困难劳模帮扶标准|3000-7000元/人|3000-7000元/人",
                        "产出指标|数量指标|省级特殊困难劳模帮扶人数|≥30|≥30",
                        "产出指标|数量指标|省级特殊困难劳模帮扶标准|5000-30000元/人|5000-30000元/人",
                        "产出指标|质量指标|市级劳模生活、特殊困难补助发放标准达标率|100%|100%",
                        "产出指标|质量指标|各级退休劳模荣誉津贴发放标准达标率|100%|100%",
                        "产出指标|质量指标|省级劳模生活困难补助发放标准达标率|100%|100%",
                        "产出指标|质量指标|省级劳模特殊困难补助发放标准达标率|100%|100%",
                        "产出指标|成本指标|市级生活困难劳模生活、特殊困难补助到位总额28万元到位率|100%|100%",
                        "产出指标|成本指标|市级发放离退休劳模荣誉津贴补助到位总额25万元到位率|100%|100%",
                        "产出指标|成本指标|省级生活困难劳模帮扶资金发放总额7.5万元到位率|100%|100%",
                        "产出指标|成本指标|省级特殊困难劳模帮扶资金发放总额22.5万元到位率|100%|100%",
                        "效益指标|经济效益指标|null|null",
                        "效益指标|社会效益指标|受助劳模政策知晓度|≥95%|≥95%",
                        "效益指标|社会效益指标|将党和政府的温暖送到各级劳模之间，不断弘扬劳模精神，不断提高劳模的影响力|将党和政府的温暖送到各级劳模之间，不断弘扬劳模精神，不断提高劳模的影响力|将党和政府的温暖送到各级劳模之间，不断弘扬劳模精神，不断提高劳模的影响力",
                        "效益指标|生态效益指标|null|null",
                        "产出指标|时效指标|市级劳模生活、特殊困难补助发放到位及时率|100%|100%",
                        "产出指标|时效指标|各级退休劳模荣誉津贴发放到位及时率|100%|100%",
                        "产出指标|时效指标|省级劳模生活困难补助发放到位及时率|100%|100%",
                        "产出指标|时效指标|省级劳模特殊困难补助发放到位及时率|100%|100%",
                        "效益指标|可持续影响指标|null|null",
                        "满意度指标|服务对象满意度指标|受助劳模满意度|≥95%|≥95%"),
                Frameworks.lines(t));
        ImportedTable.Indicator first = t.indicators().get(0);
        assertEquals("≥20", first.standard());
        assertEquals("≥20", first.expected());
    }

    @Test
    void theSecond2021TargetTableSaysWhatItCouldNotBeSureOf() {
        ImportedTable t = r.tables().get(1);
        assertEquals("鄂州市困难职工常态化帮扶及送温暖专项资金", t.field("项目名称"));
        assertEquals("持续性项目", t.field("项目性质"));
        assertNull(t.field("申报单位"), "printed empty in the document");
        assertEquals(3, t.costItems().size());
        assertEquals(new BigDecimal("1030000.00"), t.project().get("yearAmount"));
        assertEquals(
                List.of(
                        "产出指标|数量指标|市级建档困难职工完成人数|≥100人|≥100人",
                        "产出指标|数量指标|市级困难职工生活困难发放标准|≤1500元/人年|≤1500元/人年",
                        "产出指标|数量指标|省级建档困难职工完成人数|≥130人|≥130人",
                        "产出指标|数量指标|省级建档困难职工生活困难发放标准|≤3000元/人年|≤3000元/人年",
                        "产出指标|数量指标|省级春节慰问困难职工人数|≥490人|≥490人",
                        "产出指标|数量指标|慰问困难职工生活困难发放标准|≤1000元/人年|≤1000元/人年",
                        "产出指标|质量指标|市级困难职工生活困难发放标准达标率|100%|100%",
                        "产出指标|质量指标|省级建档困难职工生活困难发放标准达标率|100%|100%",
                        "产出指标|质量指标|慰问困难职工生活困难发放标准达标率|100%|100%",
                        "产出指标|成本指标|市级困难职工帮扶资金发放到位总额15万元到位率|100%|100%",
                        "产出指标|成本指标|省级困难职工帮扶资金到位总额39万元到位率|100%|100%",
                        "产出指标|成本指标|省级春节慰问困难职工资金到位总额49万元到位率|100%|100%",
                        "效益指标|经济效益指标|null|null",
                        "效益指标|社会效益指标|受助职工政策知晓度|100%|100%",
                        "效益指标|社会效益指标|通过持续不断的帮扶，让困难职工逐步脱贫解困。|100%|100%",
                        "效益指标|生态效益指标|null|null",
                        "效益指标|生态效益指标|省级建档困难职工生活困难资金发放到位及时率|100%|100%",
                        "效益指标|生态效益指标|慰问困难职工生活困难资金发放到位及时率|100%|100%",
                        "效益指标|可持续影响指标|null|null",
                        "满意度指标|服务对象满意度指标|受助职工满意度|90%|90%"),
                Frameworks.lines(t));
        assertTrue(
                r.warnings().stream().anyMatch(w -> w.contains("省级建档困难职工生活困难资金发放到位及时率 follows an empty 生态效益指标")),
                r.warnings().toString());
    }

    private static List<String> rows(ImportedEvaluation e) {
        return e.indicators().stream()
                .map(x -> String.join(
                        "|",
                        x.level1(),
                        x.level2(),
                        String.valueOf(x.name()),
                        String.valueOf(x.target()),
                        String.valueOf(x.actual()),
                        String.valueOf(x.weight()),
                        String.valueOf(x.score())))
                .toList();
    }
}
