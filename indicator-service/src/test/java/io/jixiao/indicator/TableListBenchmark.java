package io.jixiao.indicator;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.jixiao.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The target-table list with paging and total counts at 100,000 tables (issue 17): 10 departments of 200 units each
 * under one finance bureau, five years, every status, seeded by the database itself. Each case is asked 50 times after a
 * warm-up; the benchmark prints p50 / p99 and the plan of the count query, and checks each total against the seed.
 * Not part of the test suite (its name does not end in Test): run it with the command in BENCHMARKS.md.
 */
@QuarkusTest
class TableListBenchmark {
    static final int TABLES = Integer.getInteger("bench.tables", 100_000);
    static final int ROUNDS = 50;

    @Inject
    AgroalDataSource db;

    record Case(String name, String token, String query, long expectedTotal) {}

    @Test
    void listsStayCheapAtOneHundredThousandTables() throws Exception {
        seed();
        String admin = Tokens.of("admin", null, "admin");
        String dept = Tokens.of("dept", "D3", "dept-reviewer");
        String unit = Tokens.of("staff", "U3042", "unit-staff");
        long perDept = TABLES / 10;
        long perUnit = TABLES / 2000;
        List<Case> cases = List.of(
                new Case("admin, everything, newest first", admin, "size=20", TABLES),
                new Case(
                        "admin, one year and status", admin, "fiscalYear=2023&status=APPROVED&size=20", TABLES / 5 / 5),
                new Case("admin, page 2,000 of 5,000", admin, "page=2000&size=20", TABLES),
                new Case("department reviewer, its subtree", dept, "size=20", perDept),
                new Case("department reviewer, subtree and year", dept, "fiscalYear=2022&size=20", perDept / 5),
                new Case("unit staff, its own tables", unit, "size=20", perUnit));
        System.out.printf("target-table list at %,d tables (%d requests each, after 10 to warm up):%n", TABLES, ROUNDS);
        for (Case c : cases) {
            run(c);
        }
        explain("count, the whole list", "select count(*) from target_table");
        explain("count, a department's subtree", "select count(*) from target_table where org_path like '%/D3/%'");
        explain(
                "page, a unit's own tables",
                "select id from target_table where org_path like '%/U3042/%'"
                        + " order by updated_at desc, id limit 20");
    }

    private void run(Case c) {
        for (int i = 0; i < 10; i++) {
            get(c);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            long total = get(c);
            ms.add((System.nanoTime() - t) / 1e6);
            assertEquals(c.expectedTotal(), total, c.name());
        }
        Collections.sort(ms);
        System.out.printf(
                "  %-40s total %,7d   p50 %6.1f ms   p99 %6.1f ms%n",
                c.name(), c.expectedTotal(), ms.get(ROUNDS / 2), ms.get(ROUNDS * 99 / 100));
    }

    private static long get(Case c) {
        return given().auth()
                .oauth2(c.token())
                .get("/api/v1/target-tables?" + c.query())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    private void explain(String what, String sql) throws Exception {
        try (var conn = db.getConnection();
                var s = conn.createStatement();
                var rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS OFF) " + sql)) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                String line = rs.getString(1);
                if (plan.isEmpty()
                        || line.contains("Execution Time")
                        || line.contains("Index")
                        || line.contains("Scan")) {
                    plan.append("\n      ").append(line.strip());
                }
            }
            System.out.printf("  plan of the %s:%s%n", what, plan);
        }
    }

    /** 100,000 projects and tables: years 2019–2023, statuses in turn, paths /BENCH/D{0..9}/U{d}{000..199}/. */
    private void seed() throws Exception {
        long t = System.nanoTime();
        try (var c = db.getConnection();
                var s = c.createStatement()) {
            s.execute("DELETE FROM target_table WHERE org_path LIKE '/BENCH/%'");
            s.execute("DELETE FROM project_copy WHERE org_path LIKE '/BENCH/%'");
            String unit = "'U' || (g % 10) || lpad(((g / 10) % 200)::text, 3, '0')";
            String path = "'/BENCH/D' || (g % 10) || '/' || " + unit + " || '/'";
            s.execute(
                    "INSERT INTO project_copy (id, fiscal_year, org_code, org_path, name, amount_unit, version, updated_at)"
                            + " SELECT md5('p' || g)::uuid, 2019 + (g / 2000) % 5, " + unit + ", " + path
                            + ", '项目' || g,"
                            + " 'YUAN', 1, now() FROM generate_series(0, " + (TABLES - 1) + ") g");
            s.execute("INSERT INTO target_table (id, project_id, org_code, org_path, fiscal_year, period,"
                    + " period_start_year, period_end_year, framework_code, framework_version, status, created_at,"
                    + " created_by, updated_at, updated_by) SELECT md5('t' || g)::uuid, md5('p' || g)::uuid, " + unit
                    + ", " + path + ", 2019 + (g / 2000) % 5, 'ANNUAL', 2019 + (g / 2000) % 5, 2019 + (g / 2000) % 5,"
                    + " 'MOF-2020', 1, (ARRAY['DRAFT','SUBMITTED','RETURNED','APPROVED','PUBLISHED'])[1 + (g / 10000) % 5],"
                    + " now(), 'bench', now() - g * interval '1 second', 'bench'"
                    + " FROM generate_series(0, " + (TABLES - 1) + ") g");
            s.execute("ANALYZE project_copy");
            s.execute("ANALYZE target_table");
        }
        System.out.printf("  seeded %,d projects and tables in %.1f s%n", TABLES, (System.nanoTime() - t) / 1e9);
    }
}
