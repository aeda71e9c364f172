/**
 * The disclosure page (disclosure/index.html) in headless Chromium against the local stack: after a year closes, a
 * person sees its published target tables and results, the grade distribution, the unit's budget execution rate and
 * the score distribution, all read through the typed client from the public API (no token).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { aClosedYear } from "./cycle.js";
import { serve } from "./serve.js";

const CHROMIUM = process.env.JIXIAO_CHROMIUM ?? "/usr/bin/chromium";

test("the disclosure page shows a closed year's targets, results and charts", {
  skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (apt-get install chromium): the page is not opened`,
  timeout: 600_000,
}, async () => {
  const stamp = Date.now() % 1_000_000;
  const closed = await aClosedYear([
    { name: `困难职工生活救助-${stamp}`, executed: 95000, helped: "2100人" },
    { name: `金秋助学-${stamp}`, executed: 80000, helped: "1200人" },
  ]);
  const server = await serve(5173);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
    args: ["--headless", "--no-sandbox", "--disable-background-networking"] });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`http://localhost:5173/disclosure/index.html?year=${closed.year}&org=093001`);
    await page.waitForFunction(() => document.querySelector("#status")?.textContent?.startsWith("已加载")
      || document.querySelector("#status")?.className === "error", null, { timeout: 60_000 });
    assert.deepEqual(errors, []);
    assert.equal(await page.textContent("#status"), `已加载 ${closed.year}年度：2 个自评结果，2 张绩效目标表`);
    assert.equal(await page.inputValue("#year"), String(closed.year), "the year chooser shows the year on the page");

    const results = await page.$$eval("#results tbody tr", (rows) => rows.map((r) =>
      [...r.querySelectorAll("td")].map((td) => td.textContent)));
    const byName = new Map(results.map((r) => [r[0], r]));
    const helped = byName.get(closed.projects[0]!.name)!;
    assert.deepEqual(helped.slice(1, 5), ["093001", "100,000.00", "95,000.00", "95.00%"]);
    const fewer = byName.get(closed.projects[1]!.name)!;
    assert.equal(fewer[4], "80.00%");
    assert.ok(Number(fewer[5]) < Number(helped[5]), `fewer helped scores lower: ${fewer[5]} vs ${helped[5]}`);

    const bars = (figure: string) => page.$$eval(`${figure} g.bar`, (gs) =>
      Object.fromEntries(gs.map((g) => [g.getAttribute("data-label"), Number(g.getAttribute("data-value"))]))) as
      Promise<Record<string, number>>;
    const grades = await bars("#grades");
    assert.equal(Object.values(grades).reduce((a, b) => a + b, 0), 2);
    assert.deepEqual(Object.keys(grades), ["优", "良", "中", "差"]);
    assert.equal(grades[helped[6]!], fewer[6] === helped[6] ? 2 : 1);
    assert.deepEqual(await bars("#execution"), { "093001": 87.5 });
    const scores = await bars("#scores");
    assert.equal(Object.values(scores).reduce((a, b) => a + b, 0), 2);

    const targets = await page.$$eval("#targets tbody tr td:first-child", (tds) => tds.map((td) => td.textContent));
    assert.deepEqual([...targets].sort(), closed.projects.map((p) => p.name).sort());
    assert.equal(await page.textContent("#targets tbody tr td:nth-child(2)"), "郑州市困难职工帮扶中心");
  } finally {
    await browser.close();
    server.close();
  }
});
