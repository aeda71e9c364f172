/**
 * The disclosure page's charts as SVG markup: plain functions of the numbers, no chart library, so they render the same
 * in any browser and can be checked in Node. Labels are Chinese because the public reads them.
 */
export interface Bar {
  label: string;
  value: number;
  /** What is written at the end of the bar; the value by default. */
  text?: string;
}

const ROW = 26;
const LABEL = 180;
const WIDTH = 560;

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Horizontal bars, one per entry, scaled to {@code max} (the largest value when not given). */
export function barChart(title: string, bars: Bar[], max?: number): string {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  const height = bars.length * ROW + 10;
  const rows = bars.map((b, i) => {
    const y = i * ROW + 5;
    const w = Math.round(((WIDTH - LABEL - 70) * Math.max(b.value, 0)) / top);
    return `<g class="bar" data-label="${escape(b.label)}" data-value="${b.value}">`
      + `<text x="${LABEL - 8}" y="${y + 16}" text-anchor="end">${escape(b.label)}</text>`
      + `<rect x="${LABEL}" y="${y + 3}" width="${w}" height="${ROW - 8}" rx="3"></rect>`
      + `<text x="${LABEL + w + 6}" y="${y + 16}">${escape(b.text ?? String(b.value))}</text></g>`;
  });
  return `<svg role="img" aria-label="${escape(title)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`
    + `<title>${escape(title)}</title>${rows.join("")}</svg>`;
}

/** The grades 优/良/中/差 in that order, with their counts. */
export function gradeBars(grades: Array<string | null | undefined>): Bar[] {
  return ["优", "良", "中", "差"].map((g) => {
    const n = grades.filter((x) => x === g).length;
    return { label: g, value: n, text: `${n} 个项目` };
  });
}

/** Scores in bands: below 60, then by tens up to 100 (100 counts in the top band). */
export function scoreBins(scores: number[]): Bar[] {
  const bands: Array<[string, number, number]> = [
    ["60分以下", 0, 60], ["60–70分", 60, 70], ["70–80分", 70, 80], ["80–90分", 80, 90], ["90–100分", 90, 100.001],
  ];
  return bands.map(([label, low, high]) => {
    const n = scores.filter((s) => s >= low && s < high).length;
    return { label, value: n, text: `${n} 个项目` };
  });
}

export interface Spending {
  unit: string;
  adjusted: number;
  executed: number;
}

/** 预算执行率 per unit: its executed total over its budget total, in percent with two decimals. */
export function executionBars(rows: Spending[]): Bar[] {
  const byUnit = new Map<string, { adjusted: number; executed: number }>();
  for (const r of rows) {
    const sum = byUnit.get(r.unit) ?? { adjusted: 0, executed: 0 };
    sum.adjusted += r.adjusted;
    sum.executed += r.executed;
    byUnit.set(r.unit, sum);
  }
  return [...byUnit.entries()]
    .filter(([, s]) => s.adjusted > 0)
    .map(([unit, s]) => {
      const rate = Math.round((s.executed / s.adjusted) * 10000) / 100;
      return { label: unit, value: rate, text: `${rate.toFixed(2)}%` };
    })
    .sort((a, b) => a.label.localeCompare(b.label, "zh-CN"));
}
