/**
 * A whole yearly cycle through the typed client, in a fiscal year of its own (the first one after 2098 counting down
 * that is not open yet): projects registered with their budget execution, target tables written, approved by the
 * department and the finance bureau and published, self-evaluations entered, approved, and the year closed. What
 * the disclosure page then shows comes from this.
 */
import assert from "node:assert/strict";
import { describe, type JixiaoClient } from "../src/index.js";
import { as, eventually } from "./stack.js";

export interface Planned {
  name: string;
  executed: number;
  /** 实际完成值 of the quantity indicator (target ≥2000人). */
  helped: string;
}

export interface ClosedYear {
  year: number;
  projects: Planned[];
}

const BUDGET = 100000;

export async function aClosedYear(plans: Planned[]): Promise<ClosedYear> {
  const [admin, staff, dept, finance] = [await as("admin"), await as("staff"), await as("dept"), await as("finance")];
  const year = await aYearOfItsOwn(admin);
  await Promise.all(plans.map((plan) => throughTheYear(plan, year, staff, dept, finance)));
  const closed = await admin.POST("/api/v1/fiscal-years/{year}/close", { params: { path: { year } } });
  assert.equal(closed.response.status, 200, describe(closed.error));
  await eventually("the closed year's results are public", async () => {
    const { data } = await staff.GET("/api/v1/public/evaluations", { params: { query: { fiscalYear: year } } });
    return data?.total === plans.length ? data : undefined;
  }, 120);
  return { year, projects: plans };
}

async function aYearOfItsOwn(admin: JixiaoClient): Promise<number> {
  for (let year = 2098; year > 2030; year--) {
    const opened = await admin.POST("/api/v1/fiscal-years", { body: { year, scopeOrgCode: "410100" } });
    if (opened.response.status === 201) return year;
    assert.equal(opened.response.status, 409, describe(opened.error));
  }
  throw new Error("no fiscal year left to open between 2031 and 2098: each run closes one; reset the local stack's data"
    + " with deploy/local/stop && rm -rf deploy/local/.run");
}

async function throughTheYear(plan: Planned, year: number, staff: JixiaoClient, dept: JixiaoClient,
    finance: JixiaoClient): Promise<void> {
  const registered = await staff.POST("/api/v1/projects", {
    body: { fiscalYear: year, name: plan.name, unitName: "郑州市困难职工帮扶中心", leader: "宗亚青",
      startDate: `${year}-01-01`, endDate: `${year}-12-31`,
      totalAmount: BUDGET, yearAmount: BUDGET },
  });
  assert.equal(registered.response.status, 201, describe(registered.error));
  const projectId = registered.data!.id!;
  const figures = { total: BUDGET, fiscal: BUDGET };
  const executed = await staff.PUT("/api/v1/projects/{id}/budget-execution", {
    params: { path: { id: projectId } },
    body: { initial: figures, adjusted: figures, executed: { total: plan.executed, fiscal: plan.executed } },
  });
  assert.equal(executed.response.status, 200, describe(executed.error));

  const table = await eventually("indicator-service knows " + plan.name, async () => {
    const created = await staff.POST("/api/v1/target-tables", {
      body: { projectId, frameworkCode: "ZHENGZHOU-2019", annualGoal: "及时有效解决救助对象急难问题",
        indicators: [
          { level1: "产出指标", level2: "数量指标", name: "生活救助人数", target: "≥2000人" },
          { level1: "满意度指标", level2: "服务对象满意度指标", name: "受助职工满意度", target: "≥90%" },
        ] },
    });
    return created.response.status === 201 ? created.data : undefined;
  });
  const tableId = table.id!;
  await expectOk(staff.POST("/api/v1/target-tables/{id}/submit", { params: { path: { id: tableId } } }));
  await approve(tableId, dept, finance);
  await eventually("the table approved", async () => {
    const { data } = await staff.GET("/api/v1/target-tables/{id}", { params: { path: { id: tableId } } });
    return data?.status === "APPROVED" ? data : undefined;
  });
  await expectOk(staff.POST("/api/v1/target-tables/{id}/publish", { params: { path: { id: tableId } } }));

  const evaluation = await eventually("the self-evaluation with its budget", async () => {
    const { data } = await staff.GET("/api/v1/evaluations", { params: { query: { projectId } } });
    const id = data?.items?.[0]?.id;
    if (!id) return undefined;
    const one = await staff.GET("/api/v1/evaluations/{id}", { params: { path: { id } } });
    return one.data?.budget?.adjusted != null && one.data.indicators?.length === 2 ? one.data : undefined;
  });
  const evaluationId = evaluation.id!;
  await expectOk(staff.PUT("/api/v1/evaluations/{id}", {
    params: { path: { id: evaluationId } },
    body: { goalActual: "按计划完成救助", indicators: [
      { actual: plan.helped, deviationAnalysis: "救助对象以实际申请为准" },
      { actual: "96%", deviationAnalysis: "无" },
    ] },
  }));
  await expectOk(staff.POST("/api/v1/evaluations/{id}/submit", { params: { path: { id: evaluationId } } }));
  await approve(evaluationId, dept, finance);
  await eventually("the self-evaluation approved", async () => {
    const { data } = await staff.GET("/api/v1/evaluations/{id}", { params: { path: { id: evaluationId } } });
    return data?.status === "APPROVED" ? data : undefined;
  });
}

/** The department's, then the finance bureau's task on the subject, approved. */
async function approve(subjectId: string, ...reviewers: JixiaoClient[]): Promise<void> {
  for (const reviewer of reviewers) {
    const task = await eventually("a pending review task on " + subjectId, async () => {
      const { data } = await reviewer.GET("/api/v1/review-tasks", {
        params: { query: { subjectId, status: "PENDING" } },
      });
      return data?.items?.[0];
    });
    await expectOk(reviewer.POST("/api/v1/review-tasks/{id}/decision", {
      params: { path: { id: task.id! } },
      body: { outcome: "APPROVE", grade: "优", opinion: "同意" },
    }));
  }
}

async function expectOk(call: Promise<{ response: Response; error?: unknown }>): Promise<void> {
  const { response, error } = await call;
  assert.ok(response.ok, `${response.url}: ${describe(error as never)}`);
}
