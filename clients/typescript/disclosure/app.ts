/**
 * 预算绩效信息公开: the public disclosure of a fiscal year, from the public API only (no token): the published
 * target tables and the closed year's self-evaluation results, with the grade distribution, each unit's budget
 * execution rate and the score distribution. Parameters: ?year=2020&org=410100, and ?api=https://host when the API is
 * behind one host (by default the page talks to the local stack's four services).
 */
import { createJixiaoClient, describe, LOCAL_SERVICES, type Schemas } from "../src/index.js";
import { barChart, executionBars, gradeBars, scoreBins } from "./charts.js";

type Result = Schemas["PublishedResult"];
type Target = Schemas["PublishedTargetTableSummary"];

const params = new URLSearchParams(location.search);
const year = Number(params.get("year") ?? new Date().getFullYear() - 1);
const org = params.get("org") ?? undefined;
const api = params.get("api");
const client = createJixiaoClient(api ? { baseUrl: api } : { services: LOCAL_SERVICES });

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const money = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

async function results(): Promise<Result[]> {
  const all: Result[] = [];
  for (let page = 0; ; page++) {
    const { data, error } = await client.GET("/api/v1/public/evaluations", {
      params: { query: { fiscalYear: year, orgCode: org, page, size: 500 } },
    });
    if (error || !data) throw new Error(`自评结果: ${describe(error)}`);
    all.push(...(data.items ?? []));
    if (data.nextPage == null) return all;
  }
}

async function targets(): Promise<Target[]> {
  const all: Target[] = [];
  for (let page = 0; ; page++) {
    const { data, error } = await client.GET("/api/v1/public/target-tables", {
      params: { query: { fiscalYear: year, orgCode: org, page, size: 200 } },
    });
    if (error || !data) throw new Error(`绩效目标: ${describe(error)}`);
    all.push(...(data.items ?? []));
    if (data.nextPage == null) return all;
  }
}

function cell(text: string | number | null | undefined, number = false): HTMLTableCellElement {
  const td = document.createElement("td");
  td.textContent = text == null ? "—" : String(text);
  if (number) td.className = "number";
  return td;
}

function row(...cells: HTMLTableCellElement[]): HTMLTableRowElement {
  const tr = document.createElement("tr");
  tr.append(...cells);
  return tr;
}

function showResults(list: Result[]): void {
  $("#results-summary").textContent = list.length
    ? `${year}年度共公开 ${list.length} 个项目的绩效自评结果。`
    : `${year}年度尚无公开的绩效自评结果（年度关闭后公开）。`;
  $("#grades").insertAdjacentHTML("beforeend", barChart("等级分布", gradeBars(list.map((r) => r.grade))));
  const spending = list.map((r) => ({ unit: r.orgCode ?? "—", adjusted: r.budgetAdjusted ?? 0, executed: r.budgetExecuted ?? 0 }));
  $("#execution").insertAdjacentHTML("beforeend", barChart("各单位预算执行率", executionBars(spending), 100));
  const scores = list.map((r) => r.score).filter((s): s is number => s != null);
  $("#scores").insertAdjacentHTML("beforeend", barChart("得分分布", scoreBins(scores)));
  $<HTMLTableSectionElement>("#results tbody").append(...list.map((r) => row(
    cell(r.projectName), cell(r.orgCode),
    cell(r.budgetAdjusted == null ? null : money.format(r.budgetAdjusted), true),
    cell(r.budgetExecuted == null ? null : money.format(r.budgetExecuted), true),
    cell(r.budgetRate == null ? null : `${r.budgetRate.toFixed(2)}%`, true),
    cell(r.score == null ? null : r.score.toFixed(2), true), cell(r.grade))));
}

function showTargets(list: Target[]): void {
  $("#targets-summary").textContent = `${year}年度共公开 ${list.length} 张绩效目标表。`;
  $<HTMLTableSectionElement>("#targets tbody").append(...list.map((t) => row(
    cell(t.projectName), cell(t.unitName), cell(t.orgCode), cell(t.frameworkCode),
    cell(t.publishedAt ? new Date(t.publishedAt).toLocaleDateString("zh-CN") : null))));
}

function chooser(): void {
  const select = $<HTMLSelectElement>("#year");
  const now = new Date().getFullYear();
  const years = new Set([year]);
  for (let y = now + 1; y >= 2019; y--) years.add(y);
  for (const y of [...years].sort((a, b) => b - a)) select.add(new Option(`${y}年`, String(y), y === year, y === year));
  $<HTMLInputElement>("#org").value = org ?? "";
}

async function main(): Promise<void> {
  chooser();
  const status = $("#status");
  try {
    const [r, t] = await Promise.all([results(), targets()]);
    showResults(r);
    showTargets(t);
    $<HTMLElement>("main").hidden = false;
    status.textContent = `已加载 ${year}年度：${r.length} 个自评结果，${t.length} 张绩效目标表`;
  } catch (e) {
    status.textContent = `加载失败：${(e as Error).message}`;
    status.className = "error";
  }
}

void main();
