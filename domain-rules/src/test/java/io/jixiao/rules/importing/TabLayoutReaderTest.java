package io.jixiao.rules.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jixiao.seeds.Seeds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seed 001 (郑州市总工会 2021, two projects) read back field by field and indicator by indicator. */
class TabLayoutReaderTest {
    static final Map<String, List<String>> ZHENGZHOU = new LinkedHashMap<>();

    static {
        ZHENGZHOU.put("投入与目标管理", List.of("投入管理", "财务管理", "项目管理", "资产管理"));
        ZHENGZHOU.put("产出目标", List.of("数量", "质量", "时效", "成本"));
        ZHENGZHOU.put("效果目标", List.of("经济效益", "社会效益", "环境效益", "满意度"));
        ZHENGZHOU.put("影响力目标", List.of("长效管理", "人力资源", "部门协助", "配套设施", "信息共享", "其它"));
    }

    static String seed(String name) throws Exception {
        return Seeds.read(name);
    }

    @Test
    void seed001HasTwoTablesWithEveryHeaderField() throws Exception {
        ImportResult r =
                new TabLayoutReader(new Levels("ZHENGZHOU-2019", ZHENGZHOU)).read(seed("001_41acb383c9bbda87.txt"));
        assertEquals(2, r.tables().size());
        ImportedTable a = r.tables().get(0);
        assertEquals(2021, a.year());
        assertEquals("总工会劳动竞赛专项资金", a.field("项目名称"));
        assertEquals("197001", a.field("单位编码"));
        assertEquals("政策类(转移性支出)", a.field("资金用途"));
        assertEquals("宋慧", a.field("项目负责人"));
        assertEquals("宋慧", a.field("联系人"));
        assertEquals("67883215", a.field("联系电话"));
        assertEquals("2021-01-01", a.field("开始时间"));
        assertEquals("2021-12-31", a.field("结束时间"));
        assertEquals("1000000.00", a.field("项目总金额"));
        assertEquals("1000000.00", a.field("项目上年度金额"));
        assertTrue(a.field("项目实施计划").startsWith("郑州市第十七届职工技术运动会"));
        assertTrue(a.overallGoal().startsWith("1、分别联系发改委"));
        assertTrue(a.annualGoal().startsWith("1、分别联系发改委"));
        ImportedTable b = r.tables().get(1);
        assertEquals("市级劳模帮扶救助专项资金", b.field("项目名称"));
        assertEquals("业务类", b.field("资金用途"));
        assertEquals("2000000.00", b.field("项目本年度金额"));
        assertEquals("郑州市困难劳模满意度95%以上", b.annualGoal());
        assertTrue(
                r.warnings().stream().anyMatch(w -> w.contains("项目名称 was printed above its label")),
                r.warnings().toString());
    }

    @Test
    void seed001FirstTableIndicators() throws Exception {
        ImportedTable a = new TabLayoutReader(new Levels("ZHENGZHOU-2019", ZHENGZHOU))
                .read(seed("001_41acb383c9bbda87.txt"))
                .tables()
                .get(0);
        assertEquals(
                List.of(
                        "投入与目标管理|投入管理|预算执行率|=100%",
                        "投入与目标管理|投入管理|预算编制合理性|合理",
                        "投入与目标管理|投入管理|预算资金到位情况|=100%",
                        "投入与目标管理|财务管理|财务管理制度健全性|健全",
                        "投入与目标管理|财务管理|资金使用规范性|合规",
                        "投入与目标管理|财务管理|财务监控有效性|有效",
                        "投入与目标管理|项目管理|政府采购规范性|规范",
                        "投入与目标管理|项目管理|合同管理完备性|完备",
                        "投入与目标管理|项目管理|项目质量可控性|可控",
                        "投入与目标管理|项目管理|项目管理制度健全性|健全",
                        "产出目标|数量|市级技术比武竞赛参加人次|≥200000",
                        "产出目标|数量|重点工程“五比一创”劳动竞赛参加单位数|≥500",
                        "产出目标|数量|节能减排“三比两降”竞赛参加单位数|≥100",
                        "产出目标|数量|安康杯安全生产竞赛参加单位数|≥4000",
                        "产出目标|数量|创建工人先锋号个数|=75",
                        "产出目标|质量|活动计划完成率|≥95%",
                        "产出目标|时效|活动举办及时性|及时",
                        "效果目标|社会效益|调动全市职工参与经济建设的积极性|得到调动",
                        "效果目标|环境效益|是否促进节能减排|是",
                        "效果目标|满意度|参与职工满意度|≥95",
                        "影响力目标|长效管理|长效管理机制健全性|健全"),
                named(a));
        assertTrue(
                a.indicators().stream().anyMatch(i -> "资产管理".equals(i.level2()) && i.name() == null),
                "empty branches are kept");
    }

    @Test
    void seed001SecondTableIndicatorsWithTheDisplacedQuantityRow() throws Exception {
        ImportResult r =
                new TabLayoutReader(new Levels("ZHENGZHOU-2019", ZHENGZHOU)).read(seed("001_41acb383c9bbda87.txt"));
        assertEquals(
                List.of(
                        "投入与目标管理|投入管理|预算编制合理性|合理",
                        "投入与目标管理|投入管理|预算资金到位情况|足额到位",
                        "投入与目标管理|投入管理|预算资金到位情况|足额到位",
                        "投入与目标管理|投入管理|预算执行率|100%",
                        "投入与目标管理|财务管理|财务监控有效性|有效",
                        "投入与目标管理|财务管理|财务管理制度健全性|健全",
                        "投入与目标管理|财务管理|财务监控有效性|有效",
                        "投入与目标管理|财务管理|资金使用规范性|规范",
                        "投入与目标管理|项目管理|合同管理完备性|完备",
                        "投入与目标管理|项目管理|项目质量可控性|可控",
                        "投入与目标管理|项目管理|项目管理制度健全性|健全",
                        "产出目标|数量|补贴人数|≥350",
                        "产出目标|时效|应补尽补率|100%",
                        "产出目标|时效|补贴资金发放及时性|及时",
                        "效果目标|社会效益|劳模队伍稳定|≥95%",
                        "效果目标|满意度|困难劳模满意度|≥95",
                        "影响力目标|长效管理|长效管理机制健全性|健全",
                        "影响力目标|长效管理|档案管理机制健全性|健全"),
                named(r.tables().get(1)));
        assertTrue(
                r.warnings().stream().anyMatch(w -> w.contains("二级指标 数量 belongs to 产出目标")),
                r.warnings().toString());
    }

    @Test
    void textThatIsNoTableSaysSo() {
        ImportResult r = new TabLayoutReader(new Levels("ZHENGZHOU-2019", ZHENGZHOU)).read("这不是一张表。\n只是一段话。");
        assertTrue(r.tables().isEmpty());
        assertEquals(1, r.warnings().size());
        assertTrue(new TabLayoutReader(new Levels("ZHENGZHOU-2019", ZHENGZHOU))
                .read("")
                .tables()
                .isEmpty());
    }

    private static List<String> named(ImportedTable t) {
        return t.indicators().stream()
                .filter(i -> i.name() != null)
                .map(i -> i.level1() + "|" + i.level2() + "|" + i.name() + "|" + i.target())
                .toList();
    }
}
