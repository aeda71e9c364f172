package io.jixiao.rules.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.seeds.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 000 (郑州市困难职工帮扶中心 2019, OCR of a scan) read back field by field and indicator by indicator. */
class OcrLayoutReaderTest {
    private final ImportResult r = Frameworks.READER.read(Seeds.read("000_78034fcf50cd8c00.txt"));

    OcrLayoutReaderTest() throws Exception {}

    @Test
    void oneTableInTheZhengzhouFramework() {
        assertEquals(1, r.tables().size());
        ImportedTable t = r.tables().get(0);
        assertEquals("郑州市困难职工帮扶中心支出项目绩效目标表", t.title());
        assertEquals(2019, t.year());
        assertEquals("ZHENGZHOU-2019", t.framework());
        assertEquals("元", t.amountUnit());
    }

    @Test
    void everyHeaderFieldLandsUnderItsLabel() {
        ImportedTable t = r.tables().get(0);
        assertEquals("帮扶资金", t.field("项目名称"));
        assertEquals("093001", t.field("单位编码"));
        assertEquals("业务类", t.field("资金用途"));
        assertEquals("宗亚青", t.field("项目负责人"));
        assertEquals("史奕娟", t.field("联系人"));
        assertEquals("67883276", t.field("联系电话"));
        assertEquals("2019-01-01", t.field("开始时间"));
        assertEquals("2019-12-31", t.field("结束时间"));
        assertEquals("1000000.00", t.field("项目总金额"));
        assertEquals("1000000. 00", t.field("项目本年度金额"));
        assertEquals("1000000.00", t.field("上年度项目总金额"));
        assertEquals("1000000.00", t.field("项目上年度金额"));
        assertTrue(t.field("项目概况").startsWith("依据《中华全固总工会关十建立困难职工帮扶中心的意见》"), t.field("项目概况"));
        assertTrue(t.field("项目概况").endsWith("法仲援助等服务。"), t.field("项目概况"));
        assertTrue(t.field("立项依据").startsWith("依据财政部关于印发《困难职丁帮扶中心专项资金管理办法》"));
        assertTrue(
                t.field("立项依据").contains("中安排的帮扶资金"), "a paragraph broken by the page is joined: " + t.field("立项依据"));
        assertTrue(t.field("项目设立的必要性").startsWith("郑州市闲难职T帮扶中心成立以来"));
        assertTrue(t.field("项目配套制度措施").startsWith("严格按照河南省总工会"));
        assertTrue(t.field("项目实施计划").startsWith("2019年帮扶资金100万元"), t.field("项目实施计划"));
        assertTrue(t.field("项目实施计划").endsWith("拟救助5人。"));
    }

    @Test
    void theProjectFieldsAreExactAmountsInYuan() {
        var p = r.tables().get(0).project();
        assertEquals("帮扶资金", p.get("name"));
        assertEquals("093001", p.get("unitCode"));
        assertEquals(new java.math.BigDecimal("1000000.00"), p.get("yearAmount"));
        assertEquals(new java.math.BigDecimal("1000000.00"), p.get("totalAmount"));
        assertEquals("2019-12-31", p.get("endDate"));
        assertEquals("YUAN", p.get("amountUnit"));
        assertEquals(2019, p.get("fiscalYear"));
    }

    @Test
    void goalsAreWholeAcrossTheLabelInTheirMiddle() {
        ImportedTable t = r.tables().get(0);
        assertEquals(
                "通过对市属困难职工、 农民丁、 下岗失业人员免费提供职业介绍、 技能培训、 创业指导、 困难救助、 信访接待、 法律援助等服务，"
                        + " 有效解决上述人群工作及生活问题， 为郑州市社会和谐、 稳定做出应有贡献。",
                t.overallGoal());
        assertEquals("通过对困难职工生活救助、 医疗救助、 助学救助， 及时有效解决救助对象急难问题。", t.annualGoal());
    }

    @Test
    void everyIndicatorUnderTheMergedCellItIsCentredIn() {
        assertEquals(
                List.of(
                        "投入与目标管理|投入管理|预算执行率|=100%",
                        "投入与目标管理|投入管理|预算编制合理性|合理",
                        "投入与目标管理|投入管理|预算资金到位悄况|=100%",
                        "投入与目标管理|财务管理|财务管理制度健全性|健全",
                        "投入与目标管理|财务管理|资金使用规范性|合规",
                        "投入与目标管理|财务管理|财务监控有效性|有效",
                        "投入与目标管理|项目管理|合同管理完备性|完备",
                        "投入与目标管理|项目管理|项目质散可控性|可控",
                        "投入与目标管理|项目管理|项目管理制度健全性|健全",
                        "投入与目标管理|资产管理|null|null",
                        "产出目标|数量|医疗救助人数|=5人",
                        "产出目标|数量|助学救助人数|=200人",
                        "产出目标|数量|生活救助人数|=2000人",
                        "产出目标|质量|应补尽补率|100%",
                        "产出目标|时效|补贴发放及时性|及时",
                        "产出目标|成本|null|null",
                        "效果目标|经济效益|null|null",
                        "效果目标|社会效益|社会稳定性目标|得到提高",
                        "效果目标|环境效益|null|null",
                        "效果目标|满意度|受补贴对象满意度|>90%",
                        "影响力目标|长效管理|档案管理机制健全性|健全",
                        "影响力目标|长效管理|长效管理机制健全性|健全",
                        "影响力目标|人力资源|null|null",
                        "影响力目标|部门协助|null|null",
                        "影响力目标|配套设施|null|null",
                        "影响力目标|信息共享|null|null",
                        "影响力目标|其它|null|null"),
                Frameworks.lines(r.tables().get(0)));
        assertEquals(18, r.tables().get(0).named().size());
    }

    @Test
    void everyOcrGuessIsSaid() {
        for (String guess : List.of(
                "\"投入智理\" read as 投入管理",
                "\"资产智理\" read as 资产管理",
                "\"数批\" read as 数量",
                "\"成木\" read as 成本",
                "\"长效智理\" read as 长效管理",
                "\"1000000. 00\" has a space inside the number")) {
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains(guess)), guess + " in " + r.warnings());
        }
    }

    /**
     * Another scan of the same form misreads other characters: the 二级 labels that the first scan got right are
     * misread too (one character each, as OCR does). The tree comes out the same, and every guess is said.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"财务管理, 财务管埋", "项目管理, 顶目管理", "时效, 时郊", "社会效益, 社会效盖", "满意度, 满意虔"})
    void anotherScanWithOtherMisreadingsGivesTheSameTree(String printed, String misread) throws Exception {
        String text = Seeds.read("000_78034fcf50cd8c00.txt")
                .replaceFirst("(?m)^(\\S*\\s*)" + printed + " ", "$1" + misread + " ");
        ImportResult again = Frameworks.READER.read(text);
        assertEquals(
                Frameworks.lines(r.tables().get(0)),
                Frameworks.lines(again.tables().get(0)));
        assertTrue(
                again.warnings().stream().anyMatch(w -> w.contains("\"" + misread + "\" read as " + printed)),
                again.warnings().toString());
    }
}
