package io.jixiao.indicator;

import static io.restassured.RestAssured.given;

import io.jixiao.indicator.project.ProjectCopy;
import io.jixiao.testsupport.EventProbe;
import io.jixiao.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Projects as project-service announces them, and tokens of the people of one unit. */
final class Fixtures {
    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    final String bureau = "F" + suffix;
    final String dept = "D" + suffix;
    final String unit = "U" + suffix;
    final String otherUnit = "V" + suffix;

    String path(String leaf) {
        return "/" + bureau + "/" + dept + "/" + leaf + "/";
    }

    /** Announces a project of {@code org} on the projects topic and waits until this service has its copy. */
    UUID project(String org, int year, String name) throws InterruptedException {
        UUID id = UUID.randomUUID();
        String json = """
                {"id":"%s","version":0,"fiscalYear":%d,"orgCode":"%s","orgPath":"%s","name":"%s","amountUnit":"YUAN",
                 "yearAmount":1000000.00}""".formatted(id, year, org, path(org), name);
        EventProbe.send("projects", id.toString(), "project.registered.v1", UUID.randomUUID(), json);
        for (int i = 0; i < 150; i++) {
            if (QuarkusTransaction.requiringNew().call(() -> ProjectCopy.findById(id)) != null) {
                return id;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("project copy of " + id + " never arrived");
    }

    String staff() {
        return Tokens.of("staff", unit, "unit-staff");
    }

    String otherStaff() {
        return Tokens.of("staff2", otherUnit, "unit-staff");
    }

    String deptReviewer() {
        return Tokens.of("dept", dept, "dept-reviewer");
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static Map<String, Object> indicator(String level1, String level2, String name, String target) {
        Map<String, Object> m = new HashMap<>();
        m.put("level1", level1);
        m.put("level2", level2);
        m.put("name", name);
        m.put("target", target);
        return m;
    }

    /** Seed 001, 总工会劳动竞赛专项资金 (2021): a table in the Zhengzhou framework. */
    static Map<String, Object> laborCompetition(UUID projectId) {
        List<Map<String, Object>> indicators = new ArrayList<>(List.of(
                indicator("投入与目标管理", "投入管理", "预算执行率", "=100%"),
                indicator("投入与目标管理", "财务管理", "资金使用规范性", "合规"),
                indicator("产出目标", "数量", "市级技术比武竞赛参加人次", "≥200000"),
                indicator("产出目标", "数量", "创建工人先锋号个数", "=75"),
                indicator("产出目标", "质量", "活动计划完成率", "≥95%"),
                indicator("产出目标", "时效", "活动举办及时性", "及时"),
                indicator("效果目标", "社会效益", "调动全市职工参与经济建设的积极性", "得到调动"),
                indicator("效果目标", "满意度", "参与职工满意度", "≥95"),
                indicator("影响力目标", "长效管理", "长效管理机制健全性", "健全")));
        Map<String, Object> table = new HashMap<>();
        table.put("projectId", projectId.toString());
        table.put("frameworkCode", "ZHENGZHOU-2019");
        table.put("overallGoal", "分别联系发改委、人社局、环保局等部门共同组织，共同参与，保障活动顺利开展");
        table.put("annualGoal", "每年按时按点开展各项竞赛活动，保持活动的连续性。");
        table.put("indicators", indicators);
        return table;
    }
}
