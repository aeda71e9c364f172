/**
 * A front-end's way through the API with the typed client only: a unit's staff registers a project, writes its
 * target table and submits it (with If-Match, as an editor that read it first); the department's reviewer finds the
 * task with the table in it. Runs against the local stack (deploy/local/start) as its demo users.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { describe } from "../src/index.js";
import { as, eventually } from "./stack.js";

test("a table from creation through submission to the reviewer's task", async () => {
  const staff = await as("staff");
  const name = `困难职工生活救助项目-${Date.now()}`;

  const registered = await staff.POST("/api/v1/projects", {
    body: { fiscalYear: 2026, name, leader: "宗亚青", startDate: "2026-01-01", endDate: "2026-12-31",
      totalAmount: 150000, yearAmount: 150000 },
  });
  assert.equal(registered.response.status, 201, describe(registered.error));
  const projectId = registered.data!.id!;
  assert.match(registered.response.headers.get("Location") ?? "", new RegExp(`/api/v1/projects/${projectId}$`));

  // the project reaches indicator-service through Kafka: the table can be written once it has arrived
  const table = await eventually("indicator-service knows the project", async () => {
    const created = await staff.POST("/api/v1/target-tables", {
      body: { projectId, frameworkCode: "ZHENGZHOU-2019", annualGoal: "及时有效解决救助对象急难问题",
        indicators: [
          { level1: "产出指标", level2: "数量指标", name: "生活救助人数", target: "≥2000人" },
          { level1: "满意度指标", level2: "服务对象满意度指标", name: "受助职工满意度", target: "≥90%" },
        ] },
    });
    return created.response.status === 201 ? created.data : undefined;
  });
  assert.equal(table.status, "DRAFT");
  assert.equal(table.indicators?.[0]?.parsed?.comparator, "GE");

  const read = await staff.GET("/api/v1/target-tables/{id}", { params: { path: { id: table.id! } } });
  const etag = read.response.headers.get("ETag");
  assert.ok(etag, "a read carries its ETag");
  const submitted = await staff.POST("/api/v1/target-tables/{id}/submit", {
    params: { path: { id: table.id! }, header: { "If-Match": etag } },
  });
  assert.equal(submitted.data?.status, "SUBMITTED", describe(submitted.error));
  const stale = await staff.POST("/api/v1/target-tables/{id}/submit", {
    params: { path: { id: table.id! }, header: { "If-Match": etag } },
  });
  assert.equal(stale.response.status, 412, "the table changed since that read");
  assert.equal(stale.error?.status, 412);

  const dept = await as("dept");
  const task = await eventually("the department's review task", async () => {
    const tasks = await dept.GET("/api/v1/review-tasks", {
      params: { query: { subjectId: table.id!, status: "PENDING" } },
    });
    return tasks.data?.items?.[0];
  });
  assert.equal(task.stageType, "DEPARTMENT");
  const opened = await dept.GET("/api/v1/review-tasks/{id}", { params: { path: { id: task.id! } } });
  assert.equal(opened.data?.subject?.["projectName"], name);
});

test("bad input comes back as a typed problem naming the field", async () => {
  const staff = await as("staff");
  const refused = await staff.POST("/api/v1/projects", {
    body: { fiscalYear: 2026, name: " ", startDate: "2026-01-01", endDate: "2026-12-31", totalAmount: 1, yearAmount: 1 },
  });
  assert.equal(refused.response.status, 400);
  assert.equal(refused.response.headers.get("Content-Type"), "application/problem+json");
  assert.ok(refused.error?.violations?.some((v) => v.field === "name"), describe(refused.error));
});
